import { existsSync, readFileSync, writeFileSync } from "node:fs";
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from "@aws-sdk/client-dynamodb-streams";
import { SendMessageBatchCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { PipeDefinition } from "@hb/core/pipes";
import { clientConfig } from "./dynamodb";
import { assertSupportedPattern, matchesPattern } from "./event-pattern";

export interface RelayTarget {
  readonly pipe: PipeDefinition;
  readonly queueUrl: string;
}

/** The stream record as EventBridge Pipes delivers it to an SQS target (Lambda's DynamoDB event record shape). */
export function pipeMessage(record: _Record, streamArn: string): Record<string, unknown> {
  const created = record.dynamodb?.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? "1.1",
    eventSource: "aws:dynamodb",
    awsRegion: record.awsRegion ?? "eu-north-1",
    dynamodb: {
      ...record.dynamodb,
      ApproximateCreationDateTime: created instanceof Date ? Math.floor(created.getTime() / 1000) : created,
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
 * pipe's filters and sent to the queues it matches. The position per shard
 * is kept in a checkpoint file, so a restart neither replays nor loses.
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
      await this.forward(records);
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

  private async forward(records: readonly _Record[]): Promise<void> {
    for (const target of this.targets) {
      const matching = records
        .map((record) => pipeMessage(record, this.streamArn))
        .filter((message) => target.pipe.filters.some((filter) => matchesPattern(message, filter)));
      for (let start = 0; start < matching.length; start += 10) {
        const batch = matching.slice(start, start + 10);
        const result = await this.sqs.send(
          new SendMessageBatchCommand({
            QueueUrl: target.queueUrl,
            Entries: batch.map((message, index) => ({ Id: String(index), MessageBody: JSON.stringify(message) })),
          }),
        );
        if (result.Failed?.length) throw new Error(`relay could not enqueue ${result.Failed.length} records for ${target.pipe.name}`);
      }
    }
  }

  private saveCheckpoint(): void {
    if (!this.checkpointFile) return;
    const state = Object.fromEntries(
      [...this.shards].map(([id, { lastSequenceNumber, done, parentShardId }]) => [id, { lastSequenceNumber, done, parentShardId }]),
    );
    writeFileSync(this.checkpointFile, JSON.stringify(state));
  }
}
