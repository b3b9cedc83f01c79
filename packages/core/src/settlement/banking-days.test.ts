import { describe, expect, it } from "vitest";
import { bankingDayOnOrAfter, isBankingDay, paymentDate } from "./banking-days";

describe("isBankingDay", () => {
  it.each([
    ["2027-01-01", "New Year's Day (TARGET2)"],
    ["2027-01-06", "Epiphany"],
    ["2027-03-26", "Good Friday (TARGET2)"],
    ["2027-03-29", "Easter Monday (TARGET2)"],
    ["2026-05-01", "May Day (TARGET2)"],
    ["2026-05-14", "Ascension Day"],
    ["2026-06-19", "Midsummer Eve"],
    ["2027-12-06", "Independence Day"],
    ["2026-12-24", "Christmas Eve"],
    ["2026-12-25", "Christmas Day (TARGET2)"],
    ["2028-12-26", "Boxing Day (TARGET2)"],
    ["2026-01-10", "a Saturday"],
    ["2026-01-11", "a Sunday"],
  ])("%s is not: %s", (date) => {
    expect(isBankingDay(date)).toBe(false);
  });

  it.each([
    ["2026-01-05", "the Monday before Epiphany"],
    ["2026-01-07", "the day after Epiphany"],
    ["2026-04-02", "Maundy Thursday"],
    ["2026-06-22", "the Monday after Midsummer"],
    ["2026-12-31", "New Year's Eve"],
    ["2027-12-07", "the day after Independence Day"],
  ])("%s is: %s", (date) => {
    expect(isBankingDay(date)).toBe(true);
  });

  it("counts 248–253 banking days in each of 2025–2030, none on a weekend", () => {
    for (let year = 2025; year <= 2030; year += 1) {
      let count = 0;
      for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day.setUTCDate(day.getUTCDate() + 1)) {
        const date = day.toISOString().slice(0, 10);
        if (isBankingDay(date)) {
          count += 1;
          expect([0, 6]).not.toContain(day.getUTCDay());
        }
      }
      expect(count).toBeGreaterThanOrEqual(248);
      expect(count).toBeLessThanOrEqual(253);
    }
  });
});

describe("paymentDate (issue 18: the run's own date, a Saturday and Epiphany, was sent)", () => {
  it("is the settlement day of the month after when that is a banking day", () => {
    expect(paymentDate("2026-09", 5, "2026-10-01")).toBe("2026-10-05");
  });

  it("moves a settlement day on a weekend or bank holiday to the next banking day", () => {
    // 2026-12: the 5th of January 2027 is a Tuesday; the 6th Epiphany. Day 6 → Thursday the 7th.
    expect(paymentDate("2026-12", 6, "2027-01-02")).toBe("2027-01-07");
    // 2026-03: 6 April 2026 is Easter Monday (and TARGET2 closes) → Tuesday the 7th.
    expect(paymentDate("2026-03", 6, "2026-04-01")).toBe("2026-04-07");
    // 2026-11: 5 December 2026 is a Saturday, the 6th Independence Day (Sunday) → Monday the 7th.
    expect(paymentDate("2026-11", 5, "2026-12-01")).toBe("2026-12-07");
  });

  it("a run on or after that day pays on the next banking day after the run", () => {
    expect(paymentDate("2026-09", 5, "2026-10-05")).toBe("2026-10-06");
    // Run on Friday 2 January 2027 (after a settlement day 1): Monday the 4th... 5th, Epiphany 6th.
    expect(paymentDate("2026-12", 1, "2027-01-02")).toBe("2027-01-04");
    expect(paymentDate("2026-12", 1, "2027-01-05")).toBe("2027-01-07");
    // Run on a Saturday that is Epiphany (2029-01-06): Monday the 8th.
    expect(paymentDate("2028-11", 5, "2029-01-06")).toBe("2029-01-08");
  });

  it("is always a banking day, never before the run's next day once the settlement day has passed", () => {
    for (let settlementDay = 1; settlementDay <= 28; settlementDay += 1) {
      for (const runDate of ["2026-12-24", "2027-01-02", "2027-01-06", "2027-01-20", "2027-03-26"]) {
        const date = paymentDate("2026-12", settlementDay, runDate);
        expect(isBankingDay(date)).toBe(true);
        expect(date > runDate).toBe(true);
        expect(date >= bankingDayOnOrAfter(`2027-01-${String(settlementDay).padStart(2, "0")}`)).toBe(true);
      }
    }
  });
});
