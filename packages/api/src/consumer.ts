import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { logger } from "./logger";

/**
 * Wraps a per-record consumer for an SQS queue fed by a pipe: records are
 * processed one by one and only the failed ones are reported back
 * (ReportBatchItemFailures), so one bad record never makes its batch-mates
 * run again; after maxReceiveCount it lands in the DLQ.
 */
export function queueConsumer(name: string, processRecord: (record: SQSRecord) => Promise<void>) {
  const processor = new BatchProcessor(EventType.SQS);
  return async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    logger.appendKeys({ consumer: name });
    const response = await processPartialResponse(
      event,
      async (record: SQSRecord) => {
        try {
          await processRecord(record);
        } catch (error) {
          logger.warn("record failed", {
            messageId: record.messageId,
            receiveCount: record.attributes.ApproximateReceiveCount,
            error,
          });
          throw error;
        }
      },
      processor,
      { context, throwOnFullBatchFailure: false },
    );
    return response;
  };
}
