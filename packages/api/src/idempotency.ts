import { IdempotencyConfig, makeIdempotent } from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import type { Context } from "aws-lambda";
import { dynamo, tableName } from "@hb/core/db";

/** How long a key is remembered. */
export const idempotencyWindowSeconds = 24 * 3600;

/**
 * Runs `work` once per caller, route and Idempotency-Key within the window
 * (Lambda Powertools idempotency on the single table): a repeat with the same
 * request gets the first result, another request under the same key is an
 * IdempotencyValidationError, a repeat while the first still runs an
 * IdempotencyAlreadyInProgressError. Records sit at `pk = <hash>,
 * sk = IDEMPOTENCY` so keys spread over partitions, and expire by the
 * table's TTL attribute.
 */
export function once<T>(
  key: { sub: string; route: string; idempotencyKey: string },
  request: unknown,
  context: Context,
  work: () => Promise<T>,
): Promise<T> {
  const persistenceStore = new DynamoDBPersistenceLayer({
    tableName: tableName(),
    keyAttr: "sk",
    staticPkValue: "IDEMPOTENCY",
    sortKeyAttr: "pk",
    expiryAttr: "expiresAt",
    awsSdkV3Client: dynamo(),
  });
  const config = new IdempotencyConfig({
    eventKeyJmesPath: "key",
    payloadValidationJmesPath: "request",
    expiresAfterSeconds: idempotencyWindowSeconds,
  });
  config.registerLambdaContext(context);
  const idempotent = makeIdempotent(async (_input: { key: string[]; request: unknown }) => work(), { persistenceStore, config });
  return idempotent({ key: [key.sub, key.route, key.idempotencyKey], request }) as Promise<T>;
}
