import { describe, expect, it } from "vitest";
import { budgetLines } from "../budget/repository";
import { successorGrant } from "./supersede";

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
