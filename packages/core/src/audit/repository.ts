import { PutItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { getAreaSettings } from "../area/repository";
import { businessDate } from "../dates";
import { auditTableName, dynamo, isConditionalCheckFailed } from "../db";
import { auditKeys } from "../keys";
import { decodeListCursor, encodeCursor, type Page } from "../pagination";
import type { AuditEntry } from "./schemas";

/**
 * Years an entry is kept (`retention.auditLogYears`), from the settings in force today as the
 * container keeps them (decision 103). An area seeded before the setting existed has none: its
 * entries get no expiry and are kept until the setting is added (docs/operations.md#audit-retention).
 */
async function retentionYears(): Promise<number | undefined> {
  return (await getAreaSettings(businessDate(new Date()))).retention?.auditLogYears;
}

/** The TTL of an entry made at `at`: the same instant `years` later, in epoch seconds. */
export function auditExpiry(at: string, years: number): number {
  const expires = new Date(at);
  expires.setUTCFullYear(expires.getUTCFullYear() + years);
  return Math.floor(expires.getTime() / 1000);
}

/**
 * Audit entries live in their own table, under the client (`AUDIT#<clientId>`,
 * newest last) and, through gsi1, under the day (`AUDIT#<yyyy-mm-dd>`) for
 * area-wide review. The sort key ends with a unique id derived from the
 * request or stream record, so an entry is written once: a second write of
 * the same entry (a redelivered stream record) finds it there and is done.
 */
export function auditItem(entry: AuditEntry, uniqueId: string, years: number | undefined): Record<string, unknown> {
  const { at, clientId } = entry;
  const day = at.slice(0, 10);
  return {
    ...(clientId ? auditKeys.AuditEntry.key({ clientId, at, uniqueId }) : auditKeys.AreaAuditEntry.key({ day, at, uniqueId })),
    ...auditKeys.AuditEntry.gsi1({ day, at, clientId: clientId ?? "-", uniqueId }),
    type: "AuditEntry",
    ...entry,
    ...(years === undefined ? {} : { expiresAt: auditExpiry(entry.at, years) }),
  };
}

/** Adds an entry unless it is there already; an entry is never overwritten. */
export async function appendAuditItem(item: Record<string, unknown>): Promise<void> {
  try {
    await dynamo().send(
      new PutItemCommand({
        TableName: auditTableName(),
        Item: marshall(item, { removeUndefinedValues: true }),
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}

/** Writes entries 10 at a time (SDK retries cover throttling); any failure fails the caller, so nothing goes unaudited. */
export async function recordAuditEntries(entries: readonly { entry: AuditEntry; uniqueId: string }[]): Promise<void> {
  if (entries.length === 0) return;
  const years = await retentionYears();
  for (let start = 0; start < entries.length; start += 10) {
    await Promise.all(entries.slice(start, start + 10).map(({ entry, uniqueId }) => appendAuditItem(auditItem(entry, uniqueId, years))));
  }
}

export async function recordAuditEntry(entry: AuditEntry, uniqueId: string): Promise<void> {
  await recordAuditEntries([{ entry, uniqueId }]);
}

/** A request answered 403: who tried what, and on which client when the refusal was about one. */
export async function recordRefusal(refusal: Pick<AuditEntry, "at" | "clientId" | "action" | "actor" | "requestId">): Promise<void> {
  await recordAuditEntry({ ...refusal, kind: "refused" }, `${refusal.requestId}#refused`);
}

/** One partition of the audit table, newest first. */
async function listAuditPartition(pk: string, limit: number, cursor?: string): Promise<Page<AuditEntry>> {
  const result = await dynamo().send(
    new QueryCommand({
      TableName: auditTableName(),
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: marshall({ ":pk": pk }),
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeListCursor(cursor, { pk }),
    }),
  );
  return {
    items: (result.Items ?? []).map((item) => {
      const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _type, expiresAt: _expiresAt, ...entry } = unmarshall(item);
      return entry as AuditEntry;
    }),
    nextCursor: encodeCursor(result.LastEvaluatedKey),
  };
}

/** Who read or changed a client's data, and who was refused it. */
export const listAuditEntries = (clientId: string, limit: number, cursor?: string) => listAuditPartition(auditKeys.AuditEntry.pk({ clientId }), limit, cursor);

/** Refused attempts of one day (UTC) that named no client: a role the caller lacks, an unknown person, another provider. */
export const listAreaRefusals = (day: string, limit: number, cursor?: string) => listAuditPartition(auditKeys.AreaAuditEntry.pk({ day }), limit, cursor);
