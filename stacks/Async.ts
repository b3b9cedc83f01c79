/**
 * The async flows (SPEC §6), one set per pipe of `pipes` (@hb/core/pipes):
 * table stream → EventBridge Pipe (filter) → SQS queue → consumer Lambda
 * (partial batch failures) → DLQ after maxReceiveCount, with alarms.
 */
import { ArnFormat, Aws, Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import { ComparisonOperator, Metric } from "aws-cdk-lib/aws-cloudwatch";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import { Rule, Schedule } from "aws-cdk-lib/aws-events";
import { LambdaFunction } from "aws-cdk-lib/aws-events-targets";
import { CfnPipe } from "aws-cdk-lib/aws-pipes";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { type StackContext, use } from "sst/constructs";
import { notifyPipe, type PipeDefinition, pipes, visibilityTimeoutSeconds } from "@hb/core/pipes";
import { schedules } from "@hb/core/schedules";
import { type DeployConfig, loadDeployConfig } from "./config";
import { constructId, hbFunction, noGrants } from "./lambda";
import { Monitoring, notifyingAlarm } from "./Monitoring";
import { Storage } from "./Storage";
import type { Function as LambdaFunctionConstruct } from "aws-cdk-lib/aws-lambda";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";

/** How long a message may wait in a pipe's main queue (SQS default 4 days; a week covers a long weekend plus repair). */
const QUEUE_RETENTION_DAYS = 7;

/**
 * The pipe's own retries when it cannot put a record on its queue (SQS or IAM
 * trouble, never a bad record: filters run before the target). 185 is the
 * maximum: for an audit trail a late record is better than a lost one, and
 * only a long outage should send stream positions to the pipe's DLQ.
 */
const PIPE_MAX_RETRY_ATTEMPTS = 185;

/** Stream records the pipe reads per batch; each becomes one SQS message. */
const PIPE_BATCH_SIZE = 10;

/**
 * Age of the oldest message that means "nobody is consuming". A record that
 * keeps failing is received at most maxReceiveCount times, one visibility
 * timeout apart, and then moves to the DLQ (its own alarm). So a message older
 * than maxReceiveCount × visibility timeout (+5 min slack) was not retried to
 * death: the consumer is not receiving (disabled mapping, throttled or broken
 * function, missing permission). For audit-trail: 5 × 180 s + 300 s = 20 min.
 */
export const oldestMessageAlarmSeconds = (pipe: PipeDefinition): number =>
  pipe.queue.maxReceiveCount * visibilityTimeoutSeconds(pipe) + 300;

export function Async({ stack, app }: StackContext) {
  const config = loadDeployConfig(app.stage);
  const { data, bucket } = use(Storage);
  const { table } = data;
  const { alarmTopic } = use(Monitoring);
  const streamArn = table.tableStreamArn;
  if (!streamArn) throw new Error("the table has no stream; tableDefinition.streamViewType is required for the pipes");

  const built = pipes.map((pipe) => {
    const id = constructId(pipe.name);
    if (pipe.queue.dlqRetentionDays <= QUEUE_RETENTION_DAYS) {
      // A message keeps its first enqueue time in the DLQ: a shorter DLQ retention could expire it on arrival.
      throw new Error(`pipe ${pipe.name}: dlqRetentionDays must exceed the queue retention of ${QUEUE_RETENTION_DAYS} days`);
    }

    const dlq = new Queue(stack, `${id}Dlq`, {
      retentionPeriod: Duration.days(pipe.queue.dlqRetentionDays),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    const queue = new Queue(stack, `${id}Queue`, {
      visibilityTimeout: Duration.seconds(visibilityTimeoutSeconds(pipe)),
      retentionPeriod: Duration.days(QUEUE_RETENTION_DAYS),
      deadLetterQueue: { queue: dlq, maxReceiveCount: pipe.queue.maxReceiveCount },
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    // Where the pipe puts stream positions it could not deliver after its retries (metadata, not the records).
    const pipeDlq = new Queue(stack, `${id}PipeDlq`, {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });

    const role = new Role(stack, `${id}PipeRole`, {
      description: `EventBridge Pipe ${pipe.name}: read the table stream, send to its queues`,
      assumedBy: new ServicePrincipal("pipes.amazonaws.com", {
        conditions: { StringEquals: { "aws:SourceAccount": Aws.ACCOUNT_ID } },
      }),
    });
    role.addToPolicy(
      new PolicyStatement({
        actions: ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
        resources: [streamArn],
      }),
    );
    // ListStreams has no resource-level permissions.
    role.addToPolicy(new PolicyStatement({ actions: ["dynamodb:ListStreams"], resources: ["*"] }));
    role.addToPolicy(new PolicyStatement({ actions: ["sqs:SendMessage"], resources: [queue.queueArn, pipeDlq.queueArn] }));

    const cfnPipe = new CfnPipe(stack, `${id}Pipe`, {
      description: pipe.description.slice(0, 512),
      roleArn: role.roleArn,
      source: streamArn,
      sourceParameters: {
        dynamoDbStreamParameters: {
          startingPosition: "LATEST",
          batchSize: PIPE_BATCH_SIZE,
          maximumRetryAttempts: PIPE_MAX_RETRY_ATTEMPTS,
          onPartialBatchItemFailure: "AUTOMATIC_BISECT",
          deadLetterConfig: { arn: pipeDlq.queueArn },
        },
        filterCriteria: { filters: pipe.filters.map((pattern) => ({ pattern: JSON.stringify(pattern) })) },
      },
      target: queue.queueArn,
      desiredState: "RUNNING",
    });
    cfnPipe.node.addDependency(role); // the role's policy must exist before the pipe starts polling

    const consumer = hbFunction(stack, `${id}Consumer`, {
      handler: pipe.consumer.handler,
      description: `${pipe.name} consumer: ${pipe.description}`.slice(0, 256),
      timeout: pipe.consumer.timeoutSeconds,
      data,
      config,
      grants: {
        ...noGrants,
        table: "read-write",
        auditLog: pipe.auditLog ?? "none",
        ...(pipe.opensSealed ? { personalIds: { ...noGrants.personalIds, reveal: true } } : {}),
      },
      ...(pipe.paymentFiles ? { environment: { HB_PAYMENT_FILES_BUCKET: bucket.bucketName } } : {}),
    });
    if (pipe.paymentFiles === "read-write") bucket.grantReadWrite(consumer);
    consumer.addEventSource(
      new SqsEventSource(queue, {
        batchSize: pipe.consumer.batchSize,
        maxBatchingWindow: Duration.seconds(pipe.consumer.maxBatchingWindowSeconds),
        maxConcurrency: pipe.consumer.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );

    const queueMetric = (q: Queue, metricName: string) =>
      new Metric({
        namespace: "AWS/SQS",
        metricName,
        dimensionsMap: { QueueName: q.queueName },
        statistic: "Maximum",
        period: Duration.minutes(1),
      });
    notifyingAlarm(stack, `${id}DlqAlarm`, alarmTopic, {
      metric: queueMetric(dlq, "ApproximateNumberOfMessagesVisible"),
      threshold: 1,
      comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      description: `HB ${app.stage}: ${pipe.name} records failed ${pipe.queue.maxReceiveCount} times and wait in the DLQ. See docs/operations.md#dlq-not-empty.`,
    });
    notifyingAlarm(stack, `${id}PipeDlqAlarm`, alarmTopic, {
      metric: queueMetric(pipeDlq, "ApproximateNumberOfMessagesVisible"),
      threshold: 1,
      comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      description: `HB ${app.stage}: the ${pipe.name} pipe could not deliver stream records to its queue. See docs/operations.md#pipe-dlq-not-empty.`,
    });
    notifyingAlarm(stack, `${id}QueueAgeAlarm`, alarmTopic, {
      metric: queueMetric(queue, "ApproximateAgeOfOldestMessage"),
      threshold: oldestMessageAlarmSeconds(pipe),
      comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      description: `HB ${app.stage}: ${pipe.name} messages wait over ${oldestMessageAlarmSeconds(pipe)} s: the consumer is not consuming. See docs/operations.md#queue-age.`,
    });
    notifyingAlarm(stack, `${id}PipeFailedAlarm`, alarmTopic, {
      metric: new Metric({
        namespace: "AWS/EventBridge/Pipes",
        metricName: "ExecutionFailed",
        dimensionsMap: { PipeName: cfnPipe.ref },
        statistic: "Sum",
        period: Duration.minutes(5),
      }),
      threshold: 1,
      comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      description: `HB ${app.stage}: the ${pipe.name} pipe fails to deliver (retrying). See docs/operations.md#pipe-dlq-not-empty.`,
    });

    stack.addOutputs({
      [`${id}PipeName`]: cfnPipe.ref,
      [`${id}QueueUrl`]: queue.queueUrl,
      [`${id}DlqUrl`]: dlq.queueUrl,
      [`${id}PipeDlqUrl`]: pipeDlq.queueUrl,
    });
    return { pipe, queue, dlq, pipeDlq, consumer, cfnPipe };
  });

  const scheduled = schedules.map((schedule) => {
    const id = constructId(schedule.name);
    const fn = hbFunction(stack, `${id}Scheduled`, {
      handler: schedule.handler,
      description: `${schedule.name}: ${schedule.description}`.slice(0, 256),
      timeout: schedule.timeoutSeconds,
      data,
      config,
      grants: { ...noGrants, table: "read-write", auditLog: schedule.auditLog ?? "none" },
    });
    // A run that overlaps the next one is harmless: each job skips work another run has done.
    new Rule(stack, `${id}Schedule`, {
      description: schedule.description,
      schedule: Schedule.rate(Duration.minutes(schedule.everyMinutes)),
      targets: [new LambdaFunction(fn, { retryAttempts: 2 })],
    });
    // Every run of a job that fails (after EventBridge's retries) means work left undone, e.g. events left unapproved.
    notifyingAlarm(stack, `${id}ScheduledErrorsAlarm`, alarmTopic, {
      metric: fn.metricErrors({ period: Duration.minutes(schedule.everyMinutes), statistic: "Sum" }),
      threshold: 1,
      comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      description: `HB ${app.stage}: the ${schedule.name} job failed. See docs/operations.md#scheduled-job-failed.`,
    });
    return { schedule, fn };
  });
  const notifyConsumer = built.find((entry) => entry.pipe.name === notifyPipe.name)?.consumer;
  const notifyWebhookSecret = notifyConsumer ? notifyDelivery(stack, notifyConsumer, config) : undefined;
  if (notifyWebhookSecret) stack.addOutputs({ NotifyWebhookSecretArn: notifyWebhookSecret.secretArn });
  return { pipes: built, scheduled };
}

/**
 * The notify consumer's channels beyond the inbox, from the deploy settings
 * (docs/operations.md#notification-delivery). A webhook gets a generated
 * signing secret the consumer may read (named and retained on production-like
 * stages, so the receiver's copy stays valid); a team mailbox gets
 * `ses:SendEmail` on the sender's identity only (the address, or its verified
 * domain, and only as the From address). Nothing configured adds nothing.
 */
export function notifyDelivery(
  scope: Construct,
  consumer: LambdaFunctionConstruct,
  config: Pick<DeployConfig, "stage" | "productionLike" | "notify">,
): Secret | undefined {
  const { webhookUrl, emailFrom, emailTo } = config.notify;
  let secret: Secret | undefined;
  if (webhookUrl) {
    secret = new Secret(scope, "NotifyWebhookSecret", {
      secretName: config.productionLike ? `hb/${config.stage}/notify-webhook-secret` : undefined,
      description: `HB ${config.stage}: HMAC key signing notification webhooks (x-hb-signature). Give it to the receiver.`,
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
      removalPolicy: config.productionLike ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    consumer.addEnvironment("HB_NOTIFY_WEBHOOK_URL", webhookUrl);
    consumer.addEnvironment("HB_NOTIFY_WEBHOOK_SECRET_ARN", secret.secretArn);
    secret.grantRead(consumer);
  }
  if (emailFrom && emailTo.length > 0) {
    consumer.addEnvironment("HB_NOTIFY_EMAIL_FROM", emailFrom);
    consumer.addEnvironment("HB_NOTIFY_EMAIL_TO", emailTo.join(","));
    const identity = (name: string) =>
      Stack.of(scope).formatArn({ service: "ses", resource: "identity", resourceName: name, arnFormat: ArnFormat.SLASH_RESOURCE_NAME });
    consumer.addToRolePolicy(
      new PolicyStatement({
        actions: ["ses:SendEmail"],
        // SES authorizes against the verified identity: the address itself or its domain.
        resources: [identity(emailFrom), identity(emailFrom.slice(emailFrom.lastIndexOf("@") + 1))],
        conditions: { StringEquals: { "ses:FromAddress": emailFrom } },
      }),
    );
  }
  return secret;
}
