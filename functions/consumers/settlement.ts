import { unmarshall } from "@aws-sdk/util-dynamodb";
import { queueConsumer } from "@hb/api/consumer";
import { logger } from "@hb/api/logger";
import type { TableChangeRecord } from "@hb/core/audit/trail";
import { placeCredit, placeEvent } from "@hb/core/settlement/placement";

/**
 * The settlement queue: approved events and new credits go into their
 * provider's open statement. The source item is read again and claimed by a
 * conditional write, so duplicates and reordered records change nothing.
 */
export const handler = queueConsumer("settlement", async (record) => {
  const change = JSON.parse(record.body) as TableChangeRecord;
  const image = change.dynamodb?.NewImage ? unmarshall(change.dynamodb.NewImage) : undefined;
  let result: { statementId?: string; placed: boolean };
  if (image?.type === "ServiceEvent" && typeof image.eventId === "string") result = await placeEvent(image.eventId);
  else if (image?.type === "Credit" && typeof image.creditId === "string") result = await placeCredit(image.creditId);
  // Nothing else is routed here: a record that is neither is a fault to look at in the DLQ, not to drop.
  else throw new Error(`settlement: not an approved event or a credit (${change.eventID})`);
  logger.info("settlement placement", { eventID: change.eventID, ...result });
});
