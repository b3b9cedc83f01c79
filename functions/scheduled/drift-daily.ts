import type { ScheduledEvent } from "aws-lambda";
import { logger } from "@hb/api/logger";
import { getAreaSettings } from "@hb/core/area/repository";
import { businessDate } from "@hb/core/dates";
import { evaluateDueInstruments } from "@hb/core/drift/repository";

/** Runs daily (locally every minute and on demand): gaps, under-use and coming expiries that no delivery triggers. */
export async function handler(event: Pick<ScheduledEvent, "time">): Promise<{ evaluated: number; notifications: number }> {
  const now = new Date(event.time);
  const result = await evaluateDueInstruments(businessDate(now), await getAreaSettings(businessDate(now)), now);
  logger.info("drift daily", result);
  return result;
}
