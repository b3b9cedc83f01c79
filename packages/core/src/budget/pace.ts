import { ratioToTenThousandths, roundHalfUp, toSafeNumber } from "./fraction";
import { dayNumber } from "./periods";

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
}

export interface Pace {
  /** Share of the validity's days that have passed, today included; 0..1, half up to 4 decimals. */
  elapsedFraction: number;
  expectedToDateCents: number;
  projectedAtEndCents: number;
  /** used / granted, half up to 4 decimals; may exceed 1 if granted was lowered after use. */
  usedFraction: number;
  driftStatus: DriftStatus;
  /** Highest `usedThresholds` value that used has reached (e.g. 0.9), or null. */
  thresholdReached: number | null;
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
 * Let D = days in the validity and E = days elapsed with today included (0 before validFrom,
 * D after validTo). expected = granted × E / D and projected = used × D / E, both half up;
 * before the validity projected = used. Ratios are compared exactly in ten-thousandths against
 * the unrounded expected (granted × E / D), so no float and no rounded cent decides a status.
 *
 * Precedence, first match wins (example: granted 3 650,00 € over 2027-01-01..2027-12-31,
 * D = 365, demo settings overuse 1.15, underuse 0.5 after 25 % elapsed, gap 21 days):
 * 1. not-started: today < validFrom.                       today 2026-12-31.
 * 2. ended: today > validTo.                               today 2028-01-01.
 * 3. exhausted: granted > 0 and used ≥ granted.            used 3 650,00 € on any day.
 * 4. overuse: used > expected × overuseRatio.              2027-03-31: E = 90, expected 900,00 €;
 *                                                          used 1 035,01 € (> 1 035,00 €).
 * 5. gap: granted > 0, E ≥ gapDays, and today − lastUseOn ≥ gapDays (never used and no
 *    lastUseOn: today − validFrom ≥ gapDays). Skipped when lastUseOn is omitted but used > 0.
 *                                                          2027-03-31, used 600,00 €, last use
 *                                                          2027-03-10 (21 days ago).
 * 6. underuse: E / D ≥ underuseMinElapsedFraction and used < expected × underuseRatio.
 *                                                          2027-04-30: E = 120, expected 1 200,00 €;
 *                                                          used 599,99 € with last use yesterday.
 * 7. on-track: everything else.
 * Gap ranks above underuse because "no service at all for weeks" is the more specific,
 * more urgent signal; overuse ranks above gap because money is at risk.
 */
export function pace(input: PaceInput, drift: DriftSettings): Pace {
  const { grantedCents, usedCents, lastUseOn } = input;
  checkCents(grantedCents, "grantedCents");
  checkCents(usedCents, "usedCents");
  const from = dayNumber(input.validFrom);
  const to = dayNumber(input.validTo);
  const today = dayNumber(input.today);
  if (to < from) throw new RangeError("validTo is before validFrom");
  const lastUse = lastUseOn === undefined ? undefined : dayNumber(lastUseOn);
  if (!Number.isSafeInteger(drift.gapDays) || drift.gapDays < 1) throw new RangeError("gapDays must be a positive integer");

  const totalDays = to - from + 1;
  const elapsedDays = today < from ? 0 : today > to ? totalDays : today - from + 1;
  const D = BigInt(totalDays);
  const E = BigInt(elapsedDays);
  const granted = BigInt(grantedCents);
  const used = BigInt(usedCents);

  const elapsedFraction = toFourDecimals(E, D);
  const expectedToDateCents = toSafeNumber(roundHalfUp(granted * E, D), "expected amount");
  const projectedAtEndCents = elapsedDays === 0 ? usedCents : toSafeNumber(roundHalfUp(used * D, E), "projected amount");
  const usedFraction = grantedCents === 0 ? (usedCents > 0 ? 1 : 0) : toFourDecimals(used, granted);
  const thresholdReached = highestThresholdReached(grantedCents, usedCents, drift.usedThresholds);

  return {
    elapsedFraction,
    expectedToDateCents,
    projectedAtEndCents,
    usedFraction,
    driftStatus: status(),
    thresholdReached,
  };

  function status(): DriftStatus {
    if (today < from) return "not-started";
    if (today > to) return "ended";
    // Nothing granted: nothing can be over-, under- or not used.
    if (grantedCents === 0) return "on-track";
    if (used >= granted) return "exhausted";
    // used > granted × E / D × r  ⇔  used × D × 10000 > granted × E × r10000
    const usedScaled = used * D * TEN_THOUSAND;
    const expectedScaled = granted * E;
    if (usedScaled > expectedScaled * ratioToTenThousandths(drift.overuseRatio, "overuseRatio")) return "overuse";
    const reference = lastUse ?? (usedCents === 0 ? from : undefined);
    if (reference !== undefined && today - reference >= drift.gapDays && elapsedDays >= drift.gapDays) return "gap";
    const minElapsed = ratioToTenThousandths(drift.underuseMinElapsedFraction, "underuseMinElapsedFraction");
    if (E * TEN_THOUSAND >= minElapsed * D && usedScaled < expectedScaled * ratioToTenThousandths(drift.underuseRatio, "underuseRatio")) {
      return "underuse";
    }
    return "on-track";
  }
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
