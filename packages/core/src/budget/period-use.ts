import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { tableName } from "../db";
import type { PeriodUse } from "./pace";
import { periodOf, type Per } from "./periods";
import { batchGet } from "./repository";

/**
 * What was used in one month or week of an instrument counted per period
 * (`INSTRUMENT#<id>` / `PERIOD#<first day>`): a running total kept in the
 * same transaction as every change of the instrument's counters, so the
 * pace of the current period is one read however many events it holds.
 */
export const periodUseKey = (instrumentId: string, periodStart: string) => ({ pk: `INSTRUMENT#${instrumentId}`, sk: `PERIOD#${periodStart}` });

/** The period a delivery on `date` counts in: none for a grant over the whole validity. */
export const periodStartOf = (per: Per, date: string): string | undefined => (per === "validity" ? undefined : periodOf(date, per).start);

/**
 * Updates moving amounts into (+) and out of (−) periods, one per period
 * (a transaction touches an item once), none when a period's sum is 0.
 */
export function periodUseWrites(instrumentId: string, moves: readonly { periodStart: string | undefined; cents: number }[]): TransactWriteItem[] {
  const sums = new Map<string, number>();
  for (const { periodStart, cents } of moves) if (periodStart) sums.set(periodStart, (sums.get(periodStart) ?? 0) + cents);
  return [...sums].filter(([, cents]) => cents !== 0).map(([periodStart, cents]) => ({
    Update: {
      TableName: tableName(),
      Key: marshall(periodUseKey(instrumentId, periodStart)),
      UpdateExpression: "ADD usedCents :cents SET #type = :type, instrumentId = :id, periodStart = :start",
      ExpressionAttributeNames: { "#type": "type" },
      ExpressionAttributeValues: marshall({ ":cents": cents, ":type": "PeriodUse", ":id": instrumentId, ":start": periodStart }),
    },
  }));
}

/** The use in the period holding `date` of each instrument counted per period, keyed by instrument id; none where nothing was used. */
export async function periodUsesOn(
  instruments: readonly { instrumentId: string; per: Per }[],
  date: string,
): Promise<Map<string, PeriodUse>> {
  const keys = instruments.flatMap(({ instrumentId, per }) => {
    const periodStart = periodStartOf(per, date);
    return periodStart ? [periodUseKey(instrumentId, periodStart)] : [];
  });
  const items = await batchGet(keys);
  return new Map(items.map((item) => [String(item.instrumentId), { periodStart: String(item.periodStart), usedCents: Number(item.usedCents) }]));
}
