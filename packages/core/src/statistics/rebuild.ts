import { BatchWriteItemCommand, type BatchWriteItemCommandOutput, QueryCommand, ScanCommand, type AttributeValue, type WriteRequest } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, tableName } from "../db";
import { keys } from "../keys";
import { COUNTED_TYPES, contributionsOf, firstDatesOf } from "./contributions";
import { utilisationPartsOf } from "./utilisation";
import { type ClientFacts, cellsOf, clientFacts, municipalityWrites, distinctMarker, statsKey } from "./counters";
import { listingWrite } from "./listing";
import { isLevelKey } from "./month-end";
import { firstsPlacement, utilisationPlacement } from "./trackers";

/**
 * Recomputes the statistics counters from the table (scripts/rebuild-statistics.ts): for an area
 * that starts using statistics on existing data, or to repair them. Each counted item is taken as
 * if it had just been inserted, so what its history held before (a client's start before an end,
 * an instrument's earlier states) is not known: docs/operations.md#statistics-rebuild says what
 * this leaves out. The months it writes are replaced whole: their counter, people and tracker
 * items are deleted and written anew, keeping only what the month-end job SET (its levels and
 * marker). An operator's job (a Scan), never a request path.
 */
export interface RebuildResult {
  readonly items: number;
  readonly months: string[];
  readonly cells: number;
}

async function* countedItems(): AsyncGenerator<Record<string, unknown>> {
  let start: Record<string, AttributeValue> | undefined;
  const values = Object.fromEntries(COUNTED_TYPES.map((type, i) => [`:t${i}`, type]));
  do {
    const page = await dynamo().send(
      new ScanCommand({
        TableName: tableName(),
        FilterExpression: `#type IN (${Object.keys(values).join(", ")})`,
        ExpressionAttributeNames: { "#type": "type" },
        ExpressionAttributeValues: marshall(values),
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) yield unmarshall(item);
    start = page.LastEvaluatedKey;
  } while (start);
}

async function writeAll(requests: WriteRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 25) {
    let batch: WriteRequest[] | undefined = requests.slice(i, i + 25);
    while (batch && batch.length > 0) {
      const result: BatchWriteItemCommandOutput = await dynamo().send(new BatchWriteItemCommand({ RequestItems: { [tableName()]: batch } }));
      batch = result.UnprocessedItems?.[tableName()];
    }
  }
}

export async function rebuildStatistics(now: Date, log: (line: string) => void = () => {}): Promise<RebuildResult> {
  const cells = new Map<string, Map<string, number>>();
  /** Per cell and key (`people` or a distinct indicator): the clients counted. */
  const distinct = new Map<string, Set<string>>();
  const facts = new Map<string, ClientFacts>();
  const factsOf = async (clientId: string | undefined, item: Record<string, unknown>) => {
    if (!clientId) return undefined;
    if (!facts.has(clientId)) facts.set(clientId, await clientFacts(clientId, item));
    return facts.get(clientId);
  };
  const addCell = (id: string, key: string, delta: number) => {
    const deltas = cells.get(id) ?? new Map<string, number>();
    deltas.set(key, (deltas.get(key) ?? 0) + delta);
    cells.set(id, deltas);
  };
  const addDistinct = (id: string, key: string, clientId: string) => distinct.set(`${id}|${key}`, (distinct.get(`${id}|${key}`) ?? new Set()).add(clientId));
  const utilisation = new Map<string, { month: string; instrumentId: string; usedCents: number; shareCents: number; cells: string[] }>();
  const firsts = new Map<string, { contactOn?: string; deliveryOn?: string }>();
  const municipalities: WriteRequest[] = [];
  let items = 0;
  for await (const item of countedItems()) {
    items += 1;
    const change = { eventName: "INSERT" as const, newImage: item };
    for (const write of municipalityWrites(change)) {
      municipalities.push({ PutRequest: { Item: marshall({ ...write.key, type: "StatisticsMunicipality", municipality: write.municipality }) } });
    }
    await listingWrite(change);
    for (const contribution of contributionsOf(change)) {
      const clientId = contribution.clientId;
      for (const sk of await cellsOf(contribution, await factsOf(clientId, item))) {
        const id = `${contribution.month}|${sk}`;
        if (contribution.distinct) addDistinct(id, contribution.key, clientId!);
        else addCell(id, contribution.key, contribution.delta);
        if (clientId && contribution.delta > 0) addDistinct(id, "people", clientId);
      }
    }
    for (const part of utilisationPartsOf(change)) {
      const id = `${part.month}|${part.instrumentId}`;
      const partCells = await cellsOf({ month: part.month, key: "", delta: 0, clientId: part.clientId, serviceCode: part.serviceCode }, await factsOf(part.clientId, item));
      const sums = utilisation.get(id) ?? { month: part.month, instrumentId: part.instrumentId, usedCents: 0, shareCents: 0, cells: partCells };
      utilisation.set(id, { ...sums, usedCents: sums.usedCents + part.usedCents, shareCents: sums.shareCents + part.shareCents });
      if (part.clientId) for (const sk of partCells) addDistinct(`${part.month}|${sk}`, "people", part.clientId);
    }
    const dates = firstDatesOf(change);
    if (dates) {
      const known = firsts.get(dates.clientId) ?? {};
      const earlier = (a: string | undefined, b: string | undefined) => (a && b ? (a < b ? a : b) : (a ?? b));
      firsts.set(dates.clientId, { contactOn: earlier(known.contactOn, dates.contactOn), deliveryOn: earlier(known.deliveryOn, dates.deliveryOn) });
    }
    if (items % 10_000 === 0) log(`${items} items read`);
  }
  // Municipality history first: the counters below were placed with the municipality registered.
  await writeAll(municipalities);
  const trackers: WriteRequest[] = [];
  for (const sums of utilisation.values()) {
    const placed = await utilisationPlacement({ ...sums });
    for (const sk of placed?.cells ?? []) addCell(`${placed!.month}|${sk}`, placed!.key, 1);
    trackers.push({ PutRequest: { Item: marshall({ ...keys.StatisticsUtilisation.key(sums), type: "StatisticsUtilisation", ...sums, ...(placed ? { placed: JSON.stringify(placed) } : {}) }) } });
  }
  for (const [clientId, dates] of firsts) {
    const placed = await firstsPlacement({ clientId, ...dates });
    for (const sk of placed?.cells ?? []) {
      addCell(`${placed!.month}|${sk}`, placed!.key, 1);
      addDistinct(`${placed!.month}|${sk}`, "people", clientId);
    }
    trackers.push({ PutRequest: { Item: marshall({ ...keys.StatisticsFirsts.key({ clientId }), type: "StatisticsFirsts", clientId, ...dates, ...(placed ? { placed: JSON.stringify(placed) } : {}) }, { removeUndefinedValues: true }) } });
  }
  const months = [...new Set([...cells.keys(), ...distinct.keys()].map((id) => id.split("|")[0]!))].sort();
  const kept: WriteRequest[] = [];
  for (const month of months) {
    const old: WriteRequest[] = [];
    let cursor: Record<string, AttributeValue> | undefined;
    do {
      const page = await dynamo().send(new QueryCommand({ TableName: tableName(), KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: marshall({ ":pk": keys.StatisticsMonth.pk({ month }) }), ExclusiveStartKey: cursor }));
      for (const raw of page.Items ?? []) {
        old.push({ DeleteRequest: { Key: { pk: raw.pk!, sk: raw.sk! } } });
        // No item of the table holds the month-end job's levels or the refusals: they are kept as counted.
        const item = unmarshall(raw);
        if (item.sk === keys.StatisticsLevels.sk({})) kept.push({ PutRequest: { Item: raw } });
        for (const [key, value] of Object.entries(item)) {
          if ((isLevelKey(key) || key.startsWith("refusals.")) && typeof value === "number") addCell(`${month}|${String(item.sk)}`, key, value);
        }
      }
      cursor = page.LastEvaluatedKey;
    } while (cursor);
    await writeAll(old);
  }
  for (const [id, clients] of distinct) {
    const [month, sk, key] = id.split("|") as [string, string, string];
    if (key !== "people") addCell(`${month}|${sk}`, key, clients.size);
    else if (!cells.has(`${month}|${sk}`)) cells.set(`${month}|${sk}`, new Map());
  }
  const puts: WriteRequest[] = [...kept, ...trackers];
  for (const [id, deltas] of cells) {
    const [month, sk] = id.split("|") as [string, string];
    const counters = Object.fromEntries([...deltas].filter(([, value]) => value !== 0));
    puts.push({ PutRequest: { Item: marshall({ ...statsKey(month, sk), type: "StatisticsMonth", month, ...counters, people: distinct.get(`${id}|people`)?.size ?? 0 }) } });
  }
  for (const [id, clients] of distinct) {
    const [month, sk, key] = id.split("|") as [string, string, string];
    for (const clientId of clients) {
      puts.push({ PutRequest: { Item: marshall(distinctMarker(month, key, sk, clientId, now)) } });
    }
  }
  await writeAll(puts);
  log(`${items} items counted into ${cells.size} cells of ${months.length} months`);
  return { items, months, cells: cells.size };
}
