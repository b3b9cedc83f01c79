import { logger } from "@hb/api/logger";
import { approveDueEvents } from "@hb/core/events/repository";

/** Runs hourly (stacks/Async.ts; locally on a timer): events still recorded after the area's review window are approved. */
export async function handler(): Promise<{ approved: number }> {
  const result = await approveDueEvents(new Date());
  logger.info("review window", result);
  return result;
}
