import { randomUUID } from "node:crypto";
import type { Context, SQSEvent } from "aws-lambda";
import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries, recordAuditEntry } from "@hb/core/audit/repository";
import { auditTableName, dynamo, tableName } from "@hb/core/db";
import { auditKeys, keys } from "@hb/core/keys";
import type { LocalRuntime } from "@hb/local/runtime";
import { handler } from "../../functions/consumers/audit-trail";
import { startTestRuntime } from "../setup/runtime";

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ pipes: [] });
});
afterAll(() => runtime?.stop());

const clientId = randomUUID();
const image = (version: number, lastName: string, sub: string) =>
  marshall({
    ...keys.Client.key({ clientId }),
    type: "Client",
    lastName,
    version,
    dataSubject: clientId,
    changedBy: { sub, roles: ["worker"] },
    requestId: `req-${version}`,
    updatedAt: `2026-11-0${version}T10:00:00.000Z`,
  });

const insert = { eventID: "e1", eventName: "INSERT", dynamodb: { ApproximateCreationDateTime: 1, NewImage: image(1, "Virtanen", "w1") } };
const modify = {
  eventID: "e2",
  eventName: "MODIFY",
  dynamodb: { ApproximateCreationDateTime: 2, NewImage: image(2, "Korhonen", "w2"), OldImage: image(1, "Virtanen", "w1") },
};
const unrelated = { eventID: "e3", eventName: "INSERT", dynamodb: { NewImage: marshall({ ...keys.Service.key({ code: "X" }), type: "Service" }) } };
const garbage = "not json";

const sqsEvent = (bodies: string[]): SQSEvent => ({
  Records: bodies.map((body, index) => ({
    messageId: `m${index}`,
    receiptHandle: `r${index}`,
    body,
    attributes: { ApproximateReceiveCount: "1", SentTimestamp: "0", SenderId: "x", ApproximateFirstReceiveTimestamp: "0" },
    messageAttributes: {},
    md5OfBody: "",
    eventSource: "aws:sqs",
    eventSourceARN: "arn:aws:sqs:eu-north-1:000000000000:hb-audit-trail",
    awsRegion: "eu-north-1",
  })),
});
const context = { awsRequestId: "test", functionName: "audit-trail", getRemainingTimeInMillis: () => 30_000 } as Context;

describe("audit-trail consumer", () => {
  it("writes one entry per change however often and in whatever order the records arrive, and reports only bad records", async () => {
    const first = await handler(sqsEvent([JSON.stringify(modify), garbage, JSON.stringify(insert), JSON.stringify(modify)]), context);
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: "m1" }]);
    const second = await handler(sqsEvent([JSON.stringify(insert), JSON.stringify(unrelated)]), context);
    expect(second.batchItemFailures).toEqual([]);

    const { items } = await listAuditEntries(clientId, 50);
    expect(items.map((entry) => [entry.action, entry.actor.sub, entry.at])).toEqual([
      ["MODIFY", "w2", "2026-11-02T10:00:00.000Z"],
      ["INSERT", "w1", "2026-11-01T10:00:00.000Z"],
    ]);
    expect(items[0]!.changedFields).toEqual(["lastName"]);
  });

  it("keeps entries in the audit table only, never rewrites one, and lets each expire after the area's retention (12 years)", async () => {
    const subject = randomUUID();
    const entry = {
      at: "2026-11-05T08:30:00.000Z",
      clientId: subject,
      kind: "read" as const,
      action: "clients.get",
      actor: { sub: "w1", roles: ["worker"] },
      requestId: "req-9",
    };
    await recordAuditEntry(entry, "req-9#read");
    // The same entry written again with other content (a retry, or a forged rewrite) leaves the first one as it was.
    await recordAuditEntry({ ...entry, action: "clients.patch", actor: { sub: "intruder", roles: [] } }, "req-9#read");

    const query = (table: string) =>
      dynamo().send(new QueryCommand({ TableName: table, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: marshall({ ":pk": auditKeys.AuditEntry.pk({ clientId: subject }) }) }));
    const stored = (await query(auditTableName())).Items!.map((item) => unmarshall(item));
    expect(stored).toEqual([
      expect.objectContaining({ sk: "2026-11-05T08:30:00.000Z#req-9#read", action: "clients.get", actor: { sub: "w1", roles: ["worker"] } }),
    ]);
    expect(stored[0]!.expiresAt).toBe(Date.UTC(2038, 10, 5, 8, 30) / 1000);
    expect((await query(tableName())).Items).toEqual([]);
  });
});
