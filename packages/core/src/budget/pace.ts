import { ratioToTenThousandths, roundHalfUp, toSafeNumber } from "./fraction";
import { grantedCents as grantFor } from "./granted";
import { dayNumber, periodWithin, type RecurringPer } from "./periods";

/** The area file's `area.drift` settings (packages/core/src/area/settings.ts). */
export interface DriftSettings {
  overuseRatio: number;
  underuseRatio: number;
  underuseMinElapsedFraction: number;
  gapDays: number;
  usedThresholds: number[];
  expiryWarningDays: number;
  expiryUnusedFraction: number;
}

export type DriftStatus = "not-started" | "on-track" | "overuse" | "underuse" | "gap" | "exhausted" | "ended";

export interface PaceInput {
  grantedCents: number;
  usedCents: number;
  validFrom: string;
  validTo: string;
  today: string;
  /** Date of the latest service event; omit when there is none or it is not tracked. */
  lastUseOn?: string;
  /** A recurring grant's period that holds today: pace, over- and under-use are measured in it. */
  period?: PacePeriod;
}

/** The current period of a recurring grant, clipped to the validity: what it grants and what was used in it. */
export interface PacePeriod {
  from: string;
  to: string;
  grantedCents: number;
  usedCents: number;
}

export interface Pace {
  /** Share of the validity's (or the current period's) days that have passed, today included; 0..1, half up to 4 decimals. */
  elapsedFraction: number;
  expectedToDateCents: number;
  projectedAtEndCents: number;
  /** used / granted, half up to 4 decimals; may exceed 1 if granted was lowered after use. */
  usedFraction: number;
  driftStatus: DriftStatus;
  /** Highest `usedThresholds` value that used has reached (e.g. 0.9), or null. */
  thresholdReached: number | null;
  /** Present for a recurring grant: elapsed, expected and projected refer to this period. */
  period?: PacePeriod;
}

const TEN_THOUSAND = 10_000n;

function checkCents(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative safe integer`);
}

function toFourDecimals(numerator: bigint, denominator: bigint): number {
  return toSafeNumber(roundHalfUp(numerator * TEN_THOUSAND, denominator), "fraction") / 10_000;
}

/** Highest threshold t with used ≥ granted × t, compared in exact ten-thousandths. */
export function highestThresholdReached(grantedCents: number, usedCents: number, thresholds: readonly number[]): number | null {
  checkCents(grantedCents, "grantedCents");
  checkCents(usedCents, "usedCents");
  // Nothing granted means nothing to measure against: no threshold notifications.
  if (grantedCents === 0) return null;
  let best: number | null = null;
  for (const t of thresholds) {
    const reached = BigInt(usedCents) * TEN_THOUSAND >= BigInt(grantedCents) * ratioToTenThousandths(t, "usedThresholds");
    if (reached && (best === null || t > best)) best = t;
  }
  return best;
}

/**
 * Pace and drift status of one budget line or instrument on `today`.
 *
 * The pace window is the validity, or for a recurring grant the current `period`. Let D = days
 * in the window and E = days of it elapsed with today included (0 before it, D after it).
 * expected = windowGranted × E / D and projected = windowUsed × D / E, both half up; before the
 * window projected = windowUsed. Ratios are compared exactly in ten-thousandths against the
 * unrounded expected, so no float and no rounded cent decides a status.
 *
 * Precedence, first match wins (example: granted 3 650,00 € over 2027-01-01..2027-12-31,
 * D = 365, demo settings overuse 1.15, underuse 0.5 after 25 % elapsed, gap 21 days):
 * 1. not-started: today < validFrom.                       today 2026-12-31.
 * 2. ended: today > validTo.                               today 2028-01-01.
 * 3. exhausted: granted > 0 and used ≥ granted (the whole grant).
 *                                                          used 3 650,00 € on any day.
 * 4. overuse: windowUsed > expected × overuseRatio.        2027-03-31: E = 90, expected 900,00 €;
 *                                                          used 1 035,01 € (> 1 035,00 €).
 * 5. gap: granted > 0, gapDays of the validity elapsed, and today − lastUseOn ≥ gapDays (never
 *    used and no lastUseOn: today − validFrom ≥ gapDays). Skipped when lastUseOn is omitted but
 *    used > 0.                                             2027-03-31, used 600,00 €, last use
 *                                                          2027-03-10 (21 days ago).
 * 6. underuse: E / D ≥ underuseMinElapsedFraction and windowUsed < expected × underuseRatio.
 *                                                          2027-04-30: E = 120, expected 1 200,00 €;
 *                                                          used 599,99 € with last use yesterday.
 * 7. on-track: everything else.
 * Gap ranks above underuse because "no service at all for weeks" is the more specific,
 * more urgent signal; overuse ranks above gap because money is at risk. Exhaustion, gaps and
 * thresholds always look at the whole validity: they are about the balance and the last delivery.
 */
export function pace(input: PaceInput, drift: DriftSettings): Pace {
  const { grantedCents, usedCents, lastUseOn, period } = input;
  checkCents(grantedCents, "grantedCents");
  checkCents(usedCents, "usedCents");
  const from = dayNumber(input.validFrom);
  const to = dayNumber(input.validTo);
  const today = dayNumber(input.today);
  if (to < from) throw new RangeError("validTo is before validFrom");
  const lastUse = lastUseOn === undefined ? undefined : dayNumber(lastUseOn);
  if (!Number.isSafeInteger(drift.gapDays) || drift.gapDays < 1) throw new RangeError("gapDays must be a positive integer");
  if (period) {
    checkCents(period.grantedCents, "period.grantedCents");
    checkCents(period.usedCents, "period.usedCents");
    if (dayNumber(period.from) < from || dayNumber(period.to) > to || dayNumber(period.to) < dayNumber(period.from)) {
      throw new RangeError("the period must lie within the validity");
    }
  }

  const elapsedIn = (first: number, last: number) => (today < first ? 0 : today > last ? last - first + 1 : today - first + 1);
  const validityElapsed = elapsedIn(from, to);
  const windowFrom = period ? dayNumber(period.from) : from;
  const windowTo = period ? dayNumber(period.to) : to;
  const D = BigInt(windowTo - windowFrom + 1);
  const elapsedDays = elapsedIn(windowFrom, windowTo);
  const E = BigInt(elapsedDays);
  const windowGranted = BigInt(period?.grantedCents ?? grantedCents);
  const windowUsedCents = period?.usedCents ?? usedCents;
  const windowUsed = BigInt(windowUsedCents);

  const elapsedFraction = toFourDecimals(E, D);
  const expectedToDateCents = toSafeNumber(roundHalfUp(windowGranted * E, D), "expected amount");
  const projectedAtEndCents = elapsedDays === 0 ? windowUsedCents : toSafeNumber(roundHalfUp(windowUsed * D, E), "projected amount");
  const usedFraction = grantedCents === 0 ? (usedCents > 0 ? 1 : 0) : toFourDecimals(BigInt(usedCents), BigInt(grantedCents));
  const thresholdReached = highestThresholdReached(grantedCents, usedCents, drift.usedThresholds);

  return {
    elapsedFraction,
    expectedToDateCents,
    projectedAtEndCents,
    usedFraction,
    driftStatus: status(),
    thresholdReached,
    ...(period ? { period: { ...period } } : {}),
  };

  function status(): DriftStatus {
    if (today < from) return "not-started";
    if (today > to) return "ended";
    // Nothing granted: nothing can be over-, under- or not used.
    if (grantedCents === 0) return "on-track";
    if (usedCents >= grantedCents) return "exhausted";
    // used > granted × E / D × r  ⇔  used × D × 10000 > granted × E × r10000
    const usedScaled = windowUsed * D * TEN_THOUSAND;
    const expectedScaled = windowGranted * E;
    if (usedScaled > expectedScaled * ratioToTenThousandths(drift.overuseRatio, "overuseRatio")) return "overuse";
    const reference = lastUse ?? (usedCents === 0 ? from : undefined);
    if (reference !== undefined && today - reference >= drift.gapDays && validityElapsed >= drift.gapDays) return "gap";
    const minElapsed = ratioToTenThousandths(drift.underuseMinElapsedFraction, "underuseMinElapsedFraction");
    if (E * TEN_THOUSAND >= minElapsed * D && usedScaled < expectedScaled * ratioToTenThousandths(drift.underuseRatio, "underuseRatio")) {
      return "underuse";
    }
    return "on-track";
  }
}

/** What was used in one period of a recurring grant: the instrument's period-use item (docs/data-model.md). */
export interface PeriodUse {
  /** First day of the calendar period (month, or ISO week from Monday). */
  periodStart: string;
  usedCents: number;
}

/** Everything pace needs of a budget line or instrument besides the day and the rules. */
export interface PaceSubject {
  grantedCents: number;
  usedCents: number;
  validFrom: string;
  validTo: string;
  lastUseOn?: string;
  /** For a grant counted per month or week: the quantity per period, its unit value, and the use in the latest period known. */
  recurrence?: { per: RecurringPer; quantity: number; unitValueCents: number; periodUse?: PeriodUse };
}

/**
 * Pace on `today`, for a recurring grant in the period that holds today. The period grants
 * quantity × unit value × its share of a whole period (half up, like the whole grant); its use
 * is `periodUse` when that is today's period, and 0 in any later one (nothing delivered yet).
 */
export function paceOf(subject: PaceSubject, today: string, drift: DriftSettings): Pace {
  const { recurrence, ...input } = subject;
  const window = recurrence && periodWithin(today, recurrence.per, subject.validFrom, subject.validTo);
  if (!recurrence || !window) return pace({ ...input, today }, drift);
  const used = recurrence.periodUse?.periodStart === window.start ? recurrence.periodUse.usedCents : 0;
  return pace(
    {
      ...input,
      today,
      period: { from: window.from, to: window.to, grantedCents: grantFor(recurrence.quantity, recurrence.unitValueCents, window.share), usedCents: used },
    },
    drift,
  );
}

/**
 * Whether an instrument should warn that it is about to expire unused: today is within the
 * last `expiryWarningDays` days of the validity (validTo − today ≤ expiryWarningDays) and at
 * least `expiryUnusedFraction` of the grant (and more than 0 cents) is still unused.
 * Example, demo settings (30 days, 0.2): granted 1 000,00 €, validTo 2027-12-31, today
 * 2027-12-01 (30 days left), used 799,99 € → unused 200,01 € ≥ 200,00 € → true.
 */
export function expiryWarning(
  input: { grantedCents: number; usedCents: number; validTo: string; today: string },
  drift: Pick<DriftSettings, "expiryWarningDays" | "expiryUnusedFraction">,
): boolean {
  checkCents(input.grantedCents, "grantedCents");
  checkCents(input.usedCents, "usedCents");
  const daysLeft = dayNumber(input.validTo) - dayNumber(input.today);
  if (daysLeft < 0 || daysLeft > drift.expiryWarningDays) return false;
  const unused = BigInt(input.grantedCents) - BigInt(input.usedCents);
  if (unused <= 0n) return false;
  return unused * TEN_THOUSAND >= BigInt(input.grantedCents) * ratioToTenThousandths(drift.expiryUnusedFraction, "expiryUnusedFraction");
}
