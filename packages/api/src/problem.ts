import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { type FieldError, type FieldProblem, type ProblemCode, problemStatus } from "@hb/core/errors";
import { localizeFieldError } from "@hb/core/field-errors";
import { interpolate, type Language } from "@hb/core/language";
import { problemTexts } from "@hb/core/messages";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  requestId: string;
  errors?: FieldError[];
}

/** Problem types are URNs named after the stable code, documented in docs/api.md. */
export const problemType = (code: ProblemCode): string => `urn:hb:problem:${code.toLowerCase().replaceAll("_", "-")}`;

export function problem(
  code: ProblemCode,
  language: Language,
  requestId: string,
  params: Record<string, string | number> = {},
  errors: readonly (FieldError | FieldProblem)[] = [],
): Problem {
  const text = problemTexts[code];
  const values = { requestId, ...params };
  return {
    type: problemType(code),
    title: text.title[language],
    status: problemStatus[code],
    detail: interpolate(text.detail[language], values),
    code,
    requestId,
    ...(errors.length > 0 ? { errors: errors.map((error) => localizeFieldError(error, language)) } : {}),
  };
}

export function problemResponse(
  body: Problem,
  language: Language,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: body.status,
    headers: { "content-type": "application/problem+json", "content-language": language, ...headers },
    body: JSON.stringify(body),
  };
}
