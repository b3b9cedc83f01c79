import { unmarshall } from "@aws-sdk/util-dynamodb";
import { queueConsumer } from "@hb/api/consumer";
import { logger } from "@hb/api/logger";
import { getAreaSettings } from "@hb/core/area/repository";
import type { TableChangeRecord } from "@hb/core/audit/trail";
import { businessDate, currentTime } from "@hb/core/dates";
import { evaluateInstrument } from "@hb/core/drift/repository";

/** The drift queue: each changed instrument is evaluated as it is now, so duplicates and reordering notify nothing twice. */
export const handler = queueConsumer("drift", async (record) => {
  const change = JSON.parse(record.body) as TableChangeRecord;
  const image = change.dynamodb?.NewImage ? unmarshall(change.dynamodb.NewImage) : undefined;
  if (image?.type !== "Instrument" || typeof image.instrumentId !== "string") throw new Error(`drift: not an instrument (${change.eventID})`);
  const now = currentTime();
  const notifications = await evaluateInstrument(image.instrumentId, businessDate(now), await getAreaSettings(businessDate(now)), now);
  if (notifications > 0) logger.info("drift notified", { instrumentId: image.instrumentId, notifications });
});
