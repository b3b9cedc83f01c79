import { SendMessageBatchCommand } from "@aws-sdk/client-sqs";
import type { SQSRecord } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueConsumer } from "@hb/api/consumer";
import type { PipeDefinition } from "@hb/core/pipes";
import { QueuePoller } from "./poller";
import { createPipeQueues, type LocalQueues, queueDepth, startQueues } from "./queues";

const pipe: PipeDefinition = {
  name: "poller-test",
  description: "test",
  filters: [],
  consumer: { handler: "unused", batchSize: 10, maxBatchingWindowSeconds: 0, timeoutSeconds: 5, maxConcurrency: 2 },
  queue: { maxReceiveCount: 3, dlqRetentionDays: 1 },
};

let queues: LocalQueues;
beforeAll(async () => {
  queues = await startQueues();
});
afterAll(() => queues?.stop());

describe("queue poller (Lambda's SQS event source, locally)", () => {
  it("deletes the batch-mates of a failed record, redelivers only that record, and lets the queue move it to the DLQ", async () => {
    const { queueUrl, dlqUrl } = await createPipeQueues(queues.sqs, pipe, 1);
    const seen: { batch: string[]; failedOn?: string }[] = [];
    const attempts = new Map<string, number>();
    const consumer = queueConsumer("poller-test", async (record: SQSRecord) => {
      attempts.set(record.body, (attempts.get(record.body) ?? 0) + 1);
      if (record.body === "poison") throw new Error("poison");
    });
    const poller = new QueuePoller(queues.sqs, pipe, queueUrl, async (event, context) => {
      seen.push({ batch: event.Records.map((record) => record.body) });
      return consumer(event, context);
    });

    const bodies = ["a", "b", "poison", "c", "d", "e"];
    await queues.sqs.send(
      new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: bodies.map((body, index) => ({ Id: String(index), MessageBody: body })) }),
    );

    expect(await poller.pollOnce()).toBe(6);
    expect(seen[0]!.batch.sort()).toEqual([...bodies].sort());
    // Only the failed record is left, in flight until its visibility timeout ends.
    expect(await queueDepth(queues.sqs, queueUrl)).toBe(1);

    for (let receive = 2; receive <= pipe.queue.maxReceiveCount; receive += 1) {
      await expect.poll(() => poller.pollOnce(), { timeout: 5_000, interval: 100 }).toBe(1);
      expect(seen.at(-1)!.batch).toEqual(["poison"]);
    }
    // The next receive finds maxReceiveCount used up: the queue moves the message to the DLQ instead of delivering it.
    await expect.poll(async () => (await poller.pollOnce(), queueDepth(queues.sqs, queueUrl)), { timeout: 5_000, interval: 200 }).toBe(0);
    expect(await queueDepth(queues.sqs, dlqUrl)).toBe(1);

    expect(attempts.get("poison")).toBe(pipe.queue.maxReceiveCount);
    for (const body of ["a", "b", "c", "d", "e"]) expect(attempts.get(body), body).toBe(1);
  });

  it("redelivers the whole batch when the consumer itself throws", async () => {
    const throwingPipe = { ...pipe, name: "poller-throws" };
    const { queueUrl } = await createPipeQueues(queues.sqs, throwingPipe, 1);
    let calls = 0;
    const poller = new QueuePoller(queues.sqs, throwingPipe, queueUrl, async () => {
      calls += 1;
      if (calls === 1) throw new Error("handler crashed");
      return { batchItemFailures: [] };
    });
    await queues.sqs.send(
      new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: ["x", "y"].map((body) => ({ Id: body, MessageBody: body })) }),
    );
    expect(await poller.pollOnce()).toBe(2);
    expect(await queueDepth(queues.sqs, queueUrl)).toBe(2);
    await expect.poll(() => poller.pollOnce(), { timeout: 5_000, interval: 100 }).toBe(2);
    expect(await queueDepth(queues.sqs, queueUrl)).toBe(0);
  });

  it("deletes every handled message of a batch larger than SQS's 10 per request (settlement takes 25)", async () => {
    const widePipe: PipeDefinition = { ...pipe, name: "poller-wide", consumer: { ...pipe.consumer, batchSize: 25, maxBatchingWindowSeconds: 1 } };
    const { queueUrl } = await createPipeQueues(queues.sqs, widePipe, 5);
    const bodies = Array.from({ length: 25 }, (_, index) => `m${index}`);
    for (let start = 0; start < bodies.length; start += 10) {
      await queues.sqs.send(
        new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: bodies.slice(start, start + 10).map((body) => ({ Id: body, MessageBody: body })) }),
      );
    }
    const seen: string[] = [];
    const poller = new QueuePoller(queues.sqs, widePipe, queueUrl, async (event) => {
      seen.push(...event.Records.map((record) => record.body));
      return { batchItemFailures: [] };
    });
    expect(await poller.pollOnce()).toBe(25);
    expect(seen.sort()).toEqual([...bodies].sort());
    // Nothing is left in flight to come back after the visibility timeout.
    expect(await queueDepth(queues.sqs, queueUrl)).toBe(0);
  });
});
