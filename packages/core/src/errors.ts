import type { FieldCode } from "./messages";
/**
 * Domain errors carry a stable machine code; the HTTP layer turns them into
 * RFC 9457 problem+json with a message in the caller's language.
 */
export const problemStatus = {
  VALIDATION_FAILED: 422,
  MALFORMED_REQUEST: 400,
  INVALID_CURSOR: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PROVIDER_NOT_CHOSEN: 400,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  DUPLICATE_CLIENT: 409,
  VERSION_MISMATCH: 412,
  UNKNOWN_BUNDLE: 422,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  PAYLOAD_TOO_LARGE: 413,
  UNKNOWN_SERVICE: 422,
  TOO_MANY_REPRESENTATIVES: 422,
  CONCURRENT_CHANGE: 409,
  UNIT_MISMATCH: 422,
  HB_DECLINED: 409,
  PLAN_SUPERSEDED: 409,
  DECISION_IN_FORCE: 409,
  DECISION_NOT_DRAFT: 409,
  DECISION_NOT_IN_FORCE: 409,
  DUPLICATE_EVENT: 409,
  INSTRUMENT_NOT_ACTIVE: 409,
  NOT_PROVIDER_ON_DATE: 409,
  OUTSIDE_VALIDITY: 422,
  RECORDING_DEADLINE_PASSED: 422,
  INSUFFICIENT_BALANCE: 409,
  OVERLAPPING_EVENT: 409,
  EVENT_NOT_RECORDED: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  APPLICATION_ALREADY_DECIDED: 409,
  APPLICATION_NOT_AWAITING_REPLY: 409,
  SERVICE_NOT_IN_BUNDLES: 422,
  PROVIDER_NOT_AVAILABLE: 422,
  NOT_A_VOUCHER: 409,
  INSTRUMENT_CLOSED: 409,
  INSTRUMENT_NOT_AWAITING_ACCEPTANCE: 409,
  EVENT_NOT_SETTLED: 409,
  CREDIT_EXCEEDS_EVENT: 422,
  MONTH_NOT_ENDED: 409,
  RUN_NOT_CLOSED: 409,
  BANK_MESSAGE_INVALID: 422,
  BANK_MESSAGE_OTHER_FILE: 422,
  NO_CURRENT_PLAN: 409,
  LAST_MEMBER: 409,
  PROVIDER_ALREADY_REGISTERED: 409,
  BANK_ACCOUNT_CHANGE_REQUIRED: 409,
  BANK_ACCOUNT_CHANGE_PENDING: 409,
  BANK_ACCOUNT_CHANGE_ALREADY_DECIDED: 409,
  FOUR_EYES_REQUIRED: 403,
  PROVIDER_NOT_APPROVED: 422,
  COMMITMENT_PROVIDER_NOT_APPROVED: 409,
  PROVIDER_SUSPENDED: 409,
  PROVIDER_TERMINATED: 409,
  DECISION_SUPERSEDED: 409,
  DELIVERY_SPANS_CHANGE: 409,
  GRANT_BELOW_DELIVERED: 409,
  SUPERSEDE_TOO_LARGE: 409,
  APPEAL_DECIDED: 409,
  REVOKE_SUPERSEDING: 409,
  DELIVERIES_AFTER_END: 409,
  EVENT_KIND_NOT_BILLABLE: 422,
  EVENT_KIND_LIMIT_REACHED: 422,
  PERIOD_CAP_EXCEEDED: 422,
  BATCH_TOO_LARGE: 413,
  MALFORMED_CSV: 400,
  WEBHOOK_URL_REFUSED: 422,
  SETTINGS_IN_THE_PAST: 422,
  SETTINGS_VERSION_IN_FORCE: 409,
} as const;

export type ProblemCode = keyof typeof problemStatus;

/** A field error as the caller gets it, its message in the caller's language. */
export interface FieldError {
  /** JSON Pointer into the request part, e.g. `/body/personalId`. */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/**
 * A field error as the domain raises it: the code and the values its text names, no words. The API
 * writes the message in the caller's language from `fieldTexts` (the code's own text, or `text` when
 * one code has several, like REQUIRED); a `YYYY-MM-DD` value is written as a date of that language.
 */
export type FieldProblem = { readonly path: string; readonly params?: Readonly<Record<string, string | number>> } & (
  | { readonly code: FieldCode }
  | { readonly code: string; readonly text: FieldCode }
);

export class DomainError extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    /** Values interpolated into the localized message, e.g. `{ resource: "client" }`. */
    readonly params: Record<string, string | number> = {},
    /** Field errors: localized ones from schema validation at the edge, or the domain's FieldProblems. */
    readonly errors: readonly (FieldError | FieldProblem)[] = [],
  ) {
    super(code);
    this.name = "DomainError";
    this.status = problemStatus[code];
  }
}

export const notFound = (resource: string): DomainError => new DomainError("NOT_FOUND", { resource });
export const forbidden = (): DomainError => new DomainError("FORBIDDEN");
