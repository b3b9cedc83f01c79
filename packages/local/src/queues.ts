import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from "@aws-sdk/client-sqs";
import { startFauxqs } from "fauxqs";
import type { PipeDefinition } from "@hb/core/pipes";
import { freePort } from "./ports";

export interface LocalQueues {
  readonly endpoint: string;
  readonly sqs: SQSClient;
  /** The stack's payment-file bucket, in fauxqs's S3. */
  readonly paymentFilesBucket: string;
  /** The stack's client-export bucket, in fauxqs's S3 (its links are fauxqs URLs). */
  readonly clientExportsBucket: string;
  stop(): Promise<void>;
}

export interface PipeQueues {
  readonly queueUrl: string;
  /** Where the queue moves a message its consumer failed maxReceiveCount times. */
  readonly dlqUrl: string;
  /** Where the relay, like the pipe, puts the stream position of a record the queue refused (stacks/Async.ts `PipeDlq`). */
  readonly pipeDlqUrl: string;
}

/** The stack keeps a pipe's DLQ messages 14 days. */
const PIPE_DLQ_RETENTION_SECONDS = 14 * 86_400;

export const sqsConfig = (endpoint: string) => ({
  endpoint,
  region: "eu-north-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});

/** fauxqs serves SQS and S3 in this process; its state lives in memory. */
export async function startQueues(): Promise<LocalQueues> {
  const server = await startFauxqs({ port: await freePort(), logger: false, defaultRegion: "eu-north-1" });
  const sqs = new SQSClient(sqsConfig(server.address));
  const { bucketName } = server.createBucket("hb-payment-files");
  const exports = server.createBucket("hb-client-exports");
  return {
    endpoint: server.address,
    sqs,
    paymentFilesBucket: bucketName,
    clientExportsBucket: exports.bucketName,
    async stop() {
      sqs.destroy();
      await server.stop();
    },
  };
}

/**
 * The same queues the stack builds for a pipe: a queue redriving to its DLQ
 * after maxReceiveCount receives, and the pipe's own DLQ.
 */
export async function createPipeQueues(
  sqs: SQSClient,
  pipe: PipeDefinition,
  visibilityTimeoutSeconds: number,
): Promise<PipeQueues> {
  const dlq = await sqs.send(
    new CreateQueueCommand({
      QueueName: `hb-${pipe.name}-dlq`,
      Attributes: { MessageRetentionPeriod: String(pipe.queue.dlqRetentionDays * 86_400) },
    }),
  );
  const dlqUrl = dlq.QueueUrl!;
  const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ["QueueArn"] })))
    .Attributes?.QueueArn;
  const queue = await sqs.send(
    new CreateQueueCommand({
      QueueName: `hb-${pipe.name}`,
      Attributes: {
        VisibilityTimeout: String(visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: pipe.queue.maxReceiveCount }),
      },
    }),
  );
  const pipeDlq = await sqs.send(
    new CreateQueueCommand({
      QueueName: `hb-${pipe.name}-pipe-dlq`,
      Attributes: { MessageRetentionPeriod: String(PIPE_DLQ_RETENTION_SECONDS) },
    }),
  );
  return { queueUrl: queue.QueueUrl!, dlqUrl, pipeDlqUrl: pipeDlq.QueueUrl! };
}

/** Messages waiting or in flight; zero means the consumer has nothing left to do. */
export async function queueDepth(sqs: SQSClient, queueUrl: string): Promise<number> {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed"],
    }),
  );
  return (
    Number(Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0) +
    Number(Attributes?.ApproximateNumberOfMessagesDelayed ?? 0)
  );
}
