import { createHash } from "node:crypto";
import { GetItemCommand, PutItemCommand, QueryCommand, type TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { nextMonth } from "../budget/periods";
import { dynamo, tableName } from "../db";
import { keys } from "../keys";
import { conflictOr, lastError, retrying, transaction } from "../transaction";
import { ageGroupAt } from "./age-groups";
import { type Change, type Contribution, contributionsOf, dateOfInstant, monthOf } from "./contributions";
import { utilisationPartsOf } from "./utilisation";
import { listingWrite } from "./listing";


/** A write that meets concurrent ones on a month's TOTAL item: tried this often before SQS redelivers the record. */
const RECORD_ATTEMPTS = 9;
/**
 * The statistics counters (issue 22): one item per month and breakdown value,
 * `STATS#<yyyy-mm>` / `TOTAL` | `municipality#<name>` | `ageGroup#<group>` | `serviceCode#<code>`,
 * holding flat numeric attributes named after the indicator keys (contributions.ts), changed only
 * by ADD. A record's ADDs go in one transaction with a marker of its eventID, so a duplicate
 * finds the marker and changes nothing.
 */

export type Breakdown = "municipality" | "ageGroup" | "serviceCode";
export const BREAKDOWNS: readonly Breakdown[] = ["municipality", "ageGroup", "serviceCode"];

/** A month's counter item of one cell (`cellsOf`: `TOTAL` or a breakdown's value). */
export const statsKey = (month: string, cell: string) => keys.StatisticsMonth.key({ month, cell });

/** Markers live past the stream's 24 h and the DLQ's 14 days: a replay from the DLQ is still a no-op. */
const MARKER_DAYS = 30;
/** People markers live as long as a month can still be counted into (late recordings and payments). */
export const PERSON_MARKER_DAYS = 3 * 365;

export const ttl = (now: Date, days: number) => Math.floor(now.getTime() / 1000) + days * 86_400;

/** Pseudonymous per-statistics id of a client: the markers that count distinct people never hold the client id. */
export const personRef = (clientId: string) => createHash("sha256").update(`hb-statistics:${clientId}`).digest("base64url").slice(0, 22);

export interface ClientFacts {
  readonly birthDate?: string;
  /** The municipality in force in the month (the latest change dated at or before it). */
  readonly municipalityIn: (month: string) => Promise<string | undefined>;
}

/**
 * A client's municipality as statistics see it: from registration the one registered, and a
 * move counted from the next month (the month's end decides, so a later move changes nothing
 * already counted). Each change writes its own key, so duplicates and reordering agree: the
 * municipality from a month on, in the client's partition (erased with the client).
 */
export function municipalityWrites(change: Change): { key: { pk: string; sk: string }; municipality: string }[] {
  const after = change.newImage;
  if (!after || after.type !== "Client" || typeof after.clientId !== "string" || typeof after.municipality !== "string") return [];
  const before = change.oldImage;
  if (!before) {
    const at = typeof after.createdAt === "string" ? after.createdAt : undefined;
    if (!at) return [];
    return [{ key: keys.StatisticsMunicipality.key({ clientId: after.clientId, month: monthOf(dateOfInstant(at)) }), municipality: after.municipality }];
  }
  if (before.municipality === after.municipality || typeof after.updatedAt !== "string") return [];
  return [{ key: keys.StatisticsMunicipality.key({ clientId: after.clientId, month: nextMonth(monthOf(dateOfInstant(after.updatedAt))) }), municipality: after.municipality }];
}

export async function clientFacts(clientId: string, image: Record<string, unknown> | undefined): Promise<ClientFacts> {
  let profile = image?.type === "Client" && image.clientId === clientId ? image : undefined;
  if (!profile) {
    const found = await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: marshall(keys.Client.key({ clientId })) }));
    profile = found.Item ? unmarshall(found.Item) : undefined;
  }
  const current = typeof profile?.municipality === "string" ? profile.municipality : undefined;
  const cache = new Map<string, Promise<string | undefined>>();
  return {
    birthDate: typeof profile?.birthDate === "string" ? profile.birthDate : undefined,
    municipalityIn: (month) => {
      if (!cache.has(month)) {
        cache.set(
          month,
          dynamo()
            .send(
              new QueryCommand({
                TableName: tableName(),
                KeyConditionExpression: "pk = :pk AND sk BETWEEN :lo AND :hi",
                ExpressionAttributeValues: marshall({ ":pk": keys.StatisticsMunicipality.pk({ clientId }), ":lo": keys.StatisticsMunicipality.sk.prefix, ":hi": keys.StatisticsMunicipality.sk({ month }) }),
                ScanIndexForward: false,
                Limit: 1,
                ConsistentRead: true,
              }),
            )
            // A client registered before statistics began has no history: the registered municipality.
            .then((result) => (result.Items?.[0] ? (unmarshall(result.Items[0]).municipality as string) : current)),
        );
      }
      return cache.get(month)!;
    },
  };
}

/** The counter items (sort keys) a contribution adds to: the month's total and each breakdown it can be placed in. */
export async function cellsOf(contribution: Contribution, facts: ClientFacts | undefined): Promise<string[]> {
  const cells = ["TOTAL"];
  if (facts) {
    cells.push(`municipality#${(await facts.municipalityIn(contribution.month)) ?? "unknown"}`);
    cells.push(`ageGroup#${ageGroupAt(facts.birthDate, contribution.month)}`);
  }
  if (contribution.serviceCode) cells.push(`serviceCode#${contribution.serviceCode}`);
  return cells;
}

export function addUpdate(month: string, sk: string, deltas: Map<string, number>): TransactWriteItem | undefined {
  const entries = [...deltas].filter(([, delta]) => delta !== 0);
  if (entries.length === 0) return undefined;
  const names: Record<string, string> = { "#type": "type", "#month": "month" };
  const values: Record<string, unknown> = { ":type": "StatisticsMonth", ":month": month };
  const adds = entries.map(([key, delta], i) => {
    names[`#a${i}`] = key;
    values[`:a${i}`] = delta;
    return `#a${i} :a${i}`;
  });
  return {
    Update: {
      TableName: tableName(),
      Key: marshall(statsKey(month, sk)),
      UpdateExpression: `SET #type = :type, #month = :month ADD ${adds.join(", ")}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: marshall(values),
    },
  };
}

/** The marker of a client counted in a cell: `people` as `PERSON#<cell>#<ref>`, a distinct indicator as `DISTINCT#<key>#<cell>#<ref>`. */
export const distinctMarker = (month: string, key: string, sk: string, clientId: string, now: Date) => ({
  ...(key === "people"
    ? keys.StatisticsPerson.key({ month, cell: sk, ref: personRef(clientId) })
    : keys.StatisticsDistinct.key({ month, indicator: key, cell: sk, ref: personRef(clientId) })),
  type: key === "people" ? "StatisticsPerson" : "StatisticsDistinct",
  expiresAt: ttl(now, PERSON_MARKER_DAYS),
});

/** Adds one distinct person to a cell's `key`, once: the marker and the ADD in one transaction. */
export async function countDistinct(month: string, sk: string, key: string, clientId: string, now: Date): Promise<void> {
  const counted = transaction()
    .put("marker", distinctMarker(month, key, sk, clientId, now), "attribute_not_exists(pk)")
    .add("count", addUpdate(month, sk, new Map([[key, 1]]))!);
  await retrying(RECORD_ATTEMPTS, () => counted.writeUnlessFailed("marker"), { retryWhen: conflictOr(), exhausted: lastError });
}

/**
 * Counts one stream record. Returns false for a duplicate (its marker is there) or a record
 * that counts nothing. People and distinct indicators are counted first (idempotent on their
 * own markers), so a failure between the steps is made good by the retry. An instrument-month's
 * use and share go to its utilisation tracker in the same transaction (trackers.ts places it).
 */
export async function countChange(eventID: string, change: Change, now: Date): Promise<boolean> {
  for (const write of municipalityWrites(change)) {
    await dynamo().send(new PutItemCommand({ TableName: tableName(), Item: marshall({ ...write.key, type: "StatisticsMunicipality", municipality: write.municipality }) }));
  }
  await listingWrite(change);
  const contributions = contributionsOf(change);
  const utilisation = utilisationPartsOf(change);
  if (contributions.length === 0 && utilisation.length === 0) return false;
  const image = change.newImage ?? change.oldImage;
  const facts = new Map<string, ClientFacts>();
  const factsOf = async (clientId: string | undefined) => {
    if (!clientId) return undefined;
    if (!facts.has(clientId)) facts.set(clientId, await clientFacts(clientId, image));
    return facts.get(clientId);
  };
  const cells = new Map<string, Map<string, number>>();
  const people = new Set<string>();
  const distinct = new Set<string>();
  for (const contribution of contributions) {
    const clientId = contribution.clientId;
    for (const sk of await cellsOf(contribution, await factsOf(clientId))) {
      const id = `${contribution.month}|${sk}`;
      if (contribution.distinct) {
        distinct.add(`${id}|${contribution.key}|${clientId}`);
      } else {
        const deltas = cells.get(id) ?? new Map<string, number>();
        deltas.set(contribution.key, (deltas.get(contribution.key) ?? 0) + contribution.delta);
        cells.set(id, deltas);
      }
      // Only what adds something makes a person counted (a correction's minus does not).
      if (clientId && contribution.delta > 0) people.add(`${id}|people|${clientId}`);
    }
  }
  const trackers: TransactWriteItem[] = [];
  for (const part of utilisation) {
    const partCells = await cellsOf({ month: part.month, key: "", delta: 0, clientId: part.clientId, serviceCode: part.serviceCode }, await factsOf(part.clientId));
    if (part.clientId && (part.usedCents > 0 || part.shareCents > 0)) for (const sk of partCells) people.add(`${part.month}|${sk}|people|${part.clientId}`);
    trackers.push({
      Update: {
        TableName: tableName(),
        Key: marshall(keys.StatisticsUtilisation.key(part)),
        UpdateExpression: "SET #type = :type, #month = :month, cells = if_not_exists(cells, :cells) ADD usedCents :used, shareCents :share",
        ExpressionAttributeNames: { "#type": "type", "#month": "month" },
        ExpressionAttributeValues: marshall({ ":type": "StatisticsUtilisation", ":month": part.month, ":cells": partCells, ":used": part.usedCents, ":share": part.shareCents }),
      },
    });
  }
  for (const entry of [...people, ...distinct]) {
    const [month, sk, key, clientId] = entry.split("|") as [string, string, string, string];
    await countDistinct(month, sk, key, clientId, now);
  }
  const updates = [...cells].map(([id, deltas]) => {
    const [month, sk] = id.split("|") as [string, string];
    return addUpdate(month, sk, deltas);
  });
  const counted = transaction()
    .put("marker", { ...keys.StatisticsRecord.key({ streamEventId: eventID }), type: "StatisticsRecord", expiresAt: ttl(now, MARKER_DAYS) }, "attribute_not_exists(pk)")
    .add("counters", ...updates.filter((update): update is TransactWriteItem => update !== undefined))
    .add("trackers", ...trackers);
  // Records of one month meet on its TOTAL item: a concurrent transaction is retried here before SQS redelivers.
  return retrying(RECORD_ATTEMPTS, () => counted.writeUnlessFailed("marker"), { retryWhen: conflictOr(), exhausted: lastError });
}

/**
 * A service event the API refused (what providers stumble on): counted where it is refused, as
 * a refusal writes nothing to the table for the stream to see. One ADD to the month's total and
 * the service's item; a request retried after a refusal is another refusal, so no dedupe.
 */
export async function countRefusal(code: string, serviceCode: string | undefined, now: Date): Promise<void> {
  const month = monthOf(dateOfInstant(now.toISOString()));
  const cells = ["TOTAL", ...(serviceCode ? [`serviceCode#${serviceCode}`] : [])];
  await transaction()
    .add("refusals", ...cells.map((sk) => addUpdate(month, sk, new Map([[`refusals.${code}`, 1]]))!))
    .write();
}
