/**
 * One-off migration of a stack deployed before personal identity codes were
 * sealed and audit entries had a table of their own
 * (docs/operations.md#migrating-a-stack-that-holds-plain-codes). Run by an
 * operator with the `0001-seal-personal-ids` migration (`npm run migrate`), never by a request: it
 * scans the table. Idempotent: every step is conditional, and a second run
 * finds nothing to do.
 */
import { personalIdLookupKey } from "../clients/personal-id-key";
import { DeleteItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { getAreaSettings } from "../area/repository";
import { businessDate } from "../dates";
import { appendAuditItem, auditExpiry } from "../audit/repository";
import { dynamo, isConditionalCheckFailed, scanByType, tableName } from "../db";
import { isSealed, seal } from "./sealed";

export interface MigrationReport {
  /** Clients whose plain code was sealed by this run. */
  readonly sealed: number;
  /** Clients already holding a sealed code. */
  readonly alreadySealed: number;
  /** Clients changed by someone else between the read and the write: left for the next run. */
  readonly skipped: number;
  /** Audit entries moved from the main table to the audit table. */
  readonly movedAuditEntries: number;
}

const migrationActor = { sub: "system:personal-data-migration", roles: [] as string[] };


/**
 * Seals every plain `personalId` of a client in place. The write names the
 * migration as the changer, so the audit trail files the change under it;
 * the client's version (its ETag) stays, since nothing a caller sees changed.
 */
async function sealPlainCodes(now: Date): Promise<Pick<MigrationReport, "sealed" | "alreadySealed" | "skipped">> {
  const counts = { sealed: 0, alreadySealed: 0, skipped: 0 };
  for await (const client of scanByType("Client")) {
    const plain = client.personalId;
    if (typeof plain !== "string" || isSealed(plain)) {
      counts.alreadySealed += 1;
      continue;
    }
    const clientId = String(client.clientId);
    const [sealed, personRef] = await Promise.all([seal(plain, { entity: "Client", id: clientId, attribute: "personalId" }), personalIdLookupKey(plain)]);
    try {
      await dynamo().send(
        new UpdateItemCommand({
          TableName: tableName(),
          Key: marshall({ pk: client.pk, sk: client.sk }),
          // With the register key, as new clients have it (erasure finds the lookup item by it).
          UpdateExpression: "SET personalId = :sealed, personRef = :ref, changedBy = :by, requestId = :request, updatedAt = :now",
          ConditionExpression: "personalId = :plain",
          ExpressionAttributeValues: marshall({
            ":sealed": sealed,
            ":ref": personRef,
            ":plain": plain,
            ":by": migrationActor,
            ":request": `personal-data-migration:${now.toISOString()}`,
            ":now": now.toISOString(),
          }),
        }),
      );
      counts.sealed += 1;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      counts.skipped += 1;
    }
  }
  return counts;
}

/** Copies each audit entry of the main table into the audit table (with its expiry), then deletes it from the main table. */
async function moveAuditEntries(): Promise<number> {
  const years = (await getAreaSettings(businessDate(new Date()))).retention?.auditLogYears;
  let moved = 0;
  for await (const entry of scanByType("AuditEntry")) {
    const item = years === undefined ? entry : { ...entry, expiresAt: auditExpiry(String(entry.at), years) };
    // An entry an earlier, interrupted run copied is left as it is: only the delete is left to do.
    await appendAuditItem(item);
    await dynamo().send(new DeleteItemCommand({ TableName: tableName(), Key: marshall({ pk: entry.pk, sk: entry.sk }) }));
    moved += 1;
  }
  return moved;
}

export async function migratePersonalData(now: Date): Promise<MigrationReport> {
  const codes = await sealPlainCodes(now);
  return { ...codes, movedAuditEntries: await moveAuditEntries() };
}
