/**
 * Late cancellations and no-shows of one instrument in one calendar month
 * (`INSTRUMENT#<id>` / `KINDS#<YYYY-MM>`), one counter per kind: written in
 * the same transaction as the event, so the monthly limit is one read and
 * one condition however many events the month holds.
 */
import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { EventKind, EventKindRules } from "../area/settings";
import { getItem, tableName } from "../db";
import { DomainError } from "../errors";
import { keys } from "../keys";

/** What recording an event of a kind means for the service: the share of the price paid and the monthly limit, if any. */
export interface KindTerms {
  kind: EventKind;
  sharePercent: number;
  maxPerMonth?: number;
}

/** The area's terms for an event of `kind`; a kind the area does not pay for is refused (absent rules: not billable). */
export function kindTerms(rules: EventKindRules | undefined, kind: EventKind = "delivered"): KindTerms {
  if (kind === "delivered") return { kind, sharePercent: 100 };
  const rule = rules?.[kind];
  if (!rule?.billable || rule.sharePercent === undefined) throw new DomainError("EVENT_KIND_NOT_BILLABLE", { kind });
  return { kind, sharePercent: rule.sharePercent, ...(rule.maxPerMonth !== undefined ? { maxPerMonth: rule.maxPerMonth } : {}) };
}

/** The counter attribute of a kind: `late-cancellation` → `lateCancellationCount`. */
const counterOf = (kind: Exclude<EventKind, "delivered">) => (kind === "late-cancellation" ? "lateCancellationCount" : "noShowCount");

export const monthOf = (date: string): string => date.slice(0, 7);

/** How many events of `kind` the instrument has in `month`. */
export async function kindCount(instrumentId: string, kind: EventKind, month: string): Promise<number> {
  if (kind === "delivered") return 0;
  const item = await getItem<Record<string, number>>(keys.EventKindCount.key({ instrumentId, month }));
  return item?.[counterOf(kind)] ?? 0;
}

/** Refuses one more event of the kind in `month` when the month already holds the most the area allows. */
export function checkKindLimit(terms: KindTerms, month: string, count: number): void {
  if (terms.maxPerMonth !== undefined && count >= terms.maxPerMonth) {
    throw new DomainError("EVENT_KIND_LIMIT_REACHED", { kind: terms.kind, maxPerMonth: terms.maxPerMonth, month });
  }
}

/**
 * The update of one instrument-month's counters by the given amounts (ADD,
 * so concurrent writers never overwrite each other). With `max` it is
 * conditioned on the first counter staying below it.
 */
function countUpdate(instrumentId: string, month: string, by: Record<string, number>, max?: number): TransactWriteItem {
  const counters = Object.keys(by);
  // The first counter is #count / :by, any further one #count1 / :by1, …
  const suffix = (i: number) => (i === 0 ? "" : String(i));
  return {
    Update: {
      TableName: tableName(),
      Key: marshall(keys.EventKindCount.key({ instrumentId, month })),
      UpdateExpression: `ADD ${counters.map((_, i) => `#count${suffix(i)} :by${suffix(i)}`).join(", ")} SET #type = :type, instrumentId = :id, #month = :month`,
      ...(max !== undefined ? { ConditionExpression: "attribute_not_exists(#count) OR #count < :max" } : {}),
      ExpressionAttributeNames: { ...Object.fromEntries(counters.map((counter, i) => [`#count${suffix(i)}`, counter])), "#type": "type", "#month": "month" },
      ExpressionAttributeValues: marshall({
        ...Object.fromEntries(counters.map((counter, i) => [`:by${suffix(i)}`, by[counter]])),
        ":type": "EventKindCount",
        ":id": instrumentId,
        ":month": month,
        ...(max !== undefined ? { ":max": max } : {}),
      }),
    },
  };
}

/**
 * Moves one event of `kind` out of and into months (−1, +1), one update per
 * month; a month gaining one is conditioned on staying within the limit.
 * Nothing for deliveries, and nothing when the month does not change.
 */
export function kindCountWrites(
  instrumentId: string,
  kind: EventKind | undefined,
  moves: { from?: string; to?: string },
  maxPerMonth?: number,
): TransactWriteItem[] {
  if (kind === undefined || kind === "delivered" || moves.from === moves.to) return [];
  const counter = counterOf(kind);
  return [
    ...(moves.from !== undefined ? [countUpdate(instrumentId, moves.from, { [counter]: -1 })] : []),
    ...(moves.to !== undefined ? [countUpdate(instrumentId, moves.to, { [counter]: 1 }, maxPerMonth)] : []),
  ];
}

/**
 * The counters of events moving from their instruments to `toInstrumentId`
 * (a superseding decision's retroactive move): per month one update taking
 * them off the old instrument and one adding them to the new one, so each
 * instrument's month counts what it holds. Never conditioned on the limit:
 * the events were recorded within it and a move is not a new event.
 */
export function kindCountMoves(events: readonly { instrumentId: string; kind?: EventKind; date: string }[], toInstrumentId: string): TransactWriteItem[] {
  const counts = new Map<string, { instrumentId: string; month: string; counts: Record<string, number> }>();
  for (const event of events) {
    if (event.kind === undefined || event.kind === "delivered") continue;
    const month = monthOf(event.date);
    for (const [instrumentId, by] of [[event.instrumentId, -1], [toInstrumentId, 1]] as const) {
      const key = `${instrumentId}#${month}`;
      const entry = counts.get(key) ?? { instrumentId, month, counts: {} };
      entry.counts[counterOf(event.kind)] = (entry.counts[counterOf(event.kind)] ?? 0) + by;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].map(({ instrumentId, month, counts: byCounter }) => countUpdate(instrumentId, month, byCounter));
}
