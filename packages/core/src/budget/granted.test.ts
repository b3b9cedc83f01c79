import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fraction } from "./fraction";
import { grantedCents, quantityHundredths, totalQuantity } from "./granted";
import { periodsInValidity } from "./periods";

const f = (n: number, d = 1) => fraction(BigInt(n), BigInt(d));

describe("grantedCents (worked examples of docs/budget-rules.md)", () => {
  it("whole year: 10 h/month × 36,00 € × 12 = 4 320,00 €", () => {
    expect(grantedCents(10, 3600, periodsInValidity("2027-01-01", "2027-12-31", "month"))).toBe(432_000);
  });

  it("partial month: 10 h/month × 36,00 € × (2 + 15/31) = 894,19 €", () => {
    // 36 000 × 77/31 = 89 419.35… c
    expect(grantedCents(10, 3600, periodsInValidity("2027-01-01", "2027-03-15", "month"))).toBe(89_419);
  });

  it("leap year: 10 h/month × 36,00 € × 14/29 = 173,79 €", () => {
    // 504 000 / 29 = 17 379.31… c
    expect(grantedCents(10, 3600, periodsInValidity("2028-02-01", "2028-02-14", "month"))).toBe(17_379);
  });

  it("weeks: 3 visits/week × 50,00 € × 90/7 = 1 928,57 €", () => {
    // 1 350 000 / 7 = 192 857.14… c
    expect(grantedCents(3, 5000, periodsInValidity("2027-01-01", "2027-03-31", "week"))).toBe(192_857);
  });

  it("validity: 20 visits × 45,00 € once = 900,00 €", () => {
    expect(grantedCents(20, 4500, periodsInValidity("2027-01-01", "2027-06-30", "validity"))).toBe(90_000);
  });

  it("rounds an exact half cent up, once", () => {
    // 1 h/month × 33,33 € × 15/30 (1.–15.6.2027) = 1 666.5 c → 1 667 c
    expect(grantedCents(1, 3333, periodsInValidity("2027-06-01", "2027-06-15", "month"))).toBe(1667);
    expect(grantedCents(0.5, 1, f(1))).toBe(1);
    expect(grantedCents(0.01, 50, f(1))).toBe(1);
    expect(grantedCents(0.01, 49, f(1))).toBe(0);
    expect(grantedCents(1, 3, f(1, 2))).toBe(2);
    expect(grantedCents(1, 1, f(1, 3))).toBe(0);
    expect(grantedCents(1, 2, f(1, 3))).toBe(1);
  });

  it("rounds once: no intermediate per-month rounding", () => {
    // Per-month rounding would give 3 × round(1.5) = 6; the one rounding of 4.5 gives 5.
    expect(grantedCents(1, 3, f(3, 2))).toBe(5);
  });

  it("takes fractional quantities exactly: 2.5 h/month", () => {
    expect(grantedCents(2.5, 3600, periodsInValidity("2027-01-01", "2027-12-31", "month"))).toBe(108_000);
    expect(grantedCents(2.5, 1, f(1))).toBe(3);
    expect(grantedCents(0.29, 100, f(1))).toBe(29); // 0.29 * 100 is 28.999999999999996 in floats
    expect(grantedCents(1.15, 10_000, f(1))).toBe(11_500);
  });

  it("refuses bad quantities, prices and results", () => {
    for (const q of [0, -1, 2.555, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, 1e21]) {
      expect(() => grantedCents(q, 100, f(1))).toThrow(RangeError);
    }
    expect(() => grantedCents(1, -1, f(1))).toThrow(RangeError);
    expect(() => grantedCents(1, 1.5, f(1))).toThrow(RangeError);
    expect(() => grantedCents(1, 100, { numerator: -1n, denominator: 1n })).toThrow(RangeError);
    expect(() => grantedCents(1, 100, { numerator: 1n, denominator: 0n })).toThrow(RangeError);
    expect(() => grantedCents(1_000_000, 1e12, f(12))).toThrow(RangeError);
    expect(grantedCents(1, Number.MAX_SAFE_INTEGER, f(1))).toBe(Number.MAX_SAFE_INTEGER);
    expect(grantedCents(3600, 0, f(12))).toBe(0);
  });

  it("matches a BigInt quotient/remainder reference for half-up (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }), // quantity in hundredths: 0.01 .. 1 000.00
        fc.integer({ min: 0, max: 1_000_000 }), // unit cost cents: up to 10 000 €
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 400 }),
        (hundredths, unit, n, d) => {
          const quantity = Number((hundredths / 100).toFixed(2));
          const num = BigInt(hundredths) * BigInt(unit) * BigInt(n);
          const den = 100n * BigInt(d);
          const q = num / den;
          const expected = 2n * (num % den) >= den ? q + 1n : q;
          expect(grantedCents(quantity, unit, f(n, d))).toBe(Number(expected));
        },
      ),
    );
  });
});

describe("quantityHundredths", () => {
  it("reads the decimal value, not the binary one", () => {
    expect(quantityHundredths(2.5)).toBe(250n);
    expect(quantityHundredths(0.07)).toBe(7n);
    expect(quantityHundredths(10)).toBe(1000n);
    expect(() => quantityHundredths(1.005)).toThrow(RangeError);
  });
});

describe("totalQuantity", () => {
  it("rounds the quantity over the validity half up to 2 decimals", () => {
    expect(totalQuantity(10, periodsInValidity("2027-01-01", "2027-03-15", "month"))).toBe(24.84);
    expect(totalQuantity(10, periodsInValidity("2028-02-01", "2028-02-14", "month"))).toBe(4.83);
    expect(totalQuantity(2.5, periodsInValidity("2027-01-01", "2027-12-31", "month"))).toBe(30);
    expect(totalQuantity(3, periodsInValidity("2027-01-01", "2027-03-31", "week"))).toBe(38.57);
    expect(totalQuantity(0.01, f(1, 2))).toBe(0.01);
    expect(totalQuantity(0.01, f(1, 3))).toBe(0);
    expect(() => totalQuantity(0.001, f(1))).toThrow(RangeError);
  });
});
