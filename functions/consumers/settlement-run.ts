import { unmarshall } from "@aws-sdk/util-dynamodb";
import { queueConsumer } from "@hb/api/consumer";
import { logger } from "@hb/api/logger";
import { MetricUnit, metrics } from "@hb/api/metrics";
import type { TableChangeRecord } from "@hb/core/audit/trail";
import { currentTime } from "@hb/core/dates";
import { storePaymentFile } from "@hb/core/settlement/files";
import { advanceRun } from "@hb/core/settlement/close-run";
import { moveEventsOfPayment } from "@hb/core/settlement/payment-outcomes";

/**
 * The settlement-run queue: a closing run takes its next step, and a payment
 * the bank paid (or returned) moves its statement's events a step. Each step
 * reads the item again and writes its progress conditionally, so duplicates
 * and reordered records repeat nothing; the progress write is the next record.
 */
export const handler = queueConsumer("settlement-run", async (record) => {
  const change = JSON.parse(record.body) as TableChangeRecord;
  const image = change.dynamodb?.NewImage ? unmarshall(change.dynamodb.NewImage) : undefined;
  if (image?.type === "SettlementRun" && typeof image.runId === "string") {
    const outcome = await advanceRun(image.runId, storePaymentFile, currentTime());
    logger.info("settlement run step", { eventID: change.eventID, runId: image.runId, outcome });
    // The money operation of this queue: the month's payment file exists (a duplicate record finds the run closed and is "idle").
    if (outcome === "closed") metrics.addMetric("SettlementRunClosed", MetricUnit.Count, 1);
  } else if (image?.type === "SettlementPayment" && typeof image.runId === "string" && typeof image.statementId === "string") {
    const outcome = await moveEventsOfPayment(image.runId, image.statementId, currentTime());
    logger.info("settlement payment step", { eventID: change.eventID, runId: image.runId, statementId: image.statementId, outcome });
  } else {
    // Nothing else is routed here: a record that is neither is a fault to look at in the DLQ, not to drop.
    throw new Error(`settlement-run: not a closing run or a payment to follow (${change.eventID})`);
  }
});
