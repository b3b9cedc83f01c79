import { apiHandler } from "@hb/api/http";
import {
  approveEvent as approveRoute,
  deleteEvent as deleteRoute,
  editEvent as editRoute,
  listEvents as listRoute,
  recordEvent as recordRoute,
} from "@hb/api/routes/events";
import { hasRole } from "@hb/core/actor";
import { getAreaSettings } from "@hb/core/area/repository";
import { loadInstrumentView, loadViewContext } from "@hb/core/budget/view";
import { businessDate } from "@hb/core/dates";
import { assertCanAccessClient } from "@hb/core/clients/access";
import { requireClient } from "@hb/core/clients/repository";
import { forbidden } from "@hb/core/errors";
import { pricingFor } from "@hb/core/events/price";
import { approveEvent, deleteEvent, editEvent, eventView, listEvents, recordEvent, requireEvent, type StoredEvent } from "@hb/core/events/repository";
import { requireInstrument } from "@hb/core/instruments/repository";

/** How the area pays: for each event's expected payment date, as of the request's business day. */
const timelineOf = async (now: Date) => ({ schedule: await getAreaSettings(businessDate(now)), today: businessDate(now) });

export const record = apiHandler(recordRoute, async ({ body, query, context, language }) => {
  const dryRun = query.dryRun === "true";
  const instrument = await requireInstrument(body.instrumentId);
  const { event, replayed } = await recordEvent({ body, instrument, ...(await pricingFor(instrument)) }, context, { dryRun });
  const view = await loadViewContext(language, context.now);
  const recorded = { ...eventView(event, await timelineOf(context.now)), instrument: await loadInstrumentView(await requireInstrument(event.instrumentId), view) };
  // A dry run names no event to fetch: nothing was written (a replay names the one that was).
  if (dryRun && !replayed) return { status: 200, body: { ...recorded, dryRun: true as const } };
  return { status: replayed ? 200 : 201, body: recorded, headers: { location: `/v1/service-events/${event.eventId}` } };
});

/**
 * By instrument: workers, the client and its representatives, and providers (their own events only).
 * By provider: workers and the provider itself.
 */
export const list = apiHandler(listRoute, async ({ query, actor, context }) => {
  const timeline = await timelineOf(context.now);
  const view = (event: StoredEvent) => eventView(event, timeline);
  const ownProvider = hasRole(actor, "provider") && !hasRole(actor, "worker") ? actor.providerId : undefined;
  if (query.instrumentId !== undefined) {
    const instrument = await requireInstrument(query.instrumentId);
    if (!hasRole(actor, "worker") && !ownProvider) assertCanAccessClient(actor, await requireClient(instrument.clientId), "view");
    const page = await listEvents({ instrumentId: query.instrumentId }, query.limit, query.cursor);
    const visible = ownProvider ? page.items.filter((event) => event.providerId === ownProvider) : page.items;
    return { body: { items: visible.map(view), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) } };
  }
  if (!hasRole(actor, "worker") && ownProvider !== query.providerId) throw forbidden();
  const page = await listEvents({ providerId: query.providerId! }, query.limit, query.cursor);
  return { body: { items: page.items.map(view), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) } };
});

export const approve = apiHandler(approveRoute, async ({ params, context }) => ({
  body: eventView(await approveEvent(await requireEvent(params.eventId), context), await timelineOf(context.now)),
}));

export const remove = apiHandler(deleteRoute, async ({ params, context }) => {
  await deleteEvent(await requireEvent(params.eventId), context);
  return { status: 204 };
});

export const edit = apiHandler(editRoute, async ({ params, body, context, language }) => {
  const event = await requireEvent(params.eventId);
  const edited = await editEvent(event, body, await pricingFor(await requireInstrument(event.instrumentId)), context);
  const view = await loadViewContext(language, context.now);
  return { body: { ...eventView(edited, await timelineOf(context.now)), instrument: await loadInstrumentView(await requireInstrument(edited.instrumentId), view) } };
});
