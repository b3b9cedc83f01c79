/**
 * The HTTP API, built route by route from `routes` (@hb/api/routes): one
 * Lambda per route (in the ApiRoutes stacks), the area's authorizer on every
 * route that is not public.
 */
import { Duration } from "aws-cdk-lib";
import { ComparisonOperator, Metric } from "aws-cdk-lib/aws-cloudwatch";
import { Api as HttpApi, type ApiRouteProps, Function as SstFunction, type StackContext, use } from "sst/constructs";
import { routeKey } from "@hb/api/route";
import { routes } from "@hb/api/routes";
import { routeFunctionStacks } from "./ApiRoutes";
import { apiAuthorization } from "./authorization";
import { loadDeployConfig } from "./config";
import { hbFunction, logGroupFor } from "./lambda";
import { Monitoring, notifyingAlarm } from "./Monitoring";
import { Storage } from "./Storage";

/**
 * Stage-wide throttling (API Gateway's token bucket): a steady 100 requests/s
 * with bursts of 200. An area's staff, clients and provider systems stay far
 * below it; it caps what a looping integration or a scraper can cost and how
 * hard it can hit the table and the account's Lambda concurrency (1,000).
 * Callers above it get 429.
 */
export const apiThrottle = { rate: 100, burst: 200 } as const;

/**
 * Access log line, JSON. The route key (`GET /v1/clients/{clientId}`) is
 * logged, never the request path or query string: `GET /v1/clients?personalId=`
 * carries a personal identity code, and paths carry ids of clients.
 */
export const accessLogFormat = JSON.stringify({
  requestId: "$context.requestId",
  time: "$context.requestTime",
  routeKey: "$context.routeKey",
  status: "$context.status",
  protocol: "$context.protocol",
  responseLength: "$context.responseLength",
  responseLatencyMs: "$context.responseLatency",
  integrationStatus: "$context.integrationStatus",
  integrationLatencyMs: "$context.integrationLatency",
  integrationError: "$context.integrationErrorMessage",
  authorizerError: "$context.authorizer.error",
  error: "$context.error.message",
  sourceIp: "$context.identity.sourceIp",
  userAgent: "$context.identity.userAgent",
});

export function Api({ stack, app }: StackContext) {
  const config = loadDeployConfig(app.stage);
  const { data } = use(Storage);
  const { alarmTopic } = use(Monitoring);

  const accessLogs = logGroupFor(stack, "AccessLogs", config);

  const authorization = apiAuthorization(config.identity);
  const authorizerFunction = authorization.lambda
    ? hbFunction(stack, "Authorizer", {
        handler: "functions/authorizer.handler",
        description: "Verifies tokens of the area's trusted issuers and looks the caller up in HB's person register",
        data,
        config,
        grants: authorization.lambda.grants,
        environment: authorization.environment,
      })
    : undefined;

  // The route functions live in stacks of their own (ApiRoutes.ts): this stack holds the gateway, its routes,
  // integrations and invoke permissions.
  const functions = new Map<string, SstFunction>();
  for (const routeStack of routeFunctionStacks) for (const [id, fn] of use(routeStack).functions) functions.set(id, fn);
  const apiRoutes: Record<string, ApiRouteProps<"jwt" | "hb">> = {};
  for (const route of routes) {
    const key = routeKey(route);
    if (apiRoutes[key]) throw new Error(`route ${key} is defined twice in @hb/api/routes`);
    apiRoutes[key] = { function: functions.get(route.id)!, authorizer: route.roles === "public" ? "none" : authorization.name };
  }

  const api = new HttpApi(stack, "Api", {
    authorizers: {
      ...(authorization.jwt ? { jwt: { type: "jwt" as const, jwt: authorization.jwt } } : {}),
      ...(authorizerFunction
        ? {
            hb: {
              type: "lambda" as const,
              function: authorizerFunction,
              responseTypes: ["simple" as const],
              resultsCacheTtl: authorization.lambda!.cacheTtl,
              identitySource: ["$request.header.Authorization"],
            },
          }
        : {}),
    },
    defaults: { throttle: apiThrottle },
    cors:
      config.corsOrigins.length === 0
        ? false
        : {
            allowOrigins: [...config.corsOrigins],
            allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
            allowHeaders: ["authorization", "content-type", "accept-language", "idempotency-key", "if-match", "x-hb-provider", "x-hb-purpose"],
            exposeHeaders: ["etag", "location", "retry-after"],
            maxAge: "1 hour",
          },
    accessLog: { format: accessLogFormat, destinationArn: accessLogs.logGroupArn },
    routes: apiRoutes,
  });

  // Bad input is 4xx by contract (SPEC §4): a 5xx is a bug, a timeout or an outage.
  notifyingAlarm(stack, "Api5xxAlarm", alarmTopic, {
    metric: new Metric({
      namespace: "AWS/ApiGateway",
      metricName: "5xx",
      dimensionsMap: { ApiId: api.httpApiId, Stage: "$default" },
      statistic: "Sum",
      period: Duration.minutes(5),
    }),
    threshold: 5,
    comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    description: `HB ${app.stage}: 5 or more 5xx answers of the API in 5 minutes. See docs/operations.md#api-5xx.`,
  });

  stack.addOutputs({ ApiUrl: api.url });
  return { api };
}
