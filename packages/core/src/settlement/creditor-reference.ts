/**
 * ISO 11649 "RF" creditor references for settlement. The MOD 97-10 arithmetic lives in
 * validators/creditor-reference.ts (the zod schemas use it too), so it is reused here,
 * not written twice.
 */
import {
  createCreditorReference,
  isValidCreditorReference,
  normalizeCreditorReference,
} from "../validators/creditor-reference";

/** ISO 11649 "RF" creditor reference from a base of 1–21 letters/digits: "RF" + 2 check digits + base (mod 97-10 like IBAN). */
export function creditorReference(base: string): string {
  return createCreditorReference(base);
}

/** Accepts with or without spaces, case-insensitive. */
export { isValidCreditorReference };

/**
 * Print format in groups of four: "RF18 5390 0754 7034". Throws on an invalid
 * reference, so a mistyped one is never printed on a payment.
 */
export function formatCreditorReference(reference: string): string {
  const normalized = normalizeCreditorReference(reference);
  if (!isValidCreditorReference(normalized)) {
    throw new RangeError(`Not a valid ISO 11649 creditor reference: ${reference}`);
  }
  return normalized.replace(/(.{4})(?!$)/g, "$1 ");
}
