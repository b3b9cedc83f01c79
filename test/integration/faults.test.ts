import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import type { APIGatewayProxyEventV2WithLambdaAuthorizer, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { personalIdLookupKey } from "@hb/core/clients/personal-id-key";
import type { Principal } from "@hb/core/identity/principal";
import { get as getClient } from "../../functions/api/clients";

/** A staff worker, as HB's Lambda authorizer hands the principal to a route. */
const worker: Principal = { sub: "w1", issuer: "local-staff", staffRoles: ["worker"] };

/** Faults DynamoDB Local and the local runtime cannot produce, injected with aws-sdk-client-mock. */
const event = (clientId: string): APIGatewayProxyEventV2WithLambdaAuthorizer<{ principal: string }> =>
  ({
    version: "2.0",
    routeKey: "GET /v1/clients/{clientId}",
    rawPath: `/v1/clients/${clientId}`,
    rawQueryString: "",
    headers: { "accept-language": "en" },
    pathParameters: { clientId },
    isBase64Encoded: false,
    requestContext: {
      requestId: "req-fault-1",
      http: { method: "GET", path: `/v1/clients/${clientId}` },
      authorizer: { lambda: { principal: JSON.stringify(worker) } },
    },
  }) as unknown as APIGatewayProxyEventV2WithLambdaAuthorizer<{ principal: string }>;
const context = { awsRequestId: "lambda-1", functionName: "clients.get", getRemainingTimeInMillis: () => 1000 } as Context;

describe("faults", () => {
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.HB_TABLE_NAME = "hb-faults";
    process.env.POWERTOOLS_LOG_LEVEL = "SILENT";
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it("turns a DynamoDB failure into a 500 problem that names the request id and leaks nothing", async () => {
    const dynamo = mockClient(DynamoDBClient);
    dynamo.on(GetItemCommand).rejects(Object.assign(new Error("Internal server error at /var/task/index.mjs:1"), { name: "InternalServerError" }));
    try {
      const response = (await getClient(event("00000000-0000-4000-8000-000000000001"), context)) as APIGatewayProxyStructuredResultV2;
      expect(response.statusCode).toBe(500);
      expect(response.headers?.["content-type"]).toBe("application/problem+json");
      const body = JSON.parse(String(response.body));
      expect(body).toMatchObject({ code: "INTERNAL_ERROR", status: 500, requestId: "req-fault-1" });
      expect(body.detail).toContain("req-fault-1");
      expect(String(response.body)).not.toMatch(/var\/task|InternalServerError|stack/);
    } finally {
      dynamo.restore();
    }
  });

  it("does not cache a failed read of the personal-ID key secret, and caches a successful one", async () => {
    delete process.env.HB_PERSONAL_ID_KEY;
    process.env.HB_PERSONAL_ID_KEY_SECRET_ARN = "arn:aws:secretsmanager:eu-north-1:000000000000:secret:hb-pid";
    const secrets = mockClient(SecretsManagerClient);
    secrets.on(GetSecretValueCommand).rejectsOnce(new Error("throttled")).resolves({ SecretString: "k".repeat(64) });
    try {
      await expect(personalIdLookupKey("131052-308T")).rejects.toThrow("throttled");
      const first = await personalIdLookupKey("131052-308T");
      const second = await personalIdLookupKey("131052-308T");
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      expect(second).toBe(first);
      expect(await personalIdLookupKey("131052-308U")).not.toBe(first);
      expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(2);
    } finally {
      secrets.restore();
    }
  });
});
