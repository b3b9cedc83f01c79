/**
 * How long HB waits for an AWS service (DynamoDB, S3, Secrets Manager, SES).
 * One attempt may take CONNECTION_TIMEOUT_MS to connect and REQUEST_TIMEOUT_MS
 * in all; the SDK's standard retry mode tries MAX_ATTEMPTS times with jittered
 * backoff (≤ 0.6 s). So one call gives up after about 6.6 s: inside the API
 * Lambdas' 10 s timeout, so a caller gets a 503 instead of API Gateway's
 * timeout, and far inside API Gateway's 30 s. DynamoDB answers in
 * milliseconds; 2 s is an outage, not a slow day. docs/operations.md
 * "Timeouts and 503".
 */
export const CONNECTION_TIMEOUT_MS = 1_000;
export const REQUEST_TIMEOUT_MS = 2_000;
export const MAX_ATTEMPTS = 3;

/**
 * The settings every AWS SDK client of HB is built with. The local runtime
 * sets HB_AWS_REQUEST_TIMEOUT_MS longer: its "Lambdas" share one process
 * and connection pool, and DynamoDB Local on a laptop is slower than
 * DynamoDB.
 */
export function awsClientConfig(env: Readonly<Record<string, string | undefined>> = process.env) {
  const requestTimeout = Number(env.HB_AWS_REQUEST_TIMEOUT_MS) || REQUEST_TIMEOUT_MS;
  return {
    maxAttempts: MAX_ATTEMPTS,
    // Without throwOnRequestTimeout the SDK only logs a warning when requestTimeout passes.
    requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS, requestTimeout, throwOnRequestTimeout: true },
  };
}

/** Error names AWS services and the SDK use for "not now": throttled after the retries, timed out, failing on their side. */
const UNAVAILABLE = new Set([
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "ThrottlingException",
  "Throttling",
  "TooManyRequestsException",
  "SlowDown",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "InternalServerError",
  "InternalFailure",
  "InternalServiceError",
]);

/** Node's codes for a service that cannot be reached at all. */
const UNREACHABLE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * Whether an error (or one it wraps, as Powertools idempotency does) means an
 * AWS service HB depends on is unavailable: the request may succeed if sent
 * again later. The API answers these 503 SERVICE_UNAVAILABLE with Retry-After.
 */
export function isServiceUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const fault = current as Error & { code?: unknown; $fault?: unknown; CancellationReasons?: { Code?: string }[] };
    if (UNAVAILABLE.has(current.name) || fault.$fault === "server") return true;
    if (typeof fault.code === "string" && UNREACHABLE.has(fault.code)) return true;
    // A transaction DynamoDB cancelled because one of its items was throttled.
    if (fault.CancellationReasons?.some((reason) => reason.Code === "ThrottlingError")) return true;
  }
  return false;
}
