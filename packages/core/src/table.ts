/**
 * The single table, defined once. The stack (stacks/Storage.ts) and the local
 * runtime (packages/local) both build the table from this definition, so the
 * keys, indexes, stream and TTL can never drift between AWS and a laptop.
 */
import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";

export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
  /** What the index serves; rendered into docs/data-model.md. */
  readonly purpose: string;
}

export const tableDefinition = {
  partitionKey: "pk",
  sortKey: "sk",
  globalIndexes: [
    {
      indexName: "gsi1",
      partitionKey: "gsi1pk",
      sortKey: "gsi1sk",
      purpose: "a client's budgets, decisions and instruments; an instrument's service events; an inbox's notifications; an event's credits",
    },
    {
      indexName: "gsi2",
      partitionKey: "gsi2pk",
      sortKey: "gsi2sk",
      purpose: "a provider's service events by delivery date and its settlement statements by month; every notification about a client, whatever its inbox (CLIENT#<id>)",
    },
    {
      indexName: "gsi3",
      partitionKey: "gsi3pk",
      sortKey: "gsi3sk",
      purpose: "sparse: service events still recorded, by the day their review window ends (auto-approval); clients in HB by the day their next follow-up is due (FOLLOWUPS-DUE); instruments by the day their drift state can change without a delivery (DRIFT-WATCH); clients whose HB ended or was declined, by that day (RETENTION)",
    },
  ] as readonly IndexDefinition[],
  /** Async flows read the change stream (no dual writes); consumers need both images. */
  streamViewType: "NEW_AND_OLD_IMAGES",
  /** Epoch seconds; items that may expire (idempotency records, dev tokens) set it. */
  ttlAttribute: "expiresAt",
  pointInTimeRecovery: true,
} as const satisfies TableDefinition;

/** What the stack and the local runtime need to build a table. */
export interface TableDefinition {
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly globalIndexes: readonly IndexDefinition[];
  /** A table without a stream feeds no pipe. */
  readonly streamViewType?: "NEW_AND_OLD_IMAGES";
  readonly ttlAttribute: string;
  readonly pointInTimeRecovery: boolean;
}

/**
 * The audit log, a table of its own so that "nobody can change or delete an
 * audit entry" is a property of IAM: functions may only add entries
 * (PutItem with attribute_not_exists) and the audit route may list them;
 * entries leave only by TTL, after the area's `retention.auditLogYears`.
 */
export const auditTableDefinition = {
  partitionKey: "pk",
  sortKey: "sk",
  globalIndexes: [{ indexName: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk", purpose: "the area's audit log by day" }] as readonly IndexDefinition[],
  /** Epoch seconds: the entry's time plus the area's audit retention. */
  ttlAttribute: "expiresAt",
  pointInTimeRecovery: true,
} as const satisfies TableDefinition;

/** The CreateTable request the local runtime and tests send to DynamoDB Local. */
export function createTableInput(tableName: string, definition: TableDefinition = tableDefinition): CreateTableCommandInput {
  const keyNames = [
    definition.partitionKey,
    definition.sortKey,
    ...definition.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [...new Set(keyNames)].map((name) => ({ AttributeName: name, AttributeType: "S" })),
    KeySchema: [
      { AttributeName: definition.partitionKey, KeyType: "HASH" },
      { AttributeName: definition.sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: definition.globalIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: "HASH" },
        { AttributeName: index.sortKey, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    })),
    ...(definition.streamViewType ? { StreamSpecification: { StreamEnabled: true, StreamViewType: definition.streamViewType } } : {}),
  };
}
