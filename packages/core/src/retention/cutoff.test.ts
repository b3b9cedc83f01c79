import { describe, expect, it } from "vitest";
import { bornOnPermanentDay, retentionCutoff } from "./cutoff";

describe("retention cutoff", () => {
  it("is the same date the given whole years earlier", () => {
    expect(retentionCutoff("2037-03-15", 10)).toBe("2027-03-15");
    expect(retentionCutoff("2037-01-01", 1)).toBe("2036-01-01");
  });

  it("turns 29 February into 28 February in a year that has none, so an end on 29.2. is kept until 1.3.", () => {
    expect(retentionCutoff("2038-02-28", 10)).toBe("2028-02-28");
    expect(retentionCutoff("2038-03-01", 10)).toBe("2028-03-01");
    expect(retentionCutoff("2036-02-29", 10)).toBe("2026-02-28");
    expect(retentionCutoff("2036-02-29", 4)).toBe("2032-02-29");
  });
});

describe("permanent birth days", () => {
  it("matches the day of the month of the birth date only", () => {
    expect(bornOnPermanentDay("1990-05-18", [18, 28])).toBe(true);
    expect(bornOnPermanentDay("1990-05-28", [18, 28])).toBe(true);
    expect(bornOnPermanentDay("1990-05-08", [18, 28])).toBe(false);
    expect(bornOnPermanentDay("1990-05-18", [])).toBe(false);
    expect(bornOnPermanentDay(undefined, [18, 28])).toBe(false);
  });
});
