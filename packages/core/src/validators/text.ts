/**
 * Every free-text field of a request (names, descriptions, notes, reasons,
 * wishes, goals, explanations) is built here, so one rule holds for all of
 * them: any letter, emoji or script is welcome; control characters other
 * than tab and line feed, lone UTF-16 surrogates and Unicode noncharacters
 * are refused (422, CONTROL_CHARACTER / INVALID_UNICODE): they cannot be
 * shown, printed on a decision or carried through every queue, and a NUL or
 * an ESC in a name is a bug or an attack, never a name. Text is stored in
 * NFC, so "é" typed as e + combining accent equals "é" typed as one character.
 */
import { z } from "zod";

/** C0 controls but tab and line feed, DEL, and the C1 controls. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** In a `u` regex a surrogate pair is one code point, so only a lone surrogate is `Surrogate`. */
const INVALID_UNICODE = /[\p{Surrogate}\p{Noncharacter_Code_Point}]/u;

export const textErrorCodes = ["CONTROL_CHARACTER", "INVALID_UNICODE"] as const;

const withoutBadCharacters = (schema: z.ZodString): z.ZodString =>
  schema
    .refine((text) => !CONTROL_CHARACTER.test(text), {
      message: "Control characters other than tab and line feed are not allowed",
      params: { code: "CONTROL_CHARACTER" },
    })
    .refine((text) => !INVALID_UNICODE.test(text), {
      message: "Lone surrogates and noncharacters are not allowed",
      params: { code: "INVALID_UNICODE" },
    });

export interface FreeTextOptions {
  /** Longest text, in UTF-16 units after normalisation. */
  readonly max: number;
  /** Shortest text after trimming; 1 unless the field may be empty. */
  readonly min?: number;
}

/**
 * Free text: CR LF becomes LF, the text is normalised to NFC and trimmed,
 * then its length and characters are checked. `.overwrite()` keeps it a
 * `ZodString`, so `.meta()`, `.optional()` and OpenAPI work as usual.
 */
export function freeText({ max, min = 1 }: FreeTextOptions): z.ZodString {
  const trimmed = z
    .string()
    .overwrite((text) => text.replaceAll("\r\n", "\n").normalize("NFC"))
    .trim();
  return withoutBadCharacters((min > 0 ? trimmed.min(min) : trimmed).max(max));
}

/**
 * A reference a caller types but HB compares as it is (a token's `sub`, a
 * provider id, a budget line id): the same characters are refused, nothing is
 * normalised, because it must equal a stored value character for character.
 */
export function textReference({ max, min = 1 }: FreeTextOptions): z.ZodString {
  return withoutBadCharacters(z.string().min(min).max(max));
}

/**
 * A whole document sent as text (a bank's XML message): line ends become LF
 * (XML parsers read CR LF as LF anyway) and the same characters are refused;
 * nothing else is changed, so what is parsed is what the bank wrote.
 */
export function documentText({ max, min = 1 }: FreeTextOptions): z.ZodString {
  return withoutBadCharacters(
    z
      .string()
      .overwrite((text) => text.replaceAll("\r\n", "\n"))
      .min(min)
      .max(max),
  );
}
