import { z } from "zod";
import { assessmentSchema, createAssessmentBodySchema } from "@hb/core/assessments/schemas";
import { defineRoute } from "../route";
import { clientParams } from "./clients";
import { page, pageQuery } from "./shared";

export const createAssessment = defineRoute({
  id: "assessments.create",
  method: "POST",
  path: "/v1/clients/{clientId}/assessments",
  roles: ["worker"],
  subject: { from: "param", name: "clientId", access: "act" },
  summary: "Record a service needs assessment (palvelutarpeen arviointi): the needs found per life area and the services that could meet them",
  tags: ["assessments"],
  handler: "functions/api/assessments.create",
  params: clientParams,
  body: createAssessmentBodySchema,
  response: { status: 201, description: "Recorded", schema: assessmentSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "UNSUPPORTED_MEDIA_TYPE", "NOT_FOUND", "UNKNOWN_SERVICE"],
});

export const listAssessments = defineRoute({
  id: "assessments.list",
  method: "GET",
  path: "/v1/clients/{clientId}/assessments",
  roles: ["worker", "client", "representative"],
  subject: { from: "param", name: "clientId", access: "view" },
  summary: "A client's service needs assessments, newest first",
  tags: ["assessments"],
  handler: "functions/api/assessments.list",
  params: clientParams,
  query: z.object(pageQuery),
  response: { status: 200, description: "Assessments, newest first", schema: page(assessmentSchema, "AssessmentPage") },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR", "NOT_FOUND"],
});
