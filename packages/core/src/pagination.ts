import { type AttributeValue, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, tableName } from "./db";
import { DomainError } from "./errors";

export interface Page<T> {
  readonly items: T[];
  /** Opaque; absent on the last page. */
  readonly nextCursor?: string;
}

/** The cursor is the DynamoDB LastEvaluatedKey, base64url-encoded: opaque to callers, checked on the way back in. */
export function encodeCursor(key: Record<string, AttributeValue> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString("base64url") : undefined;
}

export function decodeCursor(
  cursor: string | undefined,
  expectedKeys: readonly string[],
): Record<string, AttributeValue> | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    const valid =
      typeof key === "object" &&
      key !== null &&
      Object.keys(key).length === expectedKeys.length &&
      expectedKeys.every((name) => typeof (key as Record<string, { S?: unknown }>)[name]?.S === "string");
    if (valid) return key as Record<string, AttributeValue>;
  } catch {
    // fall through to the problem below
  }
  throw new DomainError("INVALID_CURSOR");
}

/** A list: one partition of the table or of an index, its sort keys starting with `skPrefix`. */
export interface ListOf {
  readonly index?: "gsi1" | "gsi2" | "gsi3";
  readonly pk: string;
  readonly skPrefix?: string;
}

/** The key attribute names a list's partition and sort keys are in. */
const keyNamesOf = (list: ListOf): [string, string] => (list.index ? [`${list.index}pk`, `${list.index}sk`] : ["pk", "sk"]);

/**
 * Decodes a list cursor and checks it points into this list: a cursor of
 * another client's (or another entity's, or another index's) list is 400
 * INVALID_CURSOR, never a DynamoDB validation error or a peek into other data.
 */
export function decodeListCursor(cursor: string | undefined, list: ListOf): Record<string, AttributeValue> | undefined {
  const [pkName, skName] = keyNamesOf(list);
  const key = decodeCursor(cursor, list.index ? ["pk", "sk", pkName, skName] : ["pk", "sk"]);
  if (key && (key[pkName]?.S !== list.pk || !key[skName]?.S?.startsWith(list.skPrefix ?? ""))) throw new DomainError("INVALID_CURSOR");
  return key;
}

/** One page of a list: the table's reads are consistent, an index's cannot be. */
async function pageOf(list: ListOf & { readonly skPrefix: string }, limit: number, cursor: string | undefined, newestFirst: boolean): Promise<Page<Record<string, unknown>>> {
  const [pkName, skName] = keyNamesOf(list);
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      ...(list.index ? { IndexName: list.index } : { ConsistentRead: true }),
      KeyConditionExpression: `${pkName} = :pk AND begins_with(${skName}, :prefix)`,
      ExpressionAttributeValues: marshall({ ":pk": list.pk, ":prefix": list.skPrefix }),
      ...(newestFirst ? { ScanIndexForward: false } : {}),
      Limit: limit,
      ExclusiveStartKey: decodeListCursor(cursor, list),
    }),
  );
  return { items: (result.Items ?? []).map((item) => unmarshall(item)), nextCursor: encodeCursor(result.LastEvaluatedKey) };
}

/** One page of an index partition's items whose sort keys start with `skPrefix`, in sort-key order; eventually consistent, as indexes are. */
export async function pageOfIndex<T extends object>(
  list: { readonly index: "gsi1" | "gsi2" | "gsi3"; readonly pk: string; readonly skPrefix: string },
  limit: number,
  cursor: string | undefined,
): Promise<Page<T>> {
  return (await pageOf(list, limit, cursor, false)) as Page<T>;
}

/**
 * One page of the items of a partition whose sort keys start with `skPrefix`,
 * newest (highest sort key) first, consistent; the cursor must belong to the
 * same list.
 */
export async function pageOfPartition<T>(
  pk: string,
  skPrefix: string,
  limit: number,
  cursor: string | undefined,
  toItem: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const page = await pageOf({ pk, skPrefix }, limit, cursor, true);
  return { items: page.items.map(toItem), nextCursor: page.nextCursor };
}
