import middy from "@middy/core";
import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { captureLambdaHandler } from "@aws-lambda-powertools/tracer/middleware";
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { tracer } from "@hb/core/tracer";
import { logger } from "./logger";
import { metricsPublished } from "./metrics";

/**
 * Wraps a per-record consumer for an SQS queue fed by a pipe: records are
 * processed one by one and only the failed ones are reported back
 * (ReportBatchItemFailures), so one bad record never makes its batch-mates
 * run again; after maxReceiveCount it lands in the DLQ. The batch is traced
 * (in Lambda) and the business metrics its records added are sent.
 */
export function queueConsumer(name: string, processRecord: (record: SQSRecord) => Promise<void>) {
  const processor = new BatchProcessor(EventType.SQS);
  // No early timeout: a batch runs until Lambda stops it, as it did before middy wrapped it.
  const pipeline = middy<SQSEvent, SQSBatchResponse>({ timeoutEarlyInMillis: 0 });
  // A batch's response names only failed message ids; nothing of the records themselves goes into the trace.
  if (tracer) pipeline.use(captureLambdaHandler(tracer, { captureResponse: false }));
  const handler = pipeline.use(metricsPublished()).handler(async (event, context) => {
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
  });
  return handler as unknown as (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
}
