import type { z } from "zod";
import type { Role } from "@hb/core/actor";
import type { Grants } from "@hb/core/grants";
import { type ProblemCode, problemStatus } from "@hb/core/errors";
import type { OwnedEntity } from "@hb/core/ownership";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Whose client data a route touches. The middleware resolves the client,
 * checks the caller's relationship to it and writes the audit entry before
 * the handler runs (or, for `response`, before the response leaves), so no
 * handler can skip either.
 */
export type SubjectRule =
  /** The client id is a path or query parameter of this name. */
  | { readonly from: "param"; readonly name: string; readonly access: "view" | "act" }
  /** The client owns the entity whose id is this path parameter (or body field, with `in: "body"`). */
  | {
      readonly from: "owner";
      readonly param: string;
      readonly entity: OwnedEntity;
      readonly access: "view" | "act";
      readonly in?: "params" | "body";
      /** The provider named on the entity (its `providerId`) also passes: it serves this client through it. */
      readonly namedProvider?: true;
      /** With `namedProvider`: a provider that held the instrument before a switch (its `providers`) passes too (decision 63). */
      readonly formerProviders?: true;
    }
  /** Every `clientId` in the response body is a client whose data was read or written. */
  | { readonly from: "response" }
  /**
   * A batch: each item of the body is a subject of its own under `rule`. The handler checks and audits each
   * one with `request.reach` as the middleware would a single request's, and a refused item is that item's
   * 403 or 404 in the answer, not the request's.
   */
  | { readonly from: "each"; readonly rule: Extract<SubjectRule, { from: "owner" }> }
  /** No client data: catalogue, health, documentation. */
  | { readonly from: "none" };

/** Who may give a query filter (`RouteDefinition.filters`). */
export interface QueryFilter {
  readonly anyRoles: readonly Role[];
  readonly own?: "provider" | "sub";
  readonly required?: true;
}

/**
 * One route of the API, defined once: the stack builds the API Gateway route
 * and its Lambda from it, the local runtime serves it, the middleware
 * validates with its schemas and checks its roles, and the OpenAPI document
 * is generated from it.
 */
export interface RouteDefinition<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
  Text extends z.ZodType = z.ZodType,
> {
  /** Stable operation id, `resource.action`; also the audit action for reads. */
  readonly id: string;
  readonly method: Method;
  /** API Gateway path template, e.g. `/v1/clients/{clientId}`. */
  readonly path: string;
  /** `public` routes have no JWT authorizer (health and the OpenAPI document only). */
  readonly roles: readonly Role[] | "public";
  readonly subject: SubjectRule;
  /**
   * A provider's own route: the provider whose id is this path parameter is loaded (404 when unknown:
   * providers are public) and only its staff pass, or a caller with one of `alsoRoles`; a refusal is a
   * 403 audited like any other. The handler gets the provider as `request.provider`.
   */
  readonly provider?: { readonly param: string; readonly alsoRoles?: readonly Role[] };
  /**
   * Query parameters that choose whose records a list shows. Each is open to its `anyRoles`; any other caller
   * may give only its own value (`own: "provider"`: the provider it acts for; `own: "sub"`: itself, by its
   * `sub` or `me`) or, without `own`, not give it at all; with `required` it must give it. A refusal is a 403
   * audited like any other, before the handler runs.
   */
  readonly filters?: Readonly<Record<string, QueryFilter>>;
  readonly summary: string;
  readonly tags: readonly string[];
  /** `functions/<file>.<export>`, relative to the repository root. */
  readonly handler: string;
  readonly params?: Params;
  readonly query?: Query;
  readonly body?: Body;
  /**
   * Media types the body may come in besides JSON (which `body` validates), each with the schema of its text:
   * the handler gets the text as it came (a string where `body` is an object), the OpenAPI document lists each.
   * Any other type is 415.
   */
  readonly bodyMediaTypes?: Readonly<Record<string, Text>>;
  /**
   * `mediaType` (default `application/json`): another type means the handler returns the document as a string.
   * `also`: the other success statuses the handler answers with (same schema), e.g. 200 for a repeat of a 201 or 202.
   */
  readonly response: {
    readonly status: number;
    readonly description: string;
    readonly schema?: Response;
    readonly mediaType?: string;
    readonly also?: readonly { readonly status: number; readonly description: string }[];
    /** Other media types the handler may answer with by the request's `Accept` (a string body, e.g. text/csv), each with its schema. */
    readonly alternatives?: Readonly<Record<string, z.ZodType>>;
  };
  /**
   * The route reads HEALTH_KEY (@hb/core/db) with one GetItem to tell whether
   * the table answers, and answers 503 with its own body when it does not:
   * the only table access a public route has (least privilege: GetItem on the
   * leading key `HEALTH`).
   */
  readonly healthProbe?: true;
  /** Access to the payment-file bucket (settlement runs); no other route gets any. */
  readonly paymentFiles?: "read" | "read-write";
  /** Writes client exports to their bucket and signs download links for them (the data subject's export); no other route gets any. */
  readonly clientExports?: true;
  /** A document the response links to instead of carrying it (too large for a response): documented in the OpenAPI components. */
  readonly linkedDocument?: { readonly schema: z.ZodType; readonly mediaType: string; readonly description: string };
  /** Lambda timeout when the default 10 s is not enough (API Gateway waits at most 30 s). */
  readonly timeoutSeconds?: number;
  /** Money-relevant POSTs accept an `Idempotency-Key` header: a repeat returns the first result. */
  readonly idempotent?: true;
  /**
   * A money operation's business metric (packages/api/src/metrics.ts): `name` once per operation done, its value
   * the answer's `amount` field (cents) when the route names one, else 1.
   */
  readonly metric?: { readonly name: string; readonly amount?: string };
  /** Problem codes this route can answer with, besides the ones every route has. */
  readonly problems: readonly ProblemCode[];
  /**
   * What the route does with personal identity codes. The stack gives the
   * HMAC key secret only to `lookup` routes, kms:GenerateDataKey only to
   * `seal` routes and kms:Decrypt only to `reveal` routes (the routes that
   * show a code); none of them to any other.
   */
  readonly personalIds?: { readonly lookup?: true; readonly seal?: true; readonly reveal?: true };
  /** A GET route that also writes the table (besides its audit entry) declares it; other GET routes may only read. */
  readonly tableAccess?: "read-write";
  /** The audit list: reads the audit table besides adding its own entries. */
  readonly auditLog?: "append-read";
}

/**
 * Everything a route's function may do, from its definition: public routes
 * nothing; GET routes read the main table, other methods also write it;
 * routes with client data add audit entries; personal-ID capabilities as
 * declared. The stack builds the function's IAM policy from this, and the
 * local runtime and tests enforce it in process (@hb/core/grants).
 */
export function grantsOf(route: RouteDefinition): Grants {
  const none = { lookup: false, seal: false, reveal: false };
  if (route.roles === "public") return { table: route.healthProbe ? "health-probe" : "none", auditLog: "none", personalIds: none };
  return {
    table: route.tableAccess ?? (route.method === "GET" ? "read" : "read-write"),
    // Every authenticated route audits its refusals (403), so every one may add entries.
    auditLog: route.auditLog ?? "append",
    personalIds: {
      lookup: route.personalIds?.lookup === true,
      seal: route.personalIds?.seal === true,
      reveal: route.personalIds?.reveal === true,
    },
  };
}

export const defineRoute = <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType, T extends z.ZodType = never>(
  route: RouteDefinition<P, Q, B, R, T>,
): RouteDefinition<P, Q, B, R, T> => route;

/** `/v1/clients/{clientId}` → API Gateway route key `GET /v1/clients/{clientId}`. */
export const routeKey = (route: Pick<RouteDefinition, "method" | "path">): string => `${route.method} ${route.path}`;

/** Every success status a route answers with: its own and the ones it lists in `also`. */
export const successStatuses = (route: Pick<RouteDefinition, "response">): number[] => [route.response.status, ...(route.response.also ?? []).map((other) => other.status)];

/**
 * Every problem a route can answer with: its own, and the middleware's for
 * what the route has (a token, a provider's choice of provider, a body,
 * parameters, a client subject, an Idempotency-Key), INTERNAL_ERROR, and
 * SERVICE_UNAVAILABLE but on a health probe (it tells of an outage in its own
 * body). The OpenAPI document lists them.
 */
export function documentedProblems(route: RouteDefinition): ProblemCode[] {
  const codes = new Set<ProblemCode>(route.problems);
  if (route.roles !== "public") {
    codes.add("UNAUTHENTICATED");
    codes.add("FORBIDDEN");
    if (route.roles.includes("provider")) codes.add("PROVIDER_NOT_CHOSEN");
  }
  if (route.body) {
    codes.add("MALFORMED_REQUEST");
    codes.add("UNSUPPORTED_MEDIA_TYPE");
    codes.add("PAYLOAD_TOO_LARGE");
  }
  if (route.body || route.params || route.query || route.idempotent) codes.add("VALIDATION_FAILED");
  if (route.subject.from === "param" || route.subject.from === "owner" || route.provider) codes.add("NOT_FOUND");
  if (route.idempotent) {
    codes.add("IDEMPOTENCY_KEY_REUSED");
    codes.add("IDEMPOTENCY_IN_PROGRESS");
  }
  codes.add("INTERNAL_ERROR");
  if (!route.healthProbe) codes.add("SERVICE_UNAVAILABLE");
  return [...codes];
}

/** Every status a route answers with: its successes and its documented problems' statuses. */
export const documentedStatuses = (route: RouteDefinition): number[] => [
  ...new Set([...successStatuses(route), ...documentedProblems(route).map((code) => problemStatus[code])]),
];
