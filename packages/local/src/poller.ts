import { randomUUID } from "node:crypto";
import { DeleteMessageBatchCommand, type Message, ReceiveMessageCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import type { PipeDefinition } from "@hb/core/pipes";
import { lambdaContext } from "./handlers";

export type QueueHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>;

function toRecord(message: Message, queueArn: string): SQSRecord {
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId!,
    receiptHandle: message.ReceiptHandle!,
    body: message.Body ?? "",
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? "1",
      SentTimestamp: attributes.SentTimestamp ?? String(Date.now()),
      SenderId: attributes.SenderId ?? "local",
      ApproximateFirstReceiveTimestamp: attributes.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: message.MD5OfBody ?? "",
    eventSource: "aws:sqs",
    eventSourceARN: queueArn,
    awsRegion: "eu-north-1",
  };
}

/**
 * What Lambda's SQS event source mapping does, on one machine: receive a
 * batch, call the consumer with an SQSEvent, delete every message except the
 * reported batchItemFailures (or none if the consumer throws). Failed
 * messages come back after the visibility timeout and the queue's redrive
 * policy moves them to the DLQ after maxReceiveCount receives.
 */
export class QueuePoller {
  private stopped = false;
  private loop?: Promise<void>;

  constructor(
    private readonly sqs: SQSClient,
    private readonly pipe: PipeDefinition,
    private readonly queueUrl: string,
    private readonly handler: QueueHandler,
    private readonly queueArn = `arn:aws:sqs:eu-north-1:000000000000:hb-${pipe.name}`,
  ) {}

  start(): void {
    this.loop = (async () => {
      while (!this.stopped) {
        await this.pollOnce(1).catch((error: unknown) => {
          if (this.stopped) return;
          console.error(`queue poller ${this.pipe.name}:`, error);
          return new Promise((resolve) => setTimeout(resolve, 500));
        });
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  private async receive(max: number, waitSeconds: number): Promise<Message[]> {
    const { Messages = [] } = await this.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: this.queueUrl,
        MaxNumberOfMessages: Math.min(max, 10),
        WaitTimeSeconds: waitSeconds,
        MessageSystemAttributeNames: ["All"],
      }),
    );
    return Messages;
  }

  /**
   * Receives one batch (waiting up to waitSeconds for the first message, then
   * filling it for up to the batching window, as the event source mapping
   * does) and runs the consumer on it; returns the batch size.
   */
  async pollOnce(waitSeconds = 0): Promise<number> {
    const { batchSize, maxBatchingWindowSeconds } = this.pipe.consumer;
    const Messages = await this.receive(batchSize, waitSeconds);
    if (Messages.length === 0) return 0;
    const windowEnds = Date.now() + maxBatchingWindowSeconds * 1000;
    while (Messages.length < batchSize && Date.now() < windowEnds) {
      const more = await this.receive(batchSize - Messages.length, 0);
      if (more.length > 0) Messages.push(...more);
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const event: SQSEvent = { Records: Messages.map((message) => toRecord(message, this.queueArn)) };
    const requestId = randomUUID();
    let failed: Set<string>;
    try {
      const response = await this.handler(event, lambdaContext(`hb-${this.pipe.name}`, requestId, this.pipe.consumer.timeoutSeconds));
      failed = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
    } catch (error) {
      console.error(`consumer ${this.pipe.name} failed its whole batch:`, error);
      return Messages.length;
    }
    const done = Messages.filter((message) => !failed.has(message.MessageId!));
    // SQS deletes at most 10 messages per request; a consumer's batch may be larger (settlement: 25).
    for (let start = 0; start < done.length; start += 10) {
      await this.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: done.slice(start, start + 10).map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle! })),
        }),
      );
    }
    return Messages.length;
  }
}
