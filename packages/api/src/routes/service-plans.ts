import { z } from "zod";
import { createServicePlanBodySchema, planIdSchema, servicePlanSchema } from "@hb/core/service-plans/schemas";
import { defineRoute } from "../route";
import { clientParams } from "./clients";
import { page, pageQuery } from "./shared";

export const createServicePlan = defineRoute({
  id: "servicePlans.create",
  method: "POST",
  path: "/v1/clients/{clientId}/service-plans",
  roles: ["worker"],
  subject: { from: "param", name: "clientId", access: "act" },
  summary: "Make a new version of the client's service plan; the current version becomes superseded",
  tags: ["service plans"],
  handler: "functions/api/service-plans.create",
  params: clientParams,
  body: createServicePlanBodySchema,
  response: { status: 201, description: "The new current version; Location names it", schema: servicePlanSchema },
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "UNSUPPORTED_MEDIA_TYPE",
    "NOT_FOUND",
    "UNKNOWN_SERVICE",
    "UNIT_MISMATCH",
    "HB_DECLINED",
    "CONCURRENT_CHANGE",
  ],
});

export const listServicePlans = defineRoute({
  id: "servicePlans.list",
  method: "GET",
  path: "/v1/clients/{clientId}/service-plans",
  roles: ["worker", "client", "representative"],
  subject: { from: "param", name: "clientId", access: "view" },
  summary: "Every version of the client's service plan, newest first",
  tags: ["service plans"],
  handler: "functions/api/service-plans.list",
  params: clientParams,
  query: z.object(pageQuery),
  response: { status: 200, description: "Plan versions, newest first", schema: page(servicePlanSchema, "ServicePlanPage") },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR", "NOT_FOUND"],
});

export const getServicePlan = defineRoute({
  id: "servicePlans.get",
  method: "GET",
  path: "/v1/service-plans/{planId}",
  roles: ["worker", "client", "representative"],
  subject: { from: "owner", param: "planId", entity: "SERVICEPLAN", access: "view" },
  summary: "One version of a service plan",
  tags: ["service plans"],
  handler: "functions/api/service-plans.get",
  params: z.object({ planId: planIdSchema }),
  response: { status: 200, description: "The plan version", schema: servicePlanSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});
