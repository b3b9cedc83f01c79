import { apiHandler } from "@hb/api/http";
import {
  createServicePlan as createRoute,
  getServicePlan as getRoute,
  listServicePlans as listRoute,
} from "@hb/api/routes/service-plans";
import { notFound } from "@hb/core/errors";
import { createServicePlan, getServicePlan, listServicePlans } from "@hb/core/service-plans/repository";

export const create = apiHandler(createRoute, async ({ body, client, context }) => {
  const plan = await createServicePlan(client!, body, context);
  return { status: 201, body: plan, headers: { location: `/v1/service-plans/${plan.planId}` } };
});

export const list = apiHandler(listRoute, async ({ params, query }) => ({
  body: await listServicePlans(params.clientId, query.limit, query.cursor),
}));

export const get = apiHandler(getRoute, async ({ params }) => {
  // The middleware found the plan's owner and checked access; a plan cannot vanish (versions are kept).
  const plan = await getServicePlan(params.planId);
  if (!plan) throw notFound("service plan");
  return { body: plan };
});
