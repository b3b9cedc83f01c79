import { describe, expect, it } from "vitest";
import { awsClientConfig, CONNECTION_TIMEOUT_MS, isServiceUnavailable, MAX_ATTEMPTS, REQUEST_TIMEOUT_MS } from "./aws-clients";

const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name, ...extra });

describe("awsClientConfig", () => {
  it("bounds every attempt and the number of attempts, and throws when a request runs over its time", () => {
    expect(awsClientConfig({})).toEqual({
      maxAttempts: MAX_ATTEMPTS,
      requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, throwOnRequestTimeout: true },
    });
    // One call gives up before an API Lambda's 10 s timeout, backoff included.
    expect(MAX_ATTEMPTS * REQUEST_TIMEOUT_MS + 600).toBeLessThan(10_000);
  });

  it("takes a longer request timeout from HB_AWS_REQUEST_TIMEOUT_MS (the local runtime's)", () => {
    expect(awsClientConfig({ HB_AWS_REQUEST_TIMEOUT_MS: "10000" }).requestHandler.requestTimeout).toBe(10_000);
    expect(awsClientConfig({ HB_AWS_REQUEST_TIMEOUT_MS: "soon" }).requestHandler.requestTimeout).toBe(REQUEST_TIMEOUT_MS);
  });
});

describe("isServiceUnavailable", () => {
  it.each([
    ["throttled reads or writes", named("ProvisionedThroughputExceededException", { $fault: "client" })],
    ["the account's request rate", named("RequestLimitExceeded", { $fault: "client" })],
    ["throttling of another service", named("ThrottlingException", { $fault: "client" })],
    ["S3 asking to slow down", named("SlowDown", { $fault: "server" })],
    ["any 5xx of a service", named("SomethingNew", { $fault: "server" })],
    ["the SDK's request timeout", named("TimeoutError")],
    ["middy answering before the Lambda times out", named("TimeoutError", { cause: { package: "@middy/core" } })],
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" })],
    ["a transaction cancelled by throttling", named("TransactionCanceledException", { CancellationReasons: [{ Code: "None" }, { Code: "ThrottlingError" }] })],
    [
      "an outage wrapped by Powertools idempotency",
      new Error("Failed to put record for already existing idempotency key", { cause: named("InternalServerError", { $fault: "server" }) }),
    ],
  ])("%s: yes", (_, error) => {
    expect(isServiceUnavailable(error)).toBe(true);
  });

  it.each([
    ["a failed condition", named("ConditionalCheckFailedException", { $fault: "client" })],
    ["a transaction that lost a race", named("TransactionCanceledException", { CancellationReasons: [{ Code: "ConditionalCheckFailed" }] })],
    ["a malformed request (our bug)", named("ValidationException", { $fault: "client" })],
    ["access denied (a deployment error)", named("AccessDeniedException", { $fault: "client" })],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["something that is not an Error", "ECONNREFUSED"],
  ])("%s: no", (_, error) => {
    expect(isServiceUnavailable(error)).toBe(false);
  });
});
