import { describe, expect, it } from "vitest";
import { clientFeeSummary, feesInMonth } from "./client-fees";
import type { StoredDecision } from "./view";

const fee = { monthlyCents: 25_000, legalBasis: "asiakasmaksulaki" as const };
const decision: Parameters<typeof feesInMonth>[0] = {
  decisionId: "d1",
  number: "HB-P-2027-000001",
  clientId: "c1",
  status: "issued",
  effectiveFrom: "2027-01-15",
  lines: [
    { lineId: "L1", serviceCode: "ASUMISPALVELU", grantedCents: 100_000, paymentMethod: "voucher", clientFee: fee },
    { lineId: "L2", serviceCode: "PAIVATOIMINTA", grantedCents: 50_000, paymentMethod: "voucher" },
    { lineId: "L3", serviceCode: "KULJETUS", grantedCents: 10_000, paymentMethod: "voucher", clientFee: { ...fee, monthlyCents: 1_050 } },
  ],
};
const validTo = "2028-01-14";

describe("feesInMonth", () => {
  it("lists the lines with fees and their monthly total, with the days of the month in force", () => {
    expect(feesInMonth(decision, validTo, "2027-02")).toEqual({
      clientId: "c1",
      decisionId: "d1",
      decisionNumber: "HB-P-2027-000001",
      from: "2027-02-01",
      to: "2027-02-28",
      monthlyCents: 26_050,
      lines: [
        { lineId: "L1", serviceCode: "ASUMISPALVELU", ...fee },
        { lineId: "L3", serviceCode: "KULJETUS", monthlyCents: 1_050, legalBasis: "asiakasmaksulaki" },
      ],
    });
  });

  it("clips the first and last month to the decision's days", () => {
    expect(feesInMonth(decision, validTo, "2027-01")).toMatchObject({ from: "2027-01-15", to: "2027-01-31" });
    expect(feesInMonth(decision, validTo, "2028-01")).toMatchObject({ from: "2028-01-01", to: "2028-01-14" });
    expect(feesInMonth(decision, validTo, "2026-12")).toBeUndefined();
    expect(feesInMonth(decision, validTo, "2028-02")).toBeUndefined();
    // February of a leap year.
    expect(feesInMonth({ ...decision, effectiveFrom: "2027-06-01" }, "2028-12-31", "2028-02")).toMatchObject({ to: "2028-02-29" });
  });

  it("ends on the day before a successor took over, or the day HB ended", () => {
    const superseded = { ...decision, status: "superseded" as const, supersededFrom: "2027-04-15" };
    expect(feesInMonth(superseded, validTo, "2027-04")).toMatchObject({ from: "2027-04-01", to: "2027-04-14" });
    expect(feesInMonth(superseded, validTo, "2027-05")).toBeUndefined();
    // Superseded from its first day of a month: nothing that month.
    expect(feesInMonth({ ...superseded, supersededFrom: "2027-05-01" }, validTo, "2027-05")).toBeUndefined();
    const ended = { ...decision, status: "ended" as const, endedOn: "2027-03-10" };
    expect(feesInMonth(ended, validTo, "2027-03")).toMatchObject({ to: "2027-03-10" });
    expect(feesInMonth(ended, validTo, "2027-04")).toBeUndefined();
  });

  it("sets no fee for a draft, a revoked decision or one without fees", () => {
    for (const status of ["draft", "revoked"] as const satisfies readonly StoredDecision["status"][]) {
      expect(feesInMonth({ ...decision, status }, validTo, "2027-02")).toBeUndefined();
    }
    expect(feesInMonth({ ...decision, status: "appealed" }, validTo, "2027-02")).toMatchObject({ from: "2027-02-01", to: "2027-02-28", monthlyCents: 26_050 });
    expect(feesInMonth({ ...decision, lines: [decision.lines[1]!] }, validTo, "2027-02")).toBeUndefined();
  });
});

describe("clientFeeSummary", () => {
  it("tells the client the monthly fee and that the budget does not pay it, in fi, sv and en", () => {
    expect(clientFeeSummary(fee, "fi")).toBe(
      "Maksat tästä palvelusta asiakasmaksua 250,00\u00a0€ kuukaudessa. Hyvinvointialue laskuttaa sen sinulta erikseen; se ei vähennä budjettiasi.",
    );
    expect(clientFeeSummary(fee, "sv")).toBe("Du betalar en klientavgift på 250,00\u00a0€ per månad för den här tjänsten. Välfärdsområdet fakturerar dig separat; den minskar inte din budget.");
    expect(clientFeeSummary(fee, "en")).toBe("You pay a client fee of €250.00 a month for this service. The welfare area invoices you separately; it does not reduce your budget.");
  });
});
