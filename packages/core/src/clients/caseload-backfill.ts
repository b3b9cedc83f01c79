/**
 * One-off backfill of a stack whose clients were registered before caseloads
 * (issue 14): each client without an assigned worker gets the worker who
 * drafted its newest decision (the worker its notifications already reach),
 * or else the worker who last changed it; a client with neither is counted
 * `unassigned` and left for a worker to take (PATCH assignedWorker). Run by
 * an operator with the `0004-assign-caseloads` migration (`npm run migrate`), never by a request: it
 * scans the table. Idempotent: a second run finds nothing to do.
 */
import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { dynamo, getItem, isConditionalCheckFailed, scanByType, tableName } from "../db";
import { listOwned, ownedKey } from "../ownership";
import { caseloadFields } from "./caseload";
import { clientKey } from "./repository";
import type { Client } from "./schemas";

export interface CaseloadBackfillReport {
  /** Clients that got an assigned worker and the caseload keys. */
  readonly assigned: number;
  /** Clients with no worker to derive: no decision, and last changed by someone else than a worker. */
  readonly unassigned: number;
}

type StoredClient = Client & { changedBy?: { sub: string; roles: string[] } };

async function workerOf(client: StoredClient): Promise<string | undefined> {
  const [newest] = await listOwned("DECISION", client.clientId, "decisionId");
  const decision = newest ? await getItem<{ createdBy?: { sub: string } }>(ownedKey("DECISION", String(newest.decisionId))) : undefined;
  if (decision?.createdBy) return decision.createdBy.sub;
  return client.changedBy?.roles.includes("worker") ? client.changedBy.sub : undefined;
}

export async function backfillCaseload(): Promise<CaseloadBackfillReport> {
  const counts = { assigned: 0, unassigned: 0 };
  for await (const item of scanByType("Client")) {
    const client = item as unknown as StoredClient;
    if (client.assignedWorker) continue;
    const sub = await workerOf(client);
    if (!sub) {
      counts.unassigned += 1;
      continue;
    }
    const fields = caseloadFields(sub, client);
    try {
      await dynamo().send(
        new UpdateItemCommand({
          TableName: tableName(),
          Key: marshall(clientKey(client.clientId)),
          UpdateExpression: "SET assignedWorker = :sub, gsi1pk = :pk, gsi1sk = :sk",
          // A worker who assigned the client meanwhile wins.
          ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(assignedWorker)",
          ExpressionAttributeValues: marshall({ ":sub": fields.assignedWorker, ":pk": fields.gsi1pk, ":sk": fields.gsi1sk }),
        }),
      );
      counts.assigned += 1;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
  return counts;
}
