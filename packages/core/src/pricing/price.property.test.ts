import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Holidays from "date-holidays";
import { bandAt, KNOWN_BAND_CODES, type TimeBand } from "./bands";
import { priceQuantity, priceTimeBanded } from "./price";
import { DEMO_BANDS } from "./test-fixtures";

/*
 * A minute-by-minute reference, written independently of the engine: its own Intl formatter
 * (weekday from Intl too), holidays from date-holidays, band rules read straight off the `when`
 * texts, multipliers scaled from their decimal spelling. Slow and obvious, which is the point.
 */

const oracle = new Holidays("FI");
const publicHolidays = new Map<number, Set<string>>();
function isPublicHoliday(ymd: string): boolean {
  const year = Number(ymd.slice(0, 4));
  let set = publicHolidays.get(year);
  if (!set) {
    set = new Set(oracle.getHolidays(year).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
    publicHolidays.set(year, set);
  }
  return set.has(ymd);
}

const referenceFormatters = new Map<string, Intl.DateTimeFormat>();
/*
 * Every zone's offset is a whole number of quarter hours and changes on a UTC quarter hour, so a local
 * date and hour hold for a whole UTC quarter hour: asked once per quarter instead of once per minute.
 */
const QUARTER = 15 * 60_000;
const localQuarters = new Map<string, ReturnType<typeof localTime>>();
function localMinute(ms: number, zone: string) {
  const key = `${zone} ${Math.floor(ms / QUARTER)}`;
  let local = localQuarters.get(key);
  if (!local) localQuarters.set(key, (local = localTime(Math.floor(ms / QUARTER) * QUARTER, zone)));
  return local;
}
function localTime(ms: number, zone: string) {
  let f = referenceFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    referenceFormatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  const ymd = `${p.year}-${p.month}-${p.day}`;
  return { ymd, weekday: p.weekday as string, month: Number(p.month), day: Number(p.day), hour: Number(p.hour) };
}

function referenceBand(ms: number, zone: string, order: readonly string[]): string {
  const t = localMinute(ms, zone);
  const sundayOrHoliday = t.weekday === "Sun" || isPublicHoliday(t.ymd);
  const eve = (t.month === 12 && t.day === 24) || (t.month === 6 && t.day >= 19 && t.day <= 25 && t.weekday === "Fri");
  const saturdayOrEve = t.weekday === "Sat" || eve;
  const monToFri = ["Mon", "Tue", "Wed", "Thu", "Fri"].includes(t.weekday);
  const when: Record<string, boolean> = {
    SUNDAY_HOLIDAY: sundayOrHoliday,
    HOLIDAY_EVE: saturdayOrEve && t.hour >= 18,
    NIGHT: !sundayOrHoliday && (t.hour >= 22 || t.hour < 7),
    SATURDAY: saturdayOrEve && t.hour >= 7 && t.hour < 18,
    WEEKDAY_EVENING: monToFri && t.hour >= 18 && t.hour < 22,
    WEEKDAY_DAY: monToFri && t.hour >= 7 && t.hour < 18,
  };
  const code = order.find((c) => when[c]);
  if (!code) throw new Error(`reference: no band at ${t.ymd} ${t.hour}`);
  return code;
}

/** "1.15" → 11500n ten-thousandths, from the decimal spelling rather than by multiplying a double. */
function tenThousandths(multiplier: number): bigint {
  const [whole, fraction = ""] = String(multiplier).split(".");
  return BigInt(whole ?? "0") * 10_000n + BigInt((fraction + "0000").slice(0, 4));
}

function referencePrice(startMs: number, endMs: number, unitValueCents: number, bands: readonly TimeBand[], zone: string) {
  const order = bands.map((b) => b.code);
  const minutes = new Map<string, number>();
  let sixtyThousandths = 0n; // the exact amount in 1/600 000 cents
  for (let t = startMs; t < endMs; t += 60_000) {
    const code = referenceBand(t, zone, order);
    minutes.set(code, (minutes.get(code) ?? 0) + 1);
    sixtyThousandths += BigInt(unitValueCents) * tenThousandths(bands.find((b) => b.code === code)!.multiplier);
  }
  const whole = sixtyThousandths / 600_000n;
  const amountCents = Number(sixtyThousandths % 600_000n >= 300_000n ? whole + 1n : whole);
  const perBand = bands.filter((b) => minutes.has(b.code)).map((b) => ({ code: b.code, minutes: minutes.get(b.code)! }));
  return { amountCents, minutes: (endMs - startMs) / 60_000, perBand };
}

/** An instant written with a given UTC offset (the engine must not care which). */
function iso(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 16);
  if (offsetMinutes === 0) return `${local}Z`;
  const abs = Math.abs(offsetMinutes);
  return `${local}${offsetMinutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const MINUTE = 60_000;
const FROM = Date.UTC(2026, 0, 1) - 2 * 3_600_000; // local midnight, 1 Jan 2026
const TO = Date.UTC(2028, 11, 31) - 2 * 3_600_000; // so that start + 24 h stays in 2028

/** Days where mistakes would hide in Helsinki: DST changes, eves, movable holidays, year ends. */
const helsinkiDays = [
  "2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31", "2028-03-26", "2028-10-29",
  "2026-06-19", "2027-06-25", "2028-06-23", "2026-12-24", "2027-12-24", "2028-12-24",
  "2026-04-03", "2027-05-06", "2028-06-04", "2027-11-06", "2026-12-31", "2027-12-06",
].map((d) => Date.parse(`${d}T00:00:00+02:00`));

/** UTC offset changes of a zone in 2026–2028, found by sampling every 6 h (good enough: starts land ±26 h around them). */
function offsetChanges(zone: string): number[] {
  const f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
  const offsetAt = (ms: number) => f.formatToParts(ms).find((p) => p.type === "timeZoneName")?.value;
  const found: number[] = [];
  for (let t = FROM; t < TO; t += 6 * 3_600_000) if (offsetAt(t) !== offsetAt(t + 6 * 3_600_000)) found.push(t);
  return found;
}

/*
 * Helsinki changes clocks at 03:00/04:00 on Sundays, inside one band, so its DST nights alone would not
 * show a misplaced band limit. These zones change on Fridays (Jerusalem, Cairo), at local midnight
 * (Santiago, Cairo: the date itself jumps or repeats), by 30 minutes (Lord Howe), or on Sundays (New York).
 */
const otherZones = ["Asia/Jerusalem", "Africa/Cairo", "America/Santiago", "Australia/Lord_Howe", "America/New_York"];
const nearChange = (zone: string) => {
  const changes = offsetChanges(zone);
  if (changes.length === 0) throw new Error(`no DST changes found for ${zone}`);
  return fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -26 * 60, max: 26 * 60 })).map(([t, m]) => ({ zone, startMs: t + m * MINUTE }));
};
const anyMinute = fc.integer({ min: FROM / MINUTE, max: TO / MINUTE }).map((m) => m * MINUTE);

/** A start instant and the zone it is priced in. */
const scenarioArb = fc.oneof(
  { weight: 3, arbitrary: anyMinute.map((startMs) => ({ zone: "Europe/Helsinki", startMs })) },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.constantFrom(...helsinkiDays), fc.integer({ min: -26 * 60, max: 26 * 60 })).map(([day, m]) => ({ zone: "Europe/Helsinki", startMs: day + m * MINUTE })),
  },
  { weight: 3, arbitrary: fc.oneof(...otherZones.map(nearChange)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...otherZones, "UTC"), anyMinute).map(([zone, startMs]) => ({ zone, startMs })) },
);
const durationArb = fc.oneof(fc.integer({ min: 1, max: 1440 }), fc.constantFrom(1, 59, 60, 61, 1439, 1440));
/** The six codes in any priority order, with any multiplier of ≤ 4 decimals (the demo ones half of the time). */
const bandsArb = fc.oneof(
  fc.constant(DEMO_BANDS),
  fc.tuple(
    fc.shuffledSubarray([...KNOWN_BAND_CODES], { minLength: 6, maxLength: 6 }),
    fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 6, maxLength: 6 }),
  ).map(([codes, scaled]) => codes.map((code, i) => ({ code, multiplier: scaled[i]! / 10_000, when: "" }))),
);

describe("priceTimeBanded against the minute-by-minute reference", () => {
  it("gives the same amount and band minutes for random intervals ≤ 24 h in 2026–2028", () => {
    fc.assert(
      fc.property(scenarioArb, durationArb, fc.integer({ min: 0, max: 1_000_000 }), bandsArb, fc.constantFrom(0, 120, 180, -300, 330),
        ({ startMs, zone }, duration, unitValueCents, bands, writtenOffset) => {
          const endMs = startMs + duration * MINUTE;
          const priced = priceTimeBanded({ start: iso(startMs, writtenOffset), end: iso(endMs, writtenOffset), unitValueCents, bands, zone });
          const expected = referencePrice(startMs, endMs, unitValueCents, bands, zone);
          expect(priced.amountCents).toBe(expected.amountCents);
          expect(priced.bands.map(({ code, minutes }) => ({ code, minutes }))).toEqual(expected.perBand);
          // Band minutes add up to the real elapsed minutes, DST nights included.
          expect(priced.minutes).toBe(duration);
          expect(priced.bands.reduce((sum, b) => sum + b.minutes, 0)).toBe(duration);
          expect(priced.bands.every((b) => b.minutes > 0)).toBe(true);
        }),
      { numRuns: 300 },
    );
  });

  it("agrees on 24-hour windows around every DST change of 2026–2028 in Helsinki and the other zones", () => {
    for (const zone of ["Europe/Helsinki", ...otherZones]) {
      for (const change of offsetChanges(zone)) {
        for (const hoursBefore of [3, 15]) {
          const startMs = change - hoursBefore * 3_600_000;
          const endMs = startMs + 1440 * MINUTE;
          const priced = priceTimeBanded({ start: iso(startMs, 0), end: iso(endMs, 0), unitValueCents: 3500, bands: DEMO_BANDS, zone });
          const expected = referencePrice(startMs, endMs, 3500, DEMO_BANDS, zone);
          expect([priced.amountCents, priced.bands.map(({ code, minutes }) => ({ code, minutes }))], `${zone} ${iso(startMs, 0)}`).toEqual([expected.amountCents, expected.perBand]);
        }
      }
    }
  });

  it("bandAt agrees with the reference minute by minute", () => {
    fc.assert(
      fc.property(scenarioArb, ({ startMs, zone }) => {
        expect(bandAt(new Date(startMs), zone)).toBe(referenceBand(startMs, zone, KNOWN_BAND_CODES));
      }),
      { numRuns: 2000 },
    );
  });

  it("splitting an event anywhere never changes the band minutes", () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 2, max: 1440 }), fc.double({ min: 0, max: 1, noNaN: true }), ({ startMs, zone }, duration, at) => {
        const cut = startMs + Math.max(1, Math.min(duration - 1, Math.round(duration * at))) * MINUTE;
        const endMs = startMs + duration * MINUTE;
        const p = (a: number, b: number) => priceTimeBanded({ start: iso(a, 0), end: iso(b, 0), unitValueCents: 3600, bands: DEMO_BANDS, zone });
        const whole = p(startMs, endMs);
        const parts = [p(startMs, cut), p(cut, endMs)];
        for (const band of whole.bands) {
          const sum = parts.flatMap((x) => x.bands).filter((b) => b.code === band.code).reduce((s, b) => s + b.minutes, 0);
          expect(sum).toBe(band.minutes);
        }
        // At 36 €/h every minute is whole cents, so the amounts add up exactly too.
        expect(parts[0]!.amountCents + parts[1]!.amountCents).toBe(whole.amountCents);
      }),
      { numRuns: 300 },
    );
  });
});

describe("priceQuantity against exact arithmetic", () => {
  it("is quantity × unit value rounded half up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (hundredths, unitValueCents) => {
        const quantity = hundredths / 100;
        const exact = BigInt(hundredths) * BigInt(unitValueCents); // in 1/100 cents
        const expected = Number(exact / 100n + (exact % 100n >= 50n ? 1n : 0n));
        expect(priceQuantity({ quantity, unitValueCents }).amountCents).toBe(expected);
      }),
    );
  });
});
