import { apiHandler } from "@hb/api/http";
import { createSupportPlan as createRoute, listSupportPlans as listRoute } from "@hb/api/routes/support-plans";
import { createSupportPlan, listSupportPlans } from "@hb/core/support-plans/repository";

export const create = apiHandler(createRoute, async ({ params, body, context, language }) => {
  const plan = await createSupportPlan(params.clientId, body, context);
  return { status: 201, body: plan };
});

export const list = apiHandler(listRoute, async ({ params, query }) => ({
  body: await listSupportPlans(params.clientId, query.limit, query.cursor),
}));
