/**
 * Pricing of one service event. Pure: the result depends only on the arguments (no clock, no I/O).
 * Money is exact: integer cents × multipliers scaled to ten-thousandths, summed as BigInt and
 * rounded once per event, half up (the area file's rule).
 */
import { BAND_BOUNDARY_MINUTES, matchBand, rulesOf, type TimeBand } from "./bands";
import { DEFAULT_ZONE, wallClock } from "./zone";

export interface PricedBand {
  code: string;
  multiplier: number;
  minutes: number;
  /** This band's share before the event's single rounding, itself rounded half up: for display only. */
  amountCents: number;
}

export interface PricedEvent {
  /** The event's price: the exact sum over all minutes, rounded once, half up. */
  amountCents: number;
  /** Real elapsed minutes (0 for quantity-priced events). */
  minutes: number;
  /** In the area's band order, only bands with minutes > 0. */
  bands: PricedBand[];
}

/** Input limits; breaking one throws RangeError, which the HTTP layer maps to a 4xx. */
export const PRICING_LIMITS = {
  /** Longest time-banded event, in real elapsed minutes (24 h). */
  maxDurationMinutes: 24 * 60,
  /** Decimals a quantity may have (e.g. 1.25 days). */
  quantityDecimals: 2,
  /** Decimals a band multiplier may have (e.g. 1.15); more is an area configuration error. */
  multiplierDecimals: 4,
  /** Largest unit value and largest amount, in cents: beyond this a JS number is no longer exact. */
  maxCents: Number.MAX_SAFE_INTEGER,
  /** Holiday rules are the ones in force since 1991; the ISO format ends in year 9999. */
  earliestInstant: "1991-01-01T00:00:00Z",
  latestInstant: "9999-12-30T00:00:00Z",
} as const;

const MINUTE_MS = 60_000;
const MULTIPLIER_SCALE = 10n ** BigInt(PRICING_LIMITS.multiplierDecimals);
/** One band-minute contributes unitValueCents × scaled multiplier / (60 × scale) cents. */
const MINUTE_DENOMINATOR = 60n * MULTIPLIER_SCALE;
const EARLIEST_MS = Date.parse(PRICING_LIMITS.earliestInstant);
const LATEST_MS = Date.parse(PRICING_LIMITS.latestInstant);

/** n / d rounded half up, for n ≥ 0 and d > 0 (BigInt division truncates, so add half the divisor first). */
const divideHalfUp = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d);

function toSafeCents(cents: bigint): number {
  if (cents > BigInt(PRICING_LIMITS.maxCents)) throw new RangeError("Amount is too large to represent exactly in cents");
  return Number(cents);
}

function checkUnitValue(unitValueCents: number): void {
  if (!Number.isSafeInteger(unitValueCents) || unitValueCents < 0) {
    throw new RangeError(`unitValueCents must be a non-negative safe integer, got ${unitValueCents}`);
  }
}

/** A decimal number with at most `decimals` places, as an exact integer of 10^-decimals units; null if it has more. */
function scaled(value: number, decimals: number): bigint | null {
  const factor = 10 ** decimals;
  const units = Math.round(value * factor);
  // Division is correctly rounded, so this is true exactly when `value` is the double nearest to units/factor.
  return Number.isSafeInteger(units) && units / factor === value ? BigInt(units) : null;
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 instant with an offset or Z, to whole minutes, as epoch ms. Stricter than Date.parse,
 * which rolls 30 February over into March and accepts strings without an offset as local time.
 */
export function parseInstant(name: string, value: string): number {
  const m = typeof value === "string" ? ISO_INSTANT.exec(value) : null;
  if (!m) throw new RangeError(`${name} must be an ISO 8601 instant with an offset or Z, e.g. 2027-03-01T09:00:00+02:00`);
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i])) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const back = new Date(wall);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59) {
    throw new RangeError(`${name} is not a real date and time: ${value}`);
  }
  // Prices are per minute, so an event starts and ends on whole minutes.
  if (Number(m[6] ?? 0) !== 0 || Number(m[7] ?? 0) !== 0) throw new RangeError(`${name} must be on a whole minute: ${value}`);
  let offset = 0;
  if (m[8] !== "Z") {
    const [oh, om] = [Number(m[10]), Number(m[11])];
    if (oh > 23 || om > 59) throw new RangeError(`${name} has an invalid offset: ${value}`);
    offset = (m[9] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const ms = wall - offset * MINUTE_MS;
  if (ms < EARLIEST_MS || ms > LATEST_MS) {
    throw new RangeError(`${name} must be between ${PRICING_LIMITS.earliestInstant} and ${PRICING_LIMITS.latestInstant}`);
  }
  return ms;
}

/**
 * The first instant in (from, to] whose UTC offset is no longer `offset`, to the minute. Called only
 * when the offsets at the two ends differ, i.e. rarely (DST changes); bisection needs ~10 lookups.
 */
function offsetChange(from: number, to: number, offset: number, zone: string): number {
  let lo = from;
  let hi = to;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / (2 * MINUTE_MS)) * MINUTE_MS;
    if (wallClock(mid, zone).offsetMinutes === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Real elapsed minutes per band (indexes of `bands`) between two instants. Works segment by
 * segment: within one local day the band can change only at BAND_BOUNDARY_MINUTES, and wall-clock
 * arithmetic holds only while the UTC offset stays the same, so a DST change also ends a segment.
 */
export function bandMinutes(startMs: number, endMs: number, bands: readonly Pick<TimeBand, "code">[], zone: string = DEFAULT_ZONE): number[] {
  const rules = rulesOf(bands);
  const minutes = rules.map(() => 0);
  let t = startMs;
  while (t < endMs) {
    const wall = wallClock(t, zone);
    const band = matchBand(rules, wall, wall.minuteOfDay);
    // 24:00 is in the list, so there is always a next boundary.
    const boundary = BAND_BOUNDARY_MINUTES.find((b) => b > wall.minuteOfDay) ?? 24 * 60;
    let segmentEnd = Math.min(endMs, t + ((boundary - wall.minuteOfDay) * 60 - wall.second) * 1000);
    // Spring forward skips an hour, fall back repeats one: real minutes count, so cut where the offset changes.
    const lastMinute = segmentEnd - MINUTE_MS;
    if (lastMinute > t && wallClock(lastMinute, zone).offsetMinutes !== wall.offsetMinutes) {
      segmentEnd = offsetChange(t, lastMinute, wall.offsetMinutes, zone);
    }
    minutes[band] = (minutes[band] ?? 0) + (segmentEnd - t) / MINUTE_MS;
    t = segmentEnd;
  }
  return minutes;
}

/**
 * Prices an hourly (time-banded) delivery: each real minute at unitValueCents / 60 × the multiplier
 * of the first band (in `bands` order) that the minute falls in, in the area's wall-clock time.
 */
export function priceTimeBanded(input: {
  start: string;
  end: string;
  /** Per hour. */
  unitValueCents: number;
  bands: readonly TimeBand[];
  /** The area's time zone; the band rules are in its wall-clock time. */
  zone?: string;
  /** The share of the price paid (a late cancellation at 50 %), applied to the exact sum before its one rounding. */
  sharePercent?: number;
}): PricedEvent {
  const startMs = parseInstant("start", input.start);
  const endMs = parseInstant("end", input.end);
  if (endMs <= startMs) throw new RangeError("end must be after start");
  const totalMinutes = (endMs - startMs) / MINUTE_MS;
  if (totalMinutes > PRICING_LIMITS.maxDurationMinutes) {
    throw new RangeError(`An event may last at most ${PRICING_LIMITS.maxDurationMinutes} minutes (24 h), got ${totalMinutes}`);
  }
  checkUnitValue(input.unitValueCents);
  const multipliers = input.bands.map(({ code, multiplier }) => {
    const m = Number.isFinite(multiplier) && multiplier >= 0 ? scaled(multiplier, PRICING_LIMITS.multiplierDecimals) : null;
    // Area data, not caller input: a plain Error, like an unknown code.
    if (m === null) throw new Error(`Time bands: multiplier of ${code} must be ≥ 0 with at most ${PRICING_LIMITS.multiplierDecimals} decimals, got ${multiplier}`);
    return m;
  });

  const perBand = bandMinutes(startMs, endMs, input.bands, input.zone ?? DEFAULT_ZONE);
  const share = shareOf(input.sharePercent);
  const unit = BigInt(input.unitValueCents);
  let total = 0n;
  const bands: PricedBand[] = [];
  input.bands.forEach(({ code, multiplier }, i) => {
    const minutes = perBand[i] ?? 0;
    if (minutes === 0) return;
    const exact = BigInt(minutes) * unit * (multipliers[i] as bigint) * share; // in 1 / (MINUTE_DENOMINATOR × 100) cents
    total += exact;
    bands.push({ code, multiplier, minutes, amountCents: toSafeCents(divideHalfUp(exact, MINUTE_DENOMINATOR * 100n)) });
  });
  return { amountCents: toSafeCents(divideHalfUp(total, MINUTE_DENOMINATOR * 100n)), minutes: totalMinutes, bands };
}

/** A whole percentage 0–100 as a BigInt factor (100 when the full price is paid). */
function shareOf(sharePercent = 100): bigint {
  if (!Number.isInteger(sharePercent) || sharePercent < 0 || sharePercent > 100) throw new RangeError(`sharePercent must be a whole number 0–100, got ${sharePercent}`);
  return BigInt(sharePercent);
}

/** Prices a day, visit or euro unit: quantity × unit value (× the share paid), rounded once, half up. */
export function priceQuantity(input: { quantity: number; unitValueCents: number; sharePercent?: number }): PricedEvent {
  const { quantity, unitValueCents } = input;
  const share = shareOf(input.sharePercent);
  const hundredths = typeof quantity === "number" && quantity > 0 ? scaled(quantity, PRICING_LIMITS.quantityDecimals) : null;
  if (hundredths === null) {
    throw new RangeError(`quantity must be > 0 with at most ${PRICING_LIMITS.quantityDecimals} decimals, got ${quantity}`);
  }
  checkUnitValue(unitValueCents);
  return { amountCents: toSafeCents(divideHalfUp(hundredths * BigInt(unitValueCents) * share, 10_000n)), minutes: 0, bands: [] };
}
