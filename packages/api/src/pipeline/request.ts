import type { MiddlewareObj } from "@middy/core";
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from "aws-lambda";
import { type Actor, type RequestContext, systemActor } from "@hb/core/actor";
import type { Client } from "@hb/core/clients/schemas";
import { type Language, negotiateLanguage } from "@hb/core/language";
import type { Provider } from "@hb/core/providers/schemas";

/**
 * What API Gateway hands a route: the claims of a token its JWT authorizer
 * verified (one trusted issuer), or the principal HB's Lambda authorizer
 * resolved (several issuers; `functions/authorizer.ts`).
 */
export type Event = APIGatewayProxyEventV2 & {
  requestContext: {
    authorizer?: {
      jwt?: { claims: Record<string, string | number | boolean | string[]> };
      lambda?: { principal?: string; refused?: string };
    };
  };
};
export type Result = APIGatewayProxyStructuredResultV2;

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

/** What the middlewares learn about a request before the handler runs. */
export interface Prepared {
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
  /** Caller, route and key of a request that runs once per Idempotency-Key (../idempotency.ts). */
  idempotency?: { sub: string; route: string; idempotencyKey: string };
  /** The answer is the stored one of an earlier request with the same Idempotency-Key: nothing was done again. */
  replayed?: boolean;
  now: Date;
}
export type PreparedEvent = Event & { hb: Prepared };

/** The handler answers with the route's result; the response steps turn it into API Gateway's. */
export type Answer = ApiResult<unknown> | Result;
/** One step of the pipeline every API Lambda shares. */
export type Step = MiddlewareObj<PreparedEvent, Answer>;

/** The caller of a public route, in the audit. */
export const anonymous: Actor = systemActor("anonymous");

/** The business clock of a request is the time API Gateway received it (the local front stamps it the same way). */
export const prepared = (event: Event, context: Context): Prepared => ({
  language: negotiateLanguage(event.headers?.["accept-language"]),
  requestId: event.requestContext?.requestId ?? context.awsRequestId,
  now: new Date(event.requestContext?.timeEpoch ?? Date.now()),
});

export const negotiate = (): Step => ({
  before: (request) => {
    request.event.hb = prepared(request.event, request.context);
  },
});

/** A dry run (`?dryRun=true`) answers what a write would do and writes nothing. */
export const isDryRun = (hb: Prepared): boolean => (hb.input?.query as { dryRun?: string } | undefined)?.dryRun === "true";

/**
 * Locally and in tests (HB_CHECK_RESPONSES, set by the local runtime) a route is held to its
 * declaration: every answer one it documents, every access one its grants allow. A breach is a bug
 * in the route table.
 */
export const checkingDeclarations = () => process.env.HB_CHECK_RESPONSES === "1";
