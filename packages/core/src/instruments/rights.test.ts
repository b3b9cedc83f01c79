import { describe, expect, it } from "vitest";
import { deliveryRight, mayRecord } from "./rights";

/** A voucher for 2027 switched from A (accepted) to B from 15.3.; C was chosen once and never accepted. */
const voucher = {
  providerId: "B",
  providerFrom: "2027-03-15",
  providers: [{ providerId: "A", from: "2027-01-01", to: "2027-03-14" }],
  status: "active" as const,
  validFrom: "2027-01-01",
};
const day = (date: string, lastDate = date) => ({ date, lastDate });

describe("who may record which day (decision 63)", () => {
  it("gives each day to exactly one provider: the earlier one before the switch, the named one from it", () => {
    expect(deliveryRight(voucher, "A", day("2027-03-14"))).toBe(0);
    expect(deliveryRight(voucher, "A", day("2027-03-15"))).toBeUndefined();
    expect(deliveryRight(voucher, "B", day("2027-03-15"))).toBe("current");
    expect(deliveryRight(voucher, "B", day("2027-03-14"))).toBeUndefined();
    // A night across the switch is neither's: it is recorded as two.
    expect(deliveryRight(voucher, "A", day("2027-03-14", "2027-03-15"))).toBeUndefined();
    expect(deliveryRight(voucher, "B", day("2027-03-14", "2027-03-15"))).toBeUndefined();
  });

  it("gives the named provider nothing before it accepts, and an earlier one nothing once the voucher is closed", () => {
    const waiting = { ...voucher, status: "awaiting-acceptance" as const };
    expect(deliveryRight(waiting, "B", day("2027-03-16"))).toBeUndefined();
    expect(mayRecord(waiting, "B")).toBe(false);
    expect(deliveryRight(waiting, "A", day("2027-03-10"))).toBe(0);
    const closed = { ...voucher, status: "closed" as const };
    expect(deliveryRight(closed, "A", day("2027-03-10"))).toBeUndefined();
    expect(mayRecord(closed, "A")).toBe(false);
  });

  it("counts a provider without providerFrom from the validity's first day, and one never accepted as a stranger", () => {
    const { providerFrom: _omitted, providers: _none, ...first } = voucher;
    expect(deliveryRight(first, "B", day("2027-01-01"))).toBe("current");
    expect(mayRecord(voucher, "C")).toBe(false);
  });
});
