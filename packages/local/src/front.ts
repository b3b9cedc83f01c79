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
import { type CompiledRoute, compile, isLoopbackHost, isTextual, MAX_BODY_BYTES, MAX_BODY_TEXT, readBody } from "./http-request";
import { serveWebApp } from "./web-app";

/**
 * A person of the local demo as `GET /dev/people` lists them for a sign-in
 * page: `tokenQuery` is the query of `GET /dev/token` that signs them in.
 */
export interface DemoPerson {
  readonly key: "client" | "representative" | "provider" | "worker" | "finance" | "admin";
  readonly name: string;
  readonly role: "client" | "representative" | "provider" | "worker" | "finance" | "admin";
  readonly description: { readonly fi: string; readonly sv: string; readonly en: string };
  readonly tokenQuery: string;
}

type ApiHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
type Authorizer = (event: APIGatewayRequestAuthorizerEventV2) => Promise<{ isAuthorized: boolean; context?: Record<string, string> }>;

/** The API's CORS locally: any origin, as a non-production stage may allow (HB_CORS_ORIGINS=*). */
const corsHeaders = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "authorization, content-type, accept-language, idempotency-key, if-match, x-hb-purpose, x-hb-provider",
  "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
  "access-control-expose-headers": "etag, location, content-language, retry-after",
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
  /** Who `GET /dev/people` lists: nobody until the demo is seeded (packages/local/src/demo.ts). */
  demoPeople: readonly DemoPerson[] = [];

  constructor(
    routes: readonly RouteDefinition[],
    private readonly issuer: LocalIssuer,
    private readonly identity: () => IdentitySettings,
    private readonly clock: LocalClock,
    private readonly jobs: ReadonlyMap<string, () => Promise<unknown>> = new Map(),
    /** Browser origins besides the front's own that may call /dev/* (a local web app, e.g. http://localhost:5173). */
    private readonly devOrigins: readonly string[] = [],
    /** The built web app served at every path that is not /v1 or /dev (packages/web/dist); none: those paths are 404 problems. */
    private readonly webRoot?: string,
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
    const devRoute = url.pathname.startsWith("/dev/");
    // /dev/* mints tokens and moves the clock: never for any web page, only for the developer's own tools and app.
    const origin = request.headers.origin;
    const crossOrigin = origin !== undefined && origin !== `http://${request.headers.host}`;
    const allowedDevCaller = isLoopbackHost(request.headers.host) && (!crossOrigin || this.devOrigins.includes(origin));
    const cors = !devRoute
      ? corsHeaders
      : allowedDevCaller && crossOrigin
        ? {
            "access-control-allow-origin": origin,
            "access-control-allow-headers": "content-type",
            "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
            vary: "origin",
          }
        : {};
    const send = (result: APIGatewayProxyStructuredResultV2) => {
      const body = result.isBase64Encoded && result.body ? Buffer.from(result.body, "base64") : (result.body ?? "");
      response.writeHead(result.statusCode ?? 200, { ...cors, "apigw-requestid": requestId, ...result.headers });
      response.end(body);
    };
    const refuse = (code: ProblemCode, params: Record<string, string> = {}, errors: Parameters<typeof problem>[4] = [], headers: Record<string, string> = {}) =>
      send(problemResponse(problem(code, language, requestId, params, errors), language, headers));
    // Answered without reading the rest of the body, so the connection cannot be reused.
    const tooLarge = () => refuse("PAYLOAD_TOO_LARGE", { limit: MAX_BODY_TEXT }, [], { connection: "close" });

    if (devRoute && !allowedDevCaller) return refuse("FORBIDDEN");
    if (method === "OPTIONS") return send({ statusCode: 204 });
    if (method === "GET" && url.pathname === "/dev/token") return this.devToken(url, send, refuse);
    if (method === "GET" && url.pathname === "/dev/people") {
      return send({ statusCode: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ people: this.demoPeople }) });
    }
    const document = method === "GET" ? this.issuer.document(url.pathname) : undefined;
    if (document) return send({ statusCode: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(document) });
    if (url.pathname === "/dev/clock") return this.devClock(method, request, send, refuse, tooLarge);
    const schedule = /^\/dev\/schedules\/([\w-]+)$/.exec(url.pathname);
    if (method === "POST" && schedule) {
      const job = this.jobs.get(schedule[1]!);
      if (!job) return refuse("ROUTE_NOT_FOUND", { method, path: url.pathname });
      const result = await job();
      return send({ statusCode: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(result ?? {}) });
    }

    const apiRoute = url.pathname === "/v1" || url.pathname.startsWith("/v1/");
    if (this.webRoot && !apiRoute && !devRoute && (method === "GET" || method === "HEAD")) {
      const page = await serveWebApp(this.webRoot, url.pathname);
      response.writeHead(page.status, page.headers);
      return void response.end(method === "HEAD" ? undefined : page.body);
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

    const raw = await readBody(request, MAX_BODY_BYTES);
    if (!raw) return tooLarge();
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
    tooLarge: () => void,
  ) {
    if (method === "PUT") {
      const body = await readBody(request, MAX_BODY_BYTES);
      if (!body) return tooLarge();
      const parsed = parseClockBody(body.toString("utf8"));
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
