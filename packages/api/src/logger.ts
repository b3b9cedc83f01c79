import { Logger } from "@aws-lambda-powertools/logger";

/** Keys whose values are personal data in this domain; they never reach a log line. */
const personalKeys = new Set([
  "personalId",
  "firstName",
  "lastName",
  "birthDate",
  "iban",
  "email",
  "phone",
  "address",
  "authorization",
  "body",
]);

/** Anything shaped like a henkilötunnus, wherever it appears in a string (e.g. a query string in an error). */
const personalIdPattern = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/gi;

export function redact(key: string, value: unknown): unknown {
  if (personalKeys.has(key) && value !== undefined && value !== null) return "[redacted]";
  if (typeof value === "string") return value.replace(personalIdPattern, "[redacted-personal-id]");
  return value;
}

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "hb", jsonReplacerFn: redact });
