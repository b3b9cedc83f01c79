import { describe, expect, it } from "vitest";
import { fundedDays, usableNow } from "./view";

describe("usableNow", () => {
  const hours = { availableCents: 204_000, unitValueCents: 3600, unit: "hour" };

  it("offers what is left, in units rounded down, up to and including the last day", () => {
    expect(usableNow(hours, "2027-06-20", false, "2027-06-20")).toEqual({ usable: true, remainingQuantity: 56.66 });
  });

  it("offers nothing once the last day has passed or it is closed, though money may still be available for late deliveries", () => {
    expect(usableNow(hours, "2027-06-20", false, "2027-06-21")).toEqual({ usable: false, remainingQuantity: 0 });
    expect(usableNow(hours, "2027-12-31", true, "2027-06-21")).toEqual({ usable: false, remainingQuantity: 0 });
  });

  it("gives no quantity for euro services", () => {
    expect(usableNow({ ...hours, unit: "euro" }, "2027-06-20", false, "2027-06-21")).toEqual({ usable: false });
  });
});

describe("fundedDays", () => {
  const budget = { validFrom: "2027-01-01", validTo: "2027-12-31" };

  it("ends on the day HB ended, or the day before a successor took over, whichever comes first", () => {
    expect(fundedDays({ ...budget, endedOn: "2027-06-20" })).toEqual({ validFrom: "2027-01-01", validTo: "2027-06-20" });
    expect(fundedDays({ ...budget, supersededFrom: "2027-04-15", endedOn: "2027-06-20" })).toEqual({ validFrom: "2027-01-01", validTo: "2027-04-14" });
    expect(fundedDays({ ...budget, effectiveFrom: "2027-04-15", endedOn: "2027-03-01" })).toEqual({ validFrom: "2027-04-15", validTo: "2027-04-15" });
  });
});
