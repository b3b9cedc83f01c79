import { createHash, randomUUID } from "node:crypto";
import { QueryCommand, type TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { type Actor, type RequestContext, systemActor } from "../actor";
import { getAreaSettings } from "../area/repository";
import type { AreaSettings } from "../area/settings";
import { type PeriodCap, periodQuantity, periodQuantityOf, periodStartOf, periodUseWrites, quantityHundredths } from "../budget/period-use";
import { budgetLineKey } from "../budget/repository";
import { addDays, compareDates } from "../budget/periods";
import { businessDate } from "../dates";
import { balanceChange, changeStamp, dynamo, getItem, setFields, tableName, transition, versionedPut } from "../db";
import { DomainError, notFound } from "../errors";
import { requireInstrument, type StoredInstrument } from "../instruments/repository";
import { type Condition, type DeliveryRight, deliveryRight, mayRecord, rightCondition } from "../instruments/rights";
import { ownShareOf } from "../own-share/repository";
import { ownedKey } from "../ownership";
import { decodeListCursor, encodeCursor, type Page } from "../pagination";
import { type Expression, retrying, transaction, TransactionCancelled } from "../transaction";
import { getProvider } from "../providers/repository";
import { deliveryAllowedCheck, deliveryRefused, providerStopped } from "../providers/status";
import { checkKindLimit, kindCount, kindCountWrites, kindTerms, monthOf } from "./kinds";
import { priceDelivery, type ServicePricing } from "./price";
import { expectedPaymentOn, type PaymentSchedule } from "./payment-timeline";
import type { RecordEventBody, ServiceEvent } from "./schemas";

/** How often a transaction that lost a race is tried again before the caller gets 409 CONCURRENT_CHANGE. */
const maxAttempts = 25;

/** `periodStart`: the month or week of a recurring instrument the amount counts in (its period-use item); `expectedPaymentOn` is derived on each read. */
export type StoredEvent = Omit<ServiceEvent, "expectedPaymentOn"> & { budgetId: string; lineId: string; payloadHash: string; startMinute?: number; endMinute?: number; periodStart?: string };

const externalIdKey = (providerId: string, externalId: string) => ({ pk: `EXTERNALID#${providerId}#${externalId}`, sk: "EXTERNALID" });
/** One item per client and Helsinki date holds that day's timed deliveries, so overlaps are checked under one condition. */
const occupancyKey = (clientId: string, date: string) => ({ pk: `CLIENT#${clientId}`, sk: `OCCUPANCY#${date}` });

interface Interval {
  eventId: string;
  startMinute: number;
  endMinute: number;
}

/** The same payload, however its keys are ordered, hashes the same (a delivery as before kinds existed, so earlier claims still match). */
export function payloadHash(body: RecordEventBody): string {
  const { instrumentId, start, end, date, quantity, note, kind } = body;
  const canonical = {
    instrumentId, start: start && new Date(start).toISOString(), end: end && new Date(end).toISOString(), date, quantity, note: note ?? null,
    ...(kind !== undefined && kind !== "delivered" ? { kind } : {}),
  };
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

export const getEvent = (eventId: string) => getItem<StoredEvent>(ownedKey("EVENT", eventId));

export async function requireEvent(eventId: string): Promise<StoredEvent> {
  const event = await getEvent(eventId);
  if (!event) throw notFound("service event");
  return event;
}

/** The earlier event with this externalId: the same payload is a replay, another payload a conflict. */
async function replay(providerId: string, body: RecordEventBody, hash: string): Promise<StoredEvent | undefined> {
  const existing = await getItem<{ eventId: string; payloadHash: string }>(externalIdKey(providerId, body.externalId));
  if (!existing) return undefined;
  if (existing.payloadHash !== hash) throw new DomainError("DUPLICATE_EVENT", { externalId: body.externalId });
  return requireEvent(existing.eventId);
}

type DeliveryDays = { readonly date: string; readonly lastDate: string };

/** The delivery's days lie within the instrument's validity. */
const withinValidity = (instrument: Pick<StoredInstrument, "validFrom" | "validTo">, days: DeliveryDays) =>
  compareDates(days.date, instrument.validFrom) >= 0 && compareDates(days.lastDate, instrument.validTo) <= 0;

/** The same as a condition on the instrument item: a superseding decision that clipped it meanwhile makes the write a retry (then OUTSIDE_VALIDITY). */
const withinValidityCondition = (days: DeliveryDays) => ({
  expression: "validFrom <= :first AND validTo >= :last",
  values: { ":first": days.date, ":last": days.lastDate },
});

/**
 * Checks that do not depend on other events: who, when, and the instrument's
 * state. Returns the right the provider records the delivery by (the days
 * are its own: decision 63).
 */
function checkDelivery(
  instrument: StoredInstrument,
  providerId: string | undefined,
  timing: { timed: boolean; date: string; lastDate: string; endsAt: number },
  area: Pick<AreaSettings, "recordingDeadlineDays">,
  now: Date,
): DeliveryRight {
  if (!providerId || !mayRecord(instrument, providerId)) {
    throw new DomainError("INSTRUMENT_NOT_ACTIVE", { status: instrument.status });
  }
  // A timed delivery has happened once it ended; a day or a visit on its (Helsinki) date.
  if (timing.timed ? timing.endsAt > now.getTime() : compareDates(timing.date, businessDate(now)) > 0) {
    throw new DomainError("VALIDATION_FAILED", {}, [{ path: "/body", code: "EVENT_IN_FUTURE" }]);
  }
  if (!withinValidity(instrument, timing)) {
    throw new DomainError("OUTSIDE_VALIDITY", { validFrom: instrument.validFrom, validTo: instrument.validTo });
  }
  const right = deliveryRight(instrument, providerId, timing);
  if (right === undefined) throw new DomainError("NOT_PROVIDER_ON_DATE", { date: timing.date });
  if (compareDates(addDays(timing.lastDate, area.recordingDeadlineDays), businessDate(now)) < 0) {
    throw new DomainError("RECORDING_DEADLINE_PASSED", { days: area.recordingDeadlineDays });
  }
  return right;
}

/**
 * The instrument's `lastDeliveryOn` raised to the delivery's last day when
 * that is later, with a condition that nobody raised it past that meanwhile:
 * a switch of provider conditions on it, so it never takes effect on a day
 * already delivered, whichever commits first.
 */
function deliveryMark(instrument: Pick<StoredInstrument, "lastDeliveryOn">, days: DeliveryDays) {
  if (instrument.lastDeliveryOn !== undefined && compareDates(days.lastDate, instrument.lastDeliveryOn) <= 0) return undefined;
  return {
    fields: { lastDeliveryOn: days.lastDate },
    condition: { expression: "(attribute_not_exists(lastDeliveryOn) OR lastDeliveryOn <= :mark)", values: { ":mark": days.lastDate } },
  };
}

/** Conditions on one item, joined. */
const allOf = (...conditions: (Condition | undefined)[]): Condition => {
  const present = conditions.filter((condition) => condition !== undefined);
  return {
    expression: present.map((condition) => condition.expression).join(" AND "),
    values: Object.assign({}, ...present.map((condition) => condition.values)) as Record<string, unknown>,
    names: Object.assign({}, ...present.map((condition) => condition.names ?? {})) as Record<string, string>,
  };
};

/** When a delivery happened, in the form the instrument's unit requires (timed for hourly services). */
function deliveryOf(instrument: Pick<StoredInstrument, "unit">, body: Pick<RecordEventBody, "start" | "end" | "date">) {
  const timed = body.start !== undefined && body.end !== undefined;
  if ((instrument.unit === "hour") !== timed) {
    throw new DomainError("VALIDATION_FAILED", {}, [
      timed
        ? { path: "/body/date", code: "REQUIRED", text: "EVENT_DATE_AND_QUANTITY" }
        : { path: "/body/start", code: "REQUIRED", text: "EVENT_START_AND_END" },
    ]);
  }
  const startsAt = timed ? Date.parse(body.start!) : 0;
  const endsAt = timed ? Date.parse(body.end!) : 0;
  const date = timed ? businessDate(new Date(startsAt)) : body.date!;
  const lastDate = timed ? businessDate(new Date(endsAt - 1)) : body.date!;
  return { timed, startsAt, endsAt, date, lastDate };
}

const daysOf = (interval: Interval): string[] => [
  ...new Set([businessDate(new Date(interval.startMinute * 60_000)), businessDate(new Date(interval.endMinute * 60_000 - 1))]),
];

/**
 * The client's day occupancy after taking `remove` (the event's earlier
 * interval, when it is edited or deleted) out and putting `add` in, each day
 * written only if nobody changed it since it was read. An overlap with any
 * other delivery is refused.
 */
async function occupancyWrites(clientId: string, remove: readonly Interval[], add?: Interval): Promise<TransactWriteItem[]> {
  const removed = new Set(remove.map((interval) => interval.eventId));
  const days = [...new Set([...remove.flatMap(daysOf), ...(add ? daysOf(add) : [])])];
  const writes: TransactWriteItem[] = [];
  for (const day of days) {
    const current = await getItem<{ intervals: Interval[]; version: number }>(occupancyKey(clientId, day));
    const kept = (current?.intervals ?? []).filter((interval) => !removed.has(interval.eventId));
    const lands = add !== undefined && daysOf(add).includes(day);
    if (lands && kept.some((other) => other.startMinute < add.endMinute && add.startMinute < other.endMinute)) {
      throw new DomainError("OVERLAPPING_EVENT", { date: day });
    }
    writes.push(versionedPut({ ...occupancyKey(clientId, day), type: "Occupancy", intervals: lands ? [...kept, add] : kept }, current?.version));
  }
  return writes;
}

/** The delivery and how its service is priced; the area's rules are those in force on the delivery's date (decision 81). */
export interface RecordInput extends ServicePricing {
  body: RecordEventBody;
  instrument: StoredInstrument;
}

/**
 * Under a hard cap (`periodCap: "hard"`), refuses a change that would take
 * the period's delivered quantity past `quantityPerPeriod`, from the
 * period's running total (one read), and returns the cap the write is
 * conditioned on, so a concurrent delivery cannot slip past it either.
 */
async function checkPeriodCap(
  instrument: Pick<StoredInstrument, "instrumentId" | "periodCap" | "quantityPerPeriod">,
  periodStart: string | undefined,
  addedHundredths: number,
): Promise<PeriodCap | undefined> {
  if (instrument.periodCap !== "hard" || periodStart === undefined || addedHundredths <= 0) return undefined;
  const limitHundredths = quantityHundredths(instrument.quantityPerPeriod);
  const used = await periodQuantity(instrument.instrumentId, periodStart);
  if (used + addedHundredths > limitHundredths) {
    throw new DomainError("PERIOD_CAP_EXCEEDED", { periodStart, quantityPerPeriod: instrument.quantityPerPeriod, usedQuantity: used / 100 });
  }
  return { periodStart, limitHundredths };
}

/** The budget line's balance as the transaction will condition on it: short → the same refusal before anything is sent. */
async function checkLineBalance(instrument: Pick<StoredInstrument, "budgetId" | "lineId" | "availableCents">, amountCents: number): Promise<void> {
  const line = await getItem<{ availableCents: number }>(budgetLineKey(instrument.budgetId, instrument.lineId));
  if (line && line.availableCents < amountCents) {
    throw new DomainError("INSUFFICIENT_BALANCE", { availableCents: Math.max(0, Math.min(instrument.availableCents, line.availableCents)) });
  }
}

/**
 * Records a delivery. In ONE transaction: the externalId claim (a repeat is
 * the same event), the event, the instrument and the budget line (each
 * `availableCents >= amount`, so nothing can ever be overspent whatever runs
 * concurrently), the use of the instrument's month or week and, for timed deliveries, the client's occupancy of each day
 * touched (version-checked, so two overlapping deliveries can never both be
 * written), and for a late cancellation or a no-show its month's count. A
 * hard period cap and the monthly limit of a kind are conditions on those
 * counters. A transaction that loses a race is retried from fresh reads.
 *
 * A dry run (`dryRun`) goes through every check, reading each item the
 * transaction would condition on, and stops before sending it: it answers
 * what the real call would and writes nothing.
 */
export async function recordEvent(
  input: RecordInput,
  ctx: RequestContext,
  options: { dryRun?: boolean } = {},
): Promise<{ event: StoredEvent; replayed: boolean }> {
  const { body } = input;
  const providerId = ctx.actor.providerId;
  const hash = payloadHash(body);
  return retrying(maxAttempts, async (attempt) => {
    const earlier = providerId ? await replay(providerId, body, hash) : undefined;
    if (earlier) return { event: earlier, replayed: true };
    const instrument = attempt === 0 ? input.instrument : await requireInstrument(input.instrument.instrumentId);
    const delivery = deliveryOf(instrument, body);
    const { timed, startsAt, endsAt, date } = delivery;
    // One event, one version of the rules: its date's prices its bands, its deadline and its review window.
    const area = await getAreaSettings(date);
    const right = checkDelivery(instrument, providerId, delivery, area, ctx.now);
    const terms = kindTerms(input.kinds, body.kind);
    const priced = priceDelivery(instrument, body, input.timeBanded, area.timeBands, terms.sharePercent);
    if (priced.amountCents > instrument.availableCents) throw new DomainError("INSUFFICIENT_BALANCE", { availableCents: instrument.availableCents });
    await checkLineBalance(instrument, priced.amountCents);
    const clientShareCents = await ownShareOf(instrument, providerId!, date, { minutes: priced.minutes, quantity: body.quantity, sharePercent: terms.sharePercent });

    const eventId = randomUUID();
    const stamp = changeStamp(instrument.clientId, ctx);
    const interval: Interval | undefined = timed ? { eventId, startMinute: startsAt / 60_000, endMinute: endsAt / 60_000 } : undefined;
    const occupancy = interval ? await occupancyWrites(instrument.clientId, [], interval) : [];
    const event: StoredEvent = {
      eventId,
      instrumentId: instrument.instrumentId,
      instrumentNumber: instrument.number,
      clientId: instrument.clientId,
      providerId: providerId!,
      externalId: body.externalId,
      serviceCode: instrument.serviceCode,
      unit: instrument.unit,
      date,
      ...(timed ? { start: new Date(startsAt).toISOString(), end: new Date(endsAt).toISOString() } : {}),
      kind: terms.kind,
      quantity: timed ? Math.round(priced.minutes / 0.6) / 100 : body.quantity!,
      amountCents: priced.amountCents,
      bands: priced.bands,
      ...(clientShareCents !== undefined ? { clientShareCents } : {}),
      status: "recorded",
      ...(body.note ? { note: body.note } : {}),
      recordedAt: ctx.now.toISOString(),
      recordedBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
      budgetId: instrument.budgetId,
      lineId: instrument.lineId,
      payloadHash: hash,
      ...(interval ? { startMinute: interval.startMinute, endMinute: interval.endMinute } : {}),
    };
    const periodStart = periodStartOf(instrument.per, date);
    if (periodStart) event.periodStart = periodStart;
    const hundredths = periodQuantityOf(event);
    const cap = await checkPeriodCap(instrument, periodStart, hundredths);
    const month = monthOf(date);
    checkKindLimit(terms, month, await kindCount(instrument.instrumentId, terms.kind, month));
    const reviewDue = addDays(businessDate(ctx.now), area.reviewWindowDays);
    const enough = (amount: number) => ({
      expression: "availableCents >= :amount",
      values: { ":amount": amount },
    });
    const mark = deliveryMark(instrument, delivery);
    const instrumentCondition = allOf(
      { expression: "availableCents >= :amount", values: { ":amount": priced.amountCents } },
      rightCondition(right, event.providerId, delivery),
      withinValidityCondition(delivery),
      mark?.condition,
    );
    const move = { availableCents: -priced.amountCents, recordedCents: priced.amountCents };
    const tx = transaction()
      .put("claim", { ...externalIdKey(event.providerId, body.externalId), type: "ExternalId", eventId, payloadHash: hash }, "attribute_not_exists(pk)")
      .put(
        "event",
        {
          ...ownedKey("EVENT", eventId),
          type: "ServiceEvent",
          gsi1pk: `INSTRUMENT#${instrument.instrumentId}`,
          gsi1sk: `EVENT#${date}#${eventId}`,
          gsi2pk: `PROVIDER#${event.providerId}`,
          gsi2sk: `EVENT#${date}#${eventId}`,
          gsi3pk: `REVIEW#${reviewDue}`,
          gsi3sk: `${event.recordedAt}#${eventId}`,
          ...event,
          ...stamp,
        },
        "attribute_not_exists(pk)",
      )
      .add("instrument", balanceChange(ownedKey("INSTRUMENT", instrument.instrumentId), move, instrumentCondition, stamp, mark?.fields))
      .add("line", balanceChange(budgetLineKey(instrument.budgetId, instrument.lineId), move, enough(priced.amountCents), stamp))
      .add("periodUse", ...periodUseWrites(instrument.instrumentId, [{ periodStart, cents: priced.amountCents, hundredths }], cap))
      .add("occupancy", ...occupancy)
      .add("kindCount", ...kindCountWrites(instrument.instrumentId, terms.kind, { to: month }, terms.maxPerMonth))
      // A provider the area has stopped records nothing dated from its blockedFrom on.
      .add("deliveryAllowed", deliveryAllowedCheck(event.providerId, date));
    if (options.dryRun) {
      const provider = await getProvider(event.providerId);
      if (provider?.blockedFrom !== undefined && compareDates(provider.blockedFrom, date) <= 0) throw providerStopped(provider.status);
      return { event, replayed: false };
    }
    try {
      await tx.write();
      return { event, replayed: false };
    } catch (error) {
      if (!(error instanceof TransactionCancelled)) throw error;
      if (error.failed("deliveryAllowed")) throw await deliveryRefused(event.providerId);
      // The same externalId won a race: the next attempt answers it as a replay.
      if (!error.failed("claim") && (error.failed("instrument") || error.failed("line"))) {
        const fresh = await requireInstrument(instrument.instrumentId);
        // Still the provider's day within the validity: the balance was short. Otherwise the retry says why not.
        const stillTheirs = deliveryRight(fresh, event.providerId, delivery) === right && withinValidity(fresh, delivery);
        if (stillTheirs && (error.failed("line") || fresh.availableCents < priced.amountCents)) {
          throw new DomainError("INSUFFICIENT_BALANCE", { availableCents: Math.min(fresh.availableCents, priced.amountCents - 1) });
        }
      }
      // Lost a race on the instrument or a day's occupancy: read again and retry.
      throw error;
    }
  });
}

/** Moves an event's amount from recorded to approved on the event, its instrument and its line. */
export async function approveEvent(event: StoredEvent, ctx: RequestContext): Promise<StoredEvent> {
  if (event.status !== "recorded") throw new DomainError("EVENT_NOT_RECORDED", { status: event.status });
  const stamp = changeStamp(event.clientId, ctx);
  const approvedBy = { sub: ctx.actor.sub, roles: [...ctx.actor.roles] };
  const move = { availableCents: 0, recordedCents: -event.amountCents, approvedCents: event.amountCents };
  const tx = transaction()
    // Leaving the sparse review index: nothing left for auto-approval to do.
    // On the instrument read: a retroactive decision that moved the event meanwhile makes this a refusal, not a count on the wrong instrument.
    .add(
      "event",
      transition(ownedKey("EVENT", event.eventId), ["recorded"], "approved", { approvedAt: stamp.updatedAt, approvedBy }, stamp, ["gsi3pk", "gsi3sk"], {
        expression: "instrumentId = :instrument",
        values: { ":instrument": event.instrumentId },
      }),
    )
    .add("instrument", balanceChange(ownedKey("INSTRUMENT", event.instrumentId), move, undefined, stamp))
    .add("line", balanceChange(budgetLineKey(event.budgetId, event.lineId), move, undefined, stamp));
  try {
    await tx.write();
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failed("event")) throw new DomainError("EVENT_NOT_RECORDED", { status: "changed" });
    throw error;
  }
  return { ...event, status: "approved", approvedAt: stamp.updatedAt, approvedBy };
}

/**
 * Events of one instrument (gsi1 `INSTRUMENT#<id>`) or one provider (gsi2
 * `PROVIDER#<id>`), newest delivery first, a page at a time.
 */
export async function listEvents(
  by: { instrumentId: string } | { providerId: string },
  limit: number,
  cursor?: string,
): Promise<Page<StoredEvent>> {
  const [index, pk] = "instrumentId" in by ? (["gsi1", `INSTRUMENT#${by.instrumentId}`] as const) : (["gsi2", `PROVIDER#${by.providerId}`] as const);
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk AND begins_with(${index}sk, :prefix)`,
      ExpressionAttributeValues: marshall({ ":pk": pk, ":prefix": "EVENT#" }),
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeListCursor(cursor, { index, pk, skPrefix: "EVENT#" }),
    }),
  );
  return { items: (result.Items ?? []).map((item) => unmarshall(item) as StoredEvent), nextCursor: encodeCursor(result.LastEvaluatedKey) };
}

/** The event as the API shows it: without keys, hashes and bookkeeping, with when it is expected to be paid. */
export function eventView(event: StoredEvent, timeline: { schedule: PaymentSchedule; today: string }): ServiceEvent {
  const { eventId, instrumentId, instrumentNumber, clientId, providerId, externalId, serviceCode, unit, date, start, end, kind } = event;
  const { quantity, amountCents, bands, status, note, recordedAt, recordedBy, approvedAt, approvedBy } = event;
  const { statementId, runId, settledAt, paidAt, creditedCents } = event;
  return {
    eventId, instrumentId, instrumentNumber, clientId, providerId, externalId, serviceCode, unit, date,
    ...(start ? { start, end } : {}),
    // Events recorded before kinds existed were deliveries.
    kind: kind ?? "delivered",
    quantity, amountCents, bands, status,
    ...(note ? { note } : {}),
    recordedAt, recordedBy,
    ...(approvedAt ? { approvedAt, approvedBy } : {}),
    ...(statementId ? { statementId } : {}),
    ...(runId ? { runId, settledAt } : {}),
    ...(paidAt ? { paidAt } : {}),
    ...(creditedCents !== undefined ? { creditedCents } : {}),
    ...(event.clientShareCents !== undefined ? { clientShareCents: event.clientShareCents } : {}),
    expectedPaymentOn: expectedPaymentOn(event, timeline.schedule, timeline.today),
  };
}

/** The system itself, as the actor of automatic approvals in the audit trail. */
export const reviewWindowActor: Actor = systemActor("system:review-window");

/**
 * Approves every event still `recorded` whose review window has ended, from
 * the sparse gsi3 (`REVIEW#<due date>`): one Query per due day, never a scan.
 * Days are looked back `lookbackDays` so a missed run catches up; an event
 * approved meanwhile by a worker is skipped.
 */
export async function approveDueEvents(now: Date, lookbackDays = 30): Promise<{ approved: number }> {
  const today = businessDate(now);
  let approved = 0;
  for (let back = lookbackDays; back >= 0; back -= 1) {
    let start: Record<string, import("@aws-sdk/client-dynamodb").AttributeValue> | undefined;
    do {
      const page = await dynamo().send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: "gsi3",
          KeyConditionExpression: "gsi3pk = :pk",
          ExpressionAttributeValues: marshall({ ":pk": `REVIEW#${addDays(today, -back)}` }),
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        const event = unmarshall(item) as StoredEvent;
        try {
          await approveEvent(event, { actor: reviewWindowActor, requestId: `review-window-${today}`, now });
          approved += 1;
        } catch (error) {
          if (!(error instanceof DomainError && error.code === "EVENT_NOT_RECORDED")) throw error;
        }
      }
      start = page.LastEvaluatedKey;
    } while (start);
  }
  return { approved };
}

/**
 * Deletes a recorded event: in one transaction the event and its externalId
 * claim go, the amount returns to the instrument, the line and its period's
 * use, and the delivery leaves the client's day occupancy. Only while `recorded`.
 * A provider no longer named on the instrument deletes only on its own days
 * and within the recording deadline, as it records (decision 63).
 */
export async function deleteEvent(event: StoredEvent, ctx: RequestContext): Promise<void> {
  await retrying(maxAttempts, async (attempt) => {
    // A correction made meanwhile moved the amount, the period or the time: undo what the event is now, not what it was.
    const current = attempt === 0 ? event : await getEvent(event.eventId);
    if (current?.status !== "recorded") throw new DomainError("EVENT_NOT_RECORDED", { status: current?.status ?? "changed" });
    const providerId = ctx.actor.providerId;
    const instrument = providerId ? await requireInstrument(current.instrumentId) : undefined;
    let held: Condition | undefined;
    if (providerId && instrument && instrument.providerId !== providerId) {
      const delivery = deliveryOf(instrument, current);
      held = rightCondition(checkDelivery(instrument, providerId, delivery, await getAreaSettings(delivery.date), ctx.now), providerId, delivery);
    }
    const stamp = changeStamp(current.clientId, ctx);
    const back = { availableCents: current.amountCents, recordedCents: -current.amountCents };
    const occupancy = current.startMinute !== undefined && current.endMinute !== undefined
      ? await occupancyWrites(current.clientId, [{ eventId: current.eventId, startMinute: current.startMinute, endMinute: current.endMinute }])
      : [];
    // The event changed since it was read (approved, deleted or corrected): the retry reads it again and decides.
    await transaction()
      .delete("event", ownedKey("EVENT", current.eventId), unchangedSinceRead(current))
      .delete("claim", externalIdKey(current.providerId, current.externalId))
      .add("instrument", balanceChange(ownedKey("INSTRUMENT", current.instrumentId), back, held, stamp))
      .add("line", balanceChange(budgetLineKey(current.budgetId, current.lineId), back, undefined, stamp))
      .add("periodUse", ...periodUseWrites(current.instrumentId, [{ periodStart: current.periodStart, cents: -current.amountCents, hundredths: -periodQuantityOf(current) }]))
      .add("occupancy", ...occupancy)
      .add("kindCount", ...kindCountWrites(current.instrumentId, current.kind, { from: monthOf(current.date) }))
      .write();
  });
}

/** The event is still recorded and as it was read (its last change stamp). */
const unchangedSinceRead = (current: StoredEvent): Expression => ({
  expression: "#status = :recorded AND updatedAt = :read",
  names: { "#status": "status" },
  values: { ":recorded": "recorded", ":read": (current as StoredEvent & { updatedAt: string }).updatedAt },
});

export type EditEventBody = Partial<Pick<RecordEventBody, "start" | "end" | "date" | "quantity" | "note">>;

/**
 * Edits a recorded event: the delivery is priced again and only the
 * difference moves on the instrument and the line, in one transaction with
 * the event (unchanged since it was read), the use of the periods it leaves
 * and enters, and the client's day occupancy.
 */
export async function editEvent(
  event: StoredEvent,
  change: EditEventBody,
  pricing: ServicePricing,
  ctx: RequestContext,
): Promise<StoredEvent> {
  return retrying(maxAttempts, async (attempt) => {
    const current = attempt === 0 ? event : await requireEvent(event.eventId);
    if (current.status !== "recorded") throw new DomainError("EVENT_NOT_RECORDED", { status: current.status });
    const instrument = await requireInstrument(current.instrumentId);
    const timing = change.start !== undefined || change.date !== undefined ? change : current;
    const merged = {
      instrumentId: current.instrumentId,
      externalId: current.externalId,
      ...(timing.start !== undefined ? { start: timing.start, end: timing.end } : { date: timing.date, quantity: timing.quantity }),
      note: change.note ?? current.note,
      ...(current.kind ? { kind: current.kind } : {}),
    } as RecordEventBody;
    const delivery = deliveryOf(instrument, merged);
    // The delivery as it is now is priced by the rules of its (possibly new) date.
    const area = await getAreaSettings(delivery.date);
    const right = checkDelivery(instrument, ctx.actor.providerId, delivery, area, ctx.now);
    const terms = kindTerms(pricing.kinds, current.kind);
    const priced = priceDelivery(instrument, merged, pricing.timeBanded, area.timeBands, terms.sharePercent);
    const clientShareCents = await ownShareOf(instrument, current.providerId, delivery.date, { minutes: priced.minutes, quantity: merged.quantity, sharePercent: terms.sharePercent });
    const delta = priced.amountCents - current.amountCents;
    const before = current.startMinute !== undefined && current.endMinute !== undefined
      ? [{ eventId: current.eventId, startMinute: current.startMinute, endMinute: current.endMinute }]
      : [];
    const after = delivery.timed ? { eventId: current.eventId, startMinute: delivery.startsAt / 60_000, endMinute: delivery.endsAt / 60_000 } : undefined;
    const occupancy = before.length > 0 || after ? await occupancyWrites(current.clientId, before, after) : [];
    const stamp = changeStamp(current.clientId, ctx);
    const periodStart = periodStartOf(instrument.per, delivery.date);
    const edited: StoredEvent = {
      ...current,
      date: delivery.date,
      quantity: delivery.timed ? Math.round(priced.minutes / 0.6) / 100 : merged.quantity!,
      amountCents: priced.amountCents,
      bands: priced.bands,
      ...(clientShareCents !== undefined ? { clientShareCents } : {}),
      ...(merged.note ? { note: merged.note } : {}),
    };
    delete edited.start;
    delete edited.end;
    delete edited.startMinute;
    delete edited.endMinute;
    delete edited.periodStart;
    if (periodStart) edited.periodStart = periodStart;
    const hundredthsBefore = periodQuantityOf(current);
    const hundredthsAfter = periodQuantityOf(edited);
    const cap = await checkPeriodCap(instrument, periodStart, hundredthsAfter - (periodStart === current.periodStart ? hundredthsBefore : 0));
    const months = { from: monthOf(current.date), to: monthOf(edited.date) };
    if (months.from !== months.to) checkKindLimit(terms, months.to, await kindCount(current.instrumentId, terms.kind, months.to));
    if (after) Object.assign(edited, { start: new Date(delivery.startsAt).toISOString(), end: new Date(delivery.endsAt).toISOString(), ...after });
    const set = setFields({
      date: edited.date,
      quantity: edited.quantity,
      amountCents: edited.amountCents,
      bands: edited.bands,
      clientShareCents: edited.clientShareCents,
      note: edited.note,
      start: edited.start,
      end: edited.end,
      startMinute: edited.startMinute,
      endMinute: edited.endMinute,
      periodStart: edited.periodStart,
      gsi1sk: `EVENT#${edited.date}#${edited.eventId}`,
      gsi2sk: `EVENT#${edited.date}#${edited.eventId}`,
      ...stamp,
    });
    const dropped = (["start", "end", "startMinute", "endMinute", "note", "periodStart"] as const).filter((field) => edited[field] === undefined);
    const move = { availableCents: -delta, recordedCents: delta };
    const mark = deliveryMark(instrument, delivery);
    // The provider's right to the day and the instrument's validity as checked (a switch or a superseding decision may come meanwhile).
    const held = allOf(rightCondition(right, current.providerId, delivery), withinValidityCondition(delivery), mark?.condition);
    const removed = Object.fromEntries(dropped.map((field, i) => [`#r${i}`, field]));
    const grows = delta > 0 ? { expression: "availableCents >= :amount", values: { ":amount": delta } } : undefined;
    const tx = transaction()
      .update(
        "event",
        ownedKey("EVENT", current.eventId),
        { expression: `SET ${set.clauses.join(", ")}${dropped.length > 0 ? ` REMOVE ${Object.keys(removed).join(", ")}` : ""}`, names: { ...set.names, ...removed }, values: set.values },
        unchangedSinceRead(current),
      );
    // A correction that does not change the amount (a note, the same time moved within one band) leaves the balances alone.
    // The amount is conditioned on only when it grows.
    if (delta === 0 && !mark) tx.check("instrument", ownedKey("INSTRUMENT", current.instrumentId), held);
    else tx.add("instrument", balanceChange(ownedKey("INSTRUMENT", current.instrumentId), move, grows ? allOf(grows, held) : held, stamp, mark?.fields));
    if (delta !== 0) tx.add("line", balanceChange(budgetLineKey(current.budgetId, current.lineId), move, grows, stamp));
    tx.add(
      "periodUse",
      ...periodUseWrites(
        current.instrumentId,
        [
          { periodStart: current.periodStart, cents: -current.amountCents, hundredths: -hundredthsBefore },
          { periodStart, cents: priced.amountCents, hundredths: hundredthsAfter },
        ],
        cap,
      ),
    )
      .add("occupancy", ...occupancy)
      .add("kindCount", ...kindCountWrites(current.instrumentId, current.kind, months, terms.maxPerMonth));
    // A delivery moved to another day may not land where the area has stopped the provider (its own day stays correctable).
    if (edited.date !== current.date) tx.add("deliveryAllowed", deliveryAllowedCheck(current.providerId, edited.date));
    try {
      await tx.write();
      return edited;
    } catch (error) {
      if (!(error instanceof TransactionCancelled)) throw error;
      if (error.failed("deliveryAllowed")) throw await deliveryRefused(current.providerId);
      if (delta > 0 && (error.failed("instrument") || error.failed("line")) && !error.failed("event")) {
        const fresh = await requireInstrument(current.instrumentId);
        // Still the provider's day within the validity: the balance was short. Otherwise the retry says why not.
        const stillTheirs = withinValidity(fresh, delivery) && deliveryRight(fresh, current.providerId, delivery) === right;
        if (stillTheirs && (error.failed("line") || fresh.availableCents < delta)) {
          throw new DomainError("INSUFFICIENT_BALANCE", { availableCents: Math.max(0, instrument.availableCents) });
        }
      }
      throw error;
    }
  });
}
