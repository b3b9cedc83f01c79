/**
 * Banking days for the payment file's requested execution date. A day is a
 * banking day when it is a weekday, Finnish banks are open and TARGET2 (the
 * euro area's settlement system) is open:
 * - Finnish banks close on New Year's Day, Epiphany, Good Friday, Easter Monday,
 *   May Day, Ascension Day, Midsummer Eve, Independence Day, Christmas Eve,
 *   Christmas Day and Boxing Day (the banks' published holiday hours, e.g. OP's
 *   "exceptions in customer service opening hours" 2024);
 * - TARGET2 closes on New Year's Day, Good Friday, Easter Monday, 1 May,
 *   25 and 26 December (ECB), all of which are on the Finnish list.
 * All Saints' Day, Whitsun and Midsummer Day always fall on a weekend.
 */
import { addDays, nextMonth } from "../budget/periods";
import { type FinnishHolidayCode, holidayCodeOf, isEveOf, parseCivilDate, weekday } from "../pricing/holidays";

const BANK_HOLIDAYS: ReadonlySet<FinnishHolidayCode> = new Set([
  "NEW_YEARS_DAY",
  "EPIPHANY",
  "GOOD_FRIDAY",
  "EASTER_MONDAY",
  "MAY_DAY",
  "ASCENSION_DAY",
  "INDEPENDENCE_DAY",
  "CHRISTMAS_DAY",
  "BOXING_DAY",
]);

/** A weekday on which Finnish banks and TARGET2 are open (YYYY-MM-DD). */
export function isBankingDay(date: string): boolean {
  const civil = parseCivilDate(date);
  const day = weekday(civil);
  if (day === 0 || day === 6) return false;
  const holiday = holidayCodeOf(civil);
  if (holiday && BANK_HOLIDAYS.has(holiday)) return false;
  // Midsummer Eve and Christmas Eve: banks are closed although they are not public holidays.
  return !isEveOf(civil);
}

/** The date itself when it is a banking day, else the next one. */
export function bankingDayOnOrAfter(date: string): string {
  let day = date;
  while (!isBankingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * When a month's payments are to be made: the area's settlement day of the
 * month after, moved to the next banking day. A run made on or after that day
 * pays on the first banking day after the run, so the date is never in the
 * past when the file reaches the bank.
 */
export function paymentDate(month: string, settlementDayOfMonth: number, runDate: string): string {
  const due = bankingDayOnOrAfter(`${nextMonth(month)}-${String(settlementDayOfMonth).padStart(2, "0")}`);
  return runDate < due ? due : bankingDayOnOrAfter(addDays(runDate, 1));
}
