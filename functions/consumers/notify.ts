import { unmarshall } from "@aws-sdk/util-dynamodb";
import { queueConsumer } from "@hb/api/consumer";
import { logger } from "@hb/api/logger";
import type { TableChangeRecord } from "@hb/core/audit/trail";
import { allServices } from "@hb/core/catalogue/repository";
import { configuredChannels, deliverNotification } from "@hb/core/notifications/delivery";
import type { StoredNotification } from "@hb/core/notifications/repository";

/**
 * The notify queue: each new notification goes to the configured channels
 * (webhook, team mailbox). A failed delivery throws for its record only; SQS
 * redelivers it after the visibility timeout, so a receiver may see a
 * notification twice and keys on its id.
 */
export const handler = queueConsumer("notify", async (record) => {
  const change = JSON.parse(record.body) as TableChangeRecord;
  const image = change.dynamodb?.NewImage ? unmarshall(change.dynamodb.NewImage) : undefined;
  if (image?.type !== "Notification" || typeof image.notificationId !== "string" || typeof image.inbox !== "string") {
    throw new Error(`notify: not a notification (${change.eventID})`);
  }
  const notification = image as StoredNotification;
  const channels = configuredChannels();
  if (channels.length === 0) {
    logger.debug("no delivery channel configured: the inbox is the channel", { notificationId: notification.notificationId });
    return;
  }
  await deliverNotification(notification, channels, await allServices());
  logger.info("notification delivered", { notificationId: notification.notificationId, channels: channels.map((channel) => channel.name) });
});
