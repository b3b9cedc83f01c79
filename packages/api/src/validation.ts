import { z } from "zod";
import en from "zod/v4/locales/en.js";
import fi from "zod/v4/locales/fi.js";
import sv from "zod/v4/locales/sv.js";
import type { FieldError } from "@hb/core/errors";
import type { Language } from "@hb/core/language";
import { type FieldCode, fieldTexts } from "@hb/core/messages";

const locales = { fi: fi(), sv: sv(), en: en() } as const;

const pointer = (parts: readonly PropertyKey[]): string =>
  `/${parts.map((part) => String(part).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Zod's issues as field errors with JSON Pointer paths under `at` (e.g. `["body"]`): our own codes (e.g.
 * INVALID_PERSONAL_ID) with our texts in the caller's language; zod's own messages are in it already, from
 * the locale the schema was parsed with.
 */
export function fieldErrors(at: readonly PropertyKey[], issues: readonly z.core.$ZodIssue[], language: Language): FieldError[] {
  return issues.map((issue) => {
    const ownCode = issue.code === "custom" ? (issue.params as { code?: string } | undefined)?.code : undefined;
    const own = ownCode && ownCode in fieldTexts ? fieldTexts[ownCode as FieldCode] : undefined;
    return {
      path: pointer([...at, ...issue.path]),
      code: ownCode ?? issue.code,
      message: own ? own[language] : issue.message,
    };
  });
}

/**
 * Validates one part of a request (`params`, `query`, `body`) and turns zod's
 * issues into field errors with JSON Pointer paths and messages in the
 * caller's language: our own codes (e.g. INVALID_PERSONAL_ID) from our texts,
 * everything else from zod's locale.
 */
export function parsePart<T extends z.ZodType>(
  part: "params" | "query" | "body",
  schema: T,
  input: unknown,
  language: Language,
): ParseResult<z.output<T>> {
  const result = schema.safeParse(input, { error: locales[language].localeError });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: fieldErrors([part], result.error.issues, language) };
}
