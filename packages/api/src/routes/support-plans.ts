import { z } from "zod";
import { createSupportPlanBodySchema, supportPlanSchema } from "@hb/core/support-plans/schemas";
import { defineRoute } from "../route";
import { clientParams } from "./clients";
import { page, pageQuery } from "./shared";

export const createSupportPlan = defineRoute({
  id: "supportPlans.create",
  method: "POST",
  path: "/v1/clients/{clientId}/support-plans",
  roles: ["worker", "client", "representative"],
  subject: { from: "param", name: "clientId", access: "act" },
  summary: "Write a support plan (tukisuunnitelma): the client's own wishes, goals and preferred services; a representative needs the `act` permission",
  tags: ["support-plans"],
  handler: "functions/api/support-plans.create",
  params: clientParams,
  body: createSupportPlanBodySchema,
  response: { status: 201, description: "Written; `writtenBy` is the caller", schema: supportPlanSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "UNSUPPORTED_MEDIA_TYPE", "NOT_FOUND", "UNKNOWN_SERVICE"],
});

export const listSupportPlans = defineRoute({
  id: "supportPlans.list",
  method: "GET",
  path: "/v1/clients/{clientId}/support-plans",
  roles: ["worker", "client", "representative"],
  subject: { from: "param", name: "clientId", access: "view" },
  summary: "A client's support plans, newest first",
  tags: ["support-plans"],
  handler: "functions/api/support-plans.list",
  params: clientParams,
  query: z.object(pageQuery),
  response: { status: 200, description: "Support plans, newest first", schema: page(supportPlanSchema, "SupportPlanPage") },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR", "NOT_FOUND"],
});
