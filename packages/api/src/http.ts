import middy from "@middy/core";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { captureLambdaHandler } from "@aws-lambda-powertools/tracer/middleware";
import type { Context } from "aws-lambda";
import type { z } from "zod";
import { runWithGrants } from "@hb/core/grants";
import { tracer } from "@hb/core/tracer";
import { idempotencyKey, runOnce } from "./idempotency";
import { logger } from "./logger";
import { businessMetric } from "./metrics";
import { responseAudit } from "./pipeline/audit";
import { authorize } from "./pipeline/caller";
import { filters } from "./pipeline/filters";
import { jsonBody, validate } from "./pipeline/input";
import { ownProvider } from "./pipeline/own-provider";
import { problems } from "./pipeline/problems";
import { type Answer, anonymous, type ApiRequest, type ApiResult, checkingDeclarations, type Event, negotiate, type PreparedEvent, type Result } from "./pipeline/request";
import { minimised, response } from "./pipeline/response";
import { itemReach, subject } from "./pipeline/subject";
import { grantsOf, type RouteDefinition } from "./route";

export type { ApiRequest, ApiResult, SubjectInput } from "./pipeline/request";
export { RETRY_AFTER_SECONDS } from "./pipeline/problems";

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;
type Input<S> = S extends z.ZodType ? z.input<S> : undefined;

/**
 * Wraps a route's implementation in the middleware every API Lambda shares (docs/architecture.md#requests).
 * Before the handler: logging with personal data redacted, the X-Ray trace (in Lambda), problem+json errors,
 * language, the caller and roles, JSON body, zod validation, the own provider, the query filters the caller
 * may use, the subject client (access check and audit), the Idempotency-Key. After it: the audit of the
 * clients a response names, data minimisation, a money operation's business metric, the response's check
 * against the route.
 */
export function apiHandler<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType, T extends z.ZodType = never>(
  route: RouteDefinition<P, Q, B, R, T>,
  implementation: (request: ApiRequest<Output<P>, Output<Q>, Output<B> | Output<T>>) => Promise<ApiResult<Input<R>>>,
) {
  const definition = route as unknown as RouteDefinition;
  const pipeline = middy<PreparedEvent, Answer>().use(injectLambdaContext(logger, { resetKeys: true }));
  // Answers carry personal data: the trace keeps their timing, never their content.
  if (tracer) pipeline.use(captureLambdaHandler(tracer, { captureResponse: false }));
  const handler = pipeline
    .use(problems(definition))
    .use(negotiate())
    .use(authorize(definition))
    .use(jsonBody(definition))
    .use(validate(definition))
    .use(ownProvider(definition))
    .use(filters(definition))
    .use(subject(definition))
    // middy runs `after` steps last-used first: the response audit, minimisation, the metric, then the response.
    .use(response(definition))
    .use(businessMetric(definition))
    .use(minimised())
    .use(responseAudit(definition))
    .use(idempotencyKey(definition))
    .handler(async (event, lambdaContext) => {
      const { hb } = event;
      logger.appendKeys({ route: route.id, requestId: hb.requestId });
      const actor = hb.actor ?? anonymous;
      const run = () => implementation({
        params: hb.input?.params as Output<P>,
        query: hb.input?.query as Output<Q>,
        body: hb.input?.body as Output<B> | Output<T>,
        actor,
        language: hb.language,
        requestId: hb.requestId,
        headers: event.headers ?? {},
        context: { actor, requestId: hb.requestId, now: hb.now },
        client: hb.client,
        provider: hb.provider,
        reach: itemReach(definition, event, actor),
      });
      return runOnce(hb, lambdaContext, run);
    });
  // Callers (Lambda, the local front, tests) pass a plain API Gateway event; `hb` is added inside.
  const run = handler as unknown as (event: Event, context: Context) => Promise<Result>;
  // Locally and in tests the route's grants are enforced in process, as IAM enforces them in AWS.
  const grants = grantsOf(definition);
  return (event: Event, context: Context): Promise<Result> =>
    checkingDeclarations() ? runWithGrants(route.id, grants, () => run(event, context)) : run(event, context);
}
