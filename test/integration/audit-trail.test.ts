import { randomUUID } from "node:crypto";
import type { Context, SQSEvent } from "aws-lambda";
import { marshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@hb/core/audit/repository";
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
    pk: `CLIENT#${clientId}`,
    sk: "PROFILE",
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
const unrelated = { eventID: "e3", eventName: "INSERT", dynamodb: { NewImage: marshall({ pk: "AREA", sk: "SERVICE#X", type: "Service" }) } };
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
});
