import middy, { type MiddlewareObj } from "@middy/core";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from "aws-lambda";
import type { z } from "zod";
import { type Actor, type RequestContext, hasRole } from "@hb/core/actor";
import { isServiceUnavailable } from "@hb/core/aws-clients";
import { recordAuditEntries } from "@hb/core/audit/repository";
import { assertCanAccessClient, assertClientIdInReach } from "@hb/core/clients/access";
import { requireClient } from "@hb/core/clients/repository";
import type { Client } from "@hb/core/clients/schemas";
import { DomainError, type FieldError } from "@hb/core/errors";
import { ownerOf } from "@hb/core/ownership";
import { type Language, negotiateLanguage } from "@hb/core/language";
import { actorFromClaims } from "./claims";
import { once } from "./idempotency";
import { logger } from "./logger";
import { problem, problemResponse } from "./problem";
import type { RouteDefinition } from "./route";
import { parsePart } from "./validation";

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Result = APIGatewayProxyStructuredResultV2;

export interface ApiRequest<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly actor: Actor;
  readonly language: Language;
  readonly requestId: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Actor, request id and clock for repositories that change data. */
  readonly context: RequestContext;
  /** The client the route's subject rule resolved, access checked and audited; undefined for other rules. */
  readonly client: Client | undefined;
}

export interface ApiResult<R> {
  readonly status?: number;
  readonly body?: R;
  readonly headers?: Readonly<Record<string, string>>;
}

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;
type Input<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What the middlewares learn about a request before the handler runs. */
interface Prepared {
  language: Language;
  requestId: string;
  actor?: Actor;
  rawBody?: unknown;
  input?: { params: unknown; query: unknown; body: unknown };
  client?: Client;
  now: Date;
}
type PreparedEvent = Event & { hb: Prepared };

const requestIdOf = (event: Event, context: Context): string => event.requestContext?.requestId ?? context.awsRequestId;
/** The business clock of a request is the time API Gateway received it (the local front stamps it the same way). */
const requestTime = (event: Event): Date => new Date(event.requestContext?.timeEpoch ?? Date.now());

const negotiate = (): MiddlewareObj<PreparedEvent, Result> => ({
  before: (request) => {
    request.event.hb = {
      language: negotiateLanguage(request.event.headers?.["accept-language"]),
      requestId: requestIdOf(request.event, request.context),
      now: requestTime(request.event),
    };
  },
});

/** What a 503 asks the caller to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Turns every failure into problem+json: an AWS service that is down,
 * throttled or too slow into a 503 with Retry-After, anything unexpected into
 * a 500; both name the request id and nothing else.
 */
const problems = (): MiddlewareObj<PreparedEvent, Result> => ({
  onError: (request) => {
    const hb = request.event.hb ?? {
      language: negotiateLanguage(request.event.headers?.["accept-language"]),
      requestId: requestIdOf(request.event, request.context),
      now: requestTime(request.event),
    };
    let error = request.error;
    if (error instanceof Error && error.name === "IdempotencyValidationError") error = new DomainError("IDEMPOTENCY_KEY_REUSED");
    if (error instanceof Error && error.name === "IdempotencyAlreadyInProgressError") error = new DomainError("IDEMPOTENCY_IN_PROGRESS");
    if (error instanceof DomainError) {
      logger.info("request refused", { code: error.code, status: error.status });
      request.response = problemResponse(
        problem(error.code, hb.language, hb.requestId, error.params, error.errors),
        hb.language,
      );
      return;
    }
    if (isServiceUnavailable(error)) {
      // An outage or throttling of a service we depend on, not a bug: the caller may try again.
      logger.error("service unavailable", { error });
      request.response = problemResponse(problem("SERVICE_UNAVAILABLE", hb.language, hb.requestId), hb.language, {
        "retry-after": String(RETRY_AFTER_SECONDS),
      });
      return;
    }
    logger.error("unexpected error", { error });
    request.response = problemResponse(problem("INTERNAL_ERROR", hb.language, hb.requestId), hb.language);
  },
});

/** API Gateway's JWT authorizer has verified the token; here we read its claims and check the route's roles. */
const authorize = (route: RouteDefinition): MiddlewareObj<PreparedEvent, Result> => ({
  before: (request) => {
    if (route.roles === "public") return;
    const actor = actorFromClaims(request.event.requestContext?.authorizer?.jwt?.claims);
    if (!actor) throw new DomainError("UNAUTHENTICATED");
    if (!hasRole(actor, ...route.roles)) throw new DomainError("FORBIDDEN");
    request.event.hb.actor = actor;
  },
});

const jsonBody = (route: RouteDefinition): MiddlewareObj<PreparedEvent, Result> => ({
  before: (request) => {
    if (!route.body) return;
    const { event } = request;
    const text = event.isBase64Encoded && event.body ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
    if (text === undefined || text === "") {
      event.hb.rawBody = undefined;
      return;
    }
    const contentType = event.headers?.["content-type"] ?? "";
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType.trim())) throw new DomainError("UNSUPPORTED_MEDIA_TYPE");
    try {
      event.hb.rawBody = JSON.parse(text) as unknown;
    } catch {
      throw new DomainError("MALFORMED_REQUEST");
    }
  },
});

const validate = (route: RouteDefinition): MiddlewareObj<PreparedEvent, Result> => ({
  before: (request) => {
    const { event } = request;
    const parts = [
      ["params", route.params, event.pathParameters ?? {}],
      ["query", route.query, event.queryStringParameters ?? {}],
      ["body", route.body, event.hb.rawBody],
    ] as const;
    const errors: FieldError[] = [];
    const input: Record<string, unknown> = {};
    for (const [part, schema, raw] of parts) {
      if (!schema) continue;
      const result = parsePart(part, schema, raw, event.hb.language);
      if (result.ok) input[part] = result.value;
      else errors.push(...result.errors);
    }
    if (errors.length > 0) throw new DomainError("VALIDATION_FAILED", {}, errors);
    event.hb.input = { params: input.params, query: input.query, body: input.body };
  },
});

const anonymous: Actor = { sub: "anonymous", roles: [], clientIds: [] };

/** Writes one audit entry per client for this request; a failure fails the request, so nothing is read or written unaudited. */
async function audit(route: RouteDefinition, event: PreparedEvent, clientIds: Iterable<string>): Promise<void> {
  const { hb } = event;
  const actor = hb.actor ?? anonymous;
  const kind = route.method === "GET" ? ("read" as const) : ("write" as const);
  const purpose = event.headers?.["x-hb-purpose"]?.slice(0, 200);
  await recordAuditEntries(
    [...new Set(clientIds)].map((clientId) => ({
      uniqueId: `${hb.requestId}#${kind}`,
      entry: {
        at: hb.now.toISOString(),
        clientId,
        kind,
        action: route.id,
        actor: { sub: actor.sub, roles: [...actor.roles] },
        ...(purpose ? { purpose } : {}),
        requestId: hb.requestId,
      },
    })),
  );
}

/** Every `clientId` string anywhere in a response body. */
function clientIdsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) clientIdsIn(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "clientId" && typeof item === "string") found.add(item);
      else clientIdsIn(item, found);
    }
  }
  return found;
}

const internalKeys = new Set(["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk", "dataSubject", "changedBy", "payloadHash"]);

/** Table keys and bookkeeping attributes anywhere in a response body: they must never reach a caller. */
function internalKeysIn(value: unknown, found = new Set<string>()): string[] {
  if (Array.isArray(value)) for (const item of value) internalKeysIn(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (internalKeys.has(key)) found.add(key);
      internalKeysIn(item, found);
    }
  }
  return [...found];
}

/** Resolves the route's client, checks the caller may reach it, and audits the access before the handler runs. */
const subject = (route: RouteDefinition): MiddlewareObj<PreparedEvent, Result> => ({
  before: async (request) => {
    const rule = route.subject;
    if (rule.from !== "param" && rule.from !== "owner") return;
    const { hb } = request.event;
    const actor = hb.actor ?? anonymous;
    const input = (hb.input ?? {}) as { params?: Record<string, string>; query?: Record<string, string>; body?: Record<string, string> };
    let clientId: string;
    let namedProvider = false;
    if (rule.from === "param") {
      clientId = String(input.params?.[rule.name] ?? input.query?.[rule.name]);
      assertClientIdInReach(actor, clientId);
    } else {
      const owner = await ownerOf(rule.entity, String((rule.in === "body" ? input.body : input.params)?.[rule.param]));
      clientId = owner.clientId;
      namedProvider =
        rule.namedProvider === true && hasRole(actor, "provider") && actor.providerId !== undefined && actor.providerId === owner.providerId;
    }
    const client = await requireClient(clientId);
    if (!namedProvider) assertCanAccessClient(actor, client, rule.access);
    await audit(route, request.event, [client.clientId]);
    hb.client = client;
  },
});

/**
 * Wraps a route's implementation in the middleware every API Lambda shares:
 * logging with personal data redacted, language, JWT claims and roles, JSON
 * body, zod validation, the subject client (access check and audit) and
 * problem+json errors.
 */
export function apiHandler<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  route: RouteDefinition<P, Q, B, R>,
  implementation: (request: ApiRequest<Output<P>, Output<Q>, Output<B>>) => Promise<ApiResult<Input<R>>>,
) {
  const definition = route as unknown as RouteDefinition;
  const handler = middy<PreparedEvent, Result>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(problems())
    .use(negotiate())
    .use(authorize(definition))
    .use(jsonBody(definition))
    .use(validate(definition))
    .use(subject(definition))
    .handler(async (event, lambdaContext) => {
      const { hb } = event;
      logger.appendKeys({ route: route.id, requestId: hb.requestId });
      const actor = hb.actor ?? anonymous;
      const run = () => implementation({
        params: hb.input?.params as Output<P>,
        query: hb.input?.query as Output<Q>,
        body: hb.input?.body as Output<B>,
        actor,
        language: hb.language,
        requestId: hb.requestId,
        headers: event.headers ?? {},
        context: { actor, requestId: hb.requestId, now: hb.now },
        client: hb.client,
      });
      const idempotencyKey = route.idempotent ? event.headers?.["idempotency-key"] : undefined;
      if (idempotencyKey !== undefined && !/^[\w.:-]{1,200}$/.test(idempotencyKey)) {
        throw new DomainError("VALIDATION_FAILED", {}, [
          { path: "/headers/idempotency-key", code: "invalid_format", message: "1–200 letters, digits, '-', '_', '.' or ':'" },
        ]);
      }
      const result = idempotencyKey
        ? await once({ sub: actor.sub, route: route.id, idempotencyKey }, hb.input ?? {}, lambdaContext, run)
        : await run();
      if (route.subject.from === "response") await audit(definition, event, clientIdsIn(result.body));
      if (process.env.HB_CHECK_RESPONSES === "1" && result.body !== undefined) {
        // Locally and in tests every response is checked against the documented schema, and for table internals.
        route.response.schema?.parse(result.body);
        const leaked = internalKeysIn(result.body);
        if (leaked.length > 0) throw new Error(`response of ${route.id} leaks table attributes: ${leaked.join(", ")}`);
      }
      const status = result.status ?? route.response.status;
      logger.info("request served", { status });
      const mediaType = route.response.mediaType ?? "application/json";
      return {
        statusCode: status,
        headers: {
          ...(result.body !== undefined ? { "content-type": mediaType === "application/json" ? mediaType : `${mediaType}; charset=utf-8` } : {}),
          "content-language": hb.language,
          ...result.headers,
        },
        ...(result.body !== undefined ? { body: mediaType === "application/json" ? JSON.stringify(result.body) : String(result.body) } : {}),
      };
    });
  // Callers (Lambda, the local front, tests) pass a plain API Gateway event; `hb` is added inside.
  return handler as unknown as (event: Event, context: Context) => Promise<Result>;
}
