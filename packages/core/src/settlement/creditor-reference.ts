/**
 * ISO 11649 "RF" creditor references for settlement. The MOD 97-10 arithmetic lives in
 * validators/creditor-reference.ts (the zod schemas use it too), so it is reused here,
 * not written twice.
 */
import {
  createCreditorReference,
  createFinnishReference,
  isValidCreditorReference,
  normalizeCreditorReference,
} from "../validators/creditor-reference";

/** ISO 11649 "RF" creditor reference from a base of 1–21 letters/digits: "RF" + 2 check digits + base (mod 97-10 like IBAN). */
export function creditorReference(base: string): string {
  return createCreditorReference(base);
}

/**
 * A statement's payment reference: the Finnish reference number (viitenumero,
 * 7-3-1 check digit) `<yyyymm><6-digit yearly number><check>`, as the RF form
 * Finnish payers and banks use: "RF" + MOD 97-10 check + that number. A bank
 * or provider can read the national number back from it (drop "RF" and two digits).
 */
export function statementReference(month: string, number: number): string {
  if (!Number.isInteger(number) || number < 1 || number > 999_999) throw new RangeError(`A statement number is 1–999999: ${number}`);
  return creditorReference(createFinnishReference(`${month.replace("-", "")}${String(number).padStart(6, "0")}`));
}

/**
 * The message id of a run's file: `HB-<AREA>-<runId>`, at most 35 characters, so
 * the bank's duplicate check and its reports tell areas apart. Area codes over 21
 * characters are cut (EPC's 35-character limit).
 */
export function paymentMessageId(areaCode: string, runId: string): string {
  return `HB-${areaCode.toUpperCase().slice(0, 35 - 4 - runId.length)}-${runId}`;
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
