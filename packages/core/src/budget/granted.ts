import { roundHalfUp, toSafeNumber, type Fraction } from "./fraction";

/** A positive quantity with at most 2 decimals, as exact hundredths (2.5 → 250n). */
export function quantityHundredths(quantity: number): bigint {
  if (!Number.isFinite(quantity) || quantity <= 0) throw new RangeError("quantity must be a positive number");
  // toFixed(2) is exact for a number that really has ≤ 2 decimals; 0.1 + 0.2 fails the round trip.
  const text = quantity.toFixed(2);
  if (!/^\d+\.\d{2}$/.test(text) || Number(text) !== quantity) {
    throw new RangeError(`quantity must have at most 2 decimals: ${quantity}`);
  }
  return BigInt(text.replace(".", ""));
}

function checkPeriods(periods: Fraction): void {
  if (periods.denominator <= 0n || periods.numerator < 0n) throw new RangeError("periods must be a non-negative fraction");
}

/**
 * Granted amount = quantity × unit cost × periods, rounded once, half up, to whole cents.
 *
 * 10 h/month × 3 600 c × 77/31 (2027-01-01..2027-03-15) = 2 772 000/31 = 89 419.35… → 89 419 c.
 * 1 h/month × 3 333 c × 1/2 (2027-06-01..2027-06-15) = 1 666.5 → 1 667 c (exact half goes up).
 */
export function grantedCents(quantity: number, unitCostCents: number, periods: Fraction): number {
  const hundredths = quantityHundredths(quantity);
  if (!Number.isSafeInteger(unitCostCents) || unitCostCents < 0) {
    throw new RangeError("unitCostCents must be a non-negative safe integer");
  }
  checkPeriods(periods);
  // Quantity is in hundredths, so the denominator carries the 100.
  const cents = roundHalfUp(hundredths * BigInt(unitCostCents) * periods.numerator, 100n * periods.denominator);
  return toSafeNumber(cents, "granted amount");
}

/**
 * The quantity over the whole validity, half up to 2 decimals, for display only (money never
 * derives from it): 10 h/month × 77/31 = 24.838… → 24.84.
 */
export function totalQuantity(quantity: number, periods: Fraction): number {
  const hundredths = quantityHundredths(quantity);
  checkPeriods(periods);
  const total = roundHalfUp(hundredths * periods.numerator, periods.denominator);
  return toSafeNumber(total, "total quantity") / 100;
}
