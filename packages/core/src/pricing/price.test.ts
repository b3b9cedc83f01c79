import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TimeBand } from "./bands";
import { DEMO_BANDS } from "./test-fixtures";
import { PRICING_LIMITS, priceQuantity, priceTimeBanded } from "./price";


const EUR_36 = 3600;
const price = (start: string, end: string, unitValueCents = EUR_36) => priceTimeBanded({ start, end, unitValueCents, bands: DEMO_BANDS });
/** Band code → minutes, for compact expectations. */
const minutesByBand = (start: string, end: string) => Object.fromEntries(price(start, end).bands.map((b) => [b.code, b.minutes]));

describe("priceTimeBanded, 36,00 €/h in the demo bands", () => {
  it("weekday 9–11: 2 h × 1.0 = 72,00 €", () => {
    expect(price("2027-03-01T09:00+02:00", "2027-03-01T11:00+02:00")).toEqual({
      amountCents: 7200,
      minutes: 120,
      bands: [{ code: "WEEKDAY_DAY", multiplier: 1, minutes: 120, amountCents: 7200 }],
    });
  });

  it("weekday 17–19 crosses into the evening: 60 × 0,60 + 60 × 0,69 = 78,60 €", () => {
    const p = price("2027-03-01T17:00+02:00", "2027-03-01T19:00+02:00");
    expect(p.amountCents).toBe(3600 + 4140);
    expect(p.bands.map((b) => [b.code, b.minutes, b.amountCents])).toEqual([
      ["WEEKDAY_EVENING", 60, 4140], // area order, not time order
      ["WEEKDAY_DAY", 60, 3600],
    ]);
  });

  it("weekday 21–23 crosses into NIGHT", () => {
    expect(minutesByBand("2027-03-02T21:00+02:00", "2027-03-02T23:00+02:00")).toEqual({ WEEKDAY_EVENING: 60, NIGHT: 60 });
    expect(price("2027-03-02T21:00+02:00", "2027-03-02T23:00+02:00").amountCents).toBe(4140 + 4500);
  });

  it("Saturday 16–20: SATURDAY then HOLIDAY_EVE", () => {
    expect(minutesByBand("2027-03-06T16:00+02:00", "2027-03-06T20:00+02:00")).toEqual({ HOLIDAY_EVE: 120, SATURDAY: 120 });
    expect(price("2027-03-06T16:00+02:00", "2027-03-06T20:00+02:00").amountCents).toBe(2 * 4320 + 2 * 7200);
  });

  it("Friday 23:00 – Saturday 08:00: NIGHT across midnight, then SATURDAY", () => {
    const p = price("2027-03-05T23:00+02:00", "2027-03-06T08:00+02:00");
    expect(p.minutes).toBe(540);
    expect(p.bands.map((b) => [b.code, b.minutes])).toEqual([["NIGHT", 480], ["SATURDAY", 60]]);
    expect(p.amountCents).toBe(8 * 4500 + 4320);
  });

  it("Sunday: 3 h × 2.0 = 216,00 €; and Sunday 22:00 – Monday 08:00", () => {
    expect(price("2027-03-07T10:00+02:00", "2027-03-07T13:00+02:00").amountCents).toBe(21600);
    expect(minutesByBand("2027-03-07T22:00+02:00", "2027-03-08T08:00+02:00")).toEqual({ SUNDAY_HOLIDAY: 120, NIGHT: 420, WEEKDAY_DAY: 60 });
  });

  it("the exact cent examples", () => {
    expect(price("2027-03-01T09:00+02:00", "2027-03-01T11:00+02:00").amountCents).toBe(7200); // 2 h weekday
    expect(price("2027-03-06T09:00+02:00", "2027-03-06T11:00+02:00").amountCents).toBe(8640); // 2 h Saturday day
    expect(price("2027-03-01T18:00+02:00", "2027-03-01T19:00+02:00").amountCents).toBe(4140); // 1 h weekday evening
    expect(price("2027-03-01T22:00+02:00", "2027-03-01T22:30+02:00").amountCents).toBe(2250); // 30 min night
    // 45 min across 18:00 at 36,00 €/h: 23 × 0,60 + 22 × 0,69 = 28,98 € (every minute is whole cents at 36 €/h).
    expect(price("2027-03-01T17:37+02:00", "2027-03-01T18:22+02:00").amountCents).toBe(2898);
  });

  it("rounds once per event, half up (35,00 €/h, where minutes are fractions of a cent)", () => {
    // 17:45–18:30: 15 × 3500/60 = 875 + 30 × 3500 × 1.15 / 60 = 2012.5 → 2887.5 → 2888.
    const half = priceTimeBanded({ start: "2027-03-01T17:45+02:00", end: "2027-03-01T18:30+02:00", unitValueCents: 3500, bands: DEMO_BANDS });
    expect(half.amountCents).toBe(2888);
    expect(half.bands.map((b) => b.amountCents)).toEqual([2013, 875]);
    // 17:53–18:38: 408.33… + 2549.166… = 2957.5 → 2958, while the rounded shares add up to 2957.
    const once = priceTimeBanded({ start: "2027-03-01T17:53+02:00", end: "2027-03-01T18:38+02:00", unitValueCents: 3500, bands: DEMO_BANDS });
    expect(once.amountCents).toBe(2958);
    expect(once.bands.map((b) => [b.code, b.minutes, b.amountCents])).toEqual([["WEEKDAY_EVENING", 38, 2549], ["WEEKDAY_DAY", 7, 408]]);
    // Just below a half: 1 min at 1 cent/h × 1.15 = 0.019 c → 0; 26 min → 0.498… → 0; 27 min → 0.5175 → 1.
    const tiny = (end: string) => priceTimeBanded({ start: "2027-03-01T18:00+02:00", end, unitValueCents: 1, bands: DEMO_BANDS }).amountCents;
    expect([tiny("2027-03-01T18:01+02:00"), tiny("2027-03-01T18:26+02:00"), tiny("2027-03-01T18:27+02:00")]).toEqual([0, 0, 1]);
  });

  it("counts real minutes across the spring-forward night (2027-03-28 01:00–05:00 local is 3 h)", () => {
    const p = price("2027-03-28T01:00+02:00", "2027-03-28T05:00+03:00");
    expect(p.minutes).toBe(180);
    expect(p.amountCents).toBe(3 * 7200); // a Sunday (and Easter Sunday)
    // The same wall-clock hours written in UTC.
    expect(price("2027-03-27T23:00Z", "2027-03-28T02:00Z")).toEqual(p);
  });

  it("counts the repeated hour twice across fall-back (2027-10-31 01:00–05:00 local is 5 h)", () => {
    const p = price("2027-10-31T01:00+03:00", "2027-10-31T05:00+02:00");
    expect(p.minutes).toBe(300);
    expect(p.amountCents).toBe(5 * 7200);
  });

  it("splits at band limits in wall-clock time when DST changes on a weekday (Jerusalem, Friday 2026-03-27)", () => {
    // 02:00 → 03:00 in Israel on a Friday: 01:00–08:00 local is 6 real hours, 5 of them before 07:00.
    const p = priceTimeBanded({ start: "2026-03-27T01:00+02:00", end: "2026-03-27T08:00+03:00", unitValueCents: EUR_36, bands: DEMO_BANDS, zone: "Asia/Jerusalem" });
    expect(p.bands.map((b) => [b.code, b.minutes])).toEqual([["NIGHT", 300], ["WEEKDAY_DAY", 60]]);
  });

  it("Easter-dependent holidays are SUNDAY_HOLIDAY all day (2026–2028)", () => {
    for (const date of ["2026-04-03", "2026-04-06", "2026-05-14", "2026-05-24", "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-16", "2028-04-14", "2028-04-17", "2028-05-25", "2028-06-04"]) {
      // Summer time from the end of March: these are all +03:00 except 2027-03-26.
      const offset = date === "2027-03-26" ? "+02:00" : "+03:00";
      expect(minutesByBand(`${date}T09:00${offset}`, `${date}T11:00${offset}`), date).toEqual({ SUNDAY_HOLIDAY: 120 });
    }
  });

  it("Midsummer Eve (SATURDAY/HOLIDAY_EVE), Midsummer Day and All Saints' Day (SUNDAY_HOLIDAY), 2026–2028", () => {
    for (const [eve, day, allSaints] of [
      ["2026-06-19", "2026-06-20", "2026-10-31"],
      ["2027-06-25", "2027-06-26", "2027-11-06"],
      ["2028-06-23", "2028-06-24", "2028-11-04"],
    ] as const) {
      expect(minutesByBand(`${eve}T16:00+03:00`, `${eve}T20:00+03:00`), eve).toEqual({ HOLIDAY_EVE: 120, SATURDAY: 120 });
      expect(minutesByBand(`${day}T16:00+03:00`, `${day}T20:00+03:00`), day).toEqual({ SUNDAY_HOLIDAY: 240 });
      expect(minutesByBand(`${allSaints}T16:00+02:00`, `${allSaints}T20:00+02:00`), allSaints).toEqual({ SUNDAY_HOLIDAY: 240 });
    }
  });

  it("Independence Day on a weekday (Monday 2027-12-06) is SUNDAY_HOLIDAY, the night after it NIGHT", () => {
    const p = price("2027-12-06T20:00+02:00", "2027-12-07T01:00+02:00");
    expect(p.bands.map((b) => [b.code, b.minutes])).toEqual([["SUNDAY_HOLIDAY", 240], ["NIGHT", 60]]);
    expect(p.amountCents).toBe(4 * 7200 + 4500);
  });

  it("Christmas Eve evening (Friday 2027-12-24 16–23) is SATURDAY then HOLIDAY_EVE, Christmas Day holiday", () => {
    expect(minutesByBand("2027-12-24T16:00+02:00", "2027-12-24T23:00+02:00")).toEqual({ HOLIDAY_EVE: 300, SATURDAY: 120 });
    expect(minutesByBand("2027-12-24T23:00+02:00", "2027-12-25T02:00+02:00")).toEqual({ HOLIDAY_EVE: 60, SUNDAY_HOLIDAY: 120 });
    expect(price("2027-12-24T18:00+02:00", "2027-12-24T21:00+02:00").amountCents).toBe(3 * 7200);
  });

  it("allows exactly 24 hours and prices a zero unit value at zero", () => {
    const day = price("2027-03-01T00:00+02:00", "2027-03-02T00:00+02:00");
    expect(day.minutes).toBe(PRICING_LIMITS.maxDurationMinutes);
    expect(day.bands.map((b) => [b.code, b.minutes])).toEqual([["NIGHT", 540], ["WEEKDAY_EVENING", 240], ["WEEKDAY_DAY", 660]]);
    expect(day.amountCents).toBe(9 * 4500 + 4 * 4140 + 11 * 3600);
    expect(price("2027-03-01T09:00+02:00", "2027-03-01T10:00+02:00", 0).amountCents).toBe(0);
  });

  it("throws RangeError for bad input", () => {
    const bad = (start: string, end: string, unitValueCents = EUR_36) => () => price(start, end, unitValueCents);
    expect(bad("2027-03-01T10:00+02:00", "2027-03-01T10:00+02:00")).toThrow(RangeError); // end = start
    expect(bad("2027-03-01T11:00+02:00", "2027-03-01T10:00+02:00")).toThrow(/after start/);
    expect(bad("2027-03-01T10:00+02:00", "2027-03-02T10:01+02:00")).toThrow(/at most 1440 minutes/);
    expect(bad("2027-03-01T10:00", "2027-03-01T11:00+02:00")).toThrow(/offset or Z/); // no offset: whose local time?
    expect(bad("2027-02-29T10:00Z", "2027-02-29T11:00Z")).toThrow(/not a real date/);
    expect(bad("2027-03-01T24:00Z", "2027-03-01T23:00Z")).toThrow(RangeError);
    expect(bad("2027-03-01T10:00:30Z", "2027-03-01T11:00Z")).toThrow(/whole minute/);
    expect(bad("1990-12-31T10:00Z", "1990-12-31T11:00Z")).toThrow(/between/);
    expect(bad("2027-03-01T10:00Z", "2027-03-01T11:00Z", -1)).toThrow(/unitValueCents/);
    expect(bad("2027-03-01T10:00Z", "2027-03-01T11:00Z", 12.5)).toThrow(RangeError);
    expect(bad("2027-03-01T10:00Z", "2027-03-01T11:00Z", Number.MAX_SAFE_INTEGER)).not.toThrow(); // × 1.0 still fits
    expect(bad("2027-03-01T16:00Z", "2027-03-01T17:00Z", Number.MAX_SAFE_INTEGER)).toThrow(/too large/); // × 1.15 does not
    // Accepted spellings: seconds and zero fractions, UTC, other offsets.
    expect(price("2027-03-01T07:00:00.000Z", "2027-03-01T08:00:00Z").amountCents).toBe(3600);
    expect(price("2027-03-01T02:00-05:00", "2027-03-01T03:00-05:00").amountCents).toBe(3600); // 09–10 in Helsinki
  });

  it("throws a plain Error for configuration mistakes in the bands", () => {
    const withBands = (bands: TimeBand[]) => () => priceTimeBanded({ start: "2027-03-01T10:00Z", end: "2027-03-01T11:00Z", unitValueCents: EUR_36, bands });
    expect(withBands([...DEMO_BANDS, { code: "WEEKEND", multiplier: 1.5, when: "" }])).toThrow(/unknown band code "WEEKEND"/);
    expect(withBands(DEMO_BANDS.map((b) => ({ ...b, multiplier: b.code === "NIGHT" ? 1.123456 : b.multiplier })))).toThrow(/NIGHT must be ≥ 0 with at most 4 decimals/);
    expect(withBands(DEMO_BANDS.filter((b) => b.code !== "WEEKDAY_DAY"))).toThrow(/no band covers 2027-03-01 12:00/);
    expect(withBands(DEMO_BANDS.filter((b) => b.code !== "WEEKDAY_DAY"))).not.toThrow(RangeError);
  });

  it("knows every band code used by the area files in areas/", () => {
    const dir = new URL("../../../../areas/", import.meta.url);
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".identity.json"))) {
      const bands = JSON.parse(readFileSync(new URL(name, dir), "utf8")).timeBands.bands as TimeBand[];
      expect(() => priceTimeBanded({ start: "2027-03-01T10:00Z", end: "2027-03-02T10:00Z", unitValueCents: EUR_36, bands }), name).not.toThrow();
    }
  });
});

describe("priceQuantity", () => {
  it("multiplies and rounds once, half up", () => {
    expect(priceQuantity({ quantity: 3, unitValueCents: 9700 })).toEqual({ amountCents: 29100, minutes: 0, bands: [] });
    expect(priceQuantity({ quantity: 1.5, unitValueCents: 3333 }).amountCents).toBe(5000); // 4999.5 → 5000
    expect(priceQuantity({ quantity: 0.29, unitValueCents: 1 }).amountCents).toBe(0); // 0.29 → 0
    expect(priceQuantity({ quantity: 0.5, unitValueCents: 1 }).amountCents).toBe(1); // 0.5 → 1
    expect(priceQuantity({ quantity: 12.34, unitValueCents: 0 }).amountCents).toBe(0);
  });

  it("throws RangeError for a quantity that is not > 0 with ≤ 2 decimals, or a bad unit value", () => {
    for (const quantity of [0, -1, 0.001, 1.005, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => priceQuantity({ quantity, unitValueCents: 100 }), String(quantity)).toThrow(RangeError);
    }
    expect(() => priceQuantity({ quantity: 1, unitValueCents: -5 })).toThrow(RangeError);
    expect(() => priceQuantity({ quantity: 2, unitValueCents: Number.MAX_SAFE_INTEGER })).toThrow(/too large/);
  });
});
