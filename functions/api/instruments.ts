import { apiHandler } from "@hb/api/http";
import {
  acceptInstrument as acceptRoute,
  chooseInstrumentProvider as chooseRoute,
  findInstrumentByNumber as findByNumberRoute,
  getInstrument as getRoute,
  listClientInstruments as listRoute,
  listProviderInstruments as workListRoute,
} from "@hb/api/routes/instruments";
import { getAreaSettings } from "@hb/core/area/repository";
import { businessDate } from "@hb/core/dates";
import { loadInstrumentView, loadInstrumentViews, loadViewContext } from "@hb/core/budget/view";
import { acceptInstrument, chooseProvider } from "@hb/core/instruments/choice";
import { listClientInstruments, requireInstrument } from "@hb/core/instruments/repository";
import { instrumentOfProviderByNumber, listProviderInstruments, workListViews } from "@hb/core/instruments/work-list";

export const list = apiHandler(listRoute, async ({ params, language, context }) => {
  const view = await loadViewContext(language, context.now);
  return { body: { items: await loadInstrumentViews(await listClientInstruments(params.clientId), view) } };
});

export const get = apiHandler(getRoute, async ({ params, language, context }) => {
  const view = await loadViewContext(language, context.now);
  return { body: await loadInstrumentView(await requireInstrument(params.instrumentId), view) };
});

export const choose = apiHandler(chooseRoute, async ({ params, body, language, context }) => {
  const chosen = await chooseProvider(await requireInstrument(params.instrumentId), body, await getAreaSettings(businessDate(context.now)), context);
  return { body: await loadInstrumentView(chosen, await loadViewContext(language, context.now)) };
});

export const accept = apiHandler(acceptRoute, async ({ params, language, context }) => {
  const accepted = await acceptInstrument(params.instrumentId, context);
  return { body: await loadInstrumentView(accepted, await loadViewContext(language, context.now)) };
});

export const workList = apiHandler(workListRoute, async ({ params, query, language, context }) => {
  const view = await loadViewContext(language, context.now);
  const { items, nextCursor } = await listProviderInstruments(params.providerId, query.status, view.today, query.limit, query.cursor);
  return { body: { items: await workListViews(items, view), ...(nextCursor ? { nextCursor } : {}) } };
});

export const findByNumber = apiHandler(findByNumberRoute, async ({ query, actor, language, context }) => {
  // The route's role `provider` is granted only with the provider the caller acts for (identity/actor.ts).
  const instrument = await instrumentOfProviderByNumber(query.number, actor.providerId!);
  const [found] = await workListViews([instrument], await loadViewContext(language, context.now));
  return { body: found! };
});
