import { type AddressInfo, createServer, type Server, type Socket } from "node:net";
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyEventV2WithLambdaAuthorizer, Context } from "aws-lambda";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RETRY_AFTER_SECONDS } from "@hb/api/http";
import { MAX_ATTEMPTS, REQUEST_TIMEOUT_MS } from "@hb/core/aws-clients";
import { personalIdLookupKey } from "@hb/core/clients/personal-id-key";
import { HEALTH_KEY } from "@hb/core/db";
import type { Principal } from "@hb/core/identity/principal";
import { freePort } from "@hb/local/ports";
import { get as getClient } from "../../functions/api/clients";
import { health } from "../../functions/api/meta";

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
// An API Lambda's 10 s: middy answers just before the Lambda would time out.
const context = { awsRequestId: "lambda-1", functionName: "clients.get", getRemainingTimeInMillis: () => 10_000 } as Context;
const healthEvent = () =>
  ({
    version: "2.0",
    routeKey: "GET /v1/health",
    rawPath: "/v1/health",
    rawQueryString: "",
    headers: {},
    isBase64Encoded: false,
    requestContext: { requestId: "req-health-1", http: { method: "GET", path: "/v1/health" } },
  }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

/** An error as the SDK throws it for a service's answer. */
const serviceError = (name: string, fault: "client" | "server", message = name) =>
  Object.assign(new Error(message), { name, $fault: fault, $metadata: { httpStatusCode: fault === "server" ? 500 : 400 } });

describe("faults", () => {
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.HB_TABLE_NAME = "hb-faults";
    process.env.POWERTOOLS_LOG_LEVEL = "SILENT";
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it("turns a failure that is not an outage into a 500 problem that names the request id and leaks nothing", async () => {
    const dynamo = mockClient(DynamoDBClient);
    dynamo.on(GetItemCommand).rejects(serviceError("ValidationException", "client", "Invalid KeyConditionExpression at /var/task/index.mjs:1"));
    try {
      const response = await getClient(event("00000000-0000-4000-8000-000000000001"), context);
      expect(response.statusCode).toBe(500);
      expect(response.headers?.["content-type"]).toBe("application/problem+json");
      expect(response.headers?.["retry-after"]).toBeUndefined();
      const body = JSON.parse(String(response.body));
      expect(body).toMatchObject({ code: "INTERNAL_ERROR", status: 500, requestId: "req-fault-1" });
      expect(body.detail).toContain("req-fault-1");
      expect(String(response.body)).not.toMatch(/var\/task|ValidationException|stack/);
    } finally {
      dynamo.restore();
    }
  });

  it.each([
    ["DynamoDB throttling after the SDK's retries", serviceError("ProvisionedThroughputExceededException", "client")],
    ["the account's request limit", serviceError("RequestLimitExceeded", "client")],
    ["ThrottlingException", serviceError("ThrottlingException", "client")],
    ["a DynamoDB 500", serviceError("InternalServerError", "server")],
    ["a 503 from the service", serviceError("ServiceUnavailable", "server")],
    ["a request timeout", Object.assign(new Error("a request has exceeded the configured 2000 ms requestTimeout"), { name: "TimeoutError" })],
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 10.1.2.3:443"), { code: "ECONNREFUSED" })],
    ["an unknown host", Object.assign(new Error("getaddrinfo ENOTFOUND dynamodb.eu-north-1.amazonaws.com"), { code: "ENOTFOUND" })],
  ])("answers %s with 503 SERVICE_UNAVAILABLE and Retry-After, leaking nothing", async (_, failure) => {
    const dynamo = mockClient(DynamoDBClient);
    dynamo.on(GetItemCommand).rejects(failure);
    try {
      const response = await getClient(event("00000000-0000-4000-8000-000000000001"), context);
      expect(response.statusCode).toBe(503);
      expect(response.headers).toMatchObject({ "content-type": "application/problem+json", "retry-after": String(RETRY_AFTER_SECONDS) });
      const body = JSON.parse(String(response.body));
      expect(body).toEqual({
        type: "urn:hb:problem:service-unavailable",
        title: "Service unavailable",
        status: 503,
        detail: "The service is temporarily unavailable. Try again in a moment. Request id req-fault-1.",
        code: "SERVICE_UNAVAILABLE",
        requestId: "req-fault-1",
      });
    } finally {
      dynamo.restore();
    }
  });

  describe("with DynamoDB unreachable (no mock: the real SDK client, its timeouts and retries)", () => {
    const servers: Server[] = [];
    const sockets: Socket[] = [];
    afterEach(async () => {
      for (const socket of sockets.splice(0)) socket.destroy();
      await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
    });
    beforeEach(() => {
      Object.assign(process.env, { AWS_REGION: "eu-north-1", AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test" });
      delete process.env.HB_AWS_REQUEST_TIMEOUT_MS;
    });

    /** A TCP server that accepts connections and never answers: a frozen database. */
    async function blackHole(): Promise<string> {
      const server = createServer((socket) => void sockets.push(socket));
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }

    it("a frozen database: the request ends with 503 after the bounded attempts, well inside the Lambda's 10 s", async () => {
      process.env.AWS_ENDPOINT_URL_DYNAMODB = await blackHole();
      const started = Date.now();
      const response = await getClient(event("00000000-0000-4000-8000-000000000001"), context);
      const elapsed = Date.now() - started;
      expect(response.statusCode).toBe(503);
      expect(JSON.parse(String(response.body)).code).toBe("SERVICE_UNAVAILABLE");
      // Every attempt waited its whole request timeout; the jittered backoff between them adds at most 0.6 s.
      expect(elapsed).toBeGreaterThanOrEqual(MAX_ATTEMPTS * REQUEST_TIMEOUT_MS - 100);
      expect(elapsed).toBeLessThan(9_500);
      expect(sockets.length).toBe(MAX_ATTEMPTS);
    });

    it("a database that refuses connections: 503 at once", async () => {
      process.env.AWS_ENDPOINT_URL_DYNAMODB = `http://127.0.0.1:${await freePort()}`;
      const started = Date.now();
      const response = await getClient(event("00000000-0000-4000-8000-000000000001"), context);
      expect(response.statusCode).toBe(503);
      expect(response.headers?.["retry-after"]).toBe(String(RETRY_AFTER_SECONDS));
      expect(Date.now() - started).toBeLessThan(3_000);
    });

    it("GET /v1/health answers 503 {status: unavailable} within 3 s when the table does not answer, and 200 when it does", async () => {
      process.env.AWS_ENDPOINT_URL_DYNAMODB = await blackHole();
      process.env.HB_AREA = "demo";
      const started = Date.now();
      const down = await health(healthEvent(), context);
      expect(Date.now() - started).toBeLessThan(3_600);
      expect(down.statusCode).toBe(503);
      expect(down.headers).toMatchObject({ "content-type": "application/json", "cache-control": "no-store", "retry-after": String(RETRY_AFTER_SECONDS) });
      const body = JSON.parse(String(down.body));
      expect(body).toEqual({ status: "unavailable", area: "demo", version: "dev", time: expect.any(String) });

      process.env.AWS_ENDPOINT_URL_DYNAMODB = `http://127.0.0.1:${await freePort()}`;
      expect((await health(healthEvent(), context)).statusCode).toBe(503);

      const dynamo = mockClient(DynamoDBClient);
      dynamo.on(GetItemCommand, { TableName: "hb-faults", Key: marshall(HEALTH_KEY) }).resolves({});
      try {
        const up = await health(healthEvent(), context);
        expect(up.statusCode).toBe(200);
        expect(JSON.parse(String(up.body))).toMatchObject({ status: "ok", area: "demo" });
        expect(up.headers?.["retry-after"]).toBeUndefined();
      } finally {
        dynamo.restore();
      }
    });
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
