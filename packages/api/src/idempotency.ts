import { IdempotencyConfig, makeIdempotent } from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import type { Context } from "aws-lambda";
import { dynamo, tableName } from "@hb/core/db";
import { DomainError } from "@hb/core/errors";
import { anonymous, isDryRun, type Prepared, type Step } from "./pipeline/request";
import type { RouteDefinition } from "./route";

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

/**
 * The Idempotency-Key of an `idempotent` route: a malformed key is refused before anything runs, a dry run
 * takes none (it writes nothing, not even the key's record: the real call may use the same key after it),
 * and the handler runs the route `once` under the caller, the route and the key (`runOnce`).
 */
export const idempotencyKey = (route: RouteDefinition): Step => ({
  before: (request) => {
    const { hb, headers } = request.event;
    const key = route.idempotent && !isDryRun(hb) ? headers?.["idempotency-key"] : undefined;
    if (key === undefined) return;
    if (!/^[\w.:-]{1,200}$/.test(key)) {
      throw new DomainError("VALIDATION_FAILED", {}, [
        { path: "/headers/idempotency-key", code: "invalid_format", text: "IDEMPOTENCY_KEY_FORMAT" },
      ]);
    }
    hb.idempotency = { sub: (hb.actor ?? anonymous).sub, route: route.id, idempotencyKey: key };
  },
});

/** Runs the route's work, once per key when the request has one; a stored answer given again marks the request `replayed`. */
export async function runOnce<T>(hb: Prepared, context: Context, work: () => Promise<T>): Promise<T> {
  if (!hb.idempotency) return work();
  let ran = false;
  const result = await once(hb.idempotency, hb.input ?? {}, context, () => {
    ran = true;
    return work();
  });
  hb.replayed = !ran;
  return result;
}
