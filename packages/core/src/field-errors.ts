import { formatDate } from "./budget/format";
import type { FieldError, FieldProblem } from "./errors";
import { interpolate, type Language } from "./language";
import { fieldTexts } from "./messages";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A domain's field problem in the caller's language, from the typed table of field texts; a
 * `YYYY-MM-DD` value as a date of that language. Schema validation's errors are in it already.
 */
export function localizeFieldError(error: FieldError | FieldProblem, language: Language): FieldError {
  if ("message" in error) return error;
  const text = fieldTexts["text" in error ? error.text : error.code][language];
  const values = Object.fromEntries(
    Object.entries(error.params ?? {}).map(([name, value]) => [name, typeof value === "string" && isoDate.test(value) ? formatDate(value, language) : value]),
  );
  return { path: error.path, code: error.code, message: interpolate(text, values) };
}
