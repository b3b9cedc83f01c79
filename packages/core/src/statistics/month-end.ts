import { PutItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { batchGet } from "../budget/repository";
import { businessDate } from "../dates";
import { dynamo, getItem, isConditionalCheckFailed, tableName } from "../db";
import { isOpen, listClientInstruments } from "../instruments/repository";
import { keys } from "../keys";
import { cellsOf, clientFacts, countDistinct, statsKey } from "./counters";
import { listedClients } from "./listing";

/**
 * Levels at a month's end (issue 22, decision 97), which no change record says: the first run in
 * a month closes the month before. From the listing of clients in HB (listing.ts) it SETs, on
 * the closed month's counter items, the representatives in use and the open instruments per
 * drift status, and counts each listed client as in HB in the new month (a distinct count the
 * stream adds to as clients start and end). A marker `STATS#<month>` / `LEVELS` makes every
 * later run a GetItem; a run that fails before it is redone whole (SETs and distinct counts
 * repeat harmlessly).
 */

/** Keys the job SETs rather than the stream ADDs: a rebuild keeps them (rebuild.ts). */
export const isLevelKey = (key: string): boolean => key === "clients.representativesInUse" || key.startsWith("drift.");

export const levelsMarker = (month: string) => keys.StatisticsLevels.key({ month });

const previousMonth = (month: string): string => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
};

const lastDay = (month: string): string => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

export interface MonthEndResult {
  readonly month: string;
  readonly closed: boolean;
  readonly clients: number;
}

export async function closeMonth(now: Date): Promise<MonthEndResult> {
  const current = businessDate(now).slice(0, 7);
  const month = previousMonth(current);
  if (await getItem(levelsMarker(month))) return { month, closed: false, clients: 0 };
  const end = lastDay(month);
  const levels = new Map<string, Map<string, number>>();
  const add = (sk: string, key: string, value: number) => {
    const cell = levels.get(sk) ?? new Map<string, number>();
    cell.set(key, (cell.get(key) ?? 0) + value);
    levels.set(sk, cell);
  };
  const clients = await listedClients();
  for (const client of clients) {
    const facts = await clientFacts(client.clientId, undefined);
    const cells = await cellsOf({ month, key: "", delta: 0, clientId: client.clientId }, facts);
    if (client.representatives > 0) for (const sk of cells) add(sk, "clients.representativesInUse", client.representatives);
    // Open instruments whose validity reaches the month's last day, at the drift status last stored (none yet: not started).
    const open = (await listClientInstruments(client.clientId)).filter((instrument) => isOpen(instrument) && instrument.validFrom <= end && instrument.validTo >= end);
    const drift = new Map((await batchGet(open.map(({ instrumentId }) => keys.DriftState.key({ instrumentId })))).map((state) => [String(state.pk).slice(keys.DriftState.pk.prefix.length), String(state.status)]));
    for (const instrument of open) {
      const key = `drift.${drift.get(instrument.instrumentId) ?? "not-started"}`;
      for (const sk of [...cells, `serviceCode#${instrument.serviceCode}`]) add(sk, key, 1);
    }
    // In HB at the new month's start, so in HB during it.
    for (const sk of await cellsOf({ month: current, key: "", delta: 0, clientId: client.clientId }, facts)) {
      await countDistinct(current, sk, "clients.inHb", client.clientId, now);
      await countDistinct(current, sk, "people", client.clientId, now);
    }
  }
  for (const [sk, cell] of levels) {
    const names: Record<string, string> = { "#type": "type", "#month": "month" };
    const values: Record<string, unknown> = { ":type": "StatisticsMonth", ":month": month };
    const sets = [...cell].map(([key, value], i) => {
      names[`#l${i}`] = key;
      values[`:l${i}`] = value;
      return `#l${i} = :l${i}`;
    });
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(statsKey(month, sk)),
        UpdateExpression: `SET #type = :type, #month = :month, ${sets.join(", ")}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: marshall(values),
      }),
    );
  }
  try {
    await dynamo().send(
      new PutItemCommand({ TableName: tableName(), Item: marshall({ ...levelsMarker(month), type: "StatisticsLevels", closedAt: now.toISOString(), clients: clients.length }), ConditionExpression: "attribute_not_exists(pk)" }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  return { month, closed: true, clients: clients.length };
}
