/**
 * Names on a SEPA credit transfer (creditor and debtor `Nm`). The EPC's basic
 * character set is Latin `A–Z a–z 0–9 / - ? : ( ) . , ' +` and space; Finnish
 * banks also take `Å Ä Ö å ä ö` (Finance Finland's guide to the ISO 20022
 * payment messages), so those stay only on payments to Finnish accounts.
 *
 * Other Latin letters are transliterated with the `transliteration` library
 * (Ł → L, ø → o, ß → ss, Þ → Th, é → e), "&" becomes "+", anything else a space.
 * A name in another script (`株式会社`) is refused where the account is entered:
 * transliterating it would give a name its owner does not recognise, and the
 * trade register holds the Latin form anyway.
 */
import { transliterate } from "transliteration";

/** EPC: a name is at most 70 characters (the XSD allows 140; banks cut at 70). */
export const MAX_PAYMENT_NAME_LENGTH = 70;

const BASIC = /^[A-Za-z0-9/\-?:().,'+ ]$/;
const FINNISH_LETTERS = /^[ÅÄÖåäö]$/;

export type PaymentNameProblem = "NAME_NOT_LATIN" | "NAME_NOT_WRITABLE";

/**
 * The name as a payment carries it: to a Finnish account (`finnishLetters`) with
 * å, ä and ö kept, elsewhere in the basic set alone. Empty when nothing usable is left.
 */
export function paymentName(input: string, options: { finnishLetters: boolean }): string {
  const mapped = [...input.normalize("NFC")].map((ch) => {
    if (BASIC.test(ch) || (options.finnishLetters && FINNISH_LETTERS.test(ch))) return ch;
    if (ch === "&") return "+";
    if (!/\p{Script=Latin}/u.test(ch)) return " ";
    return [...transliterate(ch)].map((letter) => (BASIC.test(letter) ? letter : " ")).join("");
  });
  return mapped.join("").replace(/\s+/g, " ").trim().slice(0, MAX_PAYMENT_NAME_LENGTH).trimEnd();
}

/** Why a name cannot go on a payment, or undefined when it can: the check applied where a provider enters its name. */
export function paymentNameProblem(input: string): PaymentNameProblem | undefined {
  if (/\p{L}/u.test(input.replace(/\p{Script=Latin}/gu, ""))) return "NAME_NOT_LATIN";
  return /[A-Za-z0-9]/.test(paymentName(input, { finnishLetters: false })) ? undefined : "NAME_NOT_WRITABLE";
}
