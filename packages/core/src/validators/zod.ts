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
import { isValidBusinessId, normalizeBusinessId } from "./business-id";
import { isValidCreditorReference, normalizeCreditorReference } from "./creditor-reference";
import { isValidBic, isValidIban, normalizeBic, normalizeIban } from "./iban";
import { isValidPersonalId, normalizePersonalId } from "./personal-id";

export const identifierErrorCodes = [
  "INVALID_PERSONAL_ID",
  "INVALID_BUSINESS_ID",
  "INVALID_IBAN",
  "INVALID_BIC",
  "INVALID_CREDITOR_REFERENCE",
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
