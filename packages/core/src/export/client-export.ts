import { representativeView } from "../clients/representatives";
import { getAreaSettings } from "../area/repository";
import { listAssessments } from "../assessments/repository";
import { listAuditEntries } from "../audit/repository";
import { requireBudget } from "../budget/repository";
import { loadBudgetView, loadInstrumentViews, type ViewContext } from "../budget/view";
import { serviceNamer } from "../catalogue/names";
import { allServices } from "../catalogue/repository";
import type { Client } from "../clients/schemas";
import { businessDate } from "../dates";
import { decisionView, documentFor, getDecision } from "../decisions/view";
import { eventView, listEvents, type StoredEvent } from "../events/view";
import { listFollowUps } from "../follow-ups/repository";
import { listClientInstruments } from "../instruments/repository";
import { type Inbox, isInboxOf, listClientNotifications } from "../notifications/repository";
import { clientNotificationView } from "../notifications/view";
import { listOwned } from "../ownership";
import type { Page } from "../pagination";
import { listServicePlans } from "../service-plans/repository";
import { creditsOfEvent } from "../settlement/credits";
import { listSupportPlans } from "../support-plans/repository";
import { type ClientExport, exportSections } from "./schemas";

/** Lists are read a large page at a time (DynamoDB still stops a page at 1 MB). */
const PAGE = 1000;

/** Every item of a paginated list, following its cursor to the end. */
async function everyPage<T>(page: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const result = await page(cursor);
    items.push(...result.items);
    cursor = result.nextCursor;
  } while (cursor);
  return items;
}

const byNewestDelivery = (a: StoredEvent, b: StoredEvent) => b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt);

const recipientOf = (inbox: Inbox) => (isInboxOf("client", inbox) ? "client" : isInboxOf("worker", inbox) ? "worker" : "provider") as "client" | "worker" | "provider";

/**
 * Everything HB holds on the client, read through the same repositories and
 * views as the API's own routes, complete however long each list is. Texts
 * are rendered in the client's language; balances and pace are today's.
 */
export async function buildClientExport(client: Client, now: Date): Promise<ClientExport> {
  const { clientId } = client;
  const [area, services] = await Promise.all([getAreaSettings(businessDate(now)), allServices()]);
  const view: ViewContext = { today: businessDate(now), drift: area.drift, serviceName: serviceNamer(services, client.language) };

  const [assessments, supportPlans, servicePlans, followUps, accessLog, budgetIds, decisionIds, stored, notifications] = await Promise.all([
    everyPage((cursor) => listAssessments(clientId, PAGE, cursor)),
    everyPage((cursor) => listSupportPlans(clientId, PAGE, cursor)),
    everyPage((cursor) => listServicePlans(clientId, PAGE, cursor)),
    everyPage((cursor) => listFollowUps(clientId, PAGE, cursor)),
    everyPage((cursor) => listAuditEntries(clientId, PAGE, cursor)),
    listOwned("BUDGET", clientId, "budgetId"),
    listOwned("DECISION", clientId, "decisionId"),
    listClientInstruments(clientId),
    listClientNotifications(clientId),
  ]);

  const budgets = await Promise.all(budgetIds.map(({ budgetId }) => loadBudgetView(String(budgetId), view)));
  const decisions = await Promise.all(
    decisionIds.map(async ({ decisionId }) => {
      const decision = (await getDecision(String(decisionId)))!;
      const { budget, lines } = await requireBudget(decision.budgetId);
      return decisionView(decision, documentFor(decision, budget, lines, client, area, view.serviceName), client.language);
    }),
  );
  const instruments = await loadInstrumentViews(stored, view);
  const events = (
    await Promise.all(stored.map(({ instrumentId }) => everyPage((cursor) => listEvents({ instrumentId }, PAGE, cursor))))
  ).flat().sort(byNewestDelivery);
  // Only an event with credited cents has credits.
  const credits = (await Promise.all(events.filter((event) => (event.creditedCents ?? 0) > 0).map((event) => creditsOfEvent(event.eventId)))).flat();

  const { representatives, ...record } = client;
  const document: Omit<ClientExport, "counts"> = {
    format: "hb-client-export/1",
    exportedAt: now.toISOString(),
    language: client.language,
    controller: { name: area.name[client.language] ?? area.name.fi, businessId: area.payerBusinessId },
    client: record,
    representatives: representatives.map(representativeView),
    assessments,
    supportPlans,
    servicePlans,
    budgets,
    decisions,
    instruments,
    serviceEvents: events.map((event) => eventView(event, { schedule: area, today: view.today })),
    credits,
    notifications: notifications.map((notification) => ({
      ...clientNotificationView(notification, client.language, view.serviceName),
      // The client's own record: the id is there whichever inbox the notification went to.
      clientId,
      recipient: recipientOf(notification.inbox),
    })),
    followUps,
    accessLog,
  };
  return { ...document, counts: Object.fromEntries(exportSections.map((section) => [section, document[section].length])) as ClientExport["counts"] };
}
