import { describe, expect, it } from "vitest";
import { ageGroupAt } from "./age-groups";

describe("a client's age group at a month's end", () => {
  it("counts the birthday if it falls on or before the month's last day", () => {
    // Born 1.3.1962: 65 on 1.3.2027, so February's end is still 64.
    expect(ageGroupAt("1962-03-01", "2027-02")).toBe("50-64");
    expect(ageGroupAt("1962-03-01", "2027-03")).toBe("65+");
    // Born 31.1.2009: 18 on January's last day.
    expect(ageGroupAt("2009-01-31", "2027-01")).toBe("18-29");
    expect(ageGroupAt("2009-02-01", "2027-01")).toBe("0-17");
  });

  it("puts each age in one group and a missing or malformed birth date in unknown", () => {
    expect(["1998-06-15", "1978-06-15", "1963-06-15"].map((born) => ageGroupAt(born, "2027-06"))).toEqual(["18-29", "30-49", "50-64"]);
    expect(ageGroupAt(undefined, "2027-06")).toBe("unknown");
    expect(ageGroupAt("15.6.1963", "2027-06")).toBe("unknown");
  });
});
