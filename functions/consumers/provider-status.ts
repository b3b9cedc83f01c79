import { unmarshall } from "@aws-sdk/util-dynamodb";
import { queueConsumer } from "@hb/api/consumer";
import { logger } from "@hb/api/logger";
import type { TableChangeRecord } from "@hb/core/audit/trail";
import { currentTime } from "@hb/core/dates";
import { noticeStoppedProvider } from "@hb/core/providers/stopped-notices";

/**
 * The provider-status queue: a provider the area suspended or terminated is told to the clients
 * whose instruments it holds and to their workers, once per instrument and inbox.
 */
export const handler = queueConsumer("provider-status", async (record) => {
  const change = JSON.parse(record.body) as TableChangeRecord;
  if (!change.dynamodb?.NewImage) return;
  const after = unmarshall(change.dynamodb.NewImage);
  const before = change.dynamodb.OldImage ? unmarshall(change.dynamodb.OldImage) : undefined;
  const told = await noticeStoppedProvider(before, after, currentTime());
  if (told > 0) logger.info("provider stop told", { providerId: after.providerId, status: after.status, instruments: told });
});
