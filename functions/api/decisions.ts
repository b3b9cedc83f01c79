import { apiHandler } from "@hb/api/http";
import {
  appealDecision as appealRoute,
  decideAppeal as decideAppealRoute,
  createDecision as createRoute,
  getDecision as getRoute,
  issueDecision as issueRoute,
  revokeDecision as revokeRoute,
} from "@hb/api/routes/decisions";
import { decideAppeal as recordOutcome, recordAppeal } from "@hb/core/decisions/appeals";
import { getAreaSettings } from "@hb/core/area/repository";
import { businessDate } from "@hb/core/dates";
import { requireBudget } from "@hb/core/budget/repository";
import { loadInstrumentViews, loadViewContext } from "@hb/core/budget/view";
import { serviceNamer } from "@hb/core/catalogue/names";
import { allServices } from "@hb/core/catalogue/repository";
import type { Client } from "@hb/core/clients/schemas";
import type { Language } from "@hb/core/language";
import { createDecision } from "@hb/core/decisions/draft";
import { issueDecision } from "@hb/core/decisions/issue";
import { revokeDecision } from "@hb/core/decisions/revoke";
import { decisionView, documentFor, getDecision, requireDecision, type StoredDecision } from "@hb/core/decisions/view";

/** The decision with its document, always in the client's language (it is the client's decision), and its history in the caller's. */
async function withDocument(decision: StoredDecision, client: Client, language: Language) {
  const [{ budget, lines }, area, services] = await Promise.all([requireBudget(decision.budgetId), getAreaSettings(decision.decidedOn), allServices()]);
  return decisionView(decision, documentFor(decision, budget, lines, client, area, serviceNamer(services, client.language)), language);
}

export const create = apiHandler(createRoute, async ({ params, body, client, context, language }) => {
  const decision = await createDecision(params.budgetId, body, context);
  return { status: 201, body: await withDocument(decision, client!, language), headers: { location: `/v1/decisions/${decision.decisionId}` } };
});

export const get = apiHandler(getRoute, async ({ params, client, language }) => ({
  body: await withDocument(await requireDecision(params.decisionId), client!, language),
}));

export const issue = apiHandler(issueRoute, async ({ params, client, context, language }) => {
  const [decision, area, services] = await Promise.all([requireDecision(params.decisionId), getAreaSettings(businessDate(context.now)), allServices()]);
  const issued = await issueDecision(decision, client!, area, serviceNamer(services, client!.language), context);
  const view = await loadViewContext(language, context.now);
  return {
    body: {
      ...(await withDocument(issued.decision, client!, language)),
      instruments: await loadInstrumentViews(issued.instruments, view),
    },
  };
});

export const appeal = apiHandler(appealRoute, async ({ params, body, client, context, language }) => {
  const decision = await recordAppeal(await requireDecision(params.decisionId), body, context);
  return { status: 201, body: await withDocument(decision, client!, language) };
});

export const decideAppeal = apiHandler(decideAppealRoute, async ({ params, body, client, context, language }) => {
  const validTo = async (decision: StoredDecision) => (await requireBudget(decision.budgetId)).budget.validTo;
  const decision = await recordOutcome(params.decisionId, params.appealId, body, validTo, context, getDecision);
  return { body: await withDocument(decision, client!, language) };
});

export const revoke = apiHandler(revokeRoute, async ({ params, body, client, context, language }) => {
  const decision = await revokeDecision(await requireDecision(params.decisionId), body.reason, context);
  return { body: await withDocument(decision, client!, language) };
});
