import { describe, expect, it } from "vitest";
import { budgetLines } from "../budget/repository";
import type { StoredInstrument } from "../instruments/repository";
import { carriedProvider, consumptionOf, counterClauses, counterValues, type MovableEvent, successorGrant } from "./supersede-rules";

const year = { validFrom: "2027-01-01", validTo: "2027-12-31" };
const lineOf = (quantity: number, per: "month" | "validity") =>
  budgetLines(
    { ...year, services: [{ serviceCode: "HENKILOKOHTAINEN_APU", content: "Apu", quantity, unit: "hour", per, unitCostCents: 3600, costBasis: "reference-price" }] },
    "b",
    "c",
  )[0]!;

describe("the successor's grant from effectiveFrom", () => {
  it("grants 14 h/month × 36,00 € from 15.4. as 50 400 × (16/30 + 8) = 430 080 c, 119.47 h", () => {
    expect(successorGrant(lineOf(14, "month"), year, "2027-04-15")).toEqual({
      grantedCents: 430_080,
      quantityTotal: 119.47,
      periods: { numerator: "128", denominator: "15" },
      changed: true,
    });
  });

  it("keeps the whole grant when the decision is effective from the budget's first day (or earlier)", () => {
    const line = lineOf(14, "month");
    expect(successorGrant(line, year, "2027-01-01")).toMatchObject({ grantedCents: 604_800, changed: false });
    expect(successorGrant(line, year, "2026-12-01")).toMatchObject({ grantedCents: 604_800, changed: false });
  });

  it("grants a lump over the validity by its share of the days: 100 h from 1.7. (184 of 365 days)", () => {
    // 360 000 × 184 / 365 = 181 479.45… → 181 479 c.
    expect(successorGrant(lineOf(100, "validity"), year, "2027-07-01")).toMatchObject({ grantedCents: 181_479, quantityTotal: 50.41, changed: true });
  });
});

describe("a voucher's provider carried over to its successor", () => {
  const voucher = {
    instrumentId: "old",
    providerId: "B",
    status: "active" as const,
    providerFrom: "2027-03-15",
    providers: [{ providerId: "A", from: "2027-01-01", to: "2027-03-14" }],
  } as StoredInstrument & { providerId: string; status: "active" };

  it("keeps a switch still to come and the earlier provider's days from effectiveFrom on", () => {
    expect(carriedProvider(voucher, "2027-03-01")).toEqual({
      providerId: "B",
      status: "active",
      fromInstrumentId: "old",
      providerFrom: "2027-03-15",
      providers: [{ providerId: "A", from: "2027-03-01", to: "2027-03-14" }],
    });
  });

  it("carries only the provider once the switch has taken effect before effectiveFrom", () => {
    expect(carriedProvider(voucher, "2027-04-01")).toEqual({ providerId: "B", status: "active", fromInstrumentId: "old" });
  });
});

describe("what moved deliveries count", () => {
  const event = (status: MovableEvent["status"], amountCents: number, creditableCents?: number) =>
    ({ status, amountCents, ...(creditableCents !== undefined ? { creditableCents } : {}) }) as MovableEvent;

  it("sums each stage's amounts, a settled or paid event by what is left of it after credits", () => {
    const moved = [event("recorded", 3600), event("approved", 7200), event("settled", 7200, 5000), event("paid", 3600, 3600), event("recorded", 1800)];
    expect(consumptionOf(moved)).toEqual({ recordedCents: 5400, approvedCents: 7200, settledCents: 5000, paidCents: 3600 });
  });

  it("moves only the counters that change, as expression clauses and values", () => {
    const movedOut = { recordedCents: 5400, approvedCents: 0, settledCents: 5000, paidCents: 0 };
    expect(counterValues(movedOut)).toEqual({ ":recordedCents": 5400, ":settledCents": 5000 });
    expect(counterClauses(movedOut, -1)).toEqual(["recordedCents = recordedCents - :recordedCents", "settledCents = settledCents - :settledCents"]);
    expect(counterClauses(movedOut, 1)).toEqual(["recordedCents = recordedCents + :recordedCents", "settledCents = settledCents + :settledCents"]);
  });
});
