import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { expiryWarning, highestThresholdReached, pace, paceOf, type DriftSettings, type PaceInput, type PaceSubject } from "./pace";
import { addDays, dayNumber } from "./periods";

// The demo area's settings (areas/demo.json).
const drift: DriftSettings = {
  overuseRatio: 1.15,
  underuseRatio: 0.5,
  underuseMinElapsedFraction: 0.25,
  gapDays: 21,
  usedThresholds: [0.75, 0.9, 1.0],
  expiryWarningDays: 30,
  expiryUnusedFraction: 0.2,
};

// 3 650,00 € over 2027 (365 days): expected use is exactly 10,00 € a day.
const year = { grantedCents: 365_000, validFrom: "2027-01-01", validTo: "2027-12-31" };
const at = (today: string, usedCents: number, lastUseOn?: string): PaceInput => ({
  ...year,
  today,
  usedCents,
  ...(lastUseOn === undefined ? {} : { lastUseOn }),
});

describe("pace figures", () => {
  it("counts today as elapsed", () => {
    const p = pace(at("2027-01-01", 0), drift);
    expect(p.elapsedFraction).toBe(0.0027); // 1/365
    expect(p.expectedToDateCents).toBe(1000);
    expect(pace(at("2027-03-31", 90_000, "2027-03-30"), drift)).toEqual({
      elapsedFraction: 0.2466, // 90/365 = 0.24657…
      expectedToDateCents: 90_000,
      projectedAtEndCents: 365_000,
      usedFraction: 0.2466,
      driftStatus: "on-track",
      thresholdReached: null,
    });
  });

  it("rounds expected and projected half up", () => {
    // 1 000 c over 3 days: day 1 expects 333.33 → 333, day 2 666.67 → 667; projected 1 × 3 / 2 = 1.5 → 2
    const input = { grantedCents: 1000, validFrom: "2027-01-01", validTo: "2027-01-03", usedCents: 1 };
    expect(pace({ ...input, today: "2027-01-01" }, drift).expectedToDateCents).toBe(333);
    const day2 = pace({ ...input, today: "2027-01-02" }, drift);
    expect(day2.expectedToDateCents).toBe(667);
    expect(day2.projectedAtEndCents).toBe(2);
    expect(day2.elapsedFraction).toBe(0.6667);
  });

  it("before the validity: nothing elapsed or expected, projected = used", () => {
    expect(pace(at("2026-12-31", 5000), drift)).toEqual({
      elapsedFraction: 0,
      expectedToDateCents: 0,
      projectedAtEndCents: 5000,
      usedFraction: 0.0137,
      driftStatus: "not-started",
      thresholdReached: null,
    });
  });

  it("after the validity: everything elapsed", () => {
    const p = pace(at("2028-01-01", 300_000), drift);
    expect(p).toMatchObject({ elapsedFraction: 1, expectedToDateCents: 365_000, projectedAtEndCents: 300_000, driftStatus: "ended" });
  });

  it("refuses bad input", () => {
    expect(() => pace({ ...at("2027-05-01", 0), validTo: "2026-12-31" }, drift)).toThrow(RangeError);
    expect(() => pace(at("2027-02-30", 0), drift)).toThrow(RangeError);
    expect(() => pace(at("2027-05-01", -1), drift)).toThrow(RangeError);
    expect(() => pace(at("2027-05-01", 1, "2027-13-01"), drift)).toThrow(RangeError);
    expect(() => pace(at("2027-05-01", 0), { ...drift, gapDays: 0 })).toThrow(RangeError);
  });
});

describe("drift status, one simulated today each (docs/budget-rules.md)", () => {
  it("not-started before validFrom", () => {
    expect(pace(at("2026-12-31", 0), drift).driftStatus).toBe("not-started");
  });

  it("ended after validTo, even when exhausted", () => {
    expect(pace(at("2028-01-01", 365_000), drift).driftStatus).toBe("ended");
  });

  it("exhausted when nothing is left, before overuse", () => {
    expect(pace(at("2027-02-01", 365_000, "2027-01-31"), drift).driftStatus).toBe("exhausted");
    expect(pace(at("2027-12-31", 365_000, "2027-12-31"), drift).driftStatus).toBe("exhausted");
  });

  it("overuse above expected × 1.15", () => {
    // 31.3.2027: 90 days, expected 900,00 €, limit 1 035,00 €
    expect(pace(at("2027-03-31", 103_500, "2027-03-30"), drift).driftStatus).toBe("on-track");
    expect(pace(at("2027-03-31", 103_501, "2027-03-30"), drift).driftStatus).toBe("overuse");
  });

  it("overuse outranks gap", () => {
    expect(pace(at("2027-03-31", 103_501, "2027-02-01"), drift).driftStatus).toBe("overuse");
  });

  it("gap after 21 days without service", () => {
    expect(pace(at("2027-03-31", 60_000, "2027-03-11"), drift).driftStatus).toBe("on-track"); // 20 days
    expect(pace(at("2027-03-31", 60_000, "2027-03-10"), drift).driftStatus).toBe("gap"); // 21 days
  });

  it("gap when never used, counted from validFrom", () => {
    expect(pace(at("2027-01-21", 0), drift).driftStatus).toBe("on-track"); // 20 days since 1.1.
    expect(pace(at("2027-01-22", 0), drift).driftStatus).toBe("gap"); // 21 days since 1.1.
  });

  it("no gap before gapDays of the validity have passed, whenever the last use was", () => {
    const renewed = { grantedCents: 1000, validFrom: "2027-02-01", validTo: "2027-02-28", usedCents: 700, lastUseOn: "2027-01-02" };
    expect(pace({ ...renewed, today: "2027-02-20" }, drift).driftStatus).toBe("on-track"); // 20 days elapsed
    expect(pace({ ...renewed, today: "2027-02-21" }, drift).driftStatus).toBe("gap");
  });

  it("no gap check when there was use but lastUseOn is not known", () => {
    expect(pace(at("2027-03-31", 60_000), drift).driftStatus).toBe("on-track");
  });

  it("gap outranks underuse", () => {
    // 30.4.2027: 120 days, expected 1 200,00 €; 100,00 € is underuse too
    expect(pace(at("2027-04-30", 10_000, "2027-04-01"), drift).driftStatus).toBe("gap");
  });

  it("underuse below expected × 0.5 once 25 % has passed", () => {
    // 30.4.2027: limit 600,00 €
    expect(pace(at("2027-04-30", 60_000, "2027-04-29"), drift).driftStatus).toBe("on-track");
    expect(pace(at("2027-04-30", 59_999, "2027-04-29"), drift).driftStatus).toBe("underuse");
  });

  it("no underuse before 25 % of the validity has passed", () => {
    // 91/365 = 0.2493 < 0.25; 92/365 = 0.2521
    expect(pace(at("2027-04-01", 1000, "2027-03-31"), drift).driftStatus).toBe("on-track");
    expect(pace(at("2027-04-02", 1000, "2027-04-01"), drift).driftStatus).toBe("underuse");
  });

  it("nothing granted: on-track inside the validity, no thresholds", () => {
    const zero = { grantedCents: 0, validFrom: "2027-01-01", validTo: "2027-12-31", usedCents: 0 };
    expect(pace({ ...zero, today: "2027-06-01" }, drift)).toMatchObject({ driftStatus: "on-track", usedFraction: 0, thresholdReached: null });
    expect(pace({ ...zero, usedCents: 5, today: "2027-06-01" }, drift).usedFraction).toBe(1);
  });

  it("single-day validity", () => {
    const one = { grantedCents: 1000, validFrom: "2027-05-05", validTo: "2027-05-05", today: "2027-05-05" };
    expect(pace({ ...one, usedCents: 1000 }, drift).driftStatus).toBe("exhausted");
    expect(pace({ ...one, usedCents: 400, lastUseOn: "2027-05-05" }, drift).driftStatus).toBe("underuse");
  });
});

describe("pace of a recurring grant, in its current month or week", () => {
  // 10 h/month × 36,00 € over 2027: 360,00 € a month, 4 320,00 € in all.
  const monthly = (usedCents: number, periodUse?: { periodStart: string; usedCents: number }, lastUseOn?: string): PaceSubject => ({
    grantedCents: 432_000,
    usedCents,
    validFrom: "2027-01-01",
    validTo: "2027-12-31",
    ...(lastUseOn ? { lastUseOn } : {}),
    recurrence: { per: "month", quantity: 10, unitValueCents: 3600, ...(periodUse ? { periodUse } : {}) },
  });
  const march = (usedCents: number) => ({ periodStart: "2027-03-01", usedCents });

  it("measures expected and projected in the month: 10.3. is 10 of 31 days", () => {
    expect(paceOf(monthly(80_000, march(12_000), "2027-03-09"), "2027-03-10", drift)).toEqual({
      elapsedFraction: 0.3226,
      expectedToDateCents: 11_613, // 36 000 × 10 / 31 = 11 612.9
      projectedAtEndCents: 37_200, // 12 000 × 31 / 10
      usedFraction: 0.1852, // of the whole grant
      driftStatus: "on-track",
      thresholdReached: null,
      period: { from: "2027-03-01", to: "2027-03-31", grantedCents: 36_000, usedCents: 12_000 },
    });
  });

  it("over-use in the month above expected × 1.15, even when the whole validity is on pace", () => {
    // limit 36 000 × 10 / 31 × 1.15 = 13 354.8…; over the validity 800,00 € by 10.3. (expected 816,65 €) is on pace.
    expect(paceOf(monthly(80_000, march(13_354), "2027-03-09"), "2027-03-10", drift).driftStatus).toBe("on-track");
    expect(paceOf(monthly(80_000, march(13_355), "2027-03-09"), "2027-03-10", drift).driftStatus).toBe("overuse");
    expect(pace({ grantedCents: 432_000, usedCents: 80_000, validFrom: "2027-01-01", validTo: "2027-12-31", today: "2027-03-10", lastUseOn: "2027-03-09" }, drift).driftStatus).toBe("on-track");
  });

  it("under-use once a quarter of the month has passed: 8.3. is 8/31 = 0.258", () => {
    // limit 36 000 × 8 / 31 × 0.5 = 4 645.16…
    expect(paceOf(monthly(200_000, march(4_646), "2027-03-07"), "2027-03-08", drift).driftStatus).toBe("on-track");
    expect(paceOf(monthly(200_000, march(4_645), "2027-03-07"), "2027-03-08", drift).driftStatus).toBe("underuse");
    // 7.3. is 7/31 = 0.2258: too early to tell.
    expect(paceOf(monthly(200_000, march(0), "2027-03-06"), "2027-03-07", drift).driftStatus).toBe("on-track");
  });

  it("a new month starts at zero: the use of an earlier month does not count in it", () => {
    const p = paceOf(monthly(200_000, march(30_000), "2027-03-31"), "2027-04-01", drift);
    expect(p.period).toEqual({ from: "2027-04-01", to: "2027-04-30", grantedCents: 36_000, usedCents: 0 });
    expect(p).toMatchObject({ expectedToDateCents: 1_200, projectedAtEndCents: 0, driftStatus: "on-track" });
  });

  it("exhaustion, thresholds and gaps stay over the whole validity", () => {
    expect(paceOf(monthly(432_000, march(0), "2027-03-01"), "2027-03-10", drift)).toMatchObject({ driftStatus: "exhausted", thresholdReached: 1 });
    // 21 days without a delivery is a gap, across the turn of the month.
    expect(paceOf(monthly(60_000, undefined, "2027-02-18"), "2027-03-10", drift).driftStatus).toBe("underuse");
    expect(paceOf(monthly(60_000, undefined, "2027-02-17"), "2027-03-10", drift).driftStatus).toBe("gap");
  });

  it("a partial first month grants its share, rounded half up like the whole grant", () => {
    const subject = { ...monthly(5_000, { periodStart: "2027-01-01", usedCents: 5_000 }, "2027-01-19"), validFrom: "2027-01-15" };
    const p = paceOf(subject, "2027-01-20", drift);
    // 36 000 × 17 / 31 = 19 741.9…; 6 of 17 days elapsed: expected 19 741.9 × 6 / 17 = 6 967.7…
    expect(p.period).toEqual({ from: "2027-01-15", to: "2027-01-31", grantedCents: 19_742, usedCents: 5_000 });
    expect(p.expectedToDateCents).toBe(6_968);
    expect(p.elapsedFraction).toBe(0.3529);
  });

  it("per week: the ISO week, Monday to Sunday", () => {
    // 3 visits × 50,00 € a week; Wednesday 10.2.2027 is day 3 of 8.–14.2.
    const weekly: PaceSubject = {
      grantedCents: 192_857,
      usedCents: 20_000,
      validFrom: "2027-01-01",
      validTo: "2027-03-31",
      lastUseOn: "2027-02-09",
      recurrence: { per: "week", quantity: 3, unitValueCents: 5_000, periodUse: { periodStart: "2027-02-08", usedCents: 10_000 } },
    };
    expect(paceOf(weekly, "2027-02-10", drift)).toMatchObject({
      expectedToDateCents: 6_429, // 15 000 × 3 / 7
      projectedAtEndCents: 23_333, // 10 000 × 7 / 3
      driftStatus: "overuse", // 10 000 > 6 428.6 × 1.15 = 7 392.9
      period: { from: "2027-02-08", to: "2027-02-14", grantedCents: 15_000, usedCents: 10_000 },
    });
  });

  it("outside the validity there is no current period", () => {
    expect(paceOf(monthly(0), "2026-12-31", drift)).not.toHaveProperty("period");
    expect(paceOf(monthly(0), "2028-01-01", drift).driftStatus).toBe("ended");
  });

  it("refuses a period outside the validity", () => {
    const input = { grantedCents: 1000, usedCents: 0, validFrom: "2027-01-15", validTo: "2027-12-31", today: "2027-01-20" };
    expect(() => pace({ ...input, period: { from: "2027-01-01", to: "2027-01-31", grantedCents: 100, usedCents: 0 } }, drift)).toThrow(RangeError);
    expect(() => pace({ ...input, period: { from: "2027-01-15", to: "2027-01-31", grantedCents: -1, usedCents: 0 } }, drift)).toThrow(RangeError);
  });
});

describe("thresholds 0.75 / 0.9 / 1.0", () => {
  it("reports the highest threshold reached, compared exactly", () => {
    const t = (used: number) => pace(at("2027-12-31", used, "2027-12-31"), drift).thresholdReached;
    expect(t(273_749)).toBeNull();
    expect(t(273_750)).toBe(0.75);
    expect(t(328_499)).toBe(0.75);
    expect(t(328_500)).toBe(0.9);
    expect(t(364_999)).toBe(0.9);
    expect(t(365_000)).toBe(1);
  });

  it("does not depend on the order of the thresholds", () => {
    expect(highestThresholdReached(100, 95, [1, 0.75, 0.9])).toBe(0.9);
    expect(highestThresholdReached(100, 95, [])).toBeNull();
  });

  it("matches exact rational comparison (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 11_000_000 }), (g, u) => {
        const expected = [1, 0.9, 0.75].find((t) => BigInt(u) * 100n >= BigInt(g) * BigInt(Math.round(t * 100))) ?? null;
        expect(highestThresholdReached(g, u, drift.usedThresholds)).toBe(expected);
      }),
    );
  });
});

describe("pace invariants (property)", () => {
  it("expected grows with today from 0 to granted; elapsedFraction stays in 0..1", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: -30, max: 850 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (granted, length, offset, used) => {
          const validFrom = "2027-01-01";
          const validTo = addDays(validFrom, length);
          const today = addDays(validFrom, offset);
          const p = pace({ grantedCents: granted, usedCents: used, validFrom, validTo, today }, drift);
          const next = pace({ grantedCents: granted, usedCents: used, validFrom, validTo, today: addDays(today, 1) }, drift);
          expect(p.elapsedFraction >= 0 && p.elapsedFraction <= 1).toBe(true);
          expect(p.expectedToDateCents >= 0 && p.expectedToDateCents <= granted).toBe(true);
          expect(next.expectedToDateCents >= p.expectedToDateCents).toBe(true);
          if (dayNumber(today) > dayNumber(validTo)) expect(p.expectedToDateCents).toBe(granted);
          if (p.elapsedFraction > 0) expect(p.projectedAtEndCents >= used).toBe(true);
        },
      ),
    );
  });
});

describe("expiryWarning", () => {
  const base = { grantedCents: 100_000, validTo: "2027-12-31" };
  it("warns in the last 30 days when at least 20 % is unused", () => {
    expect(expiryWarning({ ...base, usedCents: 79_999, today: "2027-12-01" }, drift)).toBe(true);
    expect(expiryWarning({ ...base, usedCents: 80_000, today: "2027-12-01" }, drift)).toBe(true);
    expect(expiryWarning({ ...base, usedCents: 80_001, today: "2027-12-01" }, drift)).toBe(false);
    expect(expiryWarning({ ...base, usedCents: 0, today: "2027-11-30" }, drift)).toBe(false); // 31 days left
    expect(expiryWarning({ ...base, usedCents: 0, today: "2027-12-31" }, drift)).toBe(true);
    expect(expiryWarning({ ...base, usedCents: 0, today: "2028-01-01" }, drift)).toBe(false);
    expect(expiryWarning({ ...base, usedCents: 100_000, today: "2027-12-31" }, { ...drift, expiryUnusedFraction: 0 })).toBe(false);
  });
});
