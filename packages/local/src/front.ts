import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, APIGatewayRequestAuthorizerEventV2, Context } from "aws-lambda";
import type { ProblemCode } from "@hb/core/errors";
import { negotiateLanguage } from "@hb/core/language";
import { problem, problemResponse } from "@hb/api/problem";
import { type RouteDefinition, routeKey } from "@hb/api/route";
import { type LocalClock, parseClockBody } from "./clock";
import { lambdaContext, loadHandler } from "./handlers";
import type { IdentitySettings } from "@hb/core/identity/settings";
import { type LocalIssuer, parseDevTokenQuery } from "./tokens";

type ApiHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
type Authorizer = (event: APIGatewayRequestAuthorizerEventV2) => Promise<{ isAuthorized: boolean; context?: Record<string, string> }>;

interface CompiledRoute {
  readonly route: RouteDefinition;
  readonly pattern: RegExp;
  readonly names: string[];
  readonly literals: number;
}

function compile(route: RouteDefinition): CompiledRoute {
  const names: string[] = [];
  const segments = route.path.split("/").slice(1);
  const source = segments
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(param[1]!);
      return "([^/]+)";
    })
    .join("/");
  return { route, pattern: new RegExp(`^/${source}$`), names, literals: segments.length - names.length };
}

/** API Gateway sends text bodies as they are and everything else base64-encoded. */
const isTextual = (contentType: string) => /^(text\/|application\/([\w.+-]*\+)?(json|xml)|application\/x-www-form-urlencoded)/i.test(contentType);

const corsHeaders = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "authorization, content-type, accept-language, idempotency-key, if-match, x-hb-purpose, x-hb-provider",
  "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
  "access-control-expose-headers": "etag, location, content-language",
};

/**
 * The local stand-in for API Gateway HTTP API: matches the route table, calls
 * the real Lambda authorizer (`functions/authorizer.ts`) with the bearer token
 * as API Gateway does when an area trusts several issuers (uncached, so a
 * change of HB's records shows at once), builds a version 2.0 event and calls
 * the route's real handler.
 */
export class LocalFront {
  private readonly compiled: CompiledRoute[];
  private readonly handlers = new Map<string, Promise<ApiHandler>>();
  private readonly authorizer = loadHandler<Authorizer>("functions/authorizer.handler");
  private server?: Server;

  constructor(
    routes: readonly RouteDefinition[],
    private readonly issuer: LocalIssuer,
    private readonly identity: () => IdentitySettings,
    private readonly clock: LocalClock,
    private readonly jobs: ReadonlyMap<string, () => Promise<unknown>> = new Map(),
  ) {
    this.compiled = routes.map(compile).sort((a, b) => b.literals - a.literals);
  }

  listen(port: number, host = "127.0.0.1"): Promise<string> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        console.error("local front:", error);
        if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
        response.end("local front failed");
      });
    });
    return new Promise((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(port, host, () => {
        const address = this.server!.address();
        resolve(`http://${host}:${typeof address === "object" && address ? address.port : port}`);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://local");
    const method = (request.method ?? "GET").toUpperCase();
    const requestId = randomUUID();
    const language = negotiateLanguage(request.headers["accept-language"]);
    const send = (result: APIGatewayProxyStructuredResultV2) => {
      const body = result.isBase64Encoded && result.body ? Buffer.from(result.body, "base64") : (result.body ?? "");
      response.writeHead(result.statusCode ?? 200, { ...corsHeaders, "apigw-requestid": requestId, ...result.headers });
      response.end(body);
    };
    const refuse = (code: ProblemCode, params: Record<string, string> = {}, errors: Parameters<typeof problem>[4] = []) =>
      send(problemResponse(problem(code, language, requestId, params, errors), language));

    if (method === "OPTIONS") return send({ statusCode: 204 });
    if (method === "GET" && url.pathname === "/dev/token") return this.devToken(url, send, refuse);
    const document = method === "GET" ? this.issuer.document(url.pathname) : undefined;
    if (document) return send({ statusCode: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(document) });
    if (url.pathname === "/dev/clock") return this.devClock(method, request, send, refuse);
    const schedule = /^\/dev\/schedules\/([\w-]+)$/.exec(url.pathname);
    if (method === "POST" && schedule) {
      const job = this.jobs.get(schedule[1]!);
      if (!job) return refuse("ROUTE_NOT_FOUND", { method, path: url.pathname });
      const result = await job();
      return send({ statusCode: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(result ?? {}) });
    }

    let match: ReturnType<LocalFront["match"]>;
    try {
      match = this.match(method, url.pathname);
    } catch {
      // A path parameter that is not valid percent-encoding.
      return refuse("MALFORMED_REQUEST");
    }
    if (!match) return refuse("ROUTE_NOT_FOUND", { method, path: url.pathname });

    let authorizer: Record<string, string> | undefined;
    if (match.route.roles !== "public") {
      const authorization = request.headers.authorization;
      // API Gateway answers a request without the identity source itself, before any authorizer.
      if (!authorization) return refuse("UNAUTHENTICATED");
      const answer = await (await this.authorizer)({
        version: "2.0",
        type: "REQUEST",
        routeArn: `arn:aws:execute-api:eu-north-1:000000000000:local/$default/${method}${url.pathname}`,
        identitySource: [authorization],
        routeKey: routeKey(match.route),
        rawPath: url.pathname,
        rawQueryString: url.search.slice(1),
        headers: { authorization },
        cookies: [],
        requestContext: {
          accountId: "000000000000",
          apiId: "local",
          domainName: "127.0.0.1",
          domainPrefix: "127",
          http: { method, path: url.pathname, protocol: `HTTP/${request.httpVersion}`, sourceIp: request.socket.remoteAddress ?? "127.0.0.1", userAgent: "" },
          requestId,
          routeKey: routeKey(match.route),
          stage: "$default",
          time: new Date().toUTCString(),
          timeEpoch: Date.now(),
        },
      } as unknown as APIGatewayRequestAuthorizerEventV2);
      if (!answer.isAuthorized) return refuse("FORBIDDEN");
      authorizer = answer.context ?? {};
    }

    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const contentType = String(request.headers["content-type"] ?? "");
    const textual = raw.length === 0 || isTextual(contentType);

    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(",") : value;
    }
    const query: Record<string, string> = {};
    for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
    const now = this.clock.now();
    const event: APIGatewayProxyEventV2 & { requestContext: { authorizer?: unknown } } = {
      version: "2.0",
      routeKey: routeKey(match.route),
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
      ...(Object.keys(match.params).length > 0 ? { pathParameters: match.params } : {}),
      requestContext: {
        accountId: "000000000000",
        apiId: "local",
        domainName: headers.host ?? "127.0.0.1",
        domainPrefix: "127",
        http: {
          method,
          path: url.pathname,
          protocol: `HTTP/${request.httpVersion}`,
          sourceIp: request.socket.remoteAddress ?? "127.0.0.1",
          userAgent: headers["user-agent"] ?? "",
        },
        requestId,
        routeKey: routeKey(match.route),
        stage: "$default",
        time: now.toUTCString(),
        timeEpoch: now.getTime(),
        ...(authorizer ? { authorizer: { lambda: authorizer } } : {}),
      },
      ...(raw.length > 0 ? { body: textual ? raw.toString("utf8") : raw.toString("base64") } : {}),
      isBase64Encoded: !textual,
    };
    const handler = await this.handlerFor(match.route);
    send(await handler(event, lambdaContext(match.route.id, requestId) as Context));
  }

  private match(method: string, path: string) {
    for (const { route, pattern, names } of this.compiled) {
      if (route.method !== method) continue;
      const found = pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      names.forEach((name, index) => (params[name] = decodeURIComponent(found[index + 1]!)));
      return { route, params };
    }
    return undefined;
  }

  private handlerFor(route: RouteDefinition): Promise<ApiHandler> {
    let handler = this.handlers.get(route.handler);
    if (!handler) {
      handler = loadHandler<ApiHandler>(route.handler);
      this.handlers.set(route.handler, handler);
    }
    return handler;
  }

  /** GET shows the local time, PUT `{"now": "<ISO date-time>"}` moves it, DELETE returns it to the machine's clock. */
  private async devClock(
    method: string,
    request: IncomingMessage,
    send: (result: APIGatewayProxyStructuredResultV2) => void,
    refuse: (code: ProblemCode, params?: Record<string, string>, errors?: Parameters<typeof problem>[4]) => void,
  ) {
    if (method === "PUT") {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const parsed = parseClockBody(Buffer.concat(chunks).toString("utf8"));
      if (!parsed.ok) return refuse("VALIDATION_FAILED", {}, parsed.errors);
      this.clock.set(parsed.now);
    } else if (method === "DELETE") {
      this.clock.reset();
    } else if (method !== "GET") {
      return refuse("ROUTE_NOT_FOUND", { method, path: "/dev/clock" });
    }
    send({
      statusCode: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ now: this.clock.now().toISOString(), shifted: this.clock.shifted }),
    });
  }

  private async devToken(
    url: URL,
    send: (result: APIGatewayProxyStructuredResultV2) => void,
    refuse: (code: ProblemCode, params?: Record<string, string>, errors?: Parameters<typeof problem>[4]) => void,
  ) {
    const parsed = parseDevTokenQuery(url.searchParams, this.identity());
    if (!parsed.ok) return refuse("VALIDATION_FAILED", {}, parsed.errors);
    const token = await this.issuer.sign(parsed.kind, parsed.claims);
    send({
      statusCode: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, tokenType: "Bearer", expiresIn: 8 * 3600, issuer: this.issuer.issuerUrl(parsed.kind), claims: parsed.claims }),
    });
  }
}
