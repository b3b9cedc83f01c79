import { type AttributeValue, DynamoDBClient, GetItemCommand, QueryCommand, ScanCommand, type QueryCommandInput, type TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "./actor";
import { assertGranted, auditLogActions, tableActions } from "./grants";
import { keys } from "./keys";
import { awsClientConfig } from "./aws-clients";
import { traced } from "./tracer";

let client: DynamoDBClient | undefined;
let clientEndpoint: string | undefined;

/**
 * Locally only (HB_LOCAL_UNSIGNED_DYNAMODB, set by the local runtime): DynamoDB Local wants an
 * Authorization header but checks no signature, and signing was about 40 % of the SDK's CPU per
 * call in the test runs (decision 99). The header names the local key and signs nothing.
 */
const unsigned = {
  sign: async <T extends { headers: Record<string, string> }>(request: T): Promise<T> => {
    request.headers.authorization = "AWS4-HMAC-SHA256 Credential=local/20000101/eu-north-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0";
    return request;
  },
};

/**
 * One client per Lambda container. The endpoint comes from the SDK's own
 * configuration (AWS_ENDPOINT_URL_DYNAMODB locally), so no code knows whether
 * it talks to AWS or DynamoDB Local; a local runtime restarted in the same
 * process gets a new endpoint, hence the check. Timeouts and retries are
 * bounded (aws-clients.ts).
 */
export function dynamo(): DynamoDBClient {
  if (!client || clientEndpoint !== process.env.AWS_ENDPOINT_URL_DYNAMODB) {
    client?.destroy();
    client = traced(new DynamoDBClient({ ...awsClientConfig(), ...(process.env.HB_LOCAL_UNSIGNED_DYNAMODB === "1" ? { signer: unsigned } : {}) }));
    client.middlewareStack.add(
      (next, context) => async (args) => {
        assertTableGranted(context.commandName ?? "", args.input as DynamoInput);
        return next(args);
      },
      { step: "initialize", name: "hbGrants" },
    );
    clientEndpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB;
  }
  return client;
}

type TableRequest = { TableName?: string };
interface DynamoInput extends TableRequest {
  RequestItems?: Record<string, unknown>;
  TransactItems?: { Put?: TableRequest; Update?: TableRequest; Delete?: TableRequest; ConditionCheck?: TableRequest; Get?: TableRequest }[];
}

/** The IAM actions a request needs, per table (a transaction needs one per item; the document client's commands name them shorter). */
function tableRequests(commandName: string, input: DynamoInput): [table: string | undefined, action: string][] {
  const action = commandName.replace(/Command$/, "");
  if (action === "BatchGetItem" || action === "BatchWriteItem" || action === "BatchGet" || action === "BatchWrite") {
    return Object.keys(input.RequestItems ?? {}).map((table) => [table, action.endsWith("Item") ? action : `${action}Item`]);
  }
  if (action.startsWith("Transact")) {
    return (input.TransactItems ?? []).map((item) => {
      if (item.Put) return [item.Put.TableName, "PutItem"];
      if (item.Update) return [item.Update.TableName, "UpdateItem"];
      if (item.Delete) return [item.Delete.TableName, "DeleteItem"];
      if (item.Get) return [item.Get.TableName, "GetItem"];
      return [item.ConditionCheck?.TableName, "ConditionCheckItem"];
    });
  }
  const itemActions: Record<string, string> = { Get: "GetItem", Put: "PutItem", Update: "UpdateItem", Delete: "DeleteItem" };
  return [[input.TableName, itemActions[action] ?? action]];
}

/** Under grants (locally, in tests), a request the function's IAM policy would refuse fails here the same way. */
function assertTableGranted(commandName: string, input: DynamoInput): void {
  const probe = (input as { Key?: { pk?: { S?: string } } }).Key?.pk?.S === HEALTH_KEY.pk;
  for (const [table, action] of tableRequests(commandName, input)) {
    const audit = table !== undefined && table === process.env.HB_AUDIT_TABLE_NAME;
    assertGranted(
      (grants) =>
        (grants.table !== "health-probe" || probe) &&
        (audit ? auditLogActions[grants.auditLog] : tableActions[grants.table]).some((allowed) => allowed === action),
      `dynamodb:${action} on the ${audit ? "audit" : "main"} table`,
    );
  }
}

/** A key no item has: reading it tells whether the table answers, and nothing else (GET /v1/health). */
export const HEALTH_KEY = keys.HealthProbe.key({});

/** Resolves when the table answers one eventually consistent read of HEALTH_KEY within timeoutMs; rejects otherwise. */
export async function probeTable(timeoutMs: number): Promise<void> {
  await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: marshall(HEALTH_KEY), ProjectionExpression: "pk" }), {
    abortSignal: AbortSignal.timeout(timeoutMs),
  });
}

export function tableName(): string {
  const name = process.env.HB_TABLE_NAME;
  if (!name) throw new Error("HB_TABLE_NAME is not set");
  return name;
}

/** The append-only audit table (`auditTableDefinition`); only functions that audit have it in their environment. */
export function auditTableName(): string {
  const name = process.env.HB_AUDIT_TABLE_NAME;
  if (!name) throw new Error("HB_AUDIT_TABLE_NAME is not set");
  return name;
}

/** Bookkeeping attributes every item that holds a client's data carries; the audit trail reads them from the stream. */
export interface ChangeStamp {
  /** The client the item is about: the audit trail files the change under this id. */
  readonly dataSubject: string;
  readonly changedBy: { readonly sub: string; readonly roles: readonly string[] };
  readonly requestId: string;
  readonly updatedAt: string;
}

/** The change stamp of a write by this request on an item about this client. */
export function changeStamp(clientId: string, ctx: RequestContext): ChangeStamp {
  return {
    dataSubject: clientId,
    changedBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
    requestId: ctx.requestId,
    updatedAt: ctx.now.toISOString(),
  };
}

export const isConditionalCheckFailed = (error: unknown): boolean =>
  error instanceof Error && error.name === "ConditionalCheckFailedException";

/**
 * `SET #a0 = :a0, #a1 = :a1, …` for a record of fields, with every name
 * behind a placeholder so no attribute ever collides with DynamoDB's
 * reserved words (unit, name, language, …).
 */
export function setFields(fields: Record<string, unknown>): {
  clauses: string[];
  names: Record<string, string>;
  values: Record<string, unknown>;
} {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const clauses = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([field, value], index) => {
      names[`#a${index}`] = field;
      values[`:a${index}`] = value;
      return `#a${index} = :a${index}`;
    });
  return { clauses, names, values };
}

/**
 * A transaction Update that moves an item's `status` to `to`, only from one
 * of `from` (any status when `from` is empty) and when `also` holds, setting
 * `fields` and the change stamp and removing the attributes named in `remove`.
 */
export function transition(
  key: { pk: string; sk: string },
  from: readonly string[],
  to: string,
  fields: Record<string, unknown>,
  stamp: ChangeStamp,
  remove: readonly string[] = [],
  also?: { expression: string; values: Record<string, unknown> },
): TransactWriteItem {
  const set = setFields({ status: to, ...fields, ...stamp });
  const allowed = Object.fromEntries(from.map((status, index) => [`:from${index}`, status]));
  const removed = Object.fromEntries(remove.map((name, index) => [`#r${index}`, name]));
  const conditions = [...(from.length > 0 ? [`#a0 IN (${Object.keys(allowed).join(", ")})`] : []), ...(also ? [also.expression] : [])];
  return {
    Update: {
      TableName: tableName(),
      Key: marshall(key),
      UpdateExpression: `SET ${set.clauses.join(", ")}${remove.length > 0 ? ` REMOVE ${Object.keys(removed).join(", ")}` : ""}`,
      ...(conditions.length > 0 ? { ConditionExpression: conditions.join(" AND ") } : {}),
      ExpressionAttributeNames: { ...set.names, ...removed },
      ExpressionAttributeValues: marshall({ ...set.values, ...allowed, ...also?.values }, { removeUndefinedValues: true }),
    },
  };
}

/**
 * A transaction Update that adds the deltas to an instrument's or a budget
 * line's balance counters (zero deltas are left out) under an optional
 * condition, with the change stamp.
 */
export function balanceChange(
  key: { pk: string; sk: string },
  delta: { availableCents: number; recordedCents?: number; approvedCents?: number; settledCents?: number; paidCents?: number },
  condition: { expression: string; values: Record<string, unknown>; names?: Record<string, string> } | undefined,
  stamp: ChangeStamp,
  /** Attributes set along with the change. */
  fields: Record<string, unknown> = {},
): TransactWriteItem {
  const adds = Object.entries(delta).filter(([, value]) => value !== undefined && value !== 0);
  const names: Record<string, string> = { ...condition?.names };
  const values: Record<string, unknown> = { ...condition?.values, ":by": stamp.changedBy, ":rid": stamp.requestId, ":at": stamp.updatedAt };
  const sets = adds.map(([field, value], index) => {
    names[`#d${index}`] = field;
    values[`:d${index}`] = value;
    return `#d${index} = #d${index} + :d${index}`;
  });
  Object.entries(fields).forEach(([field, value], index) => {
    names[`#f${index}`] = field;
    values[`:f${index}`] = value;
    sets.push(`#f${index} = :f${index}`);
  });
  return {
    Update: {
      TableName: tableName(),
      Key: marshall(key),
      UpdateExpression: `SET ${[...sets, "changedBy = :by", "requestId = :rid", "updatedAt = :at"].join(", ")}`,
      ...(condition ? { ConditionExpression: condition.expression } : {}),
      ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
      ExpressionAttributeValues: marshall(values, { removeUndefinedValues: true }),
    },
  };
}

/** Every item a query matches, page after page, unmarshalled: for partitions and index keys known to stay small. */
export async function queryAll(input: Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey">): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await dynamo().send(new QueryCommand({ ...input, TableName: tableName(), ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** One item by key, read strongly consistently (balances and states decide on it), or undefined. */
export async function getItem<T>(key: { pk: string; sk: string }): Promise<T | undefined> {
  const { Item } = await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: marshall(key), ConsistentRead: true }));
  return Item ? (unmarshall(Item) as T) : undefined;
}

/**
 * Optimistic locking inside a transaction: a Put of `item` at the version
 * read + 1, written only if the item is still at the version read (or, when
 * none was read, still absent); otherwise the transaction is cancelled.
 */
export function versionedPut(item: Record<string, unknown>, readVersion: number | undefined): TransactWriteItem {
  return {
    Put: {
      TableName: tableName(),
      Item: marshall({ ...item, version: (readVersion ?? 0) + 1 }, { removeUndefinedValues: true }),
      ConditionExpression: readVersion === undefined ? "attribute_not_exists(pk)" : "version = :read",
      ...(readVersion === undefined ? {} : { ExpressionAttributeValues: marshall({ ":read": readVersion }) }),
    },
  };
}

/**
 * Every item of a type, a page at a time: for operators' one-off scripts
 * (migrations, backfills), never for a request path.
 */
export async function* scanByType(type: string): AsyncGenerator<Record<string, unknown>> {
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await dynamo().send(
      new ScanCommand({
        TableName: tableName(),
        FilterExpression: "#type = :type",
        ExpressionAttributeNames: { "#type": "type" },
        ExpressionAttributeValues: marshall({ ":type": type }),
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) yield unmarshall(item);
    start = page.LastEvaluatedKey;
  } while (start);
}
