import { BatchWriteItemCommand, PutItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, tableName } from "../db";
import { decodeListCursor, encodeCursor, type Page } from "../pagination";
import type { AuditEntry } from "./schemas";

/**
 * Audit entries live under the client (`AUDIT#<clientId>`, newest last) and,
 * through gsi1, under the day (`AUDIT#<yyyy-mm-dd>`) for area-wide review.
 * The sort key ends with a unique id, so writing the same entry twice (a
 * redelivered stream record) overwrites it instead of adding a second one.
 */
function toItem(entry: AuditEntry, uniqueId: string): Record<string, unknown> {
  return {
    // A refusal that was about no client is filed by its day only.
    pk: entry.clientId ? `AUDIT#${entry.clientId}` : `AUDIT-AREA#${entry.at.slice(0, 10)}`,
    sk: `${entry.at}#${uniqueId}`,
    gsi1pk: `AUDIT#${entry.at.slice(0, 10)}`,
    gsi1sk: `${entry.at}#${entry.clientId ?? "-"}#${uniqueId}`,
    type: "AuditEntry",
    ...entry,
  };
}

export async function recordAuditEntries(entries: readonly { entry: AuditEntry; uniqueId: string }[]): Promise<void> {
  for (let start = 0; start < entries.length; start += 25) {
    let requests = entries.slice(start, start + 25).map(({ entry, uniqueId }) => ({
      PutRequest: { Item: marshall(toItem(entry, uniqueId), { removeUndefinedValues: true }) },
    }));
    // BatchWrite may leave items unprocessed under throttling; retry them with backoff rather than lose an audit entry.
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** Math.min(attempt, 6)));
      if (attempt > 10) throw new Error("audit entries stayed unprocessed after 10 retries");
      const result = await dynamo().send(new BatchWriteItemCommand({ RequestItems: { [tableName()]: requests } }));
      requests = (result.UnprocessedItems?.[tableName()] ?? []) as typeof requests;
    }
  }
}

export async function recordAuditEntry(entry: AuditEntry, uniqueId: string): Promise<void> {
  await dynamo().send(
    new PutItemCommand({ TableName: tableName(), Item: marshall(toItem(entry, uniqueId), { removeUndefinedValues: true }) }),
  );
}

/** A request answered 403: who tried what, and on which client when the refusal was about one. */
export async function recordRefusal(refusal: Pick<AuditEntry, "at" | "clientId" | "action" | "actor" | "requestId">): Promise<void> {
  await recordAuditEntry({ ...refusal, kind: "refused" }, `${refusal.requestId}#refused`);
}

export async function listAuditEntries(clientId: string, limit: number, cursor?: string): Promise<Page<AuditEntry>> {
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: marshall({ ":pk": `AUDIT#${clientId}` }),
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeListCursor(cursor, { pk: `AUDIT#${clientId}` }),
    }),
  );
  return {
    items: (result.Items ?? []).map((item) => {
      const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _type, ...entry } = unmarshall(item);
      return entry as AuditEntry;
    }),
    nextCursor: encodeCursor(result.LastEvaluatedKey),
  };
}
