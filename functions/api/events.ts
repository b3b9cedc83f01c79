import { apiHandler } from "@hb/api/http";
import { problem } from "@hb/api/problem";
import {
  approveEvent as approveRoute,
  deleteEvent as deleteRoute,
  editEvent as editRoute,
  listEvents as listRoute,
  recordEvent as recordRoute,
  recordEventBatch as recordBatchRoute,
} from "@hb/api/routes/events";
import { fieldErrors, parsePart } from "@hb/api/validation";
import { hasRole } from "@hb/core/actor";
import { getAreaSettings } from "@hb/core/area/repository";
import { loadInstrumentView, loadViewContext } from "@hb/core/budget/view";
import { businessDate } from "@hb/core/dates";
import { assertCanAccessClient } from "@hb/core/clients/access";
import { requireClient } from "@hb/core/clients/repository";
import { DomainError } from "@hb/core/errors";
import { readEventsCsv } from "@hb/core/events/csv";
import { recordBatch as recordRows } from "@hb/core/events/record-batch";
import { pricingFor } from "@hb/core/events/price";
import { approveEvent } from "@hb/core/events/approve";
import { deleteEvent, editEvent } from "@hb/core/events/correct";
import { recordEvent } from "@hb/core/events/record";
import { eventView, listEvents, requireEvent, type StoredEvent } from "@hb/core/events/view";
import { requireInstrument } from "@hb/core/instruments/repository";
import { eventRowSchema } from "@hb/core/events/schemas";
import { countRefusal } from "@hb/core/statistics/counters";

/** Statistics count what providers stumble on (issue 22), a single event or a batch's row alike; a dry run is a question, not a refusal. */
const countingRefusals = (dryRun: boolean, serviceCode: string, now: Date) => async (error: unknown): Promise<never> => {
  if (!dryRun && error instanceof DomainError && error.status >= 400 && error.status < 500) await countRefusal(error.code, serviceCode, now).catch(() => undefined);
  throw error;
};

/** How the area pays: for each event's expected payment date, as of the request's business day. */
const timelineOf = async (now: Date) => ({ schedule: await getAreaSettings(businessDate(now)), today: businessDate(now) });

export const record = apiHandler(recordRoute, async ({ body, query, context, language }) => {
  const dryRun = query.dryRun === "true";
  const instrument = await requireInstrument(body.instrumentId);
  const { event, replayed } = await recordEvent({ body, instrument, ...(await pricingFor(instrument)) }, context, { dryRun }).catch(countingRefusals(dryRun, instrument.serviceCode, context.now));
  const view = await loadViewContext(language, context.now);
  const recorded = { ...eventView(event, await timelineOf(context.now)), instrument: await loadInstrumentView(await requireInstrument(event.instrumentId), view) };
  // A dry run names no event to fetch: nothing was written (a replay names the one that was).
  if (dryRun && !replayed) return { status: 200, body: { ...recorded, dryRun: true as const } };
  return { status: replayed ? 200 : 201, body: recorded, headers: { location: `/v1/service-events/${event.eventId}` } };
});

/**
 * By instrument: workers, the client and its representatives, and providers (their own events only).
 * By provider: workers and the provider itself (the route's `filters`).
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

/**
 * Each row as the single route records it (decision 77): its schema, the caller's reach to its instrument,
 * one transaction. A row's problem is the single route's, its field paths under /body/events/<index>.
 */
export const recordBatch = apiHandler(recordBatchRoute, async ({ body, query, context, language, requestId, reach }) => {
  const dryRun = query.dryRun === "true";
  const rows =
    typeof body === "string"
      ? readEventsCsv(body).map(({ index, line, event }) => {
          // A CSV row goes through the same row schema the JSON form's rows went through in the middleware.
          const parsed = parsePart("body", eventRowSchema, event, language);
          if (!parsed.ok) throw new DomainError("VALIDATION_FAILED", {}, parsed.errors);
          return { index, line, row: parsed.value };
        })
      : body.events.map((row, index) => ({ index, row }));
  // A service's pricing is read once per batch, not once per row: a file's rows are mostly of one service.
  const pricings = new Map<string, Awaited<ReturnType<typeof pricingFor>>>();
  const pricingOf = async (instrument: Awaited<ReturnType<typeof requireInstrument>>) => {
    const known = pricings.get(instrument.serviceCode) ?? (await pricingFor(instrument));
    pricings.set(instrument.serviceCode, known);
    return known;
  };
  const outcomes = await recordRows(
    rows,
    {
      event: (row) => {
        if ("event" in row) return row.event;
        throw new DomainError("VALIDATION_FAILED", {}, fieldErrors(["body"], row.issues, language));
      },
      reach: async (event) => void (await reach({ body: event })),
      record: async (event) => {
        const instrument = await requireInstrument(event.instrumentId);
        return recordEvent({ body: event, instrument, ...(await pricingOf(instrument)) }, context, { dryRun }).catch(countingRefusals(dryRun, instrument.serviceCode, context.now));
      },
    },
    { dryRun },
  );

  const timeline = await timelineOf(context.now);
  const view = await loadViewContext(language, context.now);
  const instrumentIds = [...new Set(outcomes.flatMap((outcome) => ("event" in outcome ? [outcome.event.instrumentId] : [])))];
  const instruments = await Promise.all(instrumentIds.map(async (instrumentId) => loadInstrumentView(await requireInstrument(instrumentId), view)));
  const count = (test: (status: number) => boolean) => outcomes.filter((outcome) => test(outcome.status)).length;
  return {
    body: {
      rows: outcomes.map((outcome) => {
        const place = { index: outcome.index, ...(outcome.line !== undefined ? { line: outcome.line } : {}), status: outcome.status };
        if ("event" in outcome) return { ...place, event: eventView(outcome.event, timeline) };
        const { code, params, errors } = outcome.refusal;
        const { requestId: _requestId, ...rowProblem } = problem(code, language, requestId, params, errors.map((error) => ({ ...error, path: error.path.replace(/^\/body/, `/body/events/${outcome.index}`) })));
        return { ...place, problem: rowProblem };
      }),
      recorded: count((status) => status === 201),
      replayed: count((status) => status === 200),
      refused: count((status) => status >= 400),
      instruments,
      ...(dryRun ? { dryRun: true as const } : {}),
    },
  };
});
