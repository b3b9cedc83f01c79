/**
 * zod schemas for the identifiers. Each one normalizes, then validates; on failure it
 * raises a custom issue whose `params.code` is the stable contract the HTTP layer
 * translates (messages.ts). Output is the normalized string.
 *
 * Normalization uses `.overwrite()` — zod 4's transform that keeps the type — rather
 * than `.transform()`/`z.preprocess()`: the schema stays a plain `ZodString`, so
 * `.meta()`/`.optional()` work as usual and OpenAPI generation can represent it in
 * both request (input) and response (output) schemas; a `.transform()` cannot be
 * represented in output JSON Schema.
 */
import { z } from "zod";
import { freeText } from "./text";
import { isValidBusinessId, normalizeBusinessId } from "./business-id";
import { isValidCreditorReference, normalizeCreditorReference } from "./creditor-reference";
import { isValidBic, isValidIban, normalizeBic, normalizeIban } from "./iban";
import { paymentNameProblem } from "./payment-name";
import { isValidPersonalId, normalizePersonalId } from "./personal-id";
import { paymentAccountProblem } from "./sepa";

export const identifierErrorCodes = [
  "INVALID_PERSONAL_ID",
  "INVALID_BUSINESS_ID",
  "INVALID_IBAN",
  "INVALID_BIC",
  "INVALID_CREDITOR_REFERENCE",
  "IBAN_NOT_SEPA",
  "BIC_REQUIRED",
  "BIC_COUNTRY_MISMATCH",
  "NAME_NOT_LATIN",
  "NAME_NOT_WRITABLE",
] as const;
export type IdentifierErrorCode = (typeof identifierErrorCodes)[number];

function identifierSchema(
  normalize: (input: string) => string,
  isValid: (normalized: string) => boolean,
  code: IdentifierErrorCode,
  message: string,
): z.ZodString {
  return z.string().overwrite(normalize).refine(isValid, { message, params: { code } });
}

export const personalIdSchema = identifierSchema(
  normalizePersonalId,
  isValidPersonalId,
  "INVALID_PERSONAL_ID",
  "Not a valid Finnish personal identity code",
);

export const businessIdSchema = identifierSchema(
  normalizeBusinessId,
  isValidBusinessId,
  "INVALID_BUSINESS_ID",
  "Not a valid Finnish business ID (Y-tunnus)",
);

export const ibanSchema = identifierSchema(normalizeIban, isValidIban, "INVALID_IBAN", "Not a valid IBAN");

export const bicSchema = identifierSchema(normalizeBic, isValidBic, "INVALID_BIC", "Not a valid BIC");

export const creditorReferenceSchema = identifierSchema(
  normalizeCreditorReference,
  isValidCreditorReference,
  "INVALID_CREDITOR_REFERENCE",
  "Not a valid ISO 11649 creditor reference",
);

/** A valid IBAN (national check digits included) of a SEPA country: the account a provider is paid to. */
export const sepaIbanSchema = ibanSchema.refine((iban) => paymentAccountProblem(iban) !== "IBAN_NOT_SEPA", {
  message: "Not an account in a SEPA country",
  params: { code: "IBAN_NOT_SEPA" },
});

/**
 * The IBAN and BIC of an object, checked together: a SEPA country outside the
 * EEA needs the BIC, and a BIC must be of the IBAN's country. For objects that
 * carry `iban` and an optional `bic` beside other fields (a provider application).
 */
export function refinePaymentAccount(value: { iban?: unknown; bic?: unknown }, ctx: z.RefinementCtx): void {
  if (typeof value.iban !== "string" || (value.bic !== undefined && typeof value.bic !== "string")) return;
  const problem = paymentAccountProblem(value.iban, value.bic);
  if (problem === "BIC_REQUIRED") ctx.addIssue({ code: "custom", path: ["bic"], message: "A SEPA country outside the EEA: give the bank's BIC", params: { code: problem } });
  if (problem === "BIC_COUNTRY_MISMATCH") ctx.addIssue({ code: "custom", path: ["bic"], message: "The BIC is of another country than the IBAN", params: { code: problem } });
}

/** A payment account on its own: `{ iban, bic? }`. */
export const paymentAccountSchema = z
  .object({
    iban: sepaIbanSchema.meta({ description: "IBAN of a SEPA country, check digits (and Finland's national one) validated", example: "FI2112345600000785" }),
    bic: bicSchema.optional().meta({ description: "The bank's BIC; required for SEPA countries outside the EEA (CH, GB, …)", example: "NDEAFIHH" }),
  })
  .strict()
  .superRefine(refinePaymentAccount)
  .meta({ id: "PaymentAccount" });

/**
 * A string of one fixed shape: a refusal names our field code (plain words in the caller's language, not
 * zod's "must match pattern"), and the pattern is still in the OpenAPI document.
 */
export function shapedString(pattern: RegExp, code: "MONTH" | "SETTLEMENT_RUN_ID", example: string): z.ZodString {
  return z
    .string()
    .refine((value) => pattern.test(value), { message: `Not of the form ${example}`, params: { code } })
    .meta({ pattern: pattern.source, example });
}

/** A calendar month in the area's time zone, `YYYY-MM`. */
export const monthSchema = shapedString(/^\d{4}-(0[1-9]|1[0-2])$/, "MONTH", "2026-10").meta({ description: "Calendar month in Europe/Helsinki, YYYY-MM" });

/** A name that a SEPA payment can carry (payment-name.ts): Latin script, something left after transliteration. */
export const paymentNameSchema = freeText({ max: 200 }).superRefine((name, ctx) => {
    const problem = paymentNameProblem(name);
    if (problem === "NAME_NOT_LATIN") ctx.addIssue({ code: "custom", message: "Write the name in Latin letters, as in the trade register", params: { code: problem } });
    if (problem === "NAME_NOT_WRITABLE") ctx.addIssue({ code: "custom", message: "The name has no letters or digits a payment can carry", params: { code: problem } });
  });
