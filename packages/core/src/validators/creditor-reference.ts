/**
 * ISO 11649 creditor reference (RF reference) and the Finnish national reference
 * number (viitenumero). No installed library covers either, so both are here.
 *
 * `createCreditorReference` takes any alphanumeric base (1–21 characters). In
 * Finland the base is usually a complete Finnish reference including its check
 * digit: `createCreditorReference(createFinnishReference("1234"))`.
 */

const CREDITOR_REFERENCE_PATTERN = /^RF\d{2}[A-Z0-9]{1,21}$/;
const CREDITOR_BASE_PATTERN = /^[A-Z0-9]{1,21}$/;

/** ISO 7064 MOD 97-10 remainder of an alphanumeric string, letters A=10 … Z=35. */
function mod97(alphanumeric: string): number {
  let remainder = 0;
  for (const ch of alphanumeric) {
    const value = parseInt(ch, 36);
    // Digit by digit keeps the running value small instead of building a huge number.
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
  }
  return remainder;
}

/** Strip all whitespace, upper-case. */
export function normalizeCreditorReference(input: string): string {
  return input.replace(/\s+/g, "").toUpperCase();
}

export function createCreditorReference(base: string): string {
  const normalized = normalizeCreditorReference(base);
  if (!CREDITOR_BASE_PATTERN.test(normalized)) {
    throw new RangeError("A creditor reference base is 1–21 letters A–Z or digits");
  }
  const check = 98 - mod97(`${normalized}RF00`);
  return `RF${String(check).padStart(2, "0")}${normalized}`;
}

export function isValidCreditorReference(input: string): boolean {
  const normalized = normalizeCreditorReference(input);
  if (!CREDITOR_REFERENCE_PATTERN.test(normalized)) return false;
  // Recompute rather than test "mod 97 = 1": that test would also accept the
  // out-of-range check digits 00, 01 and 99 that ISO 7064 never produces.
  return createCreditorReference(normalized.slice(4)) === normalized;
}

/** Strip all whitespace and the leading zeros that Finnish banks ignore. */
export function normalizeFinnishReference(input: string): string {
  return input.replace(/\s+/g, "").replace(/^0+/, "");
}

function finnishReferenceCheckDigit(digits: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Weights run 7, 3, 1, 7, … from the rightmost digit.
    sum += Number(digits.charAt(digits.length - 1 - i)) * (weights[i % 3] ?? 0);
  }
  return (10 - (sum % 10)) % 10;
}

/** Appends the check digit to a 3–19 digit base (e.g. an invoice or statement number). */
export function createFinnishReference(base: string): string {
  const normalized = normalizeFinnishReference(base);
  if (!/^\d{3,19}$/.test(normalized)) {
    throw new RangeError("A Finnish reference base is 3–19 digits without leading zeros");
  }
  return `${normalized}${finnishReferenceCheckDigit(normalized)}`;
}

/** 4–20 digits, the last one the 7-3-1 check digit. */
export function isValidFinnishReference(input: string): boolean {
  const normalized = normalizeFinnishReference(input);
  if (!/^\d{4,20}$/.test(normalized)) return false;
  return createFinnishReference(normalized.slice(0, -1)) === normalized;
}
