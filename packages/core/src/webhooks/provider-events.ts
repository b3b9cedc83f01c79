import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { dynamo, getItem, tableName } from "../db";
import { getInstruments } from "../instruments/repository";
import { keys } from "../keys";
import { inboxOf, notificationWrites } from "../notifications/repository";
import { transaction } from "../transaction";
import { endedOccurrence, type Occurrence } from "./occurrences";
import { DELIVERY_LOG_DAYS, getWebhook } from "./repository";
import type { WebhookEventKind } from "./schemas";

/**
 * An occurrence for a provider, once (decision 78): `PROVIDEREVENT#<eventId>` is put on the
 * condition that it is new, in one transaction with the provider's inbox notification when the
 * occurrence has one, so a redelivered or duplicated stream record writes and notifies nothing
 * twice. Its INSERT feeds the provider-webhook pipe. It expires with the delivery log.
 */
export interface StoredProviderEvent {
  eventId: string;
  kind: WebhookEventKind;
  providerId: string;
  occurredAt: string;
  data: Record<string, unknown>;
  doneAt?: string;
  /** Delivery attempts so far, and when the last began: the backoff reads them. */
  attempts?: number;
  lastAttemptAt?: string;
}

/** Records the occurrence unless it was recorded before; true when this call recorded it. */
export async function recordOccurrence(occurrence: Occurrence, now: Date): Promise<boolean> {
  // Without an inbox notification the record is only for the webhook: none subscribed, nothing to write.
  if (!occurrence.notify) {
    const webhook = await getWebhook(occurrence.providerId);
    if (!webhook?.events.includes(occurrence.kind)) return false;
  }
  const { eventId, kind, providerId, occurredAt, data } = occurrence;
  const instrumentAbout = occurrence.notify && {
    inbox: inboxOf.provider(providerId),
    kind: occurrence.notify.kind,
    createdAt: now.toISOString(),
    clientId: occurrence.notify.clientId,
    instrumentId: String(data.instrumentId),
    instrumentNumber: String(data.instrumentNumber),
    serviceCode: String(data.serviceCode),
    effectiveFrom: occurrence.notify.effectiveFrom,
  };
  // Recorded before: a redelivered record.
  return transaction()
    .put(
      "occurrence",
      {
        ...keys.ProviderEvent.key({ eventId }),
        type: "ProviderEvent",
        eventId,
        kind,
        providerId,
        occurredAt,
        data,
        expiresAt: Math.floor(now.getTime() / 1000) + DELIVERY_LOG_DAYS * 86_400,
      },
      "attribute_not_exists(pk)",
    )
    .add("notification", ...(instrumentAbout ? notificationWrites([instrumentAbout]) : []))
    .writeUnlessFailed("occurrence");
}

/**
 * The drift job marks the day an instrument's validity has passed (its DriftState becomes
 * `ended`); the provider named on it then hears that it ended, unless it ended earlier another way.
 */
export async function validityEndedOccurrence(instrumentId: string, now: Date): Promise<Occurrence | undefined> {
  const [instrument] = await getInstruments([instrumentId]);
  if (!instrument?.providerId || instrument.status === "closed") return undefined;
  return endedOccurrence(instrument as unknown as Record<string, unknown>, instrument.providerId, instrument.validTo, "validity-ended", now.toISOString());
}

export const getProviderEvent = (eventId: string) => getItem<StoredProviderEvent>(keys.ProviderEvent.key({ eventId }));

/**
 * The event is done with (delivered, or its provider takes no such kind): what it told is dropped, only its key
 * stays for deduplication until it expires, so the instrument number is not kept beyond the delivery.
 */
export async function markDone(eventId: string, at: Date): Promise<void> {
  await dynamo().send(
    new UpdateItemCommand({
      TableName: tableName(),
      Key: marshall(keys.ProviderEvent.key({ eventId })),
      UpdateExpression: "SET doneAt = :at REMOVE #data",
      ExpressionAttributeNames: { "#data": "data" },
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: marshall({ ":at": at.toISOString() }),
    }),
  ).catch((error: unknown) => {
    // Expired meanwhile (30 days): nothing to mark.
    if (!(error instanceof Error && error.name === "ConditionalCheckFailedException")) throw error;
  });
}

/** Counts an attempt beginning at `at`, if nobody counted one since `read` were made; its number, or undefined. */
export async function countAttempt(eventId: string, at: Date, read: number): Promise<number | undefined> {
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(keys.ProviderEvent.key({ eventId })),
        UpdateExpression: "SET attempts = :next, lastAttemptAt = :at",
        ConditionExpression: read === 0 ? "attribute_not_exists(attempts)" : "attempts = :read",
        ExpressionAttributeValues: marshall({ ":next": read + 1, ":at": at.toISOString(), ...(read === 0 ? {} : { ":read": read }) }),
      }),
    );
    return read + 1;
  } catch (error) {
    if (error instanceof Error && error.name === "ConditionalCheckFailedException") return undefined;
    throw error;
  }
}
