/**
 * The time-band rules: which band codes this engine understands and when each one applies, as the
 * area file's `when` texts say. The area file decides the order (priority) and the multipliers.
 */
import { holidayCodeOf, isEveOf, weekday, type CivilDate } from "./holidays";
import { DEFAULT_ZONE, wallClock } from "./zone";

/** As in the area file. `when` is documentation only: the rules live in this module, keyed by code. */
export interface TimeBand {
  code: string;
  multiplier: number;
  when: string;
}

/** What a band rule needs to know about the calendar day. */
export interface DayKind {
  /** Sunday or a Finnish public holiday. */
  sundayOrHoliday: boolean;
  /** Saturday, Midsummer Eve or Christmas Eve. */
  saturdayOrEve: boolean;
  /** Monday to Friday (holidays included: a higher band takes them first in the demo order). */
  mondayToFriday: boolean;
}

const H07 = 7 * 60;
const H18 = 18 * 60;
const H22 = 22 * 60;

// Each rule stands alone, so that a different priority order in another area still means what its `when` says.
const RULES = {
  SUNDAY_HOLIDAY: (day: DayKind) => day.sundayOrHoliday,
  HOLIDAY_EVE: (day: DayKind, m: number) => day.saturdayOrEve && m >= H18,
  // "22:00-07:00 on any other day": any day that is not a Sunday or holiday.
  NIGHT: (day: DayKind, m: number) => !day.sundayOrHoliday && (m >= H22 || m < H07),
  SATURDAY: (day: DayKind, m: number) => day.saturdayOrEve && m >= H07 && m < H18,
  WEEKDAY_EVENING: (day: DayKind, m: number) => day.mondayToFriday && m >= H18 && m < H22,
  WEEKDAY_DAY: (day: DayKind, m: number) => day.mondayToFriday && m >= H07 && m < H18,
} as const satisfies Record<string, (day: DayKind, minuteOfDay: number) => boolean>;

export type BandCode = keyof typeof RULES;
type Rule = (day: DayKind, minuteOfDay: number) => boolean;

/** The codes this engine knows, in the demo area's priority order. */
export const KNOWN_BAND_CODES: readonly BandCode[] = ["SUNDAY_HOLIDAY", "HOLIDAY_EVE", "NIGHT", "SATURDAY", "WEEKDAY_EVENING", "WEEKDAY_DAY"];

/**
 * Local minutes of the day where a rule's answer can change (besides midnight, where the day changes).
 * The segment pricer relies on this: keep it in step with RULES (the property test checks it).
 */
export const BAND_BOUNDARY_MINUTES: readonly number[] = [H07, H18, H22, 24 * 60];

export function dayKind(date: CivilDate): DayKind {
  const dow = weekday(date);
  return {
    sundayOrHoliday: dow === 0 || holidayCodeOf(date) !== null,
    saturdayOrEve: dow === 6 || isEveOf(date),
    mondayToFriday: dow >= 1 && dow <= 5,
  };
}

/** A band list turned into rules, once per call; unknown or repeated codes are configuration errors. */
export function rulesOf(bands: readonly Pick<TimeBand, "code">[]): Rule[] {
  if (bands.length === 0) throw new Error("Time bands: the area has no bands");
  const seen = new Set<string>();
  return bands.map(({ code }) => {
    if (!Object.hasOwn(RULES, code)) {
      throw new Error(`Time bands: unknown band code ${JSON.stringify(code)} (known: ${KNOWN_BAND_CODES.join(", ")})`);
    }
    if (seen.has(code)) throw new Error(`Time bands: band code ${code} is listed twice`);
    seen.add(code);
    return RULES[code as BandCode];
  });
}

/** Index of the first band (priority order) that the minute belongs to. */
export function matchBand(rules: readonly Rule[], date: CivilDate, minuteOfDay: number, day: DayKind = dayKind(date)): number {
  const index = rules.findIndex((rule) => rule(day, minuteOfDay));
  if (index < 0) {
    // Only an area that leaves out some of the six bands can get here: a gap in its configuration.
    const hhmm = `${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`;
    const ymd = `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
    throw new Error(`Time bands: no band covers ${ymd} ${hhmm} local time; the area's bands must cover every minute`);
  }
  return index;
}

const DEFAULT_ORDER = KNOWN_BAND_CODES.map((code) => ({ code }));

/**
 * The band code of the minute that starts at (or contains) this instant, in `zone`'s wall-clock
 * time, with the demo area's priority unless `bands` gives another order. For tests and explanations.
 */
export function bandAt(instant: Date, zone: string = DEFAULT_ZONE, bands: readonly Pick<TimeBand, "code">[] = DEFAULT_ORDER): string {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("bandAt: invalid Date");
  const rules = rulesOf(bands);
  const wall = wallClock(ms, zone);
  const index = matchBand(rules, wall, wall.minuteOfDay);
  return (bands[index] as Pick<TimeBand, "code">).code;
}
