import { existsSync, readFileSync, writeFileSync } from "node:fs";
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from "@aws-sdk/client-dynamodb-streams";
import { SendMessageBatchCommand, SendMessageCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { PipeDefinition } from "@hb/core/pipes";
import { clientConfig } from "./dynamodb";
import { assertSupportedPattern, matchesPattern } from "./event-pattern";

export interface RelayTarget {
  readonly pipe: PipeDefinition;
  readonly queueUrl: string;
  /** The pipe's DLQ: stream positions of records the queue refused after every attempt. */
  readonly pipeDlqUrl: string;
}

/** Tries of a record the queue refuses before its position goes to the pipe's DLQ (the stack's pipe retries 185 times, minutes apart). */
const RELAY_ATTEMPTS = 3;
const RETRY_DELAY_MS = 100;
/** SQS takes at most 10 messages and 1 MiB per SendMessageBatch; a quarter of that keeps one large record from failing its batch-mates. */
const BATCH_ENTRIES = 10;
const BATCH_BYTES = 256 * 1024;

/** Characters outside what every SQS takes as they are in a message body (#x9 #xA #xD #x20–#xD7FF #xE000–#xFFFD), one UTF-16 unit at a time. */
const UNSAFE_IN_SQS = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/g;

/**
 * A message body as JSON with every character SQS implementations may refuse
 * written as a `\uXXXX` escape: fauxqs refuses the surrogate pairs of emoji
 * (AWS takes them), and both refuse U+FFFE/U+FFFF, which DynamoDB stores. The
 * consumer's JSON.parse returns exactly the stored text.
 */
export function messageBody(message: unknown): string {
  return JSON.stringify(message).replace(UNSAFE_IN_SQS, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The stream record as EventBridge Pipes delivers it to an SQS target (Lambda's DynamoDB event record shape).
 * DynamoDB Local stamps the machine's time; `clockOffsetMs` moves it to the business clock's, as in AWS where they are one.
 */
export function pipeMessage(record: _Record, streamArn: string, clockOffsetMs = 0): Record<string, unknown> {
  const created = record.dynamodb?.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? "1.1",
    eventSource: "aws:dynamodb",
    awsRegion: record.awsRegion ?? "eu-north-1",
    dynamodb: {
      ...record.dynamodb,
      ApproximateCreationDateTime: created instanceof Date ? Math.floor((created.getTime() + clockOffsetMs) / 1000) : created,
    },
    eventSourceARN: streamArn,
  };
}

interface ShardState {
  iterator?: string;
  lastSequenceNumber?: string;
  done: boolean;
  parentShardId?: string;
}

/**
 * Reads the table's stream like EventBridge Pipes does: every shard in
 * order, children after their parents, each record matched against every
 * pipe's filters and sent to the queues it matches; a record a queue
 * refuses after RELAY_ATTEMPTS tries goes to the pipe's DLQ as its stream
 * position, as a pipe does after its retries, so it never stops the records
 * after it. The position per shard is kept in a checkpoint file, so a restart
 * neither replays nor loses.
 */
export class StreamRelay {
  private readonly streams: DynamoDBStreamsClient;
  private readonly shards = new Map<string, ShardState>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    endpoint: string,
    private readonly streamArn: string,
    private readonly sqs: SQSClient,
    private readonly targets: readonly RelayTarget[],
    private readonly checkpointFile?: string,
    /** The business clock (packages/local/src/clock.ts): records are stamped with its time. */
    private readonly now: () => Date = () => new Date(),
  ) {
    for (const target of targets) for (const filter of target.pipe.filters) assertSupportedPattern(filter);
    this.streams = new DynamoDBStreamsClient(clientConfig(endpoint));
    if (checkpointFile && existsSync(checkpointFile)) {
      const saved = JSON.parse(readFileSync(checkpointFile, "utf8")) as Record<string, ShardState>;
      for (const [shardId, state] of Object.entries(saved)) this.shards.set(shardId, { ...state, iterator: undefined });
    }
  }

  start(intervalMs = 250): void {
    const tick = async () => {
      if (this.stopped) return;
      // On Ctrl-C the terminal signals DynamoDB Local too; a poll cut short by stopping is not an error.
      await this.pollOnce().catch((error: unknown) => this.stopped || console.error("stream relay:", error));
      if (!this.stopped) this.timer = setTimeout(() => void (this.running = tick()), intervalMs);
    };
    this.running = tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.streams.destroy();
  }

  /** One pass over every open shard; returns how many records it relayed. Passes never overlap. */
  pollOnce(): Promise<number> {
    const pass = this.exclusive.then(() => this.pass());
    this.exclusive = pass.then(
      () => undefined,
      () => undefined,
    );
    return pass;
  }

  private exclusive: Promise<void> = Promise.resolve();

  private async pass(): Promise<number> {
    await this.discoverShards();
    let relayed = 0;
    for (const [shardId, state] of this.shards) {
      if (state.done) continue;
      const parent = state.parentShardId ? this.shards.get(state.parentShardId) : undefined;
      if (parent && !parent.done) continue;
      state.iterator ??= await this.iteratorFor(shardId, state);
      if (!state.iterator) continue;
      const page = await this.streams.send(new GetRecordsCommand({ ShardIterator: state.iterator, Limit: 1000 }));
      const records = page.Records ?? [];
      await this.forward(shardId, records);
      relayed += records.length;
      const last = records.at(-1)?.dynamodb?.SequenceNumber;
      if (last) state.lastSequenceNumber = last;
      state.iterator = page.NextShardIterator;
      if (!page.NextShardIterator) state.done = true;
      this.saveCheckpoint();
    }
    return relayed;
  }

  private async discoverShards(): Promise<void> {
    let exclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await this.streams.send(
        new DescribeStreamCommand({ StreamArn: this.streamArn, ExclusiveStartShardId: exclusiveStartShardId }),
      );
      for (const shard of StreamDescription?.Shards ?? []) {
        if (shard.ShardId && !this.shards.has(shard.ShardId)) {
          this.shards.set(shard.ShardId, { done: false, parentShardId: shard.ParentShardId });
        }
      }
      exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
  }

  private async iteratorFor(shardId: string, state: ShardState): Promise<string | undefined> {
    const request = state.lastSequenceNumber
      ? { ShardIteratorType: "AFTER_SEQUENCE_NUMBER" as const, SequenceNumber: state.lastSequenceNumber }
      : { ShardIteratorType: "TRIM_HORIZON" as const };
    try {
      return (await this.streams.send(new GetShardIteratorCommand({ StreamArn: this.streamArn, ShardId: shardId, ...request })))
        .ShardIterator;
    } catch (error) {
      if (error instanceof Error && error.name === "ResourceNotFoundException") {
        state.done = true; // the shard has been trimmed away
        return undefined;
      }
      throw error;
    }
  }

  private async forward(shardId: string, records: readonly _Record[]): Promise<void> {
    for (const target of this.targets) {
      const matching = records
        .map((record) => ({ record, message: pipeMessage(record, this.streamArn, this.now().getTime() - Date.now()) }))
        .filter(({ message }) => target.pipe.filters.some((filter) => matchesPattern(message, filter)))
        .map(({ record, message }) => ({ record, body: messageBody(message) }));
      for (const batch of batches(matching)) await this.deliver(target, shardId, batch);
    }
  }

  /**
   * Sends one batch, retrying what the queue refused. As with EventBridge
   * Pipes, failing to reach SQS at all is retried without end (the pass fails
   * and the position stays), while a record the queue refuses every time
   * goes to the pipe's DLQ as its stream position, so it never blocks the
   * records after it.
   */
  private async deliver(target: RelayTarget, shardId: string, batch: readonly Outgoing[]): Promise<void> {
    let pending = batch;
    for (let attempt = 1; ; attempt += 1) {
      const refused = await this.send(target.queueUrl, pending);
      if (refused.length === 0) return;
      if (attempt === RELAY_ATTEMPTS) {
        for (const { entry, reason } of refused) await this.deadLetter(target, shardId, entry.record, reason);
        return;
      }
      pending = refused.map(({ entry }) => entry);
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
    }
  }

  /** The entries the queue refused (sender faults) and why; throws when SQS fails on its side or cannot be reached. */
  private async send(queueUrl: string, entries: readonly Outgoing[]): Promise<Refusal[]> {
    let result;
    try {
      result = await this.sqs.send(
        new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries.map((entry, index) => ({ Id: String(index), MessageBody: entry.body })) }),
      );
    } catch (error) {
      // A refusal of the whole request (the queue is gone, access denied) refuses every entry of it.
      if (!isSenderFault(error)) throw error;
      return entries.map((entry) => ({ entry, reason: reasonOf(error) }));
    }
    const failed = result.Failed ?? [];
    const serverSide = failed.find((failure) => !failure.SenderFault);
    if (serverSide) throw new Error(`SQS failed to enqueue a record: ${serverSide.Code} ${serverSide.Message ?? ""}`);
    return failed.map((failure) => ({ entry: entries[Number(failure.Id)]!, reason: `${failure.Code}: ${failure.Message ?? ""}` }));
  }

  /** What an EventBridge Pipe puts in its DLQ for a stream source: where the record is, not the record (it may hold client data). */
  private async deadLetter(target: RelayTarget, shardId: string, record: _Record, reason: string): Promise<void> {
    const sequenceNumber = record.dynamodb?.SequenceNumber;
    const created = record.dynamodb?.ApproximateCreationDateTime;
    const arrival = (created instanceof Date ? created : new Date()).toISOString();
    const failure = {
      context: { pipeName: target.pipe.name, condition: "RetryAttemptsExhausted", approximateInvokeCount: RELAY_ATTEMPTS, reason },
      version: "1.0",
      timestamp: new Date().toISOString(),
      DDBStreamBatchInfo: {
        shardId,
        startSequenceNumber: sequenceNumber,
        endSequenceNumber: sequenceNumber,
        approximateArrivalOfFirstRecord: arrival,
        approximateArrivalOfLastRecord: arrival,
        batchSize: 1,
        streamArn: this.streamArn,
      },
    };
    await this.sqs.send(new SendMessageCommand({ QueueUrl: target.pipeDlqUrl, MessageBody: JSON.stringify(failure) }));
    console.error(
      `stream relay: the ${target.pipe.name} queue refused stream record ${sequenceNumber} (${shardId}) ${RELAY_ATTEMPTS} times (${reason}); ` +
        `its position is in the pipe DLQ ${target.pipeDlqUrl} and the relay moves on. See docs/operations.md#pipe-dlq-not-empty.`,
    );
  }

  private saveCheckpoint(): void {
    if (!this.checkpointFile) return;
    const state = Object.fromEntries(
      [...this.shards].map(([id, { lastSequenceNumber, done, parentShardId }]) => [id, { lastSequenceNumber, done, parentShardId }]),
    );
    writeFileSync(this.checkpointFile, JSON.stringify(state));
  }
}

interface Outgoing {
  readonly record: _Record;
  readonly body: string;
}

interface Refusal {
  readonly entry: Outgoing;
  readonly reason: string;
}

/** Consecutive runs of at most BATCH_ENTRIES messages and BATCH_BYTES (a larger message goes alone). */
function batches(entries: readonly Outgoing[]): Outgoing[][] {
  const result: Outgoing[][] = [];
  let current: Outgoing[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = Buffer.byteLength(entry.body);
    if (current.length > 0 && (current.length === BATCH_ENTRIES || bytes + size > BATCH_BYTES)) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** SQS refused the request itself (4xx): trying again the same way cannot help. */
const isSenderFault = (error: unknown): boolean => (error as { $fault?: string } | undefined)?.$fault === "client";

const reasonOf = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
