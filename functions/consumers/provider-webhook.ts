import { unmarshall } from "@aws-sdk/util-dynamodb";
import { queueConsumer } from "@hb/api/consumer";
import { logger } from "@hb/api/logger";
import type { TableChangeRecord } from "@hb/core/audit/trail";
import { currentTime } from "@hb/core/dates";
import { deliverProviderEvent } from "@hb/core/webhooks/delivery";

/**
 * The provider-webhook queue: each recorded provider event is POSTed, signed, to its provider's
 * webhook. A failed attempt, and a receive before the backoff has passed, fail the record: SQS
 * receives it again after the visibility timeout, and after maxReceiveCount it waits in the DLQ.
 */
export const handler = queueConsumer("provider-webhook", async (record) => {
  const change = JSON.parse(record.body) as TableChangeRecord;
  const image = change.dynamodb?.NewImage ? unmarshall(change.dynamodb.NewImage) : undefined;
  if (image?.type !== "ProviderEvent" || typeof image.eventId !== "string") throw new Error(`provider-webhook: not a provider event (${change.eventID})`);
  const outcome = await deliverProviderEvent(image.eventId, currentTime);
  if (outcome === "not-yet") throw new Error(`provider-webhook: ${image.eventId} waits for its next attempt`);
  if (outcome === "delivered") logger.info("provider event delivered", { eventId: image.eventId, providerId: image.providerId, kind: image.kind });
});
