import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AreaSettings, EventKindRules } from "../area/settings";
import { DomainError } from "../errors";
import { DEMO_BANDS } from "../pricing/test-fixtures";
import { checkKindLimit, kindCountWrites, kindTerms } from "./kinds";
import { priceDelivery } from "./price";

// The writes name the table; no table is touched.
beforeAll(() => {
  vi.stubEnv("HB_TABLE_NAME", "hb-unit");
});

/** The demo area's rules for personal assistance (areas/demo.json). */
const rules: EventKindRules = {
  "late-cancellation": { billable: true, sharePercent: 50, maxPerMonth: 2 },
  "no-show": { billable: false },
};

const bands = [...DEMO_BANDS] as AreaSettings["timeBands"];

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
};

describe("the area's terms for an event's kind", () => {
  it("pays a delivery in full, a late cancellation at its share with its limit", () => {
    expect(kindTerms(rules)).toEqual({ kind: "delivered", sharePercent: 100 });
    expect(kindTerms(rules, "delivered")).toEqual({ kind: "delivered", sharePercent: 100 });
    expect(kindTerms(rules, "late-cancellation")).toEqual({ kind: "late-cancellation", sharePercent: 50, maxPerMonth: 2 });
  });

  it("refuses a kind the area does not pay for, or has no rule for", () => {
    expect(codeOf(() => kindTerms(rules, "no-show"))).toBe("EVENT_KIND_NOT_BILLABLE");
    expect(codeOf(() => kindTerms(undefined, "late-cancellation"))).toBe("EVENT_KIND_NOT_BILLABLE");
    expect(codeOf(() => kindTerms({ "late-cancellation": { billable: true, sharePercent: 50 } }, "no-show"))).toBe("EVENT_KIND_NOT_BILLABLE");
  });

  it("allows the month's last one and refuses one more", () => {
    const terms = kindTerms(rules, "late-cancellation");
    expect(codeOf(() => checkKindLimit(terms, "2027-01", 1))).toBeUndefined();
    expect(codeOf(() => checkKindLimit(terms, "2027-01", 2))).toBe("EVENT_KIND_LIMIT_REACHED");
    expect(codeOf(() => checkKindLimit(kindTerms(rules), "2027-01", 1_000))).toBeUndefined();
  });
});

describe("pricing at the share", () => {
  const hourly = { unit: "hour" as const, unitValueCents: 3_600 };

  it("bills a late cancellation of 2 weekday hours at 36,00 € at 50 %: 36,00 €", () => {
    const body = { start: "2027-01-19T10:00:00+02:00", end: "2027-01-19T12:00:00+02:00" };
    expect(priceDelivery(hourly, body, true, bands, 50).amountCents).toBe(3_600);
    expect(priceDelivery(hourly, body, true, bands).amountCents).toBe(7_200);
  });

  it("applies the share across bands before the one rounding: 17:30–18:30 is (18,00 + 20,70) / 2 = 19,35 €", () => {
    const priced = priceDelivery(hourly, { start: "2027-01-19T17:30:00+02:00", end: "2027-01-19T18:30:00+02:00" }, true, bands, 50);
    expect(priced.amountCents).toBe(1_935);
    expect(priced.bands.map((band) => band.amountCents)).toEqual([1_035, 900]);
  });

  it("rounds once, half up: 7 minutes at 33,33 €/h is 3,8885 € in full, 1,94425 € at 50 % → 1,94 € (not half of 3,89)", () => {
    const body = { start: "2027-01-19T10:00:00+02:00", end: "2027-01-19T10:07:00+02:00" };
    expect(priceDelivery({ unit: "hour", unitValueCents: 3_333 }, body, true, bands, 50).amountCents).toBe(194);
    expect(priceDelivery({ unit: "hour", unitValueCents: 3_333 }, body, false, bands, 50).amountCents).toBe(194);
    expect(priceDelivery({ unit: "day", unitValueCents: 5_555 }, { quantity: 0.07 }, false, bands, 50).amountCents).toBe(194);
    expect(priceDelivery({ unit: "day", unitValueCents: 5_555 }, { quantity: 0.07 }, false, bands).amountCents).toBe(389);
  });
});

describe("the monthly count of a kind", () => {
  it("adds one to the new month under the limit's condition and takes one from the old month", () => {
    const [out, into] = kindCountWrites("i-1", "late-cancellation", { from: "2027-01", to: "2027-02" }, 2);
    expect(out?.Update?.ConditionExpression).toBeUndefined();
    expect(out?.Update?.ExpressionAttributeValues?.[":by"]).toEqual({ N: "-1" });
    expect(into?.Update?.ConditionExpression).toBe("attribute_not_exists(#count) OR #count < :max");
    expect(into?.Update?.ExpressionAttributeValues?.[":max"]).toEqual({ N: "2" });
    expect(into?.Update?.ExpressionAttributeNames?.["#count"]).toBe("lateCancellationCount");
  });

  it("writes nothing for a delivery or when the month stays", () => {
    expect(kindCountWrites("i-1", "delivered", { to: "2027-01" }, 2)).toEqual([]);
    expect(kindCountWrites("i-1", undefined, { from: "2027-01" })).toEqual([]);
    expect(kindCountWrites("i-1", "no-show", { from: "2027-01", to: "2027-01" }, 1)).toEqual([]);
  });
});
