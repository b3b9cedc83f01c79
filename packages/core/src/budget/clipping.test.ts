import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clipGrant, grantWithin, supersedeGrant, type GrantTerms } from "./clipping";
import { grantedCents } from "./granted";
import { addDays, dayNumber, periodsInValidity, type Per } from "./periods";

const year2027 = { validFrom: "2027-01-01", validTo: "2027-12-31" };
const hours = (quantity: number, per: Per = "month", validity = year2027): GrantTerms => ({ quantity, per, unitValueCents: 3600, ...validity });

describe("supersedeGrant: the worked example of issue 12 (docs/budget-rules.md)", () => {
  it("10 h/month → 14 h/month × 36,00 € from 15.4.2027: old 124 800 c, released 307 200 c, new 430 080 c", () => {
    const result = supersedeGrant(hours(10), 0, "2027-04-15", hours(14));
    // April has 30 days, so the rule's partial month is 14/30 and 16/30, as the issue writes it.
    expect(periodsInValidity("2027-01-01", "2027-04-14", "month")).toEqual({ numerator: 52n, denominator: 15n }); // 3 + 14/30
    expect(result.clipped).toEqual({ validity: { validFrom: "2027-01-01", validTo: "2027-04-14" }, grantedCents: 124_800, releasedCents: 307_200 });
    expect(result.successor).toEqual({ validFrom: "2027-04-15", validTo: "2027-12-31", grantedCents: 430_080 });
  });

  it("fully retroactive (an upheld appeal back to 1.1.): the old grant becomes what is used, the rest is released", () => {
    const result = supersedeGrant(hours(10), 108_000, "2027-01-01", hours(14));
    expect(result.clipped).toEqual({ validity: null, grantedCents: 108_000, releasedCents: 324_000 });
    expect(result.successor).toEqual({ validFrom: "2027-01-01", validTo: "2027-12-31", grantedCents: 604_800 });
  });
});

describe("clipGrant", () => {
  it("keeps the rule's grant when less is used, and the used amount when more is", () => {
    expect(clipGrant(hours(10), "2027-04-15", 124_800)).toMatchObject({ grantedCents: 124_800, releasedCents: 307_200 });
    expect(clipGrant(hours(10), "2027-04-15", 200_000)).toEqual({
      validity: { validFrom: "2027-01-01", validTo: "2027-04-14" },
      grantedCents: 200_000,
      releasedCents: 232_000,
    });
    expect(clipGrant(hours(10), "2027-04-15", 432_000)).toMatchObject({ grantedCents: 432_000, releasedCents: 0 });
  });

  it("clips again an instrument an earlier clip raised above the rule (7 200 c used of 1 h/month over 1.–10.1.), keeping the use", () => {
    const raised = hours(1, "month", { validFrom: "2027-01-01", validTo: "2027-01-10" });
    expect(grantWithin(raised, raised.validFrom, raised.validTo)).toBe(1161);
    expect(() => clipGrant(raised, "2027-01-05", 7200)).toThrow(RangeError);
    expect(clipGrant(raised, "2027-01-05", 7200, 7200)).toEqual({ validity: { validFrom: "2027-01-01", validTo: "2027-01-04" }, grantedCents: 7200, releasedCents: 0 });
    expect(clipGrant(raised, "2027-01-05", 3600, 7200)).toMatchObject({ grantedCents: 3600, releasedCents: 3600 });
  });

  it("effectiveFrom before validFrom is fully retroactive too", () => {
    expect(clipGrant(hours(10), "2026-06-01", 0)).toEqual({ validity: null, grantedCents: 0, releasedCents: 432_000 });
  });

  it("effectiveFrom after validTo clips nothing; on validTo it keeps all days but the last", () => {
    expect(clipGrant(hours(10), "2028-01-01", 5_000)).toEqual({ validity: year2027, grantedCents: 432_000, releasedCents: 0 });
    expect(clipGrant(hours(10), "2027-12-31", 0)).toEqual({
      validity: { validFrom: "2027-01-01", validTo: "2027-12-30" },
      grantedCents: 430_839, // 36 000 × (11 + 30/31) = 430 838.70… c
      releasedCents: 1_161,
    });
  });

  it("the day after validFrom keeps one day", () => {
    expect(clipGrant(hours(10), "2027-01-02", 0)).toEqual({
      validity: { validFrom: "2027-01-01", validTo: "2027-01-01" },
      grantedCents: 1_161, // 36 000 / 31 = 1 161.29… c
      releasedCents: 430_839,
    });
  });

  it("on the 1st of a month keeps whole months only", () => {
    expect(clipGrant(hours(10), "2027-07-01", 0)).toMatchObject({ grantedCents: 216_000, releasedCents: 216_000 });
  });

  it("counts the leap day: from 15.2.2028 keeps 1 + 14/29 months", () => {
    const leap = hours(10, "month", { validFrom: "2028-01-01", validTo: "2028-12-31" });
    // 36 000 × 43/29 = 53 379.31… c; the successor's 15/29 + 10 months = 378 620.68… c
    expect(clipGrant(leap, "2028-02-15", 0)).toMatchObject({ validity: { validFrom: "2028-01-01", validTo: "2028-02-14" }, grantedCents: 53_379 });
    expect(supersedeGrant(leap, 0, "2028-02-15", leap).successor.grantedCents).toBe(378_621);
    // 2027 has no leap day: 1 + 14/28 = 1.5 months
    expect(clipGrant(hours(10), "2027-02-15", 0).grantedCents).toBe(54_000);
  });

  it("per week counts days / 7, whatever weekday the change falls on", () => {
    const visits: GrantTerms = { quantity: 3, per: "week", unitValueCents: 5000, validFrom: "2027-01-01", validTo: "2027-03-31" };
    // Thursday 2027-02-11: 41 days kept → 15 000 × 41/7 = 87 857.14… c; whole 90/7 → 192 857 c
    expect(clipGrant(visits, "2027-02-11", 0)).toEqual({
      validity: { validFrom: "2027-01-01", validTo: "2027-02-10" },
      grantedCents: 87_857,
      releasedCents: 105_000,
    });
  });

  it("per validity keeps the share of the validity's days", () => {
    const visits: GrantTerms = { quantity: 20, per: "validity", unitValueCents: 4500, ...year2027 };
    // 90 000 c × 104/365 days (1.1.–14.4.) = 25 643.83… c
    expect(clipGrant(visits, "2027-04-15", 0)).toMatchObject({ grantedCents: 25_644, releasedCents: 64_356 });
  });

  it("refuses a used amount that is not whole cents or exceeds the grant, and invalid dates", () => {
    expect(() => clipGrant(hours(10), "2027-04-15", -1)).toThrow(RangeError);
    expect(() => clipGrant(hours(10), "2027-04-15", 1.5)).toThrow(RangeError);
    expect(() => clipGrant(hours(10), "2027-04-15", 432_001)).toThrow(RangeError);
    expect(() => clipGrant(hours(10), "2027-04-31", 0)).toThrow(RangeError);
  });
});

describe("supersedeGrant", () => {
  it("starts the successor on effectiveFrom even when its plan's validity starts earlier", () => {
    const visits: GrantTerms = { quantity: 20, per: "validity", unitValueCents: 4500, ...year2027 };
    // 90 000 c × 261/365 days (15.4.–31.12.) = 64 356.16… c: the two shares are the whole 90 000 c
    expect(supersedeGrant(visits, 0, "2027-04-15", visits).successor).toEqual({ validFrom: "2027-04-15", validTo: "2027-12-31", grantedCents: 64_356 });
  });

  it("refuses an effectiveFrom outside the successor's validity: those days would be funded by neither", () => {
    const later = hours(14, "month", { validFrom: "2027-05-01", validTo: "2027-12-31" });
    expect(() => supersedeGrant(hours(10), 0, "2027-04-15", later)).toThrow(RangeError);
    expect(() => supersedeGrant(hours(10), 0, "2028-01-01", hours(14))).toThrow(RangeError);
  });
});

describe("grantWithin", () => {
  it("over the whole validity is the grant of the budget rule", () => {
    expect(grantWithin(hours(10), "2027-01-01", "2027-12-31")).toBe(432_000);
    expect(grantWithin({ quantity: 20, per: "validity", unitValueCents: 4500, ...year2027 }, "2027-01-01", "2027-12-31")).toBe(90_000);
  });

  it("rounds each part once, so two parts differ from the whole by at most 1 c either way", () => {
    const cent = (validTo: string): GrantTerms => ({ quantity: 1, per: "month", unitValueCents: 1, validFrom: "2027-06-01", validTo });
    // 15/30 + 15/30 c: 1 + 1 c against 1 c for the whole month
    expect(grantWithin(cent("2027-06-30"), "2027-06-01", "2027-06-15") + grantWithin(cent("2027-06-30"), "2027-06-16", "2027-06-30")).toBe(2);
    expect(grantWithin(cent("2027-06-30"), "2027-06-01", "2027-06-30")).toBe(1);
    // 9/30 + 9/30 c: 0 + 0 c against 18/30 → 1 c for the whole
    expect(grantWithin(cent("2027-06-18"), "2027-06-01", "2027-06-09") + grantWithin(cent("2027-06-18"), "2027-06-10", "2027-06-18")).toBe(0);
    expect(grantWithin(cent("2027-06-18"), "2027-06-01", "2027-06-18")).toBe(1);
  });

  it("refuses a range outside the validity", () => {
    expect(() => grantWithin(hours(10), "2026-12-31", "2027-01-31")).toThrow(RangeError);
    expect(() => grantWithin(hours(10), "2027-12-01", "2028-01-01")).toThrow(RangeError);
    expect(() => grantWithin(hours(10), "2027-02-01", "2027-01-31")).toThrow(RangeError);
  });
});

// Validities of 1 day .. ~8 years starting 1999..2031, so leap years (2000 included) and month ends come up.
const FIRST_DAY = dayNumber("1999-01-01");
const termsArb = fc
  .record({
    start: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 33 * 365 }),
    length: fc.integer({ min: 0, max: 3000 }),
    hundredths: fc.integer({ min: 1, max: 100_000 }), // 0.01 .. 1 000.00 per period
    per: fc.constantFrom<Per>("month", "week", "validity"),
    unitValueCents: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map(({ start, length, hundredths, per, unitValueCents }): GrantTerms => {
    const validFrom = addDays("1970-01-01", start);
    return { quantity: Number((hundredths / 100).toFixed(2)), per, unitValueCents, validFrom, validTo: addDays(validFrom, length) };
  });

describe("clipping (properties)", () => {
  it("old clipped grant + the same terms from effectiveFrom = the whole grant, within 1 c of rounding", () => {
    fc.assert(
      fc.property(termsArb, fc.nat(), (terms, seed) => {
        const length = dayNumber(terms.validTo) - dayNumber(terms.validFrom);
        fc.pre(length >= 1);
        const effectiveFrom = addDays(terms.validFrom, 1 + (seed % length)); // validFrom < effectiveFrom ≤ validTo
        const whole = grantedCents(terms.quantity, terms.unitValueCents, periodsInValidity(terms.validFrom, terms.validTo, terms.per));
        const { clipped, successor } = supersedeGrant(terms, 0, effectiveFrom, terms);
        expect(clipped.validity).toEqual({ validFrom: terms.validFrom, validTo: addDays(effectiveFrom, -1) });
        expect(Math.abs(clipped.grantedCents + successor.grantedCents - whole)).toBeLessThanOrEqual(1);
        expect(clipped.grantedCents + clipped.releasedCents).toBe(whole);
      }),
    );
  });

  it("for any effective date and used amount: clipped ≥ used, released ≥ 0, clipped + released = the whole grant", () => {
    fc.assert(
      fc.property(termsArb, fc.integer({ min: -400, max: 3400 }), fc.double({ min: 0, max: 1, noNaN: true }), (terms, offset, usedShare) => {
        const effectiveFrom = addDays(terms.validFrom, offset);
        const whole = grantWithin(terms, terms.validFrom, terms.validTo);
        const used = Math.floor(whole * usedShare);
        const clipped = clipGrant(terms, effectiveFrom, used);
        expect(clipped.grantedCents).toBeGreaterThanOrEqual(used);
        expect(clipped.releasedCents).toBeGreaterThanOrEqual(0);
        expect(clipped.grantedCents + clipped.releasedCents).toBe(whole);
        if (clipped.validity === null) {
          expect(dayNumber(effectiveFrom)).toBeLessThanOrEqual(dayNumber(terms.validFrom));
          expect(clipped.grantedCents).toBe(used);
        } else {
          const byRule = grantWithin(terms, clipped.validity.validFrom, clipped.validity.validTo);
          expect(clipped.grantedCents).toBe(Math.max(byRule, used));
        }
      }),
    );
  });
});
