/**
 * The HTTP API, built route by route from `routes` (@hb/api/routes): one
 * Lambda per route, the JWT authorizer on every route that is not public.
 */
import { Duration } from "aws-cdk-lib";
import { ComparisonOperator, Metric } from "aws-cdk-lib/aws-cloudwatch";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Api as HttpApi, type ApiRouteProps, type StackContext, use } from "sst/constructs";
import { routeKey } from "@hb/api/route";
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

export function Api({ stack, app }: StackContext) {
  const config = loadDeployConfig(app.stage);
  const { table, personalIdKey, bucket, clientExports } = use(Storage);
  const { alarmTopic } = use(Monitoring);

  const accessLogs = logGroupFor(stack, "AccessLogs", config);

  const apiRoutes: Record<string, ApiRouteProps<"jwt">> = {};
  for (const route of routes) {
    const key = routeKey(route);
    if (apiRoutes[key]) throw new Error(`route ${key} is defined twice in @hb/api/routes`);
    const isPublic = route.roles === "public";
    const fn = hbFunction(stack, `Route${constructId(route.id)}`, {
      handler: route.handler,
      description: `${route.id}: ${key}`,
      table,
      config,
      ...(route.timeoutSeconds ? { timeout: route.timeoutSeconds } : {}),
      // Public routes (health, OpenAPI) have no caller and no personal data: no personal-ID key for them.
      environment: {
        ...(isPublic ? {} : { HB_PERSONAL_ID_KEY_SECRET_ARN: personalIdKey.secretArn }),
        ...(route.paymentFiles ? { HB_PAYMENT_FILES_BUCKET: bucket.bucketName } : {}),
        ...(route.clientExports ? { HB_CLIENT_EXPORTS_BUCKET: clientExports.bucketName } : {}),
      },
    });
    // Writes the export and signs its download link (a presigned GET is authorized as this role's GetObject).
    if (route.clientExports) {
      fn.addToRolePolicy(new PolicyStatement({ actions: ["s3:PutObject", "s3:GetObject"], resources: [clientExports.arnForObjects("client-exports/*")] }));
    }
    if (!isPublic) personalIdKey.grantRead(fn);
    if (route.paymentFiles === "read") bucket.grantRead(fn);
    if (route.paymentFiles === "read-write") bucket.grantReadWrite(fn);
    apiRoutes[key] = { function: fn, authorizer: isPublic ? "none" : "jwt" };
  }

  const api = new HttpApi(stack, "Api", {
    authorizers: {
      jwt: {
        type: "jwt",
        jwt: { issuer: config.jwt.issuer, audience: [...config.jwt.audience] },
      },
    },
    defaults: { throttle: apiThrottle },
    cors:
      config.corsOrigins.length === 0
        ? false
        : {
            allowOrigins: [...config.corsOrigins],
            allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
            allowHeaders: ["authorization", "content-type", "accept-language", "idempotency-key", "if-match"],
            exposeHeaders: ["etag", "location"],
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
