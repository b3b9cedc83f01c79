import { type AttributeValue, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { DriftStatus } from "../budget/pace";
import { batchGet } from "../budget/repository";
import { dynamo, tableName } from "../db";
import { getFollowUpDue } from "../follow-ups/due-item";
import { mostUrgent } from "../follow-ups/due";
import { isOpen, listClientInstruments } from "../instruments/repository";
import { keys } from "../keys";
import { inboxOf } from "../notifications/repository";
import { type Page, pageOfIndex } from "../pagination";
import type { CaseloadEntry } from "./caseload-schemas";
import type { Client } from "./schemas";

/**
 * A worker's caseload is gsi1 on the client's profile: `WORKER#<sub>` /
 * `CLIENT#<createdAt>#<clientId>`, oldest client first, written at
 * registration and moved by a reassignment (decision 80).
 */
export const caseloadFields = (sub: string, client: Pick<Client, "clientId" | "createdAt">) => ({
  assignedWorker: sub,
  ...keys.Client.gsi1({ assignedWorker: sub, createdAt: client.createdAt, clientId: client.clientId }),
});

/** Each budget with an open instrument, at the most urgent status the drift check stored for its open instruments. */
async function budgetDrift(clientId: string): Promise<CaseloadEntry["budgets"]> {
  const open = (await listClientInstruments(clientId)).filter(isOpen);
  const states = await batchGet(open.map(({ instrumentId }) => keys.DriftState.key({ instrumentId })));
  const stored = new Map(states.map((state) => [String(state.pk).slice(keys.DriftState.pk.prefix.length), state.status as DriftStatus]));
  const byBudget = new Map<string, DriftStatus[]>();
  for (const instrument of open) {
    // Not yet checked (no delivery and no daily run since it opened): nothing has started.
    byBudget.set(instrument.budgetId, [...(byBudget.get(instrument.budgetId) ?? []), stored.get(instrument.instrumentId) ?? "not-started"]);
  }
  return [...byBudget].map(([budgetId, statuses]) => ({ budgetId, driftStatus: mostUrgent(statuses)! }));
}

/** Unread notifications in the worker's inbox about the client: the client's notifications (gsi2), counted with a filter. */
async function unreadAbout(clientId: string, sub: string): Promise<number> {
  let count = 0;
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi2",
        KeyConditionExpression: "gsi2pk = :pk AND begins_with(gsi2sk, :prefix)",
        FilterExpression: "inbox = :inbox AND attribute_not_exists(readAt)",
        ExpressionAttributeValues: marshall({ ":pk": keys.Notification.gsi2.pk({ clientId }), ":prefix": keys.Notification.gsi2.sk.prefix, ":inbox": inboxOf.worker(sub) }),
        Select: "COUNT",
        ExclusiveStartKey: start,
      }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

async function entryOf(client: Client & { assignedWorker: string }, sub: string): Promise<CaseloadEntry> {
  const inHb = client.hbStatus !== "declined" && client.hbStatus !== "ended";
  const [budgets, due, unreadNotifications] = await Promise.all([budgetDrift(client.clientId), inHb ? getFollowUpDue(client.clientId) : undefined, unreadAbout(client.clientId, sub)]);
  return {
    clientId: client.clientId,
    firstName: client.firstName,
    lastName: client.lastName,
    hbStatus: client.hbStatus,
    assignedWorker: client.assignedWorker,
    budgets,
    nextFollowUpOn: due?.dueOn ?? null,
    unreadNotifications,
  };
}

/**
 * One page of the worker's clients: one Query of the index, then per client
 * its instruments (I1), their stored drift states (one BatchGetItem), its
 * follow-up due item and its notifications counted (docs/data-model.md C6).
 */
export async function listCaseload(sub: string, limit: number, cursor?: string): Promise<Page<CaseloadEntry>> {
  const page = await pageOfIndex<Client & { assignedWorker: string }>({ index: "gsi1", pk: keys.Client.gsi1.pk({ assignedWorker: sub }), skPrefix: keys.Client.gsi1.sk.prefix }, limit, cursor);
  return { items: await Promise.all(page.items.map((client) => entryOf(client, sub))), nextCursor: page.nextCursor };
}
