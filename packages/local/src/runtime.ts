import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import type { ScheduledEvent } from "aws-lambda";
import { seedArea } from "@hb/core/area/repository";
import { parseAreaFile } from "@hb/core/area/settings";
import { parseIdentitySettings } from "@hb/core/identity/settings";
import { type PipeDefinition, pipes as productionPipes } from "@hb/core/pipes";
import { useClock } from "@hb/core/dates";
import { useRetryBaseSeconds } from "@hb/core/webhooks/delivery";
import { allowLocalReceivers } from "@hb/core/webhooks/receiver-url";
import { schedules } from "@hb/core/schedules";
import { routes } from "@hb/api/routes";
import { auditTableDefinition } from "@hb/core/table";
import { ensureTable, type LocalDynamoDb, startDynamoDbLocal } from "./dynamodb";
import { LocalClock } from "./clock";
import { type DemoPerson, LocalFront } from "./front";
import { loadHandler, repositoryRoot } from "./handlers";
import { type QueueHandler, QueuePoller } from "./poller";
import { createPipeQueues, type PipeQueues, queueDepth, startQueues } from "./queues";
import { StreamRelay } from "./relay";
import { LocalIssuer, localIdentitySettings } from "./tokens";

export interface LocalRuntimeOptions {
  /** HTTP port; 0 picks a free one. */
  readonly port?: number;
  /** Where data, keys and the relay checkpoint persist; in memory when absent. */
  readonly dataDir?: string;
  /** Area file under areas/ to seed. */
  readonly area?: string;
  /** Pipes to run; the production pipes unless a test brings its own. */
  readonly pipes?: readonly PipeDefinition[];
  /** Locally short, so a failed record is retried within seconds instead of minutes. */
  readonly visibilityTimeoutSeconds?: number;
  /** Reuse a running DynamoDB Local (tests start one per run) instead of starting one. */
  readonly dynamoEndpoint?: string;
  readonly tableName?: string;
  /** Silences the handlers' JSON logs (tests). */
  readonly quiet?: boolean;
  /** Browser origins of a local web app that may call /dev/* (token, clock, schedules); the front's own origin always may. */
  readonly devOrigins?: readonly string[];
  /** The built web app to serve next to the API (packages/web/dist); without it only the API and /dev answer. */
  readonly webRoot?: string;
  /** Run the scheduled jobs every minute (default). Tests run them on demand only, so a job never runs between a test's steps. */
  readonly scheduleTimers?: boolean;
  /** Let providers register webhooks on this machine over http (`HB_LOCAL_WEBHOOK_RECEIVERS=1 npm start`, tests); no deployed stack can. */
  readonly localWebhookReceivers?: boolean;
  /** Where the business clock starts and `clock.reset()` returns; the machine's time by default. Tests give a fixed day. */
  readonly clockStartsAt?: Date;
}

export interface LocalRuntime {
  readonly url: string;
  readonly tableName: string;
  readonly auditTableName: string;
  readonly dynamoEndpoint: string;
  readonly sqsEndpoint: string;
  readonly queues: ReadonlyMap<string, PipeQueues>;
  readonly issuer: LocalIssuer;
  /** The time requests and scheduled runs are stamped with (`PUT /dev/clock` moves it). */
  readonly clock: LocalClock;
  /** Relays the stream and drains every queue until nothing is left in flight. */
  settle(timeoutMs?: number): Promise<void>;
  /** Runs a scheduled job now, as its timer would. */
  runSchedule(name: string): Promise<unknown>;
  /** Lists the demo's people on `GET /dev/people` (the seed calls it). */
  showDemoPeople(people: readonly DemoPerson[]): void;
  stop(): Promise<void>;
}

/** What EventBridge hands a scheduled rule's target. */
const scheduledEvent = (time: Date): ScheduledEvent => ({
  version: "0",
  id: randomUUID(),
  "detail-type": "Scheduled Event",
  source: "aws.events",
  account: "000000000000",
  time: time.toISOString(),
  region: "eu-north-1",
  resources: [],
  detail: {},
});

function secretFile(dataDir: string | undefined, name: string, make: () => string): string {
  if (!dataDir) return make();
  const file = join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, make(), { mode: 0o600 });
  return readFileSync(file, "utf8");
}

/**
 * Everything `npm start` runs, on one machine and without AWS: DynamoDB Local,
 * fauxqs, the table and queues from the shared definitions, the demo area,
 * the HTTP front, the stream relay and the queue pollers.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const stops: (() => Promise<void>)[] = [];
  const halts: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    const failed = (error: unknown) => console.error("stopping:", error);
    // Relay and pollers learn of the stop at once, before anything below them goes away.
    await Promise.all(halts.splice(0).map((halt) => halt().catch(failed)));
    for (const stop of stops.reverse()) await stop().catch(failed);
    stops.length = 0;
  };
  try {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    let dynamoEndpoint = options.dynamoEndpoint;
    if (!dynamoEndpoint) {
      const dynamo: LocalDynamoDb = await startDynamoDbLocal({
        dataDir: options.dataDir ? join(options.dataDir, "dynamodb") : undefined,
      });
      stops.push(() => dynamo.stop());
      dynamoEndpoint = dynamo.endpoint;
    }
    const queues = await startQueues();
    stops.push(() => queues.stop());

    const tableName = options.tableName ?? "hb-local";
    const auditTableName = `${tableName}-audit`;
    Object.assign(process.env, {
      HB_TABLE_NAME: tableName,
      HB_AUDIT_TABLE_NAME: auditTableName,
      HB_AREA: options.area ?? "demo",
      HB_CHECK_RESPONSES: "1",
      HB_PERSONAL_ID_KEY: secretFile(options.dataDir, "personal-id-key", () => randomBytes(32).toString("hex")),
      // Stands in for the KMS key: wraps the data keys that seal personal identity codes (packages/core/src/personal-data).
      HB_PERSONAL_DATA_KEY: secretFile(options.dataDir, "personal-data-key", () => randomBytes(32).toString("hex")),
      AWS_REGION: "eu-north-1",
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
      AWS_ENDPOINT_URL_SQS: queues.endpoint,
      AWS_ENDPOINT_URL_S3: queues.endpoint,
      // All local "Lambdas" share one process and one connection pool, and DynamoDB Local on a laptop
      // answers slower than DynamoDB: a burst of requests must not time out (packages/core/src/aws-clients.ts).
      HB_AWS_REQUEST_TIMEOUT_MS: "10000",
      // DynamoDB Local checks no signature: the local "Lambdas" skip signing (packages/core/src/db.ts).
      HB_LOCAL_UNSIGNED_DYNAMODB: "1",
      HB_PAYMENT_FILES_BUCKET: queues.paymentFilesBucket,
      HB_CLIENT_EXPORTS_BUCKET: queues.clientExportsBucket,
      POWERTOOLS_LOG_LEVEL: options.quiet ? "SILENT" : (process.env.POWERTOOLS_LOG_LEVEL ?? "INFO"),
      // CloudWatch's business metrics are Lambda's (packages/api/src/metrics.ts); locally they would only be JSON lines on stdout.
      POWERTOOLS_METRICS_DISABLED: "true",
    });

    const { streamArn } = await ensureTable(dynamoEndpoint, tableName);
    await ensureTable(dynamoEndpoint, auditTableName, auditTableDefinition);
    const areaFile = parseAreaFile(JSON.parse(readFileSync(join(repositoryRoot, "areas", `${options.area ?? "demo"}.json`), "utf8")));
    await seedArea(areaFile, new Date());

    const pipes = options.pipes ?? productionPipes;
    const pipeQueues = new Map<string, PipeQueues>();
    const pollers: QueuePoller[] = [];
    const visibilityTimeoutSeconds = options.visibilityTimeoutSeconds ?? 2;
    for (const pipe of pipes) {
      if (visibilityTimeoutSeconds <= pipe.consumer.maxBatchingWindowSeconds) {
        // Messages would become visible again while the poller is still filling their batch.
        throw new Error(`pipe ${pipe.name}: the local visibility timeout must exceed the batching window`);
      }
      const created = await createPipeQueues(queues.sqs, pipe, visibilityTimeoutSeconds);
      pipeQueues.set(pipe.name, created);
      const arn = (
        await queues.sqs.send(new GetQueueAttributesCommand({ QueueUrl: created.queueUrl, AttributeNames: ["QueueArn"] }))
      ).Attributes?.QueueArn;
      pollers.push(new QueuePoller(queues.sqs, pipe, created.queueUrl, await loadHandler<QueueHandler>(pipe.consumer.handler), arn));
    }
    // Requests, scheduled runs, consumers and stream records all read the business clock.
    const clock = new LocalClock(options.clockStartsAt);
    useClock(() => clock.now());
    halts.push(async () => useClock());
    const relay = new StreamRelay(
      dynamoEndpoint,
      streamArn,
      queues.sqs,
      pipes.map((pipe) => ({ pipe, ...pipeQueues.get(pipe.name)! })),
      options.dataDir ? join(options.dataDir, `stream-checkpoint-${tableName}.json`) : undefined,
      () => clock.now(),
    );
    // Provider webhooks retry from the local visibility timeout on, so a failed delivery is tried again within seconds.
    useRetryBaseSeconds(visibilityTimeoutSeconds);
    allowLocalReceivers(options.localWebhookReceivers === true);
    halts.push(async () => allowLocalReceivers(false));
    relay.start();
    for (const poller of pollers) poller.start();
    halts.push(() => relay.stop(), ...pollers.map((poller) => () => poller.stop()));

    // Scheduled jobs run every minute locally (hourly in AWS) and on demand through POST /dev/schedules/<name>.
    const jobs = new Map<string, () => Promise<unknown>>();
    for (const schedule of schedules) {
      const handler = await loadHandler<(event: ScheduledEvent) => Promise<unknown>>(schedule.handler);
      const job = () => handler(scheduledEvent(clock.now()));
      jobs.set(schedule.name, job);
      if (options.scheduleTimers === false) continue;
      const timer = setInterval(() => void job().catch((error: unknown) => console.error(`schedule ${schedule.name}:`, error)), 60_000);
      timer.unref();
      halts.push(async () => clearInterval(timer));
    }
    const runSchedule = (name: string) => {
      const job = jobs.get(name);
      if (!job) throw new Error(`no schedule ${name}`);
      return job();
    };

    const port = options.port ?? 3000;
    const issuer = await LocalIssuer.create(`http://127.0.0.1:${port}`, options.dataDir ? join(options.dataDir, "signing-key.json") : undefined);
    const areaIdentity = parseIdentitySettings(
      JSON.parse(readFileSync(join(repositoryRoot, "areas", `${options.area ?? "demo"}.identity.json`), "utf8")),
    );
    const identity = () => localIdentitySettings(areaIdentity, issuer);
    const front = new LocalFront(routes, issuer, identity, clock, jobs, options.devOrigins, options.webRoot);
    const url = await front.listen(port);
    stops.push(() => front.close());
    // The issuers' URLs carry the port the front got; the authorizer and the handlers read them from HB_IDENTITY.
    issuer.baseUrl = url;
    process.env.HB_IDENTITY = JSON.stringify(identity());

    return {
      url,
      tableName,
      auditTableName,
      dynamoEndpoint,
      sqsEndpoint: queues.endpoint,
      queues: pipeQueues,
      issuer,
      clock,
      async settle(timeoutMs = 20_000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const relayed = await relay.pollOnce();
          let depth = 0;
          for (const { queueUrl } of pipeQueues.values()) depth += await queueDepth(queues.sqs, queueUrl);
          if (relayed === 0 && depth === 0) return;
          if (Date.now() > deadline) throw new Error(`not settled after ${timeoutMs} ms (${depth} messages in flight)`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      runSchedule,
      showDemoPeople: (people) => (front.demoPeople = people),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
