import { type TransactWriteItem, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { dynamo, getItem, isConditionalCheckFailed, tableName } from "../db";
import { keys } from "../keys";
import { lastError, retrying, transaction } from "../transaction";
import { type Change, dayBucket, daysBetween, firstDatesOf, monthOf } from "./contributions";
import { utilisationBucket, utilisationPartsOf } from "./utilisation";
import { addUpdate, cellsOf, clientFacts, countDistinct } from "./counters";

/**
 * Indicators that are a function of sums or minima over many records (issue 22): utilisation of
 * an instrument-month (used ÷ the month's share of the grant) and a client's days from the first
 * contact to the first delivery. The sums and minima are kept in a tracker item, changed only
 * idempotently (ADD in the record's transaction; a SET that only lowers a date); the histogram
 * bucket the tracker falls in is then placed by `place`, which moves the tracker's one count from
 * the bucket it holds (`placed`) to the one its values give, conditioned on `placed` as read. A
 * retry, a duplicate record or records in any order converge on the same placement.
 */

/** Where a tracker counts: one histogram key in a month, in these counter items. */
interface Placement {
  readonly month: string;
  readonly key: string;
  readonly cells: readonly string[];
}

type Tracker = Record<string, unknown>;

/** A placement re-read and tried this often before the record goes back to the queue. */
const PLACE_ATTEMPTS = 9;


export const UTILISATION = "budgets.utilisationPercent";
export const CONTACT_TO_DELIVERY = "firstContact.deliveryDays";

export async function utilisationPlacement(item: Tracker): Promise<Placement | undefined> {
  const bucket = utilisationBucket(Number(item.usedCents ?? 0), Number(item.shareCents ?? 0));
  if (bucket === undefined || !Array.isArray(item.cells)) return undefined;
  return { month: String(item.month), key: `${UTILISATION}.h${bucket}`, cells: item.cells as string[] };
}

/** Counted in the month of the first delivery, where the client was then; not when the first delivery came before any assessment. */
export async function firstsPlacement(item: Tracker): Promise<Placement | undefined> {
  const contactOn = typeof item.contactOn === "string" ? item.contactOn : undefined;
  const deliveryOn = typeof item.deliveryOn === "string" ? item.deliveryOn : undefined;
  if (!contactOn || !deliveryOn || deliveryOn < contactOn) return undefined;
  const clientId = String(item.clientId);
  const month = monthOf(deliveryOn);
  const key = `${CONTACT_TO_DELIVERY}.h${dayBucket(daysBetween(contactOn, deliveryOn))}`;
  return { month, key, cells: await cellsOf({ month, key, delta: 1, clientId }, await clientFacts(clientId, undefined)) };
}

/** Moves the tracker's count to where its values place it; a lost race re-reads. */
export async function place(key: { pk: string; sk: string }, placementOf: (item: Tracker) => Promise<Placement | undefined>): Promise<Placement | undefined> {
  return retrying(PLACE_ATTEMPTS, async () => {
    const item = await getItem<Tracker>(key);
    if (!item) return undefined;
    const before = typeof item.placed === "string" ? (JSON.parse(item.placed) as Placement) : undefined;
    const after = await placementOf(item);
    if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return after;
    // One Update per counter item: the old and the new placement may share cells.
    const deltas = new Map<string, Map<string, number>>();
    for (const [placement, delta] of [[before, -1], [after, 1]] as const) {
      for (const sk of placement?.cells ?? []) {
        const id = `${placement!.month}|${sk}`;
        const cell = deltas.get(id) ?? new Map<string, number>();
        cell.set(placement!.key, (cell.get(placement!.key) ?? 0) + delta);
        deltas.set(id, cell);
      }
    }
    const updates = [...deltas].map(([id, cell]) => addUpdate(id.split("|")[0]!, id.split("|")[1]!, cell)).filter((u): u is TransactWriteItem => u !== undefined);
    await transaction()
      .update(
        "tracker",
        key,
        after ? { expression: "SET placed = :after", values: { ":after": JSON.stringify(after) } } : { expression: "REMOVE placed" },
        before ? { expression: "placed = :before", values: { ":before": item.placed } } : "attribute_not_exists(placed)",
      )
      .add("counters", ...updates)
      .write();
    return after;
  }, { exhausted: lastError });
}

/** Lowers the client's first contact or first delivery to the record's date, if earlier (or first): a minimum, so order and repeats do not matter. */
export async function lowerFirst(clientId: string, field: "contactOn" | "deliveryOn", date: string): Promise<void> {
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(keys.StatisticsFirsts.key({ clientId })),
        UpdateExpression: "SET #type = :type, clientId = :clientId, #field = :date",
        ConditionExpression: "attribute_not_exists(#field) OR #field > :date",
        ExpressionAttributeNames: { "#type": "type", "#field": field },
        ExpressionAttributeValues: marshall({ ":type": "StatisticsFirsts", ":clientId": clientId, ":date": date }),
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}

/**
 * After a record is counted (or found a duplicate: a retry must still place what the first try
 * added): the utilisation of each instrument-month it changed, and the client's first dates.
 */
export async function trackChange(change: Change, now: Date): Promise<void> {
  for (const part of utilisationPartsOf(change)) await place(keys.StatisticsUtilisation.key(part), utilisationPlacement);
  const firsts = firstDatesOf(change);
  if (!firsts) return;
  if (firsts.contactOn) await lowerFirst(firsts.clientId, "contactOn", firsts.contactOn);
  if (firsts.deliveryOn) await lowerFirst(firsts.clientId, "deliveryOn", firsts.deliveryOn);
  const placed = await place(keys.StatisticsFirsts.key(firsts), firstsPlacement);
  for (const sk of placed?.cells ?? []) await countDistinct(placed!.month, sk, "people", firsts.clientId, now);
}
