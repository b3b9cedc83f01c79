import { type Actor, hasRole } from "@hb/core/actor";
import { keyAttributes } from "@hb/core/keys";
import { logger } from "../logger";
import { type RouteDefinition, successStatuses } from "../route";
import { type ApiResult, anonymous, checkingDeclarations, type Result, type Step } from "./request";

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

/** A provider's staff get every answer without the links to the client's other records (after the audit has read them). */
export const minimised = (): Step => ({
  after: (request) => {
    const result = request.response as ApiResult<unknown>;
    if (providerOnly(request.event.hb.actor ?? anonymous) && result.body !== undefined && typeof result.body === "object") {
      request.response = { ...result, body: withoutClientLinks(result.body) };
    }
  },
});

/** The table's key attributes (keys.ts) and the bookkeeping the audit trail, deduplication and lookups keep on items. */
const internalKeys = new Set([...keyAttributes, "dataSubject", "changedBy", "payloadHash", "personRef", "requesterRef", "applicantRef"]);

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

/** The route's result as API Gateway's response, held to the route's declaration under HB_CHECK_RESPONSES. */
function respond(route: RouteDefinition, language: string, result: ApiResult<unknown>): Result {
  if (result.alternative) {
    const { mediaType, text } = result.alternative;
    if (checkingDeclarations() && !route.response.alternatives?.[mediaType]) throw new Error(`${route.id} answered ${mediaType}, which its route does not document`);
    logger.info("request served", { status: result.status ?? route.response.status });
    return {
      statusCode: result.status ?? route.response.status,
      headers: { "content-type": `${mediaType}; charset=utf-8`, "content-language": language, ...result.headers },
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
      "content-language": language,
      ...result.headers,
    },
    ...(result.body !== undefined ? { body: mediaType === "application/json" ? JSON.stringify(result.body) : String(result.body) } : {}),
  };
}

/** The last step out: the route's result checked against its declaration and sent as JSON, text or its alternative. */
export const response = (route: RouteDefinition): Step => ({
  after: (request) => {
    request.response = respond(route, request.event.hb.language, request.response as ApiResult<unknown>);
  },
});
