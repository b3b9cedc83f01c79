/**
 * The async flows (SPEC §6): table stream → filter → SQS queue (+ DLQ) →
 * consumer reporting partial batch failures. Each pipe is defined once here;
 * the stack turns it into an EventBridge Pipe, queues, alarms and a Lambda
 * event source, and the local runtime into a stream relay and a queue poller.
 */

/** An EventBridge event pattern over a DynamoDB stream record (the subset the local relay implements). */
export type EventPattern = { readonly [field: string]: EventPattern | readonly PatternValue[] };
export type PatternValue =
  | string
  | number
  | boolean
  | null
  | { readonly exists: boolean }
  | { readonly prefix: string }
  | { readonly "anything-but": readonly (string | number)[] };

export interface PipeDefinition {
  /** Short kebab-case name; the stack derives queue, DLQ, pipe and function names from it. */
  readonly name: string;
  readonly description: string;
  /** A stream record is forwarded when it matches any of these patterns (EventBridge Pipes filter criteria). */
  readonly filters: readonly EventPattern[];
  readonly consumer: {
    /** `path/to/module.export`, relative to the repository root. */
    readonly handler: string;
    readonly batchSize: number;
    readonly maxBatchingWindowSeconds: number;
    readonly timeoutSeconds: number;
    /** Caps how hard the consumer can hit the table; see docs/operations.md. */
    readonly maxConcurrency: number;
  };
  readonly queue: {
    /** Receives before a message is moved to the DLQ. */
    readonly maxReceiveCount: number;
    readonly dlqRetentionDays: number;
  };
  /** Access to the payment-file bucket (the settlement run's last step writes the file); no other consumer gets any. */
  readonly paymentFiles?: "read-write";
  /** The consumer adds audit entries (the audit table); other consumers get no access to it. */
  readonly auditLog?: "append";
  /** The consumer opens sealed values (kms:Decrypt on the personal-data key): the provider-webhook consumer, for signing secrets. */
  readonly opensSealed?: true;
}

/** AWS's advice: the visibility timeout is at least six times the consumer's timeout. */
export const visibilityTimeoutSeconds = (pipe: PipeDefinition): number => pipe.consumer.timeoutSeconds * 6;

const holdsClientData = (image: "NewImage" | "OldImage"): EventPattern => ({
  dynamodb: { [image]: { dataSubject: { S: [{ exists: true }] } } },
});

export const auditTrailPipe: PipeDefinition = {
  name: "audit-trail",
  description: "Every change of an item that holds a client's data becomes an audit log entry",
  filters: [holdsClientData("NewImage"), { eventName: ["REMOVE"], ...holdsClientData("OldImage") }],
  consumer: {
    handler: "functions/consumers/audit-trail.handler",
    batchSize: 10,
    maxBatchingWindowSeconds: 1,
    timeoutSeconds: 30,
    maxConcurrency: 5,
  },
  queue: { maxReceiveCount: 5, dlqRetentionDays: 14 },
  auditLog: "append",
};

export const settlementPipe: PipeDefinition = {
  name: "settlement",
  description: "Approved service events not yet in a statement, and new credits, go into their provider's open settlement statement",
  filters: [
    { dynamodb: { NewImage: { type: { S: ["ServiceEvent"] }, status: { S: ["approved"] }, statementId: { S: [{ exists: false }] } } } },
    { eventName: ["INSERT"], dynamodb: { NewImage: { type: { S: ["Credit"] } } } },
  ],
  consumer: {
    handler: "functions/consumers/settlement.handler",
    // Records of one provider and month meet on one statement item: few consumers at once keep retries on it rare.
    batchSize: 25,
    maxBatchingWindowSeconds: 1,
    timeoutSeconds: 60,
    maxConcurrency: 2,
  },
  queue: { maxReceiveCount: 5, dlqRetentionDays: 14 },
};

export const settlementRunPipe: PipeDefinition = {
  name: "settlement-run",
  description: "A closing settlement run takes its next bounded step; a payment the bank paid or returned moves its statement's events",
  filters: [
    // The run item's own changes drive it: the POST inserts it closing, each step writes its progress (no dual writes).
    { dynamodb: { NewImage: { type: { S: ["SettlementRun"] }, state: { S: ["closing"] } } } },
    { dynamodb: { NewImage: { type: { S: ["SettlementPayment"] }, eventsTo: { S: [{ exists: true }] } } } },
  ],
  consumer: {
    handler: "functions/consumers/settlement-run.handler",
    // One record is one step of at most LINES_PER_STEP lines (a few seconds); steps of one run follow each other.
    batchSize: 1,
    maxBatchingWindowSeconds: 0,
    timeoutSeconds: 120,
    // Steps of different runs and payments may run side by side; each is bounded, and the table takes the load.
    maxConcurrency: 2,
  },
  queue: { maxReceiveCount: 5, dlqRetentionDays: 14 },
  paymentFiles: "read-write",
};

export const driftPipe: PipeDefinition = {
  name: "drift",
  description: "Every new or changed instrument is evaluated for budget drift; a change of state notifies its worker, client and provider",
  filters: [{ dynamodb: { NewImage: { type: { S: ["Instrument"] } } } }],
  consumer: {
    handler: "functions/consumers/drift.handler",
    // Several changes of one instrument in a batch are evaluated against its current state, so a batch costs little.
    batchSize: 10,
    maxBatchingWindowSeconds: 1,
    timeoutSeconds: 30,
    maxConcurrency: 5,
  },
  queue: { maxReceiveCount: 5, dlqRetentionDays: 14 },
};

export const notifyPipe: PipeDefinition = {
  name: "notify",
  description: "Every new notification is delivered beyond its inbox through the configured channels (webhook, e-mail); none configured = inbox only",
  filters: [{ eventName: ["INSERT"], dynamodb: { NewImage: { type: { S: ["Notification"] } } } }],
  consumer: {
    handler: "functions/consumers/notify.handler",
    // Records of a batch are delivered in parallel: at most batchSize × maxConcurrency requests reach the receiver at once.
    batchSize: 10,
    maxBatchingWindowSeconds: 1,
    // One delivery: a 5 s webhook timeout, an SES call and two reads; 20 s leaves room and makes the visibility timeout 2 min.
    timeoutSeconds: 20,
    // 2 is Lambda's minimum: a burst from the daily drift job must not flood the receiver or SES's sending rate.
    maxConcurrency: 2,
  },
  // A failed delivery is retried by redelivery every 2 min (the visibility timeout): 10 receives ride out ~20 min of receiver downtime.
  queue: { maxReceiveCount: 10, dlqRetentionDays: 14 },
};

export const providerEventsPipe: PipeDefinition = {
  name: "provider-events",
  description: "Changes a provider is told of (instrument chosen, accepted, switched, changed, ended; event approved; statement closed, paid; credit) are recorded once each, with its inbox notification",
  filters: [
    { dynamodb: { NewImage: { type: { S: ["Instrument"] }, providerId: { S: [{ exists: true }] } } } },
    { dynamodb: { OldImage: { type: { S: ["Instrument"] }, providerId: { S: [{ exists: true }] } } } },
    { dynamodb: { NewImage: { type: { S: ["ServiceEvent"] }, status: { S: ["approved"] } } } },
    { dynamodb: { NewImage: { type: { S: ["SettlementStatement"] }, state: { S: ["closed", "paid"] } } } },
    { eventName: ["INSERT"], dynamodb: { NewImage: { type: { S: ["Credit"] } } } },
    // The drift job marks an instrument whose validity has passed.
    { dynamodb: { NewImage: { type: { S: ["DriftState"] }, status: { S: ["ended"] } } } },
  ],
  consumer: {
    handler: "functions/consumers/provider-events.handler",
    batchSize: 10,
    maxBatchingWindowSeconds: 1,
    timeoutSeconds: 30,
    maxConcurrency: 2,
  },
  queue: { maxReceiveCount: 5, dlqRetentionDays: 14 },
};

export const providerWebhookPipe: PipeDefinition = {
  name: "provider-webhook",
  description: "Every recorded provider event is POSTed, signed, to the provider's webhook, retried with backoff",
  filters: [{ eventName: ["INSERT"], dynamodb: { NewImage: { type: { S: ["ProviderEvent"] } } } }],
  consumer: {
    handler: "functions/consumers/provider-webhook.handler",
    // Records of a batch go one after another: a slow receiver holds one batch, not the area's egress.
    batchSize: 10,
    maxBatchingWindowSeconds: 1,
    // One attempt: a 5 s receiver timeout and three small reads or writes; 20 s makes the visibility timeout 2 min.
    timeoutSeconds: 20,
    maxConcurrency: 2,
  },
  // Attempts back off 2, 4, 8, 16, 32 min (webhooks/delivery.ts); 40 receives 2 min apart cover them (~80 min), then the DLQ.
  queue: { maxReceiveCount: 40, dlqRetentionDays: 14 },
  opensSealed: true,
};

export const providerStatusPipe: PipeDefinition = {
  name: "provider-status",
  description: "A provider the area suspends or terminates is told to the clients whose vouchers and commitments it holds, and to their workers",
  filters: [{ dynamodb: { NewImage: { type: { S: ["Provider"] }, status: { S: ["suspended", "terminated"] } } } }],
  consumer: {
    handler: "functions/consumers/provider-status.handler",
    // Rare and independent records; one record tells every client of the provider, 8 instruments at a time.
    batchSize: 5,
    maxBatchingWindowSeconds: 1,
    // A provider of ~2 000 instruments: a query, batch reads and a small transaction each.
    timeoutSeconds: 120,
    maxConcurrency: 2,
  },
  queue: { maxReceiveCount: 5, dlqRetentionDays: 14 },
};

const counted = ["ServiceEvent", "Instrument", "Client", "Credit", "Notification", "FollowUp", "FollowUpDue", "Assessment", "Provider"];

export const statisticsPipe: PipeDefinition = {
  name: "statistics",
  description: "Changes of clients' HB status, instruments, service events, credits, notifications, follow-ups (held and due), assessments and provider approvals are counted into monthly statistics, once per record",
  filters: [
    { dynamodb: { NewImage: { type: { S: counted } } } },
    // A provider's delete of a still-recorded event takes its amounts back; other removals (retention) leave statistics as counted.
    { eventName: ["REMOVE"], dynamodb: { OldImage: { type: { S: ["ServiceEvent"] }, status: { S: ["recorded"] } } } },
  ],
  consumer: {
    handler: "functions/consumers/statistics.handler",
    // Records of a month meet on its TOTAL item: few consumers at once keep transaction conflicts rare (retried in process).
    batchSize: 25,
    maxBatchingWindowSeconds: 1,
    timeoutSeconds: 60,
    maxConcurrency: 2,
  },
  queue: { maxReceiveCount: 8, dlqRetentionDays: 14 },
};

export const pipes: readonly PipeDefinition[] = [
  auditTrailPipe,
  settlementPipe,
  settlementRunPipe,
  driftPipe,
  notifyPipe,
  providerEventsPipe,
  providerWebhookPipe,
  providerStatusPipe,
  statisticsPipe,
];
