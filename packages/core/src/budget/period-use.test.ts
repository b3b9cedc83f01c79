import { beforeAll, describe, expect, it, vi } from "vitest";
import { periodQuantityOf, periodUseWrites } from "./period-use";

// The writes name the table; no table is touched.
beforeAll(() => {
  vi.stubEnv("HB_TABLE_NAME", "hb-unit");
});

describe("a period's delivered quantity", () => {
  it("counts deliveries in hundredths and no cancellations or no-shows", () => {
    expect(periodQuantityOf({ quantity: 2.5 })).toBe(250);
    expect(periodQuantityOf({ quantity: 0.17, kind: "delivered" })).toBe(17);
    expect(periodQuantityOf({ quantity: 2, kind: "late-cancellation" })).toBe(0);
    expect(periodQuantityOf({ quantity: 2, kind: "no-show" })).toBe(0);
  });

  it("conditions a hard-capped period on the room left: the 10th hour of 10 fits when 9 are used, the 11th does not", () => {
    const [write] = periodUseWrites("i-1", [{ periodStart: "2027-01-01", cents: 3_600, hundredths: 100 }], { periodStart: "2027-01-01", limitHundredths: 1_000 });
    expect(write?.Update?.ConditionExpression).toBe("attribute_not_exists(usedHundredths) OR usedHundredths <= :room");
    // usedHundredths ≤ 900: 9 h used passes, 10 h used fails.
    expect(write?.Update?.ExpressionAttributeValues?.[":room"]).toEqual({ N: "900" });
  });

  it("does not condition another period, a shrinking quantity or a soft cap", () => {
    const cap = { periodStart: "2027-01-01", limitHundredths: 1_000 };
    const [next] = periodUseWrites("i-1", [{ periodStart: "2027-02-01", cents: 3_600, hundredths: 100 }], cap);
    expect(next?.Update?.ConditionExpression).toBeUndefined();
    const [shorter] = periodUseWrites("i-1", [{ periodStart: "2027-01-01", cents: -3_600, hundredths: -100 }], cap);
    expect(shorter?.Update?.ConditionExpression).toBeUndefined();
    const [soft] = periodUseWrites("i-1", [{ periodStart: "2027-01-01", cents: 3_600, hundredths: 100 }]);
    expect(soft?.Update?.ConditionExpression).toBeUndefined();
  });

  it("nets moves within one period: a correction from 2 h to 3 h adds 1 h against the cap", () => {
    const writes = periodUseWrites(
      "i-1",
      [
        { periodStart: "2027-01-01", cents: -7_200, hundredths: -200 },
        { periodStart: "2027-01-01", cents: 10_800, hundredths: 300 },
      ],
      { periodStart: "2027-01-01", limitHundredths: 1_000 },
    );
    expect(writes).toHaveLength(1);
    expect(writes[0]?.Update?.ExpressionAttributeValues?.[":hundredths"]).toEqual({ N: "100" });
    expect(writes[0]?.Update?.ExpressionAttributeValues?.[":room"]).toEqual({ N: "900" });
  });
});
