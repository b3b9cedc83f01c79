/**
 * The HTTP API, built route by route from `routes` (@hb/api/routes): one
 * Lambda per route, the JWT authorizer on every route that is not public.
 */
import { Duration } from "aws-cdk-lib";
import { ComparisonOperator, Metric } from "aws-cdk-lib/aws-cloudwatch";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Api as HttpApi, type ApiRouteProps, type StackContext, use } from "sst/constructs";
import { grantsOf, routeKey } from "@hb/api/route";
import type { Grants } from "@hb/core/grants";
import type { IdentitySettings } from "@hb/core/identity/settings";
import { routes } from "@hb/api/routes";
import { loadDeployConfig } from "./config";
import { constructId, hbFunction, logGroupFor } from "./lambda";
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

/**
 * How the API authenticates, from the area's trusted issuers. One issuer:
 * API Gateway's JWT authorizer verifies, and each route looks its caller up
 * in HB's person register itself (so every route gets the lookup). Several:
 * HB's Lambda authorizer verifies against the issuer the token names and
 * looks the caller up once, cached by API Gateway per token; routes get
 * nothing extra (docs/security.md).
 */
export function apiAuthorization(identity: IdentitySettings) {
  const environment: Record<string, string> = { HB_IDENTITY: JSON.stringify(identity) };
  const lookup = (grants: Grants): Grants => ({ ...grants, personalIds: { ...grants.personalIds, lookup: true } });
  if (identity.issuers.length === 1) {
    const [issuer] = identity.issuers;
    return {
      name: "jwt" as const,
      jwt: { issuer: issuer!.issuer, audience: [...issuer!.audience] },
      lambda: undefined,
      environment,
      routeEnvironment: environment,
      routeGrants: lookup,
    };
  }
  return {
    name: "hb" as const,
    jwt: undefined,
    lambda: { grants: lookup({ table: "read", auditLog: "none", personalIds: { lookup: false, seal: false, reveal: false } }), cacheTtl: "60 seconds" as const },
    environment,
    routeEnvironment: {} as Record<string, string>,
    routeGrants: (grants: Grants) => grants,
  };
}

export function Api({ stack, app }: StackContext) {
  const config = loadDeployConfig(app.stage);
  const { data, bucket, clientExports } = use(Storage);
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

  const apiRoutes: Record<string, ApiRouteProps<"jwt" | "hb">> = {};
  for (const route of routes) {
    const key = routeKey(route);
    if (apiRoutes[key]) throw new Error(`route ${key} is defined twice in @hb/api/routes`);
    const isPublic = route.roles === "public";
    // The route's grants are its whole policy: public routes get nothing, GET routes only reads (docs/decisions.md);
    // with one issuer every authenticated route also looks its caller up.
    const fn = hbFunction(stack, `Route${constructId(route.id)}`, {
      handler: route.handler,
      description: `${route.id}: ${key}`,
      data,
      config,
      grants: isPublic ? grantsOf(route) : authorization.routeGrants(grantsOf(route)),
      ...(route.timeoutSeconds ? { timeout: route.timeoutSeconds } : {}),
      environment: {
        ...(isPublic ? {} : authorization.routeEnvironment),
        ...(route.paymentFiles ? { HB_PAYMENT_FILES_BUCKET: bucket.bucketName } : {}),
        ...(route.clientExports ? { HB_CLIENT_EXPORTS_BUCKET: clientExports.bucketName } : {}),
      },
    });
    // Writes the export and signs its download link (a presigned GET is authorized as this role's GetObject).
    if (route.clientExports) {
      fn.addToRolePolicy(new PolicyStatement({ actions: ["s3:PutObject", "s3:GetObject"], resources: [clientExports.arnForObjects("client-exports/*")] }));
    }
    if (route.paymentFiles === "read") bucket.grantRead(fn);
    if (route.paymentFiles === "read-write") bucket.grantReadWrite(fn);
    apiRoutes[key] = { function: fn, authorizer: isPublic ? "none" : authorization.name };
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
