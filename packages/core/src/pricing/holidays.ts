/**
 * Finnish public holidays (the statutory list the area's time bands name) and the two holiday eves.
 * Computed here rather than with date-holidays: see docs/decisions/pricing.md. date-holidays is the
 * test oracle (holidays.test.ts).
 */

export interface LocalizedName {
  fi: string;
  sv: string;
  en: string;
}

export interface FinnishHoliday {
  code: string;
  name: LocalizedName;
}

/** The rules below are the ones in force since 1991 (Epiphany and Ascension Day back on their own days). */
export const FIRST_HOLIDAY_RULE_YEAR = 1991;
export const LAST_SUPPORTED_YEAR = 9999;

const HOLIDAYS = {
  NEW_YEARS_DAY: { fi: "Uudenvuodenpäivä", sv: "Nyårsdagen", en: "New Year's Day" },
  EPIPHANY: { fi: "Loppiainen", sv: "Trettondagen", en: "Epiphany" },
  GOOD_FRIDAY: { fi: "Pitkäperjantai", sv: "Långfredagen", en: "Good Friday" },
  EASTER_SUNDAY: { fi: "Pääsiäispäivä", sv: "Påskdagen", en: "Easter Sunday" },
  EASTER_MONDAY: { fi: "Toinen pääsiäispäivä", sv: "Annandag påsk", en: "Easter Monday" },
  MAY_DAY: { fi: "Vappu", sv: "Första maj", en: "May Day" },
  ASCENSION_DAY: { fi: "Helatorstai", sv: "Kristi himmelsfärdsdag", en: "Ascension Day" },
  WHITSUN: { fi: "Helluntaipäivä", sv: "Pingstdagen", en: "Whitsun" },
  MIDSUMMER_DAY: { fi: "Juhannuspäivä", sv: "Midsommardagen", en: "Midsummer Day" },
  ALL_SAINTS_DAY: { fi: "Pyhäinpäivä", sv: "Alla helgons dag", en: "All Saints' Day" },
  INDEPENDENCE_DAY: { fi: "Itsenäisyyspäivä", sv: "Självständighetsdagen", en: "Independence Day" },
  CHRISTMAS_DAY: { fi: "Joulupäivä", sv: "Juldagen", en: "Christmas Day" },
  BOXING_DAY: { fi: "Tapaninpäivä", sv: "Annandag jul", en: "Boxing Day" },
} as const satisfies Record<string, LocalizedName>;

export type FinnishHolidayCode = keyof typeof HOLIDAYS;

/** A calendar date as numbers; month 1–12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Parses a real calendar date, YYYY-MM-DD, in the supported years; RangeError otherwise (callers map it to 4xx). */
export function parseCivilDate(date: string): CivilDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`No such calendar date: ${date}`);
  }
  if (year < FIRST_HOLIDAY_RULE_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(`Date ${date} is outside ${FIRST_HOLIDAY_RULE_YEAR}–${LAST_SUPPORTED_YEAR}, where these holiday rules apply`);
  }
  return { year, month, day };
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** 0 = Sunday … 6 = Saturday (proleptic Gregorian; no time zone involved). */
export const weekday = ({ year, month, day }: CivilDate): number => new Date(Date.UTC(year, month - 1, day)).getUTCDay();

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher): exact for every Gregorian year. */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Day number since 1970-01-01, so that "Easter + 39" is plain integer arithmetic. */
const dayNumber = ({ year, month, day }: CivilDate): number => Date.UTC(year, month - 1, day) / 86_400_000;

/** Holidays of one year, keyed by day number. Memoized: the table is a pure function of the year. */
const yearTables = new Map<number, ReadonlyMap<number, FinnishHolidayCode>>();

function holidaysOf(year: number): ReadonlyMap<number, FinnishHolidayCode> {
  const cached = yearTables.get(year);
  if (cached) return cached;
  const easter = dayNumber(easterSunday(year));
  const on = (month: number, day: number): number => dayNumber({ year, month, day });
  // "The Saturday between D1 and D1+6": the one day of that week whose weekday is 6.
  const saturdayFrom = (month: number, firstDay: number): number => {
    const first = on(month, firstDay);
    return first + ((6 - weekday({ year, month, day: firstDay }) + 7) % 7);
  };
  const entries: [number, FinnishHolidayCode][] = [
    [on(1, 1), "NEW_YEARS_DAY"],
    [on(1, 6), "EPIPHANY"],
    [easter - 2, "GOOD_FRIDAY"],
    [easter, "EASTER_SUNDAY"],
    [easter + 1, "EASTER_MONDAY"],
    [on(5, 1), "MAY_DAY"],
    [easter + 39, "ASCENSION_DAY"],
    [easter + 49, "WHITSUN"],
    [saturdayFrom(6, 20), "MIDSUMMER_DAY"],
    [saturdayFrom(10, 31), "ALL_SAINTS_DAY"],
    [on(12, 6), "INDEPENDENCE_DAY"],
    [on(12, 25), "CHRISTMAS_DAY"],
    [on(12, 26), "BOXING_DAY"],
  ];
  // Two can fall on one day (Ascension Day on 1 May in 2008): the first listed names it.
  const table = new Map<number, FinnishHolidayCode>();
  for (const [day, code] of entries) if (!table.has(day)) table.set(day, code);
  yearTables.set(year, table);
  return table;
}

/** The holiday of a civil date, or null; for callers that already hold parsed numbers (the band rules). */
export function holidayCodeOf(date: CivilDate): FinnishHolidayCode | null {
  return holidaysOf(date.year).get(dayNumber(date)) ?? null;
}

/** The Finnish public holiday on this date (YYYY-MM-DD), with its name in Finnish, Swedish and English; null if none. */
export function finnishHoliday(date: string): FinnishHoliday | null {
  const code = holidayCodeOf(parseCivilDate(date));
  return code ? { code, name: { ...HOLIDAYS[code] } } : null;
}

/** Midsummer Eve (the Friday between 19 and 25 June) or Christmas Eve: eves, not holidays, in the band rules. */
export function isEveOf(date: CivilDate): boolean {
  if (date.month === 12 && date.day === 24) return true;
  return date.month === 6 && date.day >= 19 && date.day <= 25 && weekday(date) === 5;
}

/** Midsummer Eve or Christmas Eve (YYYY-MM-DD). May Day Eve and New Year's Eve are not eves here. */
export function isHolidayEve(date: string): boolean {
  return isEveOf(parseCivilDate(date));
}
