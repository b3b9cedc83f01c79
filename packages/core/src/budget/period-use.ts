/**
 * What was used in one month or week of an instrument counted per period
 * (`INSTRUMENT#<id>` / `PERIOD#<first day>`): cents and delivered quantity, running totals kept in the
 * same transaction as every change of the instrument's counters, so the
 * pace of the current period is one read however many events it holds.
 */
import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { getItem, tableName } from "../db";
import { keys } from "../keys";
import type { PeriodUse } from "./pace";
import { periodOf, type Per } from "./periods";
import { batchGet } from "./repository";

/** The period a delivery on `date` counts in: none for a grant over the whole validity. */
export const periodStartOf = (per: Per, date: string): string | undefined => (per === "validity" ? undefined : periodOf(date, per).start);

/** A delivered quantity in hundredths (hours to the minute, days and visits to 2 decimals): kept as an integer so the sum is exact. */
export const quantityHundredths = (quantity: number): number => Math.round(quantity * 100);

/** What an event adds to its period's quantity: only what was delivered (a cancellation or a no-show is no service given). */
export const periodQuantityOf = (event: { quantity: number; kind?: string }): number =>
  event.kind === undefined || event.kind === "delivered" ? quantityHundredths(event.quantity) : 0;

export interface PeriodMove {
  periodStart: string | undefined;
  cents: number;
  /** Delivered quantity in hundredths. */
  hundredths?: number;
}

/** A hard cap on one period: the write fails unless the period's quantity stays within `limitHundredths`. */
export interface PeriodCap {
  periodStart: string;
  limitHundredths: number;
}

/**
 * Updates moving amounts and delivered quantities into (+) and out of (−)
 * periods, one per period (a transaction touches an item once), none when
 * nothing moves. A period under a hard cap whose quantity grows is written
 * only if it stays within the cap, whatever committed meanwhile.
 */
export function periodUseWrites(instrumentId: string, moves: readonly PeriodMove[], cap?: PeriodCap): TransactWriteItem[] {
  const sums = new Map<string, { cents: number; hundredths: number }>();
  for (const { periodStart, cents, hundredths = 0 } of moves) {
    if (!periodStart) continue;
    const sum = sums.get(periodStart) ?? { cents: 0, hundredths: 0 };
    sums.set(periodStart, { cents: sum.cents + cents, hundredths: sum.hundredths + hundredths });
  }
  return [...sums].filter(([, sum]) => sum.cents !== 0 || sum.hundredths !== 0).map(([periodStart, { cents, hundredths }]) => {
    const capped = cap?.periodStart === periodStart && hundredths > 0;
    return {
      Update: {
        TableName: tableName(),
        Key: marshall(keys.PeriodUse.key({ instrumentId, periodStart })),
        UpdateExpression: "ADD usedCents :cents, usedHundredths :hundredths SET #type = :type, instrumentId = :id, periodStart = :start",
        ...(capped ? { ConditionExpression: "attribute_not_exists(usedHundredths) OR usedHundredths <= :room" } : {}),
        ExpressionAttributeNames: { "#type": "type" },
        ExpressionAttributeValues: marshall({
          ":cents": cents,
          ":hundredths": hundredths,
          ":type": "PeriodUse",
          ":id": instrumentId,
          ":start": periodStart,
          ...(capped ? { ":room": cap.limitHundredths - hundredths } : {}),
        }),
      },
    };
  });
}

/** The delivered quantity (hundredths) so far in one period of an instrument: one read. */
export async function periodQuantity(instrumentId: string, periodStart: string): Promise<number> {
  const item = await getItem<{ usedHundredths?: number }>(keys.PeriodUse.key({ instrumentId, periodStart }));
  return item?.usedHundredths ?? 0;
}

/** The use in the period holding `date` of each instrument counted per period, keyed by instrument id; none where nothing was used. */
export async function periodUsesOn(
  instruments: readonly { instrumentId: string; per: Per }[],
  date: string,
): Promise<Map<string, PeriodUse>> {
  const periodKeys = instruments.flatMap(({ instrumentId, per }) => {
    const periodStart = periodStartOf(per, date);
    return periodStart ? [keys.PeriodUse.key({ instrumentId, periodStart })] : [];
  });
  const items = await batchGet(periodKeys);
  return new Map(items.map((item) => [String(item.instrumentId), { periodStart: String(item.periodStart), usedCents: Number(item.usedCents) }]));
}
