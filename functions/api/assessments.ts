import { apiHandler } from "@hb/api/http";
import { createAssessment as createRoute, listAssessments as listRoute } from "@hb/api/routes/assessments";
import { createAssessment, listAssessments } from "@hb/core/assessments/repository";

export const create = apiHandler(createRoute, async ({ params, body, context, language }) => {
  const assessment = await createAssessment(params.clientId, body, context);
  return { status: 201, body: assessment };
});

export const list = apiHandler(listRoute, async ({ params, query }) => ({
  body: await listAssessments(params.clientId, query.limit, query.cursor),
}));
