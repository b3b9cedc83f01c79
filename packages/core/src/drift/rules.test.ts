import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DriftSettings, PaceSubject } from "../budget/pace";
import { addDays, periodOf, type RecurringPer } from "../budget/periods";
import { driftState, nextChangeOn, notificationsFor } from "./rules";

/** The demo area's drift settings. */
const drift: DriftSettings = {
  overuseRatio: 1.15,
  underuseRatio: 0.5,
  underuseMinElapsedFraction: 0.25,
  gapDays: 21,
  usedThresholds: [0.75, 0.9, 1],
  expiryWarningDays: 30,
  expiryUnusedFraction: 0.2,
};
// 365 days, 3 650,00 €: 10,00 € a day expected.
const year = { grantedCents: 365_000, validFrom: "2027-01-01", validTo: "2027-12-31" };

const kinds = (before: Parameters<typeof notificationsFor>[0], after: Parameters<typeof notificationsFor>[1]) =>
  notificationsFor(before, after).map((n) => (n.threshold ? `${n.kind}:${n.threshold}` : n.kind));

describe("drift state and the notifications its changes raise", () => {
  it("over-use is told once when it starts, and again only after it has ended and started anew", () => {
    const onTrack = driftState({ ...year, usedCents: 90_000, lastUseOn: "2027-03-30" }, "2027-03-31", drift);
    const over = driftState({ ...year, usedCents: 103_501, lastUseOn: "2027-03-31" }, "2027-03-31", drift);
    expect([onTrack.status, over.status]).toEqual(["on-track", "overuse"]);
    expect(kinds(onTrack, over)).toEqual(["overuse"]);
    expect(kinds(over, over)).toEqual([]);
    expect(kinds(over, onTrack)).toEqual([]);
    expect(kinds(onTrack, over)).toEqual(["overuse"]);
  });

  it("thresholds are told as they are crossed, each once; 100 % is told as exhausted, not twice", () => {
    const at = (usedCents: number) => driftState({ ...year, usedCents, lastUseOn: "2027-12-01" }, "2027-12-01", drift);
    const s70 = at(255_500);
    const s75 = at(273_750);
    const s90 = at(328_500);
    const s100 = at(365_000);
    expect(kinds(s70, s75)).toEqual(["threshold:0.75"]);
    expect(kinds(s75, s90)).toEqual(["threshold:0.9"]);
    expect(kinds(s75, s100)).toEqual(["exhausted"]);
    expect(kinds(s90, s90)).toEqual([]);
    // Jumping from nothing to 90 % tells the highest threshold only.
    expect(kinds(undefined, s90)).toEqual(["threshold:0.9"]);
  });

  it("a gap opens after gapDays without a delivery, and under-use once a quarter has passed", () => {
    const subject = { ...year, usedCents: 50_000, lastUseOn: "2027-03-01" };
    expect(driftState(subject, "2027-03-21", drift).status).not.toBe("gap");
    expect(driftState(subject, "2027-03-22", drift).status).toBe("gap");
    expect(kinds(driftState(subject, "2027-03-21", drift), driftState(subject, "2027-03-22", drift))).toEqual(["gap"]);
    // Used again: the gap closes; a quarter in with 50,00 % of the expected, under-use.
    const used = { ...year, usedCents: 45_000, lastUseOn: "2027-04-01" };
    expect(driftState(used, "2027-04-02", drift).status).toBe("underuse");
  });

  it("the expiry warning starts expiryWarningDays before the end while enough is unused, once", () => {
    const subject = { ...year, usedCents: 200_000, lastUseOn: "2027-11-30" };
    const before = driftState(subject, "2027-11-30", drift);
    const after = driftState(subject, "2027-12-01", drift);
    expect([before.expiring, after.expiring]).toEqual([false, true]);
    expect(kinds(before, after)).toContain("expiry");
    expect(kinds(after, after)).toEqual([]);
  });
});

describe("nextChangeOn", () => {
  it("names the day a gap opens when nothing is delivered", () => {
    expect(nextChangeOn({ ...year, usedCents: 60_000, lastUseOn: "2027-03-01" }, "2027-03-05", drift)).toBe("2027-03-22");
    // 800,00 € by 5.3. is over-use (expected 640,00 € × 1.15); by 11.3. expected × 1.15 = 805,00 € and it fades.
    expect(nextChangeOn({ ...year, usedCents: 80_000, lastUseOn: "2027-03-01" }, "2027-03-05", drift)).toBe("2027-03-11");
  });

  it("for a recurring grant, names the days over-use fades in the month, and under-use starts in the next", () => {
    // 10 h/month × 36,00 €: 300,00 € used in March by 20.3. is over-use (expected 232,26 € × 1.15).
    const subject: PaceSubject = {
      grantedCents: 432_000,
      usedCents: 30_000,
      validFrom: "2027-01-01",
      validTo: "2027-12-31",
      lastUseOn: "2027-03-20",
      recurrence: { per: "month", quantity: 10, unitValueCents: 3600, periodUse: { periodStart: "2027-03-01", usedCents: 30_000 } },
    };
    expect(driftState(subject, "2027-03-20", drift).status).toBe("overuse");
    // 30 000 ≤ 36 000 × E / 31 × 1.15 from E = 23.
    expect(nextChangeOn(subject, "2027-03-20", drift)).toBe("2027-03-23");
    // April starts at zero use: under-use from 8.4. (8/30 ≥ 25 %), then a gap from 10.4. (21 days after 20.3.).
    expect(nextChangeOn(subject, "2027-03-23", drift)).toBe("2027-04-08");
    expect(driftState(subject, "2027-04-08", drift).status).toBe("underuse");
    expect(nextChangeOn(subject, "2027-04-08", drift)).toBe("2027-04-10");
    expect(driftState(subject, "2027-04-10", drift).status).toBe("gap");
  });

  it("is the first later day whose state differs, and no day before it differs (any subject, any day)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1_000, max: 500_000 }),
        fc.integer({ min: 0, max: 600_000 }),
        fc.integer({ min: -10, max: 130 }),
        fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
        fc.option(fc.record({ per: fc.constantFrom<RecurringPer>("month", "week"), quantity: fc.integer({ min: 1, max: 40 }), periodUsed: fc.integer({ min: 0, max: 200_000 }) }), { nil: undefined }),
        (length, grantedCents, used, dayOffset, lastUseOffset, recurring) => {
          const validFrom = "2027-01-01";
          const today = addDays(validFrom, dayOffset);
          const usedCents = Math.min(used, grantedCents * 2);
          const subject: PaceSubject = {
            grantedCents,
            usedCents,
            validFrom,
            validTo: addDays(validFrom, length),
            ...(lastUseOffset !== undefined ? { lastUseOn: addDays(validFrom, Math.min(lastUseOffset, Math.max(0, dayOffset))) } : {}),
            ...(recurring
              ? {
                  recurrence: {
                    per: recurring.per,
                    quantity: recurring.quantity,
                    unitValueCents: 3600,
                    periodUse: { periodStart: periodOf(today, recurring.per).start, usedCents: Math.min(recurring.periodUsed, usedCents) },
                  },
                }
              : {}),
          };
          const next = nextChangeOn(subject, today, drift);
          const now = JSON.stringify(driftState(subject, today, drift));
          const end = next ?? addDays(subject.validTo, 2);
          for (let day = addDays(today, 1); day < end; day = addDays(day, 1)) {
            expect(JSON.stringify(driftState(subject, day, drift))).toBe(now);
          }
          if (next) expect(JSON.stringify(driftState(subject, next, drift))).not.toBe(now);
        },
      ),
      { numRuns: 200 },
    );
  });
});
