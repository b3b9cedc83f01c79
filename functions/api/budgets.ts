import { apiHandler } from "@hb/api/http";
import { createBudget as createRoute, getBudget as getRoute } from "@hb/api/routes/budgets";
import { createBudget } from "@hb/core/budget/repository";
import { loadBudgetView, loadViewContext } from "@hb/core/budget/view";
import { notFound } from "@hb/core/errors";
import { getServicePlan } from "@hb/core/service-plans/repository";

export const create = apiHandler(createRoute, async ({ params, client, context, language }) => {
  const plan = await getServicePlan(params.planId);
  if (!plan) throw notFound("service plan");
  const { budgetId, created } = await createBudget(plan, client!, context);
  const view = await loadBudgetView(budgetId, await loadViewContext(language, context.now));
  return { status: created ? 201 : 200, body: view, headers: { location: `/v1/budgets/${budgetId}` } };
});

export const get = apiHandler(getRoute, async ({ params, language, context }) => ({
  body: await loadBudgetView(params.budgetId, await loadViewContext(language, context.now)),
}));
