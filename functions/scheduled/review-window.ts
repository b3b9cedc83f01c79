import type { ScheduledEvent } from "aws-lambda";
import { logger } from "@hb/api/logger";
import { approveDueEvents } from "@hb/core/events/auto-approval";

/** Runs hourly (stacks/Async.ts; locally on a timer): events still recorded after the area's review window are approved. */
export async function handler(event: Pick<ScheduledEvent, "time">): Promise<{ approved: number }> {
  // The run's time is EventBridge's schedule time, not when the Lambda happened to start.
  const result = await approveDueEvents(new Date(event.time));
  logger.info("review window", result);
  return result;
}
