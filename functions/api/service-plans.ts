import { apiHandler } from "@hb/api/http";
import {
  createServicePlan as createRoute,
  getServicePlan as getRoute,
  listServicePlans as listRoute,
} from "@hb/api/routes/service-plans";
import { DomainError, notFound } from "@hb/core/errors";
import type { Language } from "@hb/core/language";
import { fieldTexts } from "@hb/core/messages";
import { createServicePlan, getServicePlan, listServicePlans } from "@hb/core/service-plans/repository";

/** The repository's field errors carry our codes; their messages go out in the caller's language. */
function localized(error: unknown, language: Language): unknown {
  if (!(error instanceof DomainError) || error.errors.length === 0) return error;
  const errors = error.errors.map((field) => {
    const text = fieldTexts[field.code];
    return text ? { ...field, message: text[language] } : field;
  });
  return new DomainError(error.code, error.params, errors);
}

export const create = apiHandler(createRoute, async ({ body, client, context, language }) => {
  try {
    const plan = await createServicePlan(client!, body, context);
    return { status: 201, body: plan, headers: { location: `/v1/service-plans/${plan.planId}` } };
  } catch (error) {
    throw localized(error, language);
  }
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
