/**
 * Finnish business ID (Y-tunnus), `NNNNNNN-C`. Validation is `finnish-business-ids`,
 * which implements the weights 7,9,10,5,8,4,2 / mod 11 rule correctly. It accepts
 * 7 digits only, so old 6-digit forms are rejected here too (they are written
 * with a leading zero today).
 */
import { FinnishBusinessIds } from "finnish-business-ids";

export function normalizeBusinessId(input: string): string {
  return input.trim();
}

export function isValidBusinessId(input: string): boolean {
  return FinnishBusinessIds.isValidBusinessId(normalizeBusinessId(input));
}

/**
 * Check digit for the 7-digit body, or null when the body can have none
 * (remainder 1: such numbers are never issued). For tests and fixtures.
 */
export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) {
    throw new RangeError("businessIdCheckDigit expects exactly 7 digits");
  }
  const digit = FinnishBusinessIds.calculateChecksum(sevenDigits);
  return digit < 0 ? null : digit;
}
