/**
 * The route functions, in stacks of at most ROUTES_PER_STACK routes each.
 * CloudFormation allows 500 resources in a stack and a route function takes
 * five (function, role, policy, log group, SST's binding parameter), so one
 * stack of every route would not deploy; the Api stack keeps the gateway and
 * the three resources per route that belong to it (route, integration, invoke
 * permission).
 */
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { type Function as SstFunction, type StackContext, use } from "sst/constructs";
import { grantsOf, type RouteDefinition, routeKey } from "@hb/api/route";
import { routes } from "@hb/api/routes";
import { apiAuthorization } from "./authorization";
import { loadDeployConfig } from "./config";
import { constructId, hbFunction } from "./lambda";
import { Storage } from "./Storage";

const ROUTES_PER_STACK = 40;

/** One stack of route functions: each route's Lambda with exactly the access its grants name. */
function routeFunctions(group: readonly RouteDefinition[]) {
  return ({ stack, app }: StackContext) => {
    const config = loadDeployConfig(app.stage);
    const { data, bucket, clientExports } = use(Storage);
    const authorization = apiAuthorization(config.identity);
    const functions = new Map<string, SstFunction>();
    for (const route of group) {
      const isPublic = route.roles === "public";
      // The route's grants are its whole policy: public routes get nothing, GET routes only reads (docs/decisions.md);
      // with one issuer every authenticated route also looks its caller up.
      const fn = hbFunction(stack, `Route${constructId(route.id)}`, {
        handler: route.handler,
        description: `${route.id}: ${routeKey(route)}`,
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
      functions.set(route.id, fn);
    }
    return { functions };
  };
}

/** `ApiRoutes1`, `ApiRoutes2`, …: SST names a stack after its function. */
export const routeFunctionStacks = Array.from({ length: Math.ceil(routes.length / ROUTES_PER_STACK) }, (_, index) =>
  Object.defineProperty(routeFunctions(routes.slice(index * ROUTES_PER_STACK, (index + 1) * ROUTES_PER_STACK)), "name", {
    value: `ApiRoutes${index + 1}`,
  }),
);
