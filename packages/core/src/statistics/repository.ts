import { BatchGetItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { recordAuditEntry } from "../audit/repository";
import type { RequestContext } from "../actor";
import { dynamo, tableName } from "../db";
import { keys } from "../keys";
import { type Breakdown, statsKey } from "./counters";
import type { CounterRow } from "./indicators";

/** Every month from `from` to `to`, both YYYY-MM, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

const BOOKKEEPING = new Set(["pk", "sk", "type", "month"]);

const countersOf = (item: Record<string, unknown>): Record<string, number> =>
  Object.fromEntries(Object.entries(item).filter(([key, value]) => !BOOKKEEPING.has(key) && typeof value === "number")) as Record<string, number>;

/**
 * The counter items of a range: the month's TOTAL by BatchGetItem, and with a breakdown one
 * Query per month of that breakdown's items (one item per value). Nothing grows with the
 * events of a month (bench/statistics.ts).
 */
export async function readCounters(months: readonly string[], by: Breakdown | undefined): Promise<CounterRow[]> {
  const totals = new Map<string, Record<string, number>>();
  for (let start = 0; start < months.length; start += 100) {
    let pending: Record<string, unknown>[] | undefined = months.slice(start, start + 100).map((month) => marshall(statsKey(month, "TOTAL")));
    while (pending && pending.length > 0) {
      const result = await dynamo().send(new BatchGetItemCommand({ RequestItems: { [tableName()]: { Keys: pending as never, ConsistentRead: true } } }));
      for (const item of result.Responses?.[tableName()] ?? []) {
        const plain = unmarshall(item);
        totals.set(plain.month as string, countersOf(plain));
      }
      pending = result.UnprocessedKeys?.[tableName()]?.Keys as Record<string, unknown>[] | undefined;
    }
  }
  const rows: CounterRow[] = [];
  for (const month of months) {
    rows.push({ month, breakdown: "total", value: "total", counters: totals.get(month) ?? {} });
    if (!by) continue;
    let cursor: Record<string, unknown> | undefined;
    do {
      const result = await dynamo().send(
        new QueryCommand({
          TableName: tableName(),
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
          ExpressionAttributeValues: marshall({ ":pk": keys.StatisticsMonth.pk({ month }), ":prefix": `${by}#` }),
          ExclusiveStartKey: cursor as never,
        }),
      );
      for (const item of result.Items ?? []) {
        const plain = unmarshall(item);
        rows.push({ month, breakdown: by, value: (plain.sk as string).slice(by.length + 1), counters: countersOf(plain) });
      }
      cursor = result.LastEvaluatedKey;
    } while (cursor);
  }
  return rows;
}

/** Statistics hold no client's data, but who read them is kept like any read (area-wide, filed by day). */
export async function auditStatisticsRead(ctx: RequestContext, what: string): Promise<void> {
  await recordAuditEntry(
    {
      at: ctx.now.toISOString(),
      kind: "read",
      action: "statistics.get",
      entity: what,
      actor: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
      requestId: ctx.requestId,
    },
    `${ctx.requestId}#statistics`,
  );
}
