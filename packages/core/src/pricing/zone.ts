/**
 * Wall-clock time in an IANA zone through the runtime's own Intl (ICU time-zone data): no
 * dependency, and the same source dates.ts uses. Why not a library: docs/decisions/pricing.md.
 */

export const DEFAULT_ZONE = "Europe/Helsinki";

export interface WallClock {
  year: number;
  month: number;
  day: number;
  /** Minutes since local midnight, 0–1439. */
  minuteOfDay: number;
  /** Seconds within the minute (0 for the whole-minute instants pricing accepts). */
  second: number;
  /** Local time minus UTC, in minutes (120 in winter, 180 in summer in Helsinki). */
  offsetMinutes: number;
}

// Formatters are costly to build and immutable: one per zone (memoization, not state).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what a caller's typo deserves.
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock in `zone` at an instant (epoch milliseconds). */
export function wallClock(epochMs: number, zone: string): WallClock {
  const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(zone).formatToParts(epochMs)) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = Number(part.value);
  }
  const { year, month, day, hour, minute, second } = parts;
  // The offset is whatever separates the wall clock from UTC at this instant (ms below a second are dropped by both).
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((wallAsUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
  return { year, month, day, minuteOfDay: hour * 60 + minute, second, offsetMinutes };
}
