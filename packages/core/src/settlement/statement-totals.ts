import { keys } from "../keys";
import type { StatementLine } from "./schemas";

/**
 * How a line counts in its statement: one line per source under its own sort
 * key, the header's running sums (events, credits, net and their counts) and
 * a running total per service and per instrument (`TOTAL#<dimension>#<value>`).
 */

/** One line per source: an event, a credit (an event may have several) or a carried-over statement; each kind carries its source's id. */
export const lineSortKey = (line: StatementLine) =>
  keys.StatementLine.sk({ date: line.date, kind: line.kind, sourceId: (line.kind === "event" ? line.eventId : line.kind === "credit" ? line.creditId : line.fromStatementId)! });

/** What the line adds to the header's sums: an event to the events, a credit or carry-over (negative) to the credits. */
export function headerSums(line: StatementLine) {
  const isEvent = line.kind === "event";
  return {
    eventsCents: isEvent ? line.amountCents : 0,
    creditsCents: isEvent ? 0 : -line.amountCents,
    netCents: line.amountCents,
    eventCount: isEvent ? 1 : 0,
    creditCount: isEvent ? 0 : 1,
  };
}

type TotalDimension = "SERVICE" | "INSTRUMENT";

/** The sort keys of the totals the line adds to: its service's and its instrument's (a carry-over has neither). */
export function totalSortKeys(line: StatementLine): string[] {
  return [
    ...(line.serviceCode ? [keys.StatementTotal.sk({ dimension: "SERVICE", value: line.serviceCode })] : []),
    ...(line.instrumentNumber ? [keys.StatementTotal.sk({ dimension: "INSTRUMENT", value: line.instrumentNumber })] : []),
  ];
}

/** A statement partition's totals of one dimension, by value. */
export function totalsOf(items: readonly Record<string, unknown>[], dimension: TotalDimension): Record<string, { amountCents: number; count: number }> {
  const prefix = keys.StatementTotal.sk({ dimension, value: "" });
  return Object.fromEntries(
    items
      .filter((item) => String(item.sk).startsWith(prefix))
      .map((item) => [String(item.sk).slice(prefix.length), { amountCents: Number(item.amountCents), count: Number(item.count) }]),
  );
}
