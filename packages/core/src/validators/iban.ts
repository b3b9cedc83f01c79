/**
 * IBAN (ISO 13616) and BIC (ISO 9362), validated by `ibantools`: per-country
 * length and BBAN structure, strict MOD 97-10 check digits (02–98), and national
 * BBAN checksums where ibantools knows them. It does not know Finland's, so the
 * Finnish account number's own check digit (Luhn over the 14-digit BBAN, Finance
 * Finland's account number standard) is checked here.
 */
import { isValidBIC, isValidIBAN } from "ibantools";

/** Electronic format: no whitespace or hyphens, upper case. */
export function normalizeIban(input: string): string {
  // \s also covers the no-break spaces that copy-paste from PDFs and web pages brings;
  // ibantools' own electronicFormatIBAN strips only ASCII spaces and hyphens.
  return input.replace(/[\s-]+/g, "").toUpperCase();
}

/** Luhn (mod 10, doubling every second digit from the right) over the digits, the last one the check digit. */
export function hasLuhnCheckDigit(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits.charAt(digits.length - 1 - i));
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** National check digits ibantools leaves out, by country; an IBAN of another country passes. */
function hasNationalCheckDigit(iban: string): boolean {
  if (iban.startsWith("FI")) return hasLuhnCheckDigit(iban.slice(4));
  return true;
}

export function isValidIban(input: string): boolean {
  const iban = normalizeIban(input);
  return isValidIBAN(iban) && hasNationalCheckDigit(iban);
}

export function normalizeBic(input: string): string {
  return input.replace(/\s+/g, "").toUpperCase();
}

/** 8 or 11 characters: bank (4 letters), country (2 letters), location (2), optional branch (3). */
export function isValidBic(input: string): boolean {
  return isValidBIC(normalizeBic(input));
}
