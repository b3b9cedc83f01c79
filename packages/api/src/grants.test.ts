import { DeleteItemCommand, GetItemCommand, PutItemCommand, QueryCommand, TransactWriteItemsCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from "aws-lambda";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { dynamo } from "@hb/core/db";
import { type Grants, runWithGrants } from "@hb/core/grants";
import { apiHandler } from "./http";
import { defineRoute, grantsOf, type RouteDefinition } from "./route";
import { routes } from "./routes";

const key = marshall({ pk: "X", sk: "Y" });
const grants = (table: Grants["table"], auditLog: Grants["auditLog"]): Grants => ({
  table,
  auditLog,
  personalIds: { lookup: false, seal: false, reveal: false },
});
/** The error a request ends with: the grant check runs before any network, so a granted one fails at the closed port instead. */
/** Sends a command under grants (the SDK's per-command types do not unify, hence `never`). */
const sendUnder = (name: string, granted: Grants) => (command: object) => () =>
  runWithGrants(name, granted, () => dynamo().send(command as never));
const outcome = (work: () => Promise<unknown>) =>
  work().then(
    () => "sent",
    (error: Error) => (error.name === "AccessDeniedException" ? error.message : "reached the network"),
  );

describe("grants enforced in process", () => {
  const saved = { ...process.env };
  beforeEach(() => {
    // Nothing listens here: a request that passes the grant check fails fast at the socket.
    Object.assign(process.env, {
      HB_TABLE_NAME: "hb-main",
      HB_AUDIT_TABLE_NAME: "hb-audit",
      AWS_ENDPOINT_URL_DYNAMODB: "http://127.0.0.1:9",
      AWS_REGION: "eu-north-1",
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_MAX_ATTEMPTS: "1",
    });
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it("lets a reading function read the main table and refuses its writes", async () => {
    const read = grants("read", "none");
    const send = sendUnder("r", read);
    expect(await outcome(send(new GetItemCommand({ TableName: "hb-main", Key: key })))).toBe("reached the network");
    expect(await outcome(send(new PutItemCommand({ TableName: "hb-main", Item: key })))).toBe(
      "r is not granted dynamodb:PutItem on the main table: declare it on the route (packages/api/src/route.ts)",
    );
    expect(await outcome(send(new TransactWriteItemsCommand({ TransactItems: [{ Delete: { TableName: "hb-main", Key: key } }] })))).toMatch(
      /not granted dynamodb:DeleteItem on the main table/,
    );
  });

  it("lets nobody update or delete audit entries, only add them; only the audit list reads them", async () => {
    for (const level of ["append", "append-read"] as const) {
      const send = sendUnder("w", grants("read-write", level));
      expect(await outcome(send(new PutItemCommand({ TableName: "hb-audit", Item: key })))).toBe("reached the network");
      expect(await outcome(send(new UpdateItemCommand({ TableName: "hb-audit", Key: key, UpdateExpression: "SET a = :a", ExpressionAttributeValues: marshall({ ":a": 1 }) })))).toMatch(
        /not granted dynamodb:UpdateItem on the audit table/,
      );
      expect(await outcome(send(new DeleteItemCommand({ TableName: "hb-audit", Key: key })))).toMatch(/not granted dynamodb:DeleteItem on the audit table/);
      const query = await outcome(send(new QueryCommand({ TableName: "hb-audit", KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: marshall({ ":pk": "X" }) })));
      expect(query).toBe(level === "append-read" ? "reached the network" : "w is not granted dynamodb:Query on the audit table: declare it on the route (packages/api/src/route.ts)");
    }
    // Outside any grants (AWS, consumers) IAM decides: nothing is checked here.
    expect(await outcome(() => dynamo().send(new DeleteItemCommand({ TableName: "hb-audit", Key: key })))).toBe("reached the network");
  });

  it("wraps every API handler: a GET route that writes without declaring it fails", async () => {
    process.env.HB_CHECK_RESPONSES = "1";
    process.env.POWERTOOLS_LOG_LEVEL = "SILENT";
    const probe = (extra: Partial<RouteDefinition>) =>
      apiHandler(
        defineRoute({
          id: "probe.get",
          method: "GET",
          path: "/v1/probe",
          roles: ["admin"],
          subject: { from: "none" },
          summary: "probe",
          tags: [],
          handler: "functions/probe.get",
          response: { status: 200, description: "probe", schema: z.object({ outcome: z.string() }) },
          problems: [],
          ...extra,
        }),
        async () => ({ body: { outcome: await outcome(() => dynamo().send(new PutItemCommand({ TableName: "hb-main", Item: key }))) } }),
      );
    const event = {
      requestContext: { requestId: "r1", http: { method: "GET", path: "/v1/probe" }, authorizer: { lambda: { principal: JSON.stringify({ sub: "a1", issuer: "local-staff", staffRoles: ["admin"] }) } } },
      headers: {},
    } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
    const context = { awsRequestId: "l1", functionName: "probe", getRemainingTimeInMillis: () => 1000 } as Context;
    const body = async (extra: Partial<RouteDefinition>) => JSON.parse(String(((await probe(extra)(event, context)) as { body: string }).body));
    expect(await body({})).toEqual({ outcome: expect.stringMatching(/^probe\.get is not granted dynamodb:PutItem on the main table/) });
    expect(await body({ tableAccess: "read-write" })).toEqual({ outcome: "reached the network" });
  });
});

describe("grantsOf", () => {
  const byId = (id: string) => routes.find((route) => route.id === id)!;

  it("gives public routes nothing (health one read of its probe key), GET routes reads, other methods writes; every authenticated route may audit (its refusals too)", () => {
    const nothing = { lookup: false, seal: false, reveal: false };
    expect(grantsOf(byId("openapi.get"))).toEqual({ table: "none", auditLog: "none", personalIds: nothing });
    expect(grantsOf(byId("health.get"))).toEqual({ table: "health-probe", auditLog: "none", personalIds: nothing });
    expect(grantsOf(byId("budgets.get"))).toMatchObject({ table: "read", auditLog: "append" });
    expect(grantsOf(byId("clients.patch"))).toMatchObject({ table: "read-write", auditLog: "append" });
    expect(grantsOf(byId("catalogue.list"))).toMatchObject({ table: "read", auditLog: "append" });
    expect(grantsOf(byId("audit.list"))).toMatchObject({ table: "read", auditLog: "append-read" });
  });

  it("grants personal-ID capabilities only as declared: lookup to register and find people, seal to register a client and a provider's webhook secret, reveal to show a client their own", () => {
    const holders = (capability: keyof Grants["personalIds"]) =>
      routes.filter((route) => grantsOf(route).personalIds[capability]).map((route) => route.id).sort();
    expect(holders("lookup")).toEqual(["clients.create", "clients.find", "providerMembers.invite", "representatives.put"]);
    expect(holders("seal")).toEqual(["clients.create", "providerWebhooks.put", "providerWebhooks.rotateSecret"]);
    expect(holders("reveal")).toEqual(["clients.export", "clients.get"]);
  });
});
