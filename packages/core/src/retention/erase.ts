import { DeleteItemCommand, QueryCommand, UpdateItemCommand, type AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { AreaSettings } from "../area/settings";
import { recordAuditEntry } from "../audit/repository";
import { clientKey, getClient } from "../clients/repository";
import { businessDate } from "../dates";
import { dynamo, getItem, isConditionalCheckFailed, queryAll, tableName } from "../db";
import { representationKey } from "../identity/person-register";
import { keys } from "../keys";
import { inboxOf, listClientNotifications } from "../notifications/repository";
import { listOwned, ownedKey } from "../ownership";
import { creditKey, creditsOfEvent } from "../settlement/credits";
import { instrumentNumberKey } from "../instruments/work-list";
import { transaction } from "../transaction";
import { bornOnPermanentDay, retentionCutoff } from "./cutoff";
import { RETENTION_PARTITION, type RetentionListing, retentionListingKey } from "./listing";

type Key = { pk: string; sk: string };

/** How many items one run deletes at most; a client with more is finished by the next runs. */
export const defaultMaxDeletesPerRun = 10_000;

const actor = { sub: "system:retention", roles: [] as string[] };

/** Thrown when the run's budget of deletions is spent: the client stays listed and the next run continues. */
class BudgetSpent extends Error {}

/**
 * Deletes by key, 25 at a time in parallel, within the run's budget. Deleting
 * a missing item is a no-op, so a repeat is harmless. One DeleteItem each, not
 * BatchWriteItem: no function is granted BatchWriteItem (docs/decisions.md).
 */
class Eraser {
  deleted = 0;
  constructor(private readonly maxDeletes: number) {}

  async delete(itemKeys: readonly Key[]): Promise<void> {
    for (let start = 0; start < itemKeys.length; ) {
      const room = this.maxDeletes - this.deleted;
      if (room <= 0) throw new BudgetSpent();
      const batch = itemKeys.slice(start, start + Math.min(25, room));
      await Promise.all(batch.map((key) => dynamo().send(new DeleteItemCommand({ TableName: tableName(), Key: marshall(key) }))));
      this.deleted += batch.length;
      start += batch.length;
    }
  }

  /** One deletion outside a batch (a conditional delete or a transaction), counted like the others. */
  async one(write: () => Promise<void>): Promise<void> {
    if (this.deleted >= this.maxDeletes) throw new BudgetSpent();
    await write();
    this.deleted += 1;
  }
}

/** The keys of every item of a partition, read strongly consistently. */
async function partitionKeys(pk: string): Promise<Key[]> {
  const items = await queryAll({
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: marshall({ ":pk": pk }),
    ProjectionExpression: "pk, sk",
    ConsistentRead: true,
  });
  return items as Key[];
}

/** The partition's items, with the one that links it to the client (`last`) after the others: a crash in between leaves it findable. */
async function erasePartition(eraser: Eraser, pk: string, last: string): Promise<void> {
  const found = await partitionKeys(pk);
  await eraser.delete(found.filter((key) => key.sk !== last));
  await eraser.delete(found.filter((key) => key.sk === last));
}

/**
 * An instrument and everything under it: the credits and external-id claims
 * of its events, the events, then its own partition (period use, drift
 * state), the instrument item last. Each step is found from what the next
 * step deletes, so a run stopped anywhere is continued by the next.
 */
async function eraseInstrument(eraser: Eraser, instrumentId: string, number: string | undefined): Promise<void> {
  const events = (await queryAll({
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND begins_with(gsi1sk, :prefix)",
    ExpressionAttributeValues: marshall({ ":pk": keys.ServiceEvent.gsi1.pk({ instrumentId }), ":prefix": keys.ServiceEvent.gsi1.sk.prefix }),
    ProjectionExpression: "eventId, providerId, externalId, creditedCents",
  })) as { eventId: string; providerId: string; externalId: string; creditedCents?: number }[];
  for (const event of events.filter((candidate) => (candidate.creditedCents ?? 0) > 0)) {
    await eraser.delete((await creditsOfEvent(event.eventId)).map((credit) => creditKey(credit.creditId)));
  }
  await eraser.delete(events.map((event) => keys.ExternalId.key(event)));
  await eraser.delete(events.map((event) => ownedKey("EVENT", event.eventId)));
  if (number) await eraser.delete([instrumentNumberKey(number)]);
  await erasePartition(eraser, keys.Instrument.pk({ instrumentId }), keys.Instrument.sk({}));
}

/**
 * Notifications about the client in every inbox. An unread one in a
 * worker's or provider's inbox leaves with its share of that inbox's unread
 * count; the client's own inbox goes with its counter.
 */
async function eraseNotifications(eraser: Eraser, clientId: string): Promise<void> {
  for (const notification of await listClientNotifications(clientId)) {
    const key = keys.Notification.key(notification);
    const counted = !notification.readAt && notification.inbox !== inboxOf.client(clientId);
    await eraser.one(async () => {
      if (!counted) {
        await dynamo().send(new DeleteItemCommand({ TableName: tableName(), Key: marshall(key) }));
        return;
      }
      const tx = transaction()
        .delete("notification", key, "attribute_exists(pk) AND attribute_not_exists(readAt)")
        .update("unread", keys.InboxCounter.key(notification), { expression: "ADD unread :minus", values: { ":minus": -1 } });
      // Read (or gone) since it was listed: it no longer counts as unread.
      if (!(await tx.writeUnlessFailed("notification"))) await dynamo().send(new DeleteItemCommand({ TableName: tableName(), Key: marshall(key) }));
    });
  }
  await eraser.delete([keys.InboxCounter.key({ inbox: inboxOf.client(clientId) })]);
}

/**
 * Erases every item of the client but the audit log (which has its own
 * retention) and the settlement statements (accounting records that name
 * instrument numbers, never the client): instruments with their events and
 * credits, decisions, budgets, plan versions, notifications, the personal-ID
 * lookup and the client's own partition, its listing last.
 */
async function eraseClient(eraser: Eraser, listing: RetentionListing): Promise<void> {
  const { clientId } = listing;
  for (const { instrumentId, number } of await listOwned("INSTRUMENT", clientId)) await eraseInstrument(eraser, String(instrumentId), number as string | undefined);
  // A decision's partition also holds the months its client fees are listed under (client-fees.ts).
  for (const { decisionId } of await listOwned("DECISION", clientId, "decisionId")) await erasePartition(eraser, keys.Decision.pk({ decisionId: String(decisionId) }), keys.Decision.sk({}));
  for (const { budgetId } of await listOwned("BUDGET", clientId, "budgetId")) await erasePartition(eraser, keys.Budget.pk({ budgetId: String(budgetId) }), keys.Budget.sk({}));
  const plans = await queryAll({
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: marshall({ ":pk": keys.ServicePlanSlot.pk({ clientId }), ":prefix": keys.ServicePlanSlot.sk.prefix }),
    ProjectionExpression: "planId",
    ConsistentRead: true,
  });
  for (const { planId } of plans) await erasePartition(eraser, keys.ServicePlan.pk({ planId: String(planId) }), keys.ServicePlan.sk({}));
  await eraseNotifications(eraser, clientId);
  // The register's side of the client's representatives: their sign-ins stop finding the client at once.
  const profile = await getItem<{ representatives?: { personRef?: string }[] }>(clientKey(clientId));
  await eraser.delete((profile?.representatives ?? []).flatMap((entry) => (entry.personRef ? [representationKey(entry.personRef, clientId)] : [])));
  if (listing.personalIdLookup) {
    const lookup = listing.personalIdLookup;
    await eraser.one(async () => {
      try {
        // Only this client's: the same person may have been registered again after an earlier, interrupted run.
        await dynamo().send(
          new DeleteItemCommand({
            TableName: tableName(),
            Key: marshall({ pk: lookup, sk: keys.PersonalIdLookup.sk({}) }),
            ConditionExpression: "clientId = :clientId",
            ExpressionAttributeValues: marshall({ ":clientId": clientId }),
          }),
        );
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
    });
  }
  const own = await partitionKeys(keys.Client.pk({ clientId }));
  const profileSk = keys.Client.sk({});
  await eraser.delete(own.filter((key) => key.sk !== profileSk && key.sk !== keys.RetentionListing.sk({})));
  await eraser.delete(own.filter((key) => key.sk === profileSk));
  await eraser.delete([retentionListingKey(clientId)]);
}

/**
 * Drops a listing that is not due after all, or keeps it out of the index
 * for good, only if it is still the one read (HB may have ended again
 * meanwhile, with a new day, and then the new listing decides).
 */
async function settleListing(listing: RetentionListing, outcome: "drop" | "keep-permanently"): Promise<void> {
  const common = {
    TableName: tableName(),
    Key: marshall(retentionListingKey(listing.clientId)),
    ConditionExpression: "endedOn = :endedOn",
  };
  try {
    await dynamo().send(
      outcome === "drop"
        ? new DeleteItemCommand({ ...common, ExpressionAttributeValues: marshall({ ":endedOn": listing.endedOn }) })
        : new UpdateItemCommand({
            ...common,
            UpdateExpression: "SET retainedPermanently = :yes REMOVE gsi3pk, gsi3sk",
            ExpressionAttributeValues: marshall({ ":endedOn": listing.endedOn, ":yes": true }),
          }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}

export interface RetentionRun {
  /** Clients whose records were erased completely in this run. */
  erased: number;
  /** Clients found due but born on a permanent day: kept, and out of the index. */
  keptPermanently: number;
  deletedItems: number;
  /** The budget ran out: the next run continues where this one stopped. */
  pending: boolean;
  /** Set when the area has no retention period: nothing is erased. */
  skipped?: string;
}

/**
 * The daily retention job: every client listed under `RETENTION` whose HB
 * ended or was declined at least the area's `clientRecordsYears` ago, read
 * from the sparse gsi3 in pages (never a scan), is erased, at most
 * `maxDeletes` items per run. Idempotent and resumable: a client stays listed
 * until its last item is gone, and every step finds only what is left.
 */
export async function eraseExpiredClients(
  now: Date,
  area: { readonly retention?: AreaSettings["retention"] },
  maxDeletes = defaultMaxDeletesPerRun,
): Promise<RetentionRun> {
  const run: RetentionRun = { erased: 0, keptPermanently: 0, deletedItems: 0, pending: false };
  // Settings seeded before retention existed have none: erasing needs a period the area has set.
  const retention = area.retention;
  if (!retention) return { ...run, skipped: "the area settings have no retention period" };
  const years = retention.clientRecordsYears;
  const today = businessDate(now);
  const upTo = `${retentionCutoff(today, years)}#\uffff`;
  const eraser = new Eraser(maxDeletes);
  let start: Record<string, AttributeValue> | undefined;
  try {
    do {
      const page = await dynamo().send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: "gsi3",
          KeyConditionExpression: "gsi3pk = :pk AND gsi3sk <= :upTo",
          ExpressionAttributeValues: marshall({ ":pk": RETENTION_PARTITION, ":upTo": upTo }),
          Limit: 25,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        const listing = unmarshall(item) as RetentionListing;
        const client = await getClient(listing.clientId);
        if (client && client.hbStatus !== "declined" && client.hbStatus !== "ended") {
          // HB resumed, and the request's own listing change was lost: not due after all.
          await settleListing(listing, "drop");
          continue;
        }
        if (client && bornOnPermanentDay(client.birthDate, retention.permanentBirthDays)) {
          await settleListing(listing, "keep-permanently");
          run.keptPermanently += 1;
          continue;
        }
        await recordAuditEntry(
          {
            at: now.toISOString(),
            clientId: listing.clientId,
            kind: "write",
            action: "retention.erase",
            entity: "Client",
            actor,
            purpose: `Retention period of ${years} years after HB ${listing.hbStatus} on ${listing.endedOn} has ended`,
            requestId: `retention-${today}`,
          },
          `retention-${now.toISOString()}#${listing.clientId}`,
        );
        await eraseClient(eraser, listing);
        run.erased += 1;
      }
      start = page.LastEvaluatedKey;
    } while (start);
  } catch (error) {
    if (!(error instanceof BudgetSpent)) throw error;
    run.pending = true;
  }
  return { ...run, deletedItems: eraser.deleted };
}
