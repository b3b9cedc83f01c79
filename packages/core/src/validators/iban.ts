/**
 * IBAN (ISO 13616) and BIC (ISO 9362), validated by `ibantools`: per-country
 * length and BBAN structure, strict MOD 97-10 check digits (02–98), and national
 * BBAN checksums where ibantools knows them (not for FI).
 */
import { isValidBIC, isValidIBAN } from "ibantools";

/** Electronic format: no whitespace or hyphens, upper case. */
export function normalizeIban(input: string): string {
  // \s also covers the no-break spaces that copy-paste from PDFs and web pages brings;
  // ibantools' own electronicFormatIBAN strips only ASCII spaces and hyphens.
  return input.replace(/[\s-]+/g, "").toUpperCase();
}

export function isValidIban(input: string): boolean {
  return isValidIBAN(normalizeIban(input));
}

export function normalizeBic(input: string): string {
  return input.replace(/\s+/g, "").toUpperCase();
}

/** 8 or 11 characters: bank (4 letters), country (2 letters), location (2), optional branch (3). */
export function isValidBic(input: string): boolean {
  return isValidBIC(normalizeBic(input));
}
