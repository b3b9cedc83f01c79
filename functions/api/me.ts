import { apiHandler } from "@hb/api/http";
import { myBudgets } from "@hb/api/routes/me";
import { budgetSummary, useSummary, type UseSummaryInput } from "@hb/core/budget/format";
import { listClientBudgetIds } from "@hb/core/budget/repository";
import { availableQuantity, fundedDays, loadBudgetView, loadInstrumentViews, loadViewContext } from "@hb/core/budget/view";
import { canAccessClient } from "@hb/core/clients/access";
import { clientFeeSummary } from "@hb/core/decisions/client-fees";
import { getClient } from "@hb/core/clients/repository";
import { listClientInstruments } from "@hb/core/instruments/repository";
import { instrumentOwnShareSummary } from "@hb/core/own-share/repository";

type Usable = { serviceName: string; availableCents: number; unit: "hour" | "day" | "visit" | "euro"; unitValueCents: number };

const summaryOf = (
  item: Usable,
  state: Pick<UseSummaryInput, "validFrom" | "validTo" | "today" | "closed" | "supersededFrom" | "endedOn">,
  language: "fi" | "sv" | "en",
) => {
  const quantity = availableQuantity(item.availableCents, item.unitValueCents, item.unit);
  return useSummary(
    { serviceName: item.serviceName, availableCents: item.availableCents, unit: item.unit, ...(quantity !== undefined ? { availableQuantity: quantity } : {}), ...state },
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
        budgets: budgetViews.map((budget) => {
          const successor = budget.supersededBy ? budgetViews.find((other) => other.budgetId === budget.supersededBy) : undefined;
          const summary = budgetSummary({ ...budget, ...(successor ? { successorPlanVersion: successor.planVersion } : {}) }, language);
          const state = { ...fundedDays(budget), today: view.today, closed: false, supersededFrom: budget.supersededFrom, endedOn: budget.endedOn };
          return {
            ...budget,
            ...(summary ? { summary } : {}),
            // A client fee is told with the line it is charged for: it is paid apart from the budget.
            lines: budget.lines.map((line) => {
              const summary = summaryOf(line, state, language);
              return { ...line, summary: line.clientFee ? `${summary} ${clientFeeSummary(line.clientFee, language)}` : summary };
            }),
          };
        }),
        instruments: await Promise.all(
          instruments.map(async (instrument) => {
            const ownShare = await instrumentOwnShareSummary(instrument, view.today, language);
            return {
              ...instrument,
              ...(ownShare ? { ownShareSummary: ownShare } : {}),
              summary: summaryOf(
                instrument,
                { validFrom: instrument.validFrom, validTo: instrument.validTo, today: view.today, closed: instrument.status === "closed", supersededFrom: instrument.supersededFrom, endedOn: instrument.endedOn },
                language,
              ),
            };
          }),
        ),
      };
    }),
  );
  return { body: { items } };
});
