import type { RequestContext } from "../actor";
import { getAreaSettings } from "../area/repository";
import { periodQuantityOf, periodStartOf, periodUseWrites } from "../budget/period-use";
import { budgetLineKey } from "../budget/repository";
import { balanceChange, changeStamp, setFields } from "../db";
import { DomainError } from "../errors";
import { requireInstrument } from "../instruments/repository";
import { type Condition, deliveryRight, rightCondition } from "../instruments/rights";
import { keys } from "../keys";
import { ownShareOf } from "../own-share/repository";
import { ownedKey } from "../ownership";
import { type Expression, retrying, transaction, TransactionCancelled } from "../transaction";
import { deliveryAllowedCheck, deliveryRefused } from "../providers/status";
import { allOf, checkDelivery, deliveryMark, deliveryOf, withinValidity, withinValidityCondition } from "./delivery-rules";
import { checkKindLimit, kindCount, kindCountWrites, kindTerms, monthOf } from "./kinds";
import { occupancyWrites } from "./occupancy";
import { priceDelivery, type ServicePricing } from "./price";
import { checkPeriodCap, externalIdKey, maxAttempts } from "./record";
import type { RecordEventBody } from "./schemas";
import { getEvent, requireEvent, type StoredEvent } from "./view";

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
      gsi1sk: keys.ServiceEvent.gsi1.sk({ date: edited.date, eventId: edited.eventId }),
      gsi2sk: keys.ServiceEvent.gsi2.sk({ date: edited.date, eventId: edited.eventId }),
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
