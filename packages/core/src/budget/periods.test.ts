import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addFractions, fraction, fractionEquals } from "./fraction";
import { addDays, compareDates, dayNumber, daysInclusive, isValidDate, nextMonth, periodOf, periodsInValidity, periodWithin, type RecurringPer } from "./periods";

const f = (n: number, d = 1) => fraction(BigInt(n), BigInt(d));

// Dates 1900-01-01 .. 2199-12-31 as day offsets from 1970-01-01.
const MIN_DAY = dayNumber("1900-01-01");
const MAX_DAY = dayNumber("2199-12-31");
const dateArb = fc.integer({ min: MIN_DAY, max: MAX_DAY }).map((n) => addDays("1970-01-01", n));

describe("date helpers", () => {
  it("knows which dates exist", () => {
    expect(isValidDate("2027-01-01")).toBe(true);
    expect(isValidDate("2028-02-29")).toBe(true);
    expect(isValidDate("2000-02-29")).toBe(true);
    expect(isValidDate("2027-02-29")).toBe(false);
    expect(isValidDate("2100-02-29")).toBe(false);
    expect(isValidDate("2026-02-30")).toBe(false);
    expect(isValidDate("2027-04-31")).toBe(false);
    expect(isValidDate("2027-13-01")).toBe(false);
    expect(isValidDate("2027-00-10")).toBe(false);
    expect(isValidDate("2027-1-1")).toBe(false);
    expect(isValidDate("2027-01-01T00:00:00Z")).toBe(false);
    expect(isValidDate("0000-01-01")).toBe(false);
    expect(isValidDate("")).toBe(false);
  });

  it("counts days with both ends included", () => {
    expect(daysInclusive("2027-01-01", "2027-01-01")).toBe(1);
    expect(daysInclusive("2027-01-01", "2027-12-31")).toBe(365);
    expect(daysInclusive("2028-01-01", "2028-12-31")).toBe(366);
    expect(daysInclusive("2027-01-02", "2027-01-01")).toBe(0);
    expect(() => daysInclusive("2027-02-30", "2027-03-01")).toThrow(RangeError);
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(addDays("2027-01-01", 0)).toBe("2027-01-01");
    expect(addDays("2027-01-01", 365)).toBe("2028-01-01");
    expect(() => addDays("2027-01-01", 0.5)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  });

  it("compares dates", () => {
    expect(compareDates("2027-01-01", "2027-01-02")).toBe(-1);
    expect(compareDates("2027-01-02", "2027-01-02")).toBe(0);
    expect(compareDates("2028-01-01", "2027-12-31")).toBe(1);
    expect(() => compareDates("2027-02-30", "2027-01-01")).toThrow(RangeError);
  });

  it("steps a month forward, across the year's end", () => {
    expect(nextMonth("2027-03")).toBe("2027-04");
    expect(nextMonth("2027-09")).toBe("2027-10");
    expect(nextMonth("2027-12")).toBe("2028-01");
  });

  it("agrees with UTC calendar arithmetic for every day 1900–2199 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (n) => {
        const expected = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(addDays("1970-01-01", n)).toBe(expected);
        expect(dayNumber(expected)).toBe(n);
        expect(isValidDate(expected)).toBe(true);
      }),
    );
  });
});

describe("periodsInValidity", () => {
  it("whole calendar year = 12 months, 365/7 weeks, 1 validity", () => {
    expect(periodsInValidity("2027-01-01", "2027-12-31", "month")).toEqual(f(12));
    expect(periodsInValidity("2027-01-01", "2027-12-31", "week")).toEqual(f(365, 7));
    expect(periodsInValidity("2027-01-01", "2027-12-31", "validity")).toEqual(f(1));
  });

  it("partial months count covered days / days in that month", () => {
    // 1.1.–15.3.2027 = January + February + 15/31 of March
    expect(periodsInValidity("2027-01-01", "2027-03-15", "month")).toEqual(f(77, 31));
    // 15.1.–14.2.2027 = 17/31 + 14/28
    expect(periodsInValidity("2027-01-15", "2027-02-14", "month")).toEqual(f(65, 62));
    // single day
    expect(periodsInValidity("2027-01-01", "2027-01-01", "month")).toEqual(f(1, 31));
    // a whole month in the middle of the year, and one crossing the year boundary
    expect(periodsInValidity("2027-06-01", "2027-06-30", "month")).toEqual(f(1));
    expect(periodsInValidity("2027-12-01", "2028-01-31", "month")).toEqual(f(2));
    expect(periodsInValidity("2027-12-17", "2028-01-16", "month")).toEqual(addFractions(f(15, 31), f(16, 31)));
  });

  it("uses the real length of February, leap years included", () => {
    expect(periodsInValidity("2028-02-01", "2028-02-14", "month")).toEqual(f(14, 29));
    expect(periodsInValidity("2027-02-01", "2027-02-14", "month")).toEqual(f(1, 2));
    expect(periodsInValidity("2028-02-01", "2028-02-29", "month")).toEqual(f(1));
  });

  it("counts weeks as days / 7", () => {
    expect(periodsInValidity("2027-01-01", "2027-03-31", "week")).toEqual(f(90, 7));
    expect(periodsInValidity("2027-01-04", "2027-01-10", "week")).toEqual(f(1));
    expect(periodsInValidity("2027-01-01", "2027-01-01", "week")).toEqual(f(1, 7));
  });

  it("returns reduced fractions", () => {
    const p = periodsInValidity("2027-02-01", "2027-02-14", "month");
    expect(p.numerator).toBe(1n);
    expect(p.denominator).toBe(2n);
  });

  it("refuses invalid dates and reversed validities", () => {
    expect(() => periodsInValidity("2026-02-30", "2026-12-31", "month")).toThrow(RangeError);
    expect(() => periodsInValidity("2026-01-01", "2026-13-01", "week")).toThrow(RangeError);
    expect(() => periodsInValidity("2027-01-02", "2027-01-01", "month")).toThrow(RangeError);
    expect(() => periodsInValidity("2027-01-02", "2027-01-01", "validity")).toThrow(RangeError);
    expect(() => periodsInValidity("2027-01-01", "2027-01-31", "year" as never)).toThrow(RangeError);
  });

  it("whole months from the 1st to a month's last day sum to the number of months (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2150 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 600 }), (year, month, count) => {
        const from = `${year}-${String(month).padStart(2, "0")}-01`;
        const endIndex = year * 12 + (month - 1) + count; // first month after the range
        const nextFirst = `${Math.floor(endIndex / 12)}-${String((endIndex % 12) + 1).padStart(2, "0")}-01`;
        expect(periodsInValidity(from, addDays(nextFirst, -1), "month")).toEqual(f(count));
      }),
    );
  });

  it("is additive: splitting a validity at any day gives the same total (property)", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 3000 }), fc.nat(), (from, length, splitSeed) => {
        const to = addDays(from, length);
        const split = addDays(from, splitSeed % length); // from ≤ split < to
        for (const per of ["month", "week"] as const) {
          const whole = periodsInValidity(from, to, per);
          const parts = addFractions(periodsInValidity(from, split, per), periodsInValidity(addDays(split, 1), to, per));
          expect(fractionEquals(whole, parts)).toBe(true);
        }
      }),
    );
  });

  it("is positive and bounded by days/31 ≤ months ≤ days/28 (property)", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 3000 }), (from, length) => {
        const to = addDays(from, length);
        const days = BigInt(length + 1);
        const { numerator: n, denominator: d } = periodsInValidity(from, to, "month");
        expect(n > 0n && d > 0n).toBe(true);
        expect(n * 31n >= days * d).toBe(true);
        expect(n * 28n <= days * d).toBe(true);
      }),
    );
  });
});

describe("periodOf and periodWithin (the current period of a recurring grant)", () => {
  it("finds the calendar month and the ISO week (Monday–Sunday) of a date", () => {
    expect(periodOf("2027-02-14", "month")).toEqual({ start: "2027-02-01", end: "2027-02-28" });
    expect(periodOf("2028-02-01", "month")).toEqual({ start: "2028-02-01", end: "2028-02-29" });
    expect(periodOf("2027-12-31", "month")).toEqual({ start: "2027-12-01", end: "2027-12-31" });
    expect(periodOf("2027-02-14", "week")).toEqual({ start: "2027-02-08", end: "2027-02-14" }); // a Sunday
    expect(periodOf("2027-02-15", "week")).toEqual({ start: "2027-02-15", end: "2027-02-21" }); // a Monday
    expect(periodOf("2027-01-01", "week")).toEqual({ start: "2026-12-28", end: "2027-01-03" }); // across the new year
    expect(periodOf("1970-01-01", "week")).toEqual({ start: "1969-12-29", end: "1970-01-04" }); // day 0 was a Thursday
    expect(() => periodOf("2027-02-29", "month")).toThrow(RangeError);
  });

  it("clips the period to the validity and gives the share of a whole period it covers", () => {
    expect(periodWithin("2027-01-20", "month", "2027-01-15", "2027-12-31")).toEqual({
      start: "2027-01-01",
      from: "2027-01-15",
      to: "2027-01-31",
      share: f(17, 31),
    });
    expect(periodWithin("2027-03-10", "month", "2027-01-15", "2027-12-31")).toEqual({ start: "2027-03-01", from: "2027-03-01", to: "2027-03-31", share: f(1) });
    // 2027-03-31 is a Wednesday: the last week holds Monday to Wednesday.
    expect(periodWithin("2027-03-30", "week", "2027-01-01", "2027-03-31")).toEqual({ start: "2027-03-29", from: "2027-03-29", to: "2027-03-31", share: f(3, 7) });
    expect(periodWithin("2027-01-14", "month", "2027-01-15", "2027-12-31")).toBeUndefined();
    expect(periodWithin("2028-01-01", "week", "2027-01-15", "2027-12-31")).toBeUndefined();
  });

  it("the periods of a validity tile it, and their shares add up to periodsInValidity (property)", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 800 }), fc.constantFrom<RecurringPer>("month", "week"), (validFrom, length, per) => {
        const validTo = addDays(validFrom, length);
        let total = f(0);
        let day = validFrom;
        while (compareDates(day, validTo) <= 0) {
          const period = periodWithin(day, per, validFrom, validTo)!;
          expect(period.from).toBe(day);
          // Every day of the clipped period belongs to the same calendar period.
          expect(periodOf(period.to, per).start).toBe(period.start);
          if (per === "week") expect(new Date(`${period.start}T00:00:00Z`).getUTCDay()).toBe(1);
          else expect(period.start.endsWith("-01")).toBe(true);
          total = addFractions(total, period.share);
          day = addDays(period.to, 1);
        }
        expect(fractionEquals(total, periodsInValidity(validFrom, validTo, per))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
