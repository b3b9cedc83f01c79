import { describe, expect, it } from "vitest";
import { budgetLines } from "../budget/repository";
import { checkLines, decidedInstrument, type GrantedLine, lineRegrant, movedToLines } from "./decision-rules";
import type { MovableEvent } from "./supersede-rules";

const year = { validFrom: "2027-01-01", validTo: "2027-12-31" };
/** L1: 10 h/month of assistance at 36,00 € (4 320,00 €); L2: 8 days/month of day activities at 70,00 € (6 720,00 €). */
const [assistance, days] = budgetLines(
  {
    ...year,
    services: [
      { serviceCode: "HENKILOKOHTAINEN_APU", content: "Apu", quantity: 10, unit: "hour", per: "month", unitCostCents: 3600, costBasis: "reference-price" },
      { serviceCode: "PAIVATOIMINTA", content: "Päivätoiminta", quantity: 8, unit: "day", per: "month", unitCostCents: 7000, costBasis: "existing-service" },
    ],
  },
  "budget-1",
  "client-1",
) as [GrantedLine, GrantedLine];
const whole = (line: GrantedLine): GrantedLine => ({ ...line, changed: false });
const delivered = (amountCents: number) => ({ status: "approved", amountCents }) as MovableEvent;

describe("a draft decides every line of its budget once", () => {
  const decide = (...lineIds: string[]) => ({ lines: lineIds.map((lineId) => ({ lineId, paymentMethod: "voucher" as const })) }) as Parameters<typeof checkLines>[0];

  it("accepts each line exactly once, in any order", () => {
    expect(() => checkLines(decide("L2", "L1"), [assistance, days])).not.toThrow();
  });

  it("names an unknown line, a line decided twice and the lines left out", () => {
    expect(() => checkLines(decide("L1", "L1", "L9"), [assistance, days])).toThrowError(expect.objectContaining({
      code: "VALIDATION_FAILED",
      params: {},
      errors: [
        { path: "/body/lines/1/lineId", code: "DUPLICATE_LINE", params: { lineId: "L1" } },
        { path: "/body/lines/2/lineId", code: "UNKNOWN_LINE", params: { lineId: "L9" } },
        { path: "/body/lines", code: "LINES_MISSING", params: { lines: "L2" } },
      ],
    }));
  });
});

describe("deliveries moved to the successor", () => {
  it("go to the first line of their service", () => {
    const moved = new Map([["PAIVATOIMINTA", [delivered(7000), delivered(7000)]]]);
    expect([...movedToLines(moved, [whole(assistance), whole(days)], "2027-04-01").entries()]).toEqual([["L2", moved.get("PAIVATOIMINTA")]]);
  });

  it("are refused when the successor has no line of the service or grants less than was delivered", () => {
    const none = new Map([["KOTIHOITO", [delivered(3600)]]]);
    expect(() => movedToLines(none, [whole(assistance)], "2027-04-01")).toThrowError(expect.objectContaining({
      code: "GRANT_BELOW_DELIVERED",
      params: expect.objectContaining({ serviceCode: "KOTIHOITO", deliveredCents: 3600, grantedCents: 0, effectiveFrom: "2027-04-01" }),
    }));
    const tooMuch = new Map([["HENKILOKOHTAINEN_APU", [delivered(432_001)]]]);
    expect(() => movedToLines(tooMuch, [whole(assistance)], "2027-04-01")).toThrowError(expect.objectContaining({ params: expect.objectContaining({ deliveredCents: 432_001, grantedCents: 432_000 }) }));
  });
});

describe("the instrument a decided line becomes", () => {
  const decision = { decisionId: "d-2", clientId: "client-1", budgetId: "budget-1" };
  const base = { decision, budget: year, instrumentId: "i-1", number: "HB-2027-000001", createdAt: "2027-03-20T10:00:00.000Z" };

  it("is a voucher awaiting a provider, or a commitment awaiting its provider's acceptance, with the whole grant available", () => {
    const voucher = decidedInstrument({ ...base, decided: { lineId: "L1", serviceCode: "HENKILOKOHTAINEN_APU", grantedCents: 432_000, paymentMethod: "voucher" }, line: whole(assistance), effectiveFrom: "2027-01-01", carried: undefined, moved: [] });
    expect(voucher).toMatchObject({ kind: "voucher", status: "awaiting-provider", validFrom: "2027-01-01", validTo: "2027-12-31", capCents: 432_000, availableCents: 432_000, quantityPerPeriod: 10, recordedCents: 0 });
    expect(voucher).not.toHaveProperty("providerId");
    const commitment = decidedInstrument({ ...base, decided: { lineId: "L2", serviceCode: "PAIVATOIMINTA", grantedCents: 672_000, paymentMethod: "payment-commitment", providerId: "P" }, line: whole(days), effectiveFrom: "2027-01-01", carried: undefined, moved: [] });
    expect(commitment).toMatchObject({ kind: "payment-commitment", status: "awaiting-acceptance", providerId: "P" });
  });

  it("starts on effectiveFrom, counts the deliveries moved to it and keeps the provider carried over", () => {
    const carried = { providerId: "B", status: "active" as const, fromInstrumentId: "old", providerFrom: "2027-05-01" };
    const instrument = decidedInstrument({
      ...base,
      decided: { lineId: "L1", serviceCode: "HENKILOKOHTAINEN_APU", grantedCents: 432_000, paymentMethod: "voucher" },
      line: { ...assistance, grantedCents: 324_000, changed: true },
      effectiveFrom: "2027-04-01",
      carried,
      moved: [delivered(7200)],
    });
    expect(instrument).toMatchObject({ validFrom: "2027-04-01", capCents: 324_000, availableCents: 316_800, approvedCents: 7200, providerId: "B", providerFrom: "2027-05-01", status: "active" });
  });
});

describe("the line's update when the issue grants it anew", () => {
  it("leaves a line granted whole and untouched alone", () => {
    const line = whole(assistance);
    expect(lineRegrant(line, { availableCents: 432_000 } as Parameters<typeof lineRegrant>[1])).toEqual({ expression: "", values: {} });
  });

  it("sets the grant from effectiveFrom and the counters of moved deliveries", () => {
    const line = { ...assistance, grantedCents: 324_000, quantityTotal: 90, changed: true };
    const instrument = { availableCents: 316_800, recordedCents: 0, approvedCents: 7200, settledCents: 0, paidCents: 0 } as Parameters<typeof lineRegrant>[1];
    const regrant = lineRegrant(line, instrument);
    expect(regrant.expression).toContain(", grantedCents = :granted, availableCents = :available");
    expect(regrant.values).toEqual({
      ":granted": 324_000,
      ":available": 316_800,
      ":quantity": 90,
      ":periods": assistance.periods,
      ":recorded": 0,
      ":approved": 7200,
      ":settled": 0,
      ":paid": 0,
    });
  });
});
