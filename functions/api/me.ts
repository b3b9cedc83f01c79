import { apiHandler } from "@hb/api/http";
import { myBudgets } from "@hb/api/routes/me";
import { balanceSummary } from "@hb/core/budget/format";
import { listClientBudgetIds } from "@hb/core/budget/repository";
import { availableQuantity, fundedDays, loadBudgetView, loadInstrumentViews, loadViewContext } from "@hb/core/budget/view";
import { canAccessClient } from "@hb/core/clients/access";
import { getClient } from "@hb/core/clients/repository";
import { listClientInstruments } from "@hb/core/instruments/repository";

const summaryOf = (
  item: { serviceName: string; availableCents: number; unit: "hour" | "day" | "visit" | "euro"; unitValueCents: number },
  validTo: string,
  language: "fi" | "sv" | "en",
) => {
  const quantity = availableQuantity(item.availableCents, item.unitValueCents, item.unit);
  return balanceSummary(
    { serviceName: item.serviceName, availableCents: item.availableCents, validTo, unit: item.unit, ...(quantity !== undefined ? { availableQuantity: quantity } : {}) },
    language,
  );
};

export const budgets = apiHandler(myBudgets, async ({ actor, language, context }) => {
  const view = await loadViewContext(language, context.now);
  const clients = (await Promise.all(actor.clientIds.map((clientId) => getClient(clientId)))).filter(
    (client) => client !== undefined && canAccessClient(actor, client, "view"),
  );
  const items = await Promise.all(
    clients.map(async (client) => {
      const budgetViews = await Promise.all((await listClientBudgetIds(client!.clientId)).map((budgetId) => loadBudgetView(budgetId, view)));
      const instruments = await loadInstrumentViews(await listClientInstruments(client!.clientId), view);
      return {
        clientId: client!.clientId,
        firstName: client!.firstName,
        budgets: budgetViews.map((budget) => ({
          ...budget,
          lines: budget.lines.map((line) => ({ ...line, summary: summaryOf(line, fundedDays(budget).validTo, language) })),
        })),
        instruments: instruments.map((instrument) => ({ ...instrument, summary: summaryOf(instrument, instrument.validTo, language) })),
      };
    }),
  );
  return { body: { items } };
});
