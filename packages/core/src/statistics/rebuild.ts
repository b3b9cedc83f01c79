import { BatchWriteItemCommand, type BatchWriteItemCommandOutput, QueryCommand, ScanCommand, type AttributeValue, type WriteRequest } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, tableName } from "../db";
import { COUNTED_TYPES, contributionsOf } from "./contributions";
import { type ClientFacts, cellsOf, clientFacts, municipalityWrites, PERSON_MARKER_DAYS, personRef, statsKey, ttl } from "./counters";

/**
 * Recomputes the statistics counters from the table (scripts/rebuild-statistics.ts): for an area
 * that starts using statistics on existing data, or to repair them. Each counted item is taken as
 * if it had just been inserted, so what its history held before (a client's start before an end,
 * an instrument's earlier states) is not known: docs/operations.md#statistics-rebuild says what
 * this leaves out. The months it writes are replaced whole: their counter and people items are
 * deleted and written anew. An operator's job (a Scan), never a request path.
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
  const people = new Map<string, Set<string>>();
  const facts = new Map<string, ClientFacts>();
  const municipalities: WriteRequest[] = [];
  let items = 0;
  for await (const item of countedItems()) {
    items += 1;
    const change = { eventName: "INSERT" as const, newImage: item };
    for (const write of municipalityWrites(change)) {
      municipalities.push({ PutRequest: { Item: marshall({ ...write.key, type: "StatisticsMunicipality", municipality: write.municipality }) } });
    }
    for (const contribution of contributionsOf(change)) {
      const clientId = contribution.clientId;
      if (clientId && !facts.has(clientId)) facts.set(clientId, await clientFacts(clientId, item));
      for (const sk of await cellsOf(contribution, clientId ? facts.get(clientId) : undefined)) {
        const id = `${contribution.month}|${sk}`;
        const deltas = cells.get(id) ?? new Map<string, number>();
        deltas.set(contribution.key, (deltas.get(contribution.key) ?? 0) + contribution.delta);
        cells.set(id, deltas);
        if (clientId && contribution.delta > 0) people.set(id, (people.get(id) ?? new Set()).add(clientId));
      }
    }
    if (items % 10_000 === 0) log(`${items} items read`);
  }
  // Municipality history first: the counters below were placed with the municipality registered.
  await writeAll(municipalities);
  const months = [...new Set([...cells.keys()].map((id) => id.split("|")[0]!))].sort();
  for (const month of months) {
    const old: WriteRequest[] = [];
    let cursor: Record<string, AttributeValue> | undefined;
    do {
      const page = await dynamo().send(
        new QueryCommand({ TableName: tableName(), KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: marshall({ ":pk": `STATS#${month}` }), ProjectionExpression: "pk, sk", ExclusiveStartKey: cursor }),
      );
      for (const key of page.Items ?? []) old.push({ DeleteRequest: { Key: key } });
      cursor = page.LastEvaluatedKey;
    } while (cursor);
    await writeAll(old);
  }
  const puts: WriteRequest[] = [];
  for (const [id, deltas] of cells) {
    const [month, sk] = id.split("|") as [string, string];
    const persons = people.get(id) ?? new Set<string>();
    const counters = Object.fromEntries([...deltas].filter(([, value]) => value !== 0));
    puts.push({ PutRequest: { Item: marshall({ ...statsKey(month, sk), type: "StatisticsMonth", month, ...counters, people: persons.size }) } });
    for (const clientId of persons) {
      puts.push({ PutRequest: { Item: marshall({ pk: `STATS#${month}`, sk: `PERSON#${sk}#${personRef(clientId)}`, type: "StatisticsPerson", expiresAt: ttl(now, PERSON_MARKER_DAYS) }) } });
    }
  }
  await writeAll(puts);
  log(`${items} items counted into ${cells.size} cells of ${months.length} months`);
  return { items, months, cells: cells.size };
}
