import middy, { type MiddlewareObj } from "@middy/core";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from "aws-lambda";
import type { z } from "zod";
import { type Actor, type RequestContext, hasRole, systemActor } from "@hb/core/actor";
import { isServiceUnavailable } from "@hb/core/aws-clients";
import { recordAuditEntries, recordRefusal } from "@hb/core/audit/repository";
import { runWithGrants } from "@hb/core/grants";
import { assertCanAccessClient, assertClientIdInReach } from "@hb/core/clients/access";
import { requireClient } from "@hb/core/clients/repository";
import type { Client } from "@hb/core/clients/schemas";
import { DomainError, type FieldError, forbidden } from "@hb/core/errors";
import { ownerOf } from "@hb/core/ownership";
import { isMemberOf } from "@hb/core/providers/membership";
import { requireProvider } from "@hb/core/providers/repository";
import type { Provider } from "@hb/core/providers/schemas";
import { type Language, negotiateLanguage } from "@hb/core/language";
import { businessDate } from "@hb/core/dates";
import { actorFor } from "@hb/core/identity/actor";
import { identityFromClaims } from "@hb/core/identity/claims";
import { type Principal, principalSchema, resolvePrincipal } from "@hb/core/identity/principal";
import { identitySettings } from "@hb/core/identity/settings";
import { once } from "./idempotency";
import { logger } from "./logger";
import { problem, problemResponse } from "./problem";
import { documentedStatuses, grantsOf, type RouteDefinition, type SubjectRule, successStatuses } from "./route";
import { parsePart } from "./validation";

/**
 * What API Gateway hands a route: the claims of a token its JWT authorizer
 * verified (one trusted issuer), or the principal HB's Lambda authorizer
 * resolved (several issuers; `functions/authorizer.ts`).
 */
type Event = APIGatewayProxyEventV2 & {
  requestContext: {
    authorizer?: {
      jwt?: { claims: Record<string, string | number | boolean | string[]> };
      lambda?: { principal?: string; refused?: string };
    };
  };
};
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
  /** The provider of a provider's own route (`route.provider`), the caller found to be its staff; undefined for other routes. */
  readonly provider: Provider | undefined;
  /**
   * A batch (`subject: { from: "each" }`): the client of one item under the route's rule, access checked and
   * audited (a refusal as a refusal) as the middleware does for a single request; throws 403 or 404 for that item.
   */
  readonly reach: (item: SubjectInput) => Promise<Client>;
}

/** The parts of a request (or of one item of a batch) a subject rule reads its id from. */
export interface SubjectInput {
  readonly params?: unknown;
  readonly query?: unknown;
  readonly body?: unknown;
}

export interface ApiResult<R> {
  readonly status?: number;
  readonly body?: R;
  /** One of the route's `response.alternatives`: `text` is sent as it is, under this media type, instead of `body`. */
  readonly alternative?: { readonly mediaType: string; readonly text: string };
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
  /** The body's media type when it is one of the route's `bodyMediaTypes` (else JSON). */
  bodyMediaType?: string;
  input?: { params: unknown; query: unknown; body: unknown };
  client?: Client;
  provider?: Provider;
  /** The client a refused request was about, for the audit of refusals. */
  refusedClientId?: string;
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

/**
 * Locally and in tests (HB_CHECK_RESPONSES, set by the local runtime) a route is held to its
 * declaration: every answer one it documents, every access one its grants allow. A breach is a bug
 * in the route table.
 */
const checkingDeclarations = () => process.env.HB_CHECK_RESPONSES === "1";

/** What a 503 asks the caller to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Turns every failure into problem+json: an AWS service that is down,
 * throttled or too slow into a 503 with Retry-After, anything unexpected into
 * a 500; both name the request id and nothing else. A 403 is audited. Under
 * HB_CHECK_RESPONSES a problem whose status the route does not document is
 * such a failure too.
 */
const problems = (route: RouteDefinition): MiddlewareObj<PreparedEvent, Result> => ({
  onError: async (request) => {
    const hb = request.event.hb ?? {
      language: negotiateLanguage(request.event.headers?.["accept-language"]),
      requestId: requestIdOf(request.event, request.context),
      now: requestTime(request.event),
    };
    let error = request.error;
    if (error instanceof Error && error.name === "IdempotencyValidationError") error = new DomainError("IDEMPOTENCY_KEY_REUSED");
    if (error instanceof Error && error.name === "IdempotencyAlreadyInProgressError") error = new DomainError("IDEMPOTENCY_IN_PROGRESS");
    if (error instanceof DomainError && checkingDeclarations() && !documentedStatuses(route).includes(error.status)) {
      error = new Error(`${route.id} answered ${error.status} (${error.code}), which its route does not document (problems)`);
    }
    if (error instanceof DomainError) {
      logger.info("request refused", { code: error.code, status: error.status });
      if (error.code === "FORBIDDEN" && hb.actor) await auditRefusal(route, request.event, hb.actor);
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

/** The caller's principal: from HB's Lambda authorizer, or looked up from the claims API Gateway's JWT authorizer verified. */
async function principalOf(event: Event): Promise<Principal | undefined> {
  const authorizer = event.requestContext?.authorizer;
  if (authorizer?.lambda) {
    const { principal } = authorizer.lambda;
    return principal === undefined ? undefined : principalSchema.parse(JSON.parse(principal));
  }
  const claims = authorizer?.jwt?.claims;
  if (!claims) return undefined;
  // Token freshness is real time; business time (which the local clock moves) is for the domain.
  const result = identityFromClaims(claims, identitySettings(), new Date());
  if (!result.ok) {
    logger.info("token refused", { reason: result.reason });
    return undefined;
  }
  return resolvePrincipal(result.identity);
}

/** The caller as HB's records say (docs/security.md), and the route's roles. */
const authorize = (route: RouteDefinition): MiddlewareObj<PreparedEvent, Result> => ({
  before: async (request) => {
    if (route.roles === "public") return;
    const { hb } = request.event;
    const principal = await principalOf(request.event);
    if (!principal) throw new DomainError("UNAUTHENTICATED");
    const provider = request.event.headers?.["x-hb-provider"];
    const actor = actorFor(principal, { today: businessDate(hb.now), ...(provider ? { provider } : {}) });
    hb.actor = actor;
    if (hasRole(actor, ...route.roles)) return;
    if (route.roles.includes("provider") && actor.providerIds.length > 1 && !actor.providerId) throw new DomainError("PROVIDER_NOT_CHOSEN");
    throw new DomainError("FORBIDDEN");
  },
});

/** The media types a route's body is taken in, for the 415 that names them. */
const acceptedMediaTypes = (route: RouteDefinition): string => ["application/json", ...Object.keys(route.bodyMediaTypes ?? {})].join(", ");

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
    const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
    if (route.bodyMediaTypes?.[mediaType]) {
      // Read by the handler, which knows the format (a CSV's lines): here it is only text.
      event.hb.rawBody = text;
      event.hb.bodyMediaType = mediaType;
      return;
    }
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType.trim())) throw new DomainError("UNSUPPORTED_MEDIA_TYPE", { accepted: acceptedMediaTypes(route) });
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
    const { bodyMediaType } = event.hb;
    const parts = [
      ["params", route.params, event.pathParameters ?? {}],
      ["query", route.query, event.queryStringParameters ?? {}],
      ["body", bodyMediaType ? route.bodyMediaTypes?.[bodyMediaType] : route.body, event.hb.rawBody],
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

const anonymous: Actor = systemActor("anonymous");

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

/** A refused request (403) is audited too: under its client when the refusal was about one, else by day for the area. */
async function auditRefusal(route: RouteDefinition, event: PreparedEvent, actor: Actor, clientId = event.hb.refusedClientId): Promise<void> {
  const { hb } = event;
  try {
    await recordRefusal({
      at: hb.now.toISOString(),
      ...(clientId ? { clientId } : {}),
      action: route.id,
      actor: { sub: actor.sub, roles: [...actor.roles] },
      requestId: hb.requestId,
    });
  } catch (error) {
    // The refusal stands either way; a lost audit line of a refusal is logged, not turned into a 500.
    logger.error("refusal not audited", { error });
  }
}

/** Links to the client's records that a provider does not need to deliver the service (data minimisation, docs/security.md). */
const clientLinks = new Set(["clientId", "budgetId", "decisionId"]);

/** A caller who is nothing but a provider's staff: it sees instruments and events by their numbers, not whose records they belong to. */
const providerOnly = (actor: Actor): boolean =>
  hasRole(actor, "provider") && !hasRole(actor, "worker", "client", "representative", "finance", "admin");

function withoutClientLinks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutClientLinks);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !clientLinks.has(key)).map(([key, item]) => [key, withoutClientLinks(item)]));
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

const internalKeys = new Set(["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk", "dataSubject", "changedBy", "payloadHash", "personRef", "requesterRef", "applicantRef"]);

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

type ClientRule = Extract<SubjectRule, { from: "param" | "owner" }>;

/**
 * The client a subject rule names in the input, once the caller is found to reach it (403 if not, 404 if the
 * entity is unknown); `refusing` learns the client before the check, for the audit of a refusal.
 */
async function reachClient(rule: ClientRule, actor: Actor, parts: SubjectInput, refusing: (clientId: string) => void): Promise<Client> {
  const input = parts as { params?: Record<string, string>; query?: Record<string, string>; body?: Record<string, string> };
  let clientId: string;
  let namedProvider = false;
  if (rule.from === "param") {
    clientId = String(input.params?.[rule.name] ?? input.query?.[rule.name]);
    refusing(clientId);
    assertClientIdInReach(actor, clientId);
  } else {
    const owner = await ownerOf(rule.entity, String((rule.in === "body" ? input.body : input.params)?.[rule.param]));
    clientId = owner.clientId;
    refusing(clientId);
    const ownProvider = hasRole(actor, "provider") ? actor.providerId : undefined;
    namedProvider =
      rule.namedProvider === true &&
      ownProvider !== undefined &&
      (ownProvider === owner.providerId || (rule.formerProviders === true && owner.formerProviderIds.includes(ownProvider)));
  }
  const client = await requireClient(clientId);
  if (!namedProvider) assertCanAccessClient(actor, client, rule.access);
  return client;
}

/** Resolves the route's client, checks the caller may reach it, and audits the access before the handler runs. */
const subject = (route: RouteDefinition): MiddlewareObj<PreparedEvent, Result> => ({
  before: async (request) => {
    const rule = route.subject;
    if (rule.from !== "param" && rule.from !== "owner") return;
    const { hb } = request.event;
    const client = await reachClient(rule, hb.actor ?? anonymous, hb.input ?? {}, (clientId) => (hb.refusedClientId = clientId));
    delete hb.refusedClientId;
    await audit(route, request.event, [client.clientId]);
    hb.client = client;
  },
});

/** A provider's own route: its provider loaded (404 when unknown), and only its staff or the route's other roles pass. */
const ownProvider = (route: RouteDefinition): MiddlewareObj<PreparedEvent, Result> => ({
  before: async (request) => {
    const rule = route.provider;
    if (!rule) return;
    const { hb } = request.event;
    const provider = await requireProvider(String((hb.input?.params as Record<string, unknown> | undefined)?.[rule.param]));
    const actor = hb.actor ?? anonymous;
    if (!isMemberOf(actor, provider.providerId) && !(rule.alsoRoles && hasRole(actor, ...rule.alsoRoles))) throw forbidden();
    hb.provider = provider;
  },
});

/** `request.reach` of a batch route: each item's client checked and audited once per request, each refusal audited. */
function itemReach(route: RouteDefinition, event: PreparedEvent, actor: Actor): (item: SubjectInput) => Promise<Client> {
  const rule = route.subject;
  if (rule.from !== "each") {
    return () => Promise.reject(new Error(`${route.id} reaches a subject per item, but its subject rule is not "each"`));
  }
  const audited = new Set<string>();
  return async (item) => {
    let refusedClientId: string | undefined;
    try {
      const client = await reachClient(rule.rule, actor, item, (clientId) => (refusedClientId = clientId));
      if (!audited.has(client.clientId)) {
        await audit(route, event, [client.clientId]);
        audited.add(client.clientId);
      }
      return client;
    } catch (error) {
      if (error instanceof DomainError && error.code === "FORBIDDEN") await auditRefusal(route, event, actor, refusedClientId);
      throw error;
    }
  };
}

/**
 * Wraps a route's implementation in the middleware every API Lambda shares:
 * logging with personal data redacted, language, JWT claims and roles, JSON
 * body, zod validation, the subject client (access check and audit) and
 * problem+json errors.
 */
export function apiHandler<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType, T extends z.ZodType = never>(
  route: RouteDefinition<P, Q, B, R, T>,
  implementation: (request: ApiRequest<Output<P>, Output<Q>, Output<B> | Output<T>>) => Promise<ApiResult<Input<R>>>,
) {
  const definition = route as unknown as RouteDefinition;
  const handler = middy<PreparedEvent, Result>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(problems(definition))
    .use(negotiate())
    .use(authorize(definition))
    .use(jsonBody(definition))
    .use(validate(definition))
    .use(ownProvider(definition))
    .use(subject(definition))
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
      // A dry run writes nothing, not even the record of its Idempotency-Key (the real call may use the same key after it).
      const dryRun = (hb.input?.query as { dryRun?: string } | undefined)?.dryRun === "true";
      const idempotencyKey = route.idempotent && !dryRun ? event.headers?.["idempotency-key"] : undefined;
      if (idempotencyKey !== undefined && !/^[\w.:-]{1,200}$/.test(idempotencyKey)) {
        throw new DomainError("VALIDATION_FAILED", {}, [
          { path: "/headers/idempotency-key", code: "invalid_format", text: "IDEMPOTENCY_KEY_FORMAT" },
        ]);
      }
      let result = idempotencyKey
        ? await once({ sub: actor.sub, route: route.id, idempotencyKey }, hb.input ?? {}, lambdaContext, run)
        : await run();
      if (route.subject.from === "response") await audit(definition, event, clientIdsIn(result.body));
      if (providerOnly(actor) && result.body !== undefined && typeof result.body === "object") {
        result = { ...result, body: withoutClientLinks(result.body) as typeof result.body };
      }
      if (result.alternative) {
        const { mediaType, text } = result.alternative;
        if (checkingDeclarations() && !route.response.alternatives?.[mediaType]) throw new Error(`${route.id} answered ${mediaType}, which its route does not document`);
        logger.info("request served", { status: result.status ?? route.response.status });
        return {
          statusCode: result.status ?? route.response.status,
          headers: { "content-type": `${mediaType}; charset=utf-8`, "content-language": hb.language, ...result.headers },
          body: text,
        };
      }
      if (checkingDeclarations() && result.body !== undefined) {
        // Locally and in tests every response is checked against the documented schema, and for table internals.
        route.response.schema?.parse(result.body);
        const leaked = internalKeysIn(result.body);
        if (leaked.length > 0) throw new Error(`response of ${route.id} leaks table attributes: ${leaked.join(", ")}`);
      }
      const status = result.status ?? route.response.status;
      if (checkingDeclarations() && !successStatuses(route).includes(status)) {
        throw new Error(`${route.id} answered ${status}, which its route does not document (response.status or response.also)`);
      }
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
  const run = handler as unknown as (event: Event, context: Context) => Promise<Result>;
  // Locally and in tests the route's grants are enforced in process, as IAM enforces them in AWS.
  const grants = grantsOf(definition);
  return (event: Event, context: Context): Promise<Result> =>
    checkingDeclarations() ? runWithGrants(route.id, grants, () => run(event, context)) : run(event, context);
}
