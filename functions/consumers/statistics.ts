import { unmarshall } from "@aws-sdk/util-dynamodb";
import { queueConsumer } from "@hb/api/consumer";
import { logger } from "@hb/api/logger";
import type { TableChangeRecord } from "@hb/core/audit/trail";
import { currentTime } from "@hb/core/dates";
import { countChange } from "@hb/core/statistics/counters";
import { trackChange } from "@hb/core/statistics/trackers";

/** The statistics queue: each change is counted into its month's counters once, keyed by the stream record's eventID. */
export const handler = queueConsumer("statistics", async (record) => {
  const change = JSON.parse(record.body) as TableChangeRecord;
  const images = {
    eventName: change.eventName,
    ...(change.dynamodb?.OldImage ? { oldImage: unmarshall(change.dynamodb.OldImage) } : {}),
    ...(change.dynamodb?.NewImage ? { newImage: unmarshall(change.dynamodb.NewImage) } : {}),
  };
  const now = currentTime();
  const counted = await countChange(change.eventID, images, now);
  // Also for a duplicate: a retry must place what the first try added.
  await trackChange(images, now);
  if (counted) logger.debug("statistics counted", { eventID: change.eventID });
});
