import type { ScheduledEvent } from "aws-lambda";
import { logger } from "@hb/api/logger";
import { getAreaSettings } from "@hb/core/area/repository";
import { businessDate } from "@hb/core/dates";
import { eraseExpiredClients, type RetentionRun } from "@hb/core/retention/erase";

/** Runs daily (locally every minute and on demand): erases the clients whose retention period after HB has run out. */
export async function handler(event: Pick<ScheduledEvent, "time">): Promise<RetentionRun> {
  const result = await eraseExpiredClients(new Date(event.time), await getAreaSettings(businessDate(new Date(event.time))));
  if (result.skipped) logger.warn("retention skipped", { reason: result.skipped });
  else logger.info("retention", { ...result });
  return result;
}
