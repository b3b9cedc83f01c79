import { apiHandler } from "@hb/api/http";
import {
  acceptInstrument as acceptRoute,
  chooseInstrumentProvider as chooseRoute,
  getInstrument as getRoute,
  listClientInstruments as listRoute,
} from "@hb/api/routes/instruments";
import { getAreaSettings } from "@hb/core/area/repository";
import { loadInstrumentView, loadInstrumentViews, loadViewContext } from "@hb/core/budget/view";
import { acceptInstrument, chooseProvider } from "@hb/core/instruments/choice";
import { listClientInstruments, requireInstrument } from "@hb/core/instruments/repository";

export const list = apiHandler(listRoute, async ({ params, language, context }) => {
  const view = await loadViewContext(language, context.now);
  return { body: { items: await loadInstrumentViews(await listClientInstruments(params.clientId), view) } };
});

export const get = apiHandler(getRoute, async ({ params, language, context }) => {
  const view = await loadViewContext(language, context.now);
  return { body: await loadInstrumentView(await requireInstrument(params.instrumentId), view) };
});

export const choose = apiHandler(chooseRoute, async ({ params, body, language, context }) => {
  const chosen = await chooseProvider(await requireInstrument(params.instrumentId), body, await getAreaSettings(), context, language);
  return { body: await loadInstrumentView(chosen, await loadViewContext(language, context.now)) };
});

export const accept = apiHandler(acceptRoute, async ({ params, language, context }) => {
  const accepted = await acceptInstrument(params.instrumentId, context);
  return { body: await loadInstrumentView(accepted, await loadViewContext(language, context.now)) };
});
