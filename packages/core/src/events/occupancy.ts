import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { getItem, versionedPut } from "../db";
import { keys } from "../keys";
import { dayIntervals, daysOf, type Interval } from "./delivery-rules";

/**
 * One item per client and Helsinki date holds that day's timed deliveries, so
 * overlaps are checked under one condition.
 *
 * The client's day occupancy after taking `remove` (the event's earlier
 * interval, when it is edited or deleted) out and putting `add` in, each day
 * written only if nobody changed it since it was read. An overlap with any
 * other delivery is refused.
 */
export async function occupancyWrites(clientId: string, remove: readonly Interval[], add?: Interval): Promise<TransactWriteItem[]> {
  const removed = new Set(remove.map((interval) => interval.eventId));
  const days = [...new Set([...remove.flatMap(daysOf), ...(add ? daysOf(add) : [])])];
  const writes: TransactWriteItem[] = [];
  for (const day of days) {
    const key = keys.Occupancy.key({ clientId, date: day });
    const current = await getItem<{ intervals: Interval[]; version: number }>(key);
    writes.push(versionedPut({ ...key, type: "Occupancy", intervals: dayIntervals(day, current?.intervals ?? [], removed, add) }, current?.version));
  }
  return writes;
}
