import { BatchWriteItemCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { ReceiveMessageCommand, SetQueueAttributesCommand, SQSClient } from "@aws-sdk/client-sqs";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PipeDefinition } from "@hb/core/pipes";
import { clientConfig } from "@hb/local/dynamodb";
import { queueDepth, sqsConfig } from "@hb/local/queues";
import type { LocalRuntime } from "@hb/local/runtime";
import { startTestRuntime } from "../setup/runtime";

const probePipe: PipeDefinition = {
  name: "probe",
  description: "test pipe: Probe items only",
  filters: [{ eventName: ["INSERT"], dynamodb: { NewImage: { type: { S: ["Probe"] } } } }],
  consumer: {
    handler: "test/support/probe-consumer.handler",
    batchSize: 10,
    maxBatchingWindowSeconds: 0,
    timeoutSeconds: 5,
    maxConcurrency: 2,
  },
  queue: { maxReceiveCount: 3, dlqRetentionDays: 1 },
};

let runtime: LocalRuntime;
let db: DynamoDBClient;
let sqs: SQSClient;

beforeAll(async () => {
  runtime = await startTestRuntime({ pipes: [probePipe], visibilityTimeoutSeconds: 3 });
  db = new DynamoDBClient(clientConfig(runtime.dynamoEndpoint));
  sqs = new SQSClient(sqsConfig(runtime.sqsEndpoint));
});
afterAll(async () => {
  db?.destroy();
  sqs?.destroy();
  await runtime?.stop();
});

async function result(probeId: string): Promise<{ attempts: number; text?: string } | undefined> {
  const { Item } = await db.send(
    new GetItemCommand({ TableName: runtime.tableName, Key: marshall({ pk: `PROBE-RESULT#${probeId}`, sk: "RESULT" }), ConsistentRead: true }),
  );
  return Item ? (unmarshall(Item) as { attempts: number; text?: string }) : undefined;
}

describe("stream → filter → queue → consumer → DLQ", () => {
  it("retries only the failing record, moves it to the DLQ after maxReceiveCount, and runs the others once", async () => {
    const probes = [
      ...["a", "b", "c", "d", "e"].map((id) => ({ pk: `PROBE#${id}`, sk: "PROBE", type: "Probe", probeId: id })),
      { pk: "PROBE#poison", sk: "PROBE", type: "Probe", probeId: "poison", poison: true },
      { pk: "PROBE#other", sk: "PROBE", type: "NotAProbe", probeId: "other" },
    ];
    await db.send(
      new BatchWriteItemCommand({
        RequestItems: { [runtime.tableName]: probes.map((item) => ({ PutRequest: { Item: marshall(item) } })) },
      }),
    );

    const { queueUrl, dlqUrl } = runtime.queues.get("probe")!;
    await expect.poll(() => queueDepth(sqs, dlqUrl), { timeout: 30_000, interval: 200 }).toBe(1);
    await expect.poll(() => queueDepth(sqs, queueUrl), { timeout: 10_000, interval: 200 }).toBe(0);

    // Batch composition depends on stream timing here; packages/local/src/poller.test.ts pins it down.
    expect((await result("poison"))?.attempts).toBe(probePipe.queue.maxReceiveCount);
    for (const id of ["a", "b", "c", "d", "e"]) expect((await result(id))?.attempts, `probe ${id}`).toBe(1);
    // The filter keeps other items off the queue entirely.
    expect(await result("other")).toBeUndefined();

    const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, MaxNumberOfMessages: 10 }));
    expect(Messages).toHaveLength(1);
    const dead = JSON.parse(Messages[0]!.Body!);
    expect(dead).toMatchObject({ eventName: "INSERT", eventSource: "aws:dynamodb", dynamodb: { Keys: { pk: { S: "PROBE#poison" } } } });
    expect(typeof dead.dynamodb.ApproximateCreationDateTime).toBe("number");
  });

  it("relays each stream record once even when relay passes are triggered concurrently", async () => {
    await db.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [runtime.tableName]: ["f", "g", "h"].map((id) => ({
            PutRequest: { Item: marshall({ pk: `PROBE#${id}`, sk: "PROBE", type: "Probe", probeId: id }) },
          })),
        },
      }),
    );
    await Promise.all([runtime.settle(), runtime.settle(), runtime.settle()]);
    for (const id of ["f", "g", "h"]) expect((await result(id))?.attempts, `probe ${id}`).toBe(1);
  });

  it("carries every character a stored text can hold, emoji and other characters outside the BMP included, to the consumer", async () => {
    const texts = {
      swim: "Haluan käydä uimassa 🏊",
      sami: "Sámi: čđŋšŧž, ruotsi: åäö ÅÄÖ",
      family: "👨‍👩‍👧 𝄞 𠜎",
      controls: "tab\tnewline\nreturn\r",
      // Not valid in an SQS message body as such; DynamoDB stores it, so the relay must carry it.
      nonCharacter: "end\uFFFF",
    };
    const ids = Object.keys(texts);
    await db.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [runtime.tableName]: ["before", ...ids, "after"].map((id) => ({
            PutRequest: { Item: marshall({ pk: `PROBE#${id}`, sk: "PROBE", type: "Probe", probeId: id, text: texts[id as keyof typeof texts] ?? id }) },
          })),
        },
      }),
    );
    await runtime.settle();
    for (const [id, text] of Object.entries({ before: "before", ...texts, after: "after" })) {
      expect(await result(id), `probe ${id}`).toEqual(expect.objectContaining({ attempts: 1, text }));
    }
  });

  it("sends a record its queue refuses to the pipe's DLQ as a failure record (no content) and keeps relaying the others", async () => {
    const { queueUrl, pipeDlqUrl } = runtime.queues.get("probe")!;
    // SQS's smallest maximum: a probe with 2 KB of text cannot be delivered however often it is tried.
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { MaximumMessageSize: "1024" } }));
    try {
      const probes = [
        { probeId: "small-1", text: "small-1" },
        { probeId: "huge", text: "x".repeat(2048) },
        { probeId: "small-2", text: "small-2" },
      ];
      for (const probe of probes) {
        await db.send(new PutItemCommand({ TableName: runtime.tableName, Item: marshall({ pk: `PROBE#${probe.probeId}`, sk: "PROBE", type: "Probe", ...probe }) }));
      }
      await runtime.settle();
      expect((await result("small-1"))?.attempts).toBe(1);
      expect((await result("small-2"))?.attempts).toBe(1);
      expect(await result("huge")).toBeUndefined();

      const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: pipeDlqUrl, MaxNumberOfMessages: 10 }));
      expect(Messages).toHaveLength(1);
      const failure = JSON.parse(Messages[0]!.Body!);
      expect(failure).toMatchObject({
        version: "1.0",
        context: { pipeName: "probe", condition: "RetryAttemptsExhausted" },
        DDBStreamBatchInfo: { batchSize: 1, streamArn: expect.stringContaining("stream/") },
      });
      expect(failure.DDBStreamBatchInfo.startSequenceNumber).toBe(failure.DDBStreamBatchInfo.endSequenceNumber);
      expect(failure.DDBStreamBatchInfo.shardId).toMatch(/^shardId-/);
      // Stream positions only: the record itself stays in the stream, as with EventBridge Pipes.
      expect(Messages[0]!.Body).not.toContain("xxxx");
      expect(Messages[0]!.Body).not.toContain("PROBE#huge");

      // The relay moved on: a probe written after the refused one is delivered too.
      await db.send(new PutItemCommand({ TableName: runtime.tableName, Item: marshall({ pk: "PROBE#later", sk: "PROBE", type: "Probe", probeId: "later" }) }));
      await runtime.settle();
      expect((await result("later"))?.attempts).toBe(1);
    } finally {
      await sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { MaximumMessageSize: "1048576" } }));
    }
  });
});
