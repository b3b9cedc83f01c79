import type { ScheduledEvent } from "aws-lambda";
import { logger } from "@hb/api/logger";
import { closeMonth } from "@hb/core/statistics/month-end";

/** Runs hourly (locally every minute and on demand): the first run of a month writes the month before's month-end levels. */
export async function handler(event: Pick<ScheduledEvent, "time">): Promise<{ month: string; closed: boolean; clients: number }> {
  const result = await closeMonth(new Date(event.time));
  if (result.closed) logger.info("statistics month end", { ...result });
  return result;
}
