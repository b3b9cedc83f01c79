/** An exact non-negative rational; always reduced, denominator > 0. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function fraction(numerator: bigint, denominator: bigint = 1n): Fraction {
  if (denominator === 0n) throw new RangeError("denominator must not be zero");
  // Keep the sign on the numerator so equal values compare equal field by field.
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const g = gcd(numerator, denominator);
  return g > 1n ? { numerator: numerator / g, denominator: denominator / g } : { numerator, denominator };
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
}

export function fractionEquals(a: Fraction, b: Fraction): boolean {
  return a.numerator * b.denominator === b.numerator * a.denominator;
}

/** Rounds a non-negative n/d to the nearest integer, exact halves up: floor((2n + d) / 2d). */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  if (numerator < 0n) throw new RangeError("only non-negative values are rounded here");
  return (2n * numerator + denominator) / (2n * denominator);
}

/** A safe-integer bigint back to number; anything larger would silently lose cents. */
export function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${what} is not a safe integer`);
  }
  return Number(value);
}

/** Settings ratios (1.15, 0.9 …) as exact ten-thousandths; finer digits than 4 decimals are rounded. */
export function ratioToTenThousandths(ratio: number, what: string): bigint {
  if (!Number.isFinite(ratio) || ratio < 0) throw new RangeError(`${what} must be a finite non-negative number`);
  // Math.round absorbs binary noise: 1.15 * 10000 is 11499.999999999998.
  return BigInt(Math.round(ratio * 10_000));
}
