import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { periodQuantityOf, periodStartOf, periodUseWrites } from "../budget/period-use";
import { type changeStamp, setFields, tableName } from "../db";
import { kindCountMoves } from "../events/kinds";
import type { StoredInstrument } from "../instruments/repository";
import { keys } from "../keys";
import { ownedKey } from "../ownership";
import { countedCents, type MovableEvent } from "./supersede-rules";

/**
 * The writes that move deliveries to the successor `to`: each event (unchanged since read, so an
 * approval, a correction or a settlement step in between makes the issue read again) now belongs
 * to the new instrument and line and counts in its period; the new instrument's counters and
 * periods take them. The new line's counters are set where its instrument is put.
 */
export function moveItems(
  events: readonly MovableEvent[],
  to: Pick<StoredInstrument, "instrumentId" | "number" | "budgetId" | "lineId" | "per">,
  stamp: ReturnType<typeof changeStamp>,
): TransactWriteItem[] {
  const writes: TransactWriteItem[] = events.map((event) => {
    const periodStart = periodStartOf(to.per, event.date);
    const set = setFields({
      instrumentId: to.instrumentId,
      instrumentNumber: to.number,
      budgetId: to.budgetId,
      lineId: to.lineId,
      gsi1pk: keys.ServiceEvent.gsi1.pk({ instrumentId: to.instrumentId }),
      movedFromInstrumentId: event.instrumentId,
      ...(periodStart ? { periodStart } : {}),
      ...stamp,
    });
    return {
      Update: {
        TableName: tableName(),
        Key: marshall(ownedKey("EVENT", event.eventId)),
        UpdateExpression: `SET ${set.clauses.join(", ")}${periodStart ? "" : " REMOVE periodStart"}`,
        ConditionExpression: "instrumentId = :readInstrument AND updatedAt = :readAt AND #st = :readStatus",
        ExpressionAttributeNames: { ...set.names, "#st": "status" },
        ExpressionAttributeValues: marshall({ ...set.values, ":readInstrument": event.instrumentId, ":readAt": event.updatedAt, ":readStatus": event.status }),
      },
    };
  });
  writes.push(...periodUseWrites(to.instrumentId, events.map((event) => ({ periodStart: periodStartOf(to.per, event.date), cents: countedCents(event), hundredths: periodQuantityOf(event) }))));
  writes.push(...kindCountMoves(events, to.instrumentId));
  return writes;
}
