import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, getItem, tableName } from "../db";
import { notFound } from "../errors";
import { keys } from "../keys";
import { ownedKey } from "../ownership";
import { decodeListCursor, encodeCursor, type Page } from "../pagination";
import { expectedPaymentOn, type PaymentSchedule } from "./payment-timeline";
import type { ServiceEvent } from "./schemas";

/** `periodStart`: the month or week of a recurring instrument the amount counts in (its period-use item); `expectedPaymentOn` is derived on each read. */
export type StoredEvent = Omit<ServiceEvent, "expectedPaymentOn"> & { budgetId: string; lineId: string; payloadHash: string; startMinute?: number; endMinute?: number; periodStart?: string };

export const getEvent = (eventId: string) => getItem<StoredEvent>(ownedKey("EVENT", eventId));

export async function requireEvent(eventId: string): Promise<StoredEvent> {
  const event = await getEvent(eventId);
  if (!event) throw notFound("service event");
  return event;
}

/**
 * Events of one instrument (gsi1 `INSTRUMENT#<id>`) or one provider (gsi2
 * `PROVIDER#<id>`), newest delivery first, a page at a time.
 */
export async function listEvents(
  by: { instrumentId: string } | { providerId: string },
  limit: number,
  cursor?: string,
): Promise<Page<StoredEvent>> {
  const [index, pk, skPrefix] =
    "instrumentId" in by
      ? (["gsi1", keys.ServiceEvent.gsi1.pk({ instrumentId: by.instrumentId }), keys.ServiceEvent.gsi1.sk.prefix] as const)
      : (["gsi2", keys.ServiceEvent.gsi2.pk({ providerId: by.providerId }), keys.ServiceEvent.gsi2.sk.prefix] as const);
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk AND begins_with(${index}sk, :prefix)`,
      ExpressionAttributeValues: marshall({ ":pk": pk, ":prefix": skPrefix }),
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeListCursor(cursor, { index, pk, skPrefix }),
    }),
  );
  return { items: (result.Items ?? []).map((item) => unmarshall(item) as StoredEvent), nextCursor: encodeCursor(result.LastEvaluatedKey) };
}

/** The event as the API shows it: without keys, hashes and bookkeeping, with when it is expected to be paid. */
export function eventView(event: StoredEvent, timeline: { schedule: PaymentSchedule; today: string }): ServiceEvent {
  const { eventId, instrumentId, instrumentNumber, clientId, providerId, externalId, serviceCode, unit, date, start, end, kind } = event;
  const { quantity, amountCents, bands, status, note, recordedAt, recordedBy, approvedAt, approvedBy } = event;
  const { statementId, runId, settledAt, paidAt, creditedCents } = event;
  return {
    eventId, instrumentId, instrumentNumber, clientId, providerId, externalId, serviceCode, unit, date,
    ...(start ? { start, end } : {}),
    // Events recorded before kinds existed were deliveries.
    kind: kind ?? "delivered",
    quantity, amountCents, bands, status,
    ...(note ? { note } : {}),
    recordedAt, recordedBy,
    ...(approvedAt ? { approvedAt, approvedBy } : {}),
    ...(statementId ? { statementId } : {}),
    ...(runId ? { runId, settledAt } : {}),
    ...(paidAt ? { paidAt } : {}),
    ...(creditedCents !== undefined ? { creditedCents } : {}),
    ...(event.clientShareCents !== undefined ? { clientShareCents: event.clientShareCents } : {}),
    expectedPaymentOn: expectedPaymentOn(event, timeline.schedule, timeline.today),
  };
}
