import { apiHandler } from "@hb/api/http";
import { getInstrument as getRoute, listClientInstruments as listRoute } from "@hb/api/routes/instruments";
import { instrumentView, loadViewContext } from "@hb/core/budget/view";
import { listClientInstruments, requireInstrument } from "@hb/core/instruments/repository";

export const list = apiHandler(listRoute, async ({ params, language, context }) => {
  const view = await loadViewContext(language, context.now);
  return { body: { items: (await listClientInstruments(params.clientId)).map((instrument) => instrumentView(instrument, view)) } };
});

export const get = apiHandler(getRoute, async ({ params, language, context }) => {
  const view = await loadViewContext(language, context.now);
  return { body: instrumentView(await requireInstrument(params.instrumentId), view) };
});
