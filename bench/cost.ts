/**
 * HB's monthly AWS bill for an area, per service: a model, not a measurement
 * of a running area (docs/cost.md says which figures come from where).
 *
 *   npx tsx bench/cost.ts [clients] [eventsPerClientPerMonth] [staffUsers]
 *
 * Without arguments it prints the three reference areas (small, large, national).
 */

/**
 * Public on-demand list prices in USD, from AWS's pricing pages (read 2026-11-29; the
 * regional tables render by script, so these are the pages' us-east-1 figures) times
 * REGION_FACTOR, a margin for Stockholm's (eu-north-1) prices, which are equal or a few
 * per cent higher. Free tiers are left out: an area's account is not new for long.
 */
export const REGION_FACTOR = 1.1;
export const prices = {
  apiPerMillion: 1.0, // API Gateway HTTP API, first 300 million requests
  lambdaRequestPerMillion: 0.2,
  lambdaArmGbSecond: 0.0000133334,
  dynamoWritePerMillion: 0.625, // on-demand write request units (after AWS's November 2024 price cut)
  dynamoReadPerMillion: 0.125, // on-demand read request units
  dynamoStorageGbMonth: 0.25,
  pitrGbMonth: 0.2,
  streamReadsPer100k: 0.02, // DynamoDB Streams GetRecords made by the pipes
  pipesPerMillion: 0.4, // EventBridge Pipes, requests after filtering
  sqsPerMillion: 0.4,
  s3GbMonth: 0.023,
  logsIngestGb: 0.5,
  logsStorageGbMonth: 0.03,
  alarmMonth: 0.1,
  xrayTracePerMillion: 5.0,
  kmsKeyMonth: 1.0,
  kmsPer10k: 0.03,
  secretMonth: 0.4,
  secretsPer10k: 0.05,
} as const;

/** What the deployed stacks hold (counted in `npm run synth -- --stage demo`'s templates, 2026-11-29). */
export const stackInventory = { alarms: 36, pipes: 8, kmsKeys: 1, secrets: 2 /* personal-ID key; webhook secret when configured */ } as const;

/**
 * Work per unit of activity. Memory from stacks/lambda.ts (1 024 MB, arm64). DynamoDB units
 * per event and per read measured by bench/units.ts (2026-11-29, the local runtime with every
 * consumer). Durations and the request mix are estimates (warm invocations; HB's handlers do a
 * few DynamoDB calls of a few ms each): replace them with an area's own figures, docs/cost.md has
 * the CloudWatch queries.
 */
export const usage = {
  memoryGb: 1,
  apiMs: 150,
  authorizerMs: 60,
  /** Of the requests with a token, the share API Gateway's 60 s authorizer cache does not answer. */
  authorizerShare: 0.3,
  consumerBatchMs: 300,
  /** Messages per consumer invocation, on average (batches fill up only under load). */
  messagesPerBatch: 4,
  /** API requests: recording, the provider's and worker's lists and views around each event. */
  requestsPerEvent: 1.5,
  requestsPerClientMonth: 15, // the client's and representatives' own views
  requestsPerStaffDay: 150,
  workingDays: 21,
  /**
   * An event's life, measured: recorded and approved through the API, then every consumer (audit
   * trail, settlement, drift, provider events): 27 read and 40.9 write units; its share of the
   * month's settlement run: 5.2 and 9.8 (bench/units.ts).
   */
  writeUnitsPerEvent: 51,
  readUnitsPerEvent: 32,
  /** A read with client data, measured on GET /v1/budgets/{id}: 7.5 read units and its audit entry. */
  readUnitsPerRequest: 7.5,
  auditWritesPerRequest: 1,
  /** Stream records an event's writes produce, and how many pipes' filters take them (audit-trail, settlement, drift, provider-events, …). */
  matchedRecordsPerEvent: 18,
  kbStoredPerEvent: 6, // the event, its lines and counters
  kbAuditPerEvent: 12, // ~12 audit entries of ~1 KB: kept auditLogYears, the largest store
  kbAuditPerRequest: 1,
  kbLogPerInvocation: 1,
  kbAccessLogPerRequest: 0.5,
  logRetentionMonths: 3,
  /** Pipes poll each stream shard even when idle (assumed 1 GetRecords/s per pipe and shard). */
  streamPollsPerSecond: 1,
  xraySampledShare: 0.05, // X-Ray's default rule: the first request each second and 5 % of the rest
  kmsRequestsPerRequest: 0.01, // data keys are cached per container (5 min, 1 000 uses)
  secretReadsPerRequest: 0.01, // the HMAC key, cached per container
  scheduledMsPerMonth: (clients: number) => 24 * 30 * 2_000 + 30 * 2 * (10_000 + clients * 2), // review-window hourly; drift-daily and retention daily
} as const;

export interface Area {
  readonly clients: number;
  readonly eventsPerClientPerMonth: number;
  readonly staffUsers: number;
  /** Months of data kept so far: storage grows with it (audit entries are kept 12 years). */
  readonly monthsOfData?: number;
}

export function monthlyCost(area: Area): Record<string, number> {
  const u = usage;
  const p = prices;
  const months = area.monthsOfData ?? 12;
  const events = area.clients * area.eventsPerClientPerMonth;
  const requests = events * u.requestsPerEvent + area.clients * u.requestsPerClientMonth + area.staffUsers * u.requestsPerStaffDay * u.workingDays;
  const authorizerCalls = requests * u.authorizerShare;
  const messages = events * u.matchedRecordsPerEvent;
  const consumerCalls = messages / u.messagesPerBatch;
  const invocations = requests + authorizerCalls + consumerCalls;
  const gbSeconds = (u.memoryGb * (requests * u.apiMs + authorizerCalls * u.authorizerMs + consumerCalls * u.consumerBatchMs + u.scheduledMsPerMonth(area.clients))) / 1000;
  const writeUnits = events * u.writeUnitsPerEvent + requests * u.auditWritesPerRequest;
  const readUnits = events * u.readUnitsPerEvent + requests * u.readUnitsPerRequest;
  const storedGb = (months * (events * (u.kbStoredPerEvent + u.kbAuditPerEvent) + requests * u.kbAuditPerRequest)) / 1024 / 1024;
  const secondsPerMonth = 30 * 24 * 3600;
  const logGb = (invocations * u.kbLogPerInvocation + requests * u.kbAccessLogPerRequest) / 1024 / 1024;
  const perMillion = (count: number, price: number) => (count / 1e6) * price;
  const cost: Record<string, number> = {
    "API Gateway": perMillion(requests, p.apiPerMillion),
    Lambda: perMillion(invocations, p.lambdaRequestPerMillion) + gbSeconds * p.lambdaArmGbSecond,
    "DynamoDB requests": perMillion(writeUnits, p.dynamoWritePerMillion) + perMillion(readUnits, p.dynamoReadPerMillion),
    "DynamoDB storage + PITR": storedGb * (p.dynamoStorageGbMonth + p.pitrGbMonth),
    "DynamoDB Streams (pipes)": ((stackInventory.pipes * u.streamPollsPerSecond * secondsPerMonth) / 1e5) * p.streamReadsPer100k,
    "EventBridge Pipes": perMillion(messages, p.pipesPerMillion),
    SQS: perMillion(messages * (1 + 2 / u.messagesPerBatch), p.sqsPerMillion),
    S3: 1 * p.s3GbMonth, // pain.001 files and one-day exports: well under a GB
    "CloudWatch logs": logGb * p.logsIngestGb + logGb * u.logRetentionMonths * p.logsStorageGbMonth,
    "CloudWatch alarms": stackInventory.alarms * p.alarmMonth,
    "X-Ray": perMillion(Math.min(requests, secondsPerMonth + requests * u.xraySampledShare), p.xrayTracePerMillion),
    KMS: stackInventory.kmsKeys * p.kmsKeyMonth + ((requests * u.kmsRequestsPerRequest) / 1e4) * p.kmsPer10k,
    "Secrets Manager": stackInventory.secrets * p.secretMonth + ((requests * u.secretReadsPerRequest) / 1e4) * p.secretsPer10k,
  };
  for (const service of Object.keys(cost)) cost[service] = cost[service]! * REGION_FACTOR;
  return cost;
}

export const referenceAreas: Record<string, Area> = {
  "small (500 clients)": { clients: 500, eventsPerClientPerMonth: 20, staffUsers: 20 },
  "large (5 000 clients)": { clients: 5_000, eventsPerClientPerMonth: 20, staffUsers: 150 },
  "national (50 000 clients)": { clients: 50_000, eventsPerClientPerMonth: 20, staffUsers: 1_200 },
};

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const [clients, events, staff] = process.argv.slice(2).map(Number);
  const areas = clients ? { [`${clients} clients`]: { clients, eventsPerClientPerMonth: events ?? 20, staffUsers: staff ?? Math.ceil(clients / 35) } } : referenceAreas;
  const costs = Object.entries(areas).map(([name, area]) => [name, monthlyCost(area)] as const);
  const services = Object.keys(costs[0]![1]);
  const usd = (value: number) => value.toFixed(2).padStart(10);
  console.log(`| USD per month, eu-north-1 | ${costs.map(([name]) => name).join(" | ")} |`);
  console.log(`|---|${costs.map(() => "---:").join("|")}|`);
  for (const service of services) console.log(`| ${service} | ${costs.map(([, cost]) => usd(cost[service]!)).join(" | ")} |`);
  console.log(`| **total** | ${costs.map(([, cost]) => `**${Object.values(cost).reduce((a, b) => a + b, 0).toFixed(0)}**`).join(" | ")} |`);
}
