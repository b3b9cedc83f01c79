import type { Tracer } from "@aws-lambda-powertools/tracer";

/**
 * The X-Ray tracer of a Lambda container (Powertools): the API and queue-consumer wrappers open a segment per
 * invocation, and the DynamoDB client's calls are its subsegments (db.ts). It is loaded only in Lambda
 * (AWS_EXECUTION_ENV, the variable Powertools itself traces by): the X-Ray SDK tracks its context with async
 * hooks from the moment it loads, which made every `await` of the local runtime and the tests about three times
 * slower, for traces that are off outside Lambda anyway.
 */
export const tracer: Tracer | undefined = process.env.AWS_EXECUTION_ENV
  ? new (await import("@aws-lambda-powertools/tracer")).Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "hb" })
  : undefined;

/** An AWS SDK client whose calls are traced as subsegments (in Lambda; elsewhere the client as it is). */
export const traced = <T>(client: T): T => (tracer ? tracer.captureAWSv3Client(client) : client);
