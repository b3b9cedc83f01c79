import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { balance, usedCents, type Consumption } from "./balance";

const consumption = (recordedCents: number, approvedCents: number, settledCents: number, paidCents: number): Consumption => ({
  recordedCents,
  approvedCents,
  settledCents,
  paidCents,
});

describe("balance", () => {
  it("available = granted − recorded − approved − settled − paid", () => {
    expect(balance(432_000, consumption(10_000, 20_000, 30_000, 100_000), 50_000)).toEqual({
      grantedCents: 432_000,
      committedCents: 50_000,
      recordedCents: 10_000,
      approvedCents: 20_000,
      settledCents: 30_000,
      paidCents: 100_000,
      availableCents: 272_000,
    });
  });

  it("never goes below zero and shows 0 exactly when used up", () => {
    expect(balance(100, consumption(0, 0, 0, 100), 0).availableCents).toBe(0);
    expect(balance(100, consumption(50, 0, 0, 100), 0).availableCents).toBe(0);
    expect(Object.is(balance(100, consumption(50, 0, 0, 100), 0).availableCents, 0)).toBe(true);
  });

  it("does not let committed reduce available", () => {
    expect(balance(1000, consumption(0, 0, 0, 0), 1000).availableCents).toBe(1000);
  });

  it("refuses non-integer or negative cents", () => {
    expect(() => balance(-1, consumption(0, 0, 0, 0), 0)).toThrow(RangeError);
    expect(() => balance(100, consumption(0.5, 0, 0, 0), 0)).toThrow(RangeError);
    expect(() => balance(100, consumption(0, -1, 0, 0), 0)).toThrow(RangeError);
    expect(() => balance(100, consumption(0, 0, 0, 0), -5)).toThrow(RangeError);
    expect(() => usedCents(consumption(Number.MAX_SAFE_INTEGER, 1, 0, 0))).toThrow(RangeError);
  });

  it("used + available = granted whenever used ≤ granted (property)", () => {
    const cents = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(cents, cents, cents, cents, cents, cents, (g, r, a, s, p, c) => {
        const b = balance(g, consumption(r, a, s, p), c);
        const used = usedCents(consumption(r, a, s, p));
        expect(used).toBe(r + a + s + p);
        expect(b.availableCents).toBe(Math.max(0, g - used));
        expect(b.availableCents >= 0 && b.availableCents <= g).toBe(true);
        if (used <= g) expect(b.availableCents + used).toBe(g);
      }),
    );
  });
});
