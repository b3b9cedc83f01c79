import { NoAnswer, postSigned, WEBHOOK_TIMEOUT_MS } from "../notifications/delivery";
import { receiverUrlProblem } from "./receiver-url";
import { countAttempt, getProviderEvent, markDone, type StoredProviderEvent } from "./provider-events";
import { getWebhook, logDeliveryAttempt, openWebhookSecret } from "./repository";

/**
 * Delivering one provider event to the provider's webhook (docs/api.md "Provider webhooks"):
 * a POST of the event as JSON, signed as the area's notification webhook is
 * (`x-hb-signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`, `x-hb-timestamp` in unix
 * seconds), with `x-hb-event-id` for the receiver's deduplication and `x-hb-event-kind`. Every
 * attempt is logged; a failure throws, and the queue retries it with backoff (deliverProviderEvent).
 */

export const webhookBody = (event: StoredProviderEvent) =>
  JSON.stringify({ eventId: event.eventId, kind: event.kind, occurredAt: event.occurredAt, providerId: event.providerId, data: event.data });

export class DeliveryFailed extends Error {
  override readonly name = "DeliveryFailed";
}

export type DeliveryOutcome = "delivered" | "already-delivered" | "not-subscribed" | "not-yet";

/** The first retry waits this long, each next one twice as long (the local runtime shortens it to its visibility timeout). */
let retryBaseSeconds = 120;
export const useRetryBaseSeconds = (seconds: number): void => {
  retryBaseSeconds = seconds;
};
/** The wait after the `attempts`-th failed attempt: 2, 4, 8, 16, 32 … min, at most 2 h. */
export const retryDelaySeconds = (attempts: number): number => Math.min(7200, retryBaseSeconds * 2 ** (attempts - 1));

/**
 * Delivers the event unless it was delivered already, its provider no longer wants it, or its
 * next attempt is not due yet. The queue redelivers the record every visibility timeout; a
 * receive before the backoff has passed ends as `not-yet` and fails the record without calling
 * the receiver, so attempts thin out exponentially with no timer of their own.
 */
export async function deliverProviderEvent(eventId: string, now: () => Date, timeoutMs = WEBHOOK_TIMEOUT_MS): Promise<DeliveryOutcome> {
  const event = await getProviderEvent(eventId);
  // Expired, or a redelivered record of one delivered before.
  if (!event || event.doneAt) return "already-delivered";
  const webhook = await getWebhook(event.providerId);
  if (!webhook?.events.includes(event.kind)) {
    await markDone(eventId, now());
    return "not-subscribed";
  }
  if (event.attempts && event.lastAttemptAt && now().getTime() - Date.parse(event.lastAttemptAt) < retryDelaySeconds(event.attempts) * 1000) return "not-yet";
  const url = new URL(webhook.url);
  // Checked again at delivery: the rule may be stricter than when the URL was registered.
  if (receiverUrlProblem(webhook.url)) throw new DeliveryFailed(`webhook of ${event.providerId}: receiver refused by the URL rule`);

  const at = now();
  const attempt = await countAttempt(eventId, at, event.attempts ?? 0);
  if (attempt === undefined) return "not-yet"; // another receive of the same record attempts it right now
  const body = webhookBody(event);
  const log = { eventId, kind: event.kind, attempt, at: at.toISOString() };
  const headers = { "user-agent": "HB-Webhooks/1", "x-hb-event-id": event.eventId, "x-hb-event-kind": event.kind };
  let status: number;
  try {
    status = await postSigned(url, await openWebhookSecret(webhook), at, body, headers, timeoutMs);
  } catch (error) {
    if (!(error instanceof NoAnswer)) throw error;
    await logDeliveryAttempt(event.providerId, { ...log, error: error.timedOut ? "timeout" : "network", delivered: false });
    // The host only: a receiver's URL may carry a token in its path or query.
    throw new DeliveryFailed(`webhook ${url.host}: ${error.timedOut ? `no answer within ${timeoutMs} ms` : "request failed"}`, { cause: error });
  }
  const delivered = status >= 200 && status <= 299;
  await logDeliveryAttempt(event.providerId, { ...log, status, delivered });
  if (!delivered) throw new DeliveryFailed(`webhook ${url.host}: answered ${status}`);
  await markDone(eventId, now());
  return "delivered";
}
