import { addFractions, fraction, type Fraction } from "./fraction";

export type { Fraction } from "./fraction";

/** How an instrument's quantity is counted: per calendar month, per 7 days, or once for the whole validity. */
export type Per = "month" | "week" | "validity";

// Business dates are plain calendar dates (Europe/Helsinki); all arithmetic is on integer day
// numbers, so neither the JS Date nor the machine's time zone can shift a day.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parse(s: string): Ymd | undefined {
  const m = DATE.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // Year 0000 is not a calendar year anyone budgets in.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function parseOrThrow(s: string, name = "date"): Ymd {
  const ymd = parse(s);
  if (!ymd) throw new RangeError(`${name} is not a valid YYYY-MM-DD date: ${JSON.stringify(s)}`);
  return ymd;
}

/** True for an existing calendar date written YYYY-MM-DD (2026-02-30 is false). */
export function isValidDate(s: string): boolean {
  return typeof s === "string" && parse(s) !== undefined;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
function toDayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

function format({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Integer day number of a valid date (days since 1970-01-01); throws RangeError otherwise. */
export function dayNumber(date: string): number {
  return toDayNumber(parseOrThrow(date));
}

/** -1, 0 or 1; throws RangeError on an invalid date. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const d = dayNumber(a) - dayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** The month after a `YYYY-MM` month. */
export function nextMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}`;
}

/** `date` moved by n calendar days (n may be negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError("n must be an integer");
  const result = fromDayNumber(dayNumber(date) + n);
  if (result.year < 1 || result.year > 9999) throw new RangeError("result is outside years 0001–9999");
  return format(result);
}

/** Number of days from `from` to `to`, both included (2027-01-01..2027-01-01 is 1); 0 when to < from. */
export function daysInclusive(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

/**
 * How many `per` periods an inclusive validity holds, as an exact reduced fraction.
 *
 * - month: each whole calendar month counts 1, a partial month counts covered days / days in
 *   that month. 2027-01-01..2027-03-15 = 1 + 1 + 15/31 = 77/31; 2028-02-01..2028-02-14 = 14/29.
 * - week: days / 7. 2027-01-01..2027-03-31 = 90/7.
 * - validity: always 1.
 *
 * Throws RangeError when a date is invalid or validTo < validFrom.
 */
export function periodsInValidity(validFrom: string, validTo: string, per: Per): Fraction {
  const from = parseOrThrow(validFrom, "validFrom");
  const to = parseOrThrow(validTo, "validTo");
  const fromDay = toDayNumber(from);
  const toDay = toDayNumber(to);
  if (toDay < fromDay) throw new RangeError("validTo is before validFrom");

  switch (per) {
    case "validity":
      return fraction(1n);
    case "week":
      return fraction(BigInt(toDay - fromDay + 1), 7n);
    case "month": {
      const fromDim = daysInMonth(from.year, from.month);
      if (from.year === to.year && from.month === to.month) {
        return fraction(BigInt(to.day - from.day + 1), BigInt(fromDim));
      }
      // O(1): first (maybe partial) month + whole months strictly between + last (maybe partial) month.
      const first = fraction(BigInt(fromDim - from.day + 1), BigInt(fromDim));
      const last = fraction(BigInt(to.day), BigInt(daysInMonth(to.year, to.month)));
      const between = to.year * 12 + to.month - (from.year * 12 + from.month) - 1;
      return addFractions(addFractions(first, last), fraction(BigInt(between)));
    }
    default: {
      const never: never = per;
      throw new RangeError(`unknown period: ${String(never)}`);
    }
  }
}

/** A period a recurring grant counts in: a calendar month, or an ISO week (Monday to Sunday). */
export type RecurringPer = Exclude<Per, "validity">;

/** The calendar period of `per` that holds `date`: 2027-02-14 is in 2027-02-01..2027-02-28 and in the week 2027-02-08..2027-02-14. */
export function periodOf(date: string, per: RecurringPer): { start: string; end: string } {
  const ymd = parseOrThrow(date);
  if (per === "month") {
    return { start: format({ ...ymd, day: 1 }), end: format({ ...ymd, day: daysInMonth(ymd.year, ymd.month) }) };
  }
  const day = toDayNumber(ymd);
  // Day 0 (1970-01-01) was a Thursday: (day + 3) mod 7 counts days since Monday.
  const monday = day - (((day + 3) % 7) + 7) % 7;
  return { start: format(fromDayNumber(monday)), end: format(fromDayNumber(monday + 6)) };
}

/**
 * The period of `per` holding `date`, clipped to the validity, and the share of a whole period it
 * covers (covered days / days in the period), the same share `periodsInValidity` counts for it:
 * validity 2027-01-15..2027-12-31, 2027-01-20 per month → 2027-01-15..2027-01-31, share 17/31.
 * Undefined when the date is outside the validity.
 */
export function periodWithin(
  date: string,
  per: RecurringPer,
  validFrom: string,
  validTo: string,
): { start: string; from: string; to: string; share: Fraction } | undefined {
  if (compareDates(date, validFrom) < 0 || compareDates(date, validTo) > 0) return undefined;
  const { start, end } = periodOf(date, per);
  const from = compareDates(start, validFrom) < 0 ? validFrom : start;
  const to = compareDates(end, validTo) > 0 ? validTo : end;
  return { start, from, to, share: fraction(BigInt(daysInclusive(from, to)), BigInt(daysInclusive(start, end))) };
}
