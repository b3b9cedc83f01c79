import { randomUUID } from "node:crypto";
import type { RequestContext } from "../actor";
import { getAreaSettings } from "../area/repository";
import { type PeriodCap, periodQuantity, periodQuantityOf, periodStartOf, periodUseWrites, quantityHundredths } from "../budget/period-use";
import { budgetLineKey } from "../budget/repository";
import { addDays, compareDates } from "../budget/periods";
import { businessDate } from "../dates";
import { balanceChange, changeStamp, getItem } from "../db";
import { DomainError } from "../errors";
import { requireInstrument, type StoredInstrument } from "../instruments/repository";
import { deliveryRight, rightCondition } from "../instruments/rights";
import { keys } from "../keys";
import { ownShareOf } from "../own-share/repository";
import { ownedKey } from "../ownership";
import { retrying, transaction, TransactionCancelled } from "../transaction";
import { getProvider } from "../providers/repository";
import { deliveryAllowedCheck, deliveryRefused, providerStopped } from "../providers/status";
import { allOf, checkDelivery, deliveryMark, deliveryOf, type Interval, payloadHash, withinValidity, withinValidityCondition } from "./delivery-rules";
import { checkKindLimit, kindCount, kindCountWrites, kindTerms, monthOf } from "./kinds";
import { occupancyWrites } from "./occupancy";
import { priceDelivery, type ServicePricing } from "./price";
import type { RecordEventBody } from "./schemas";
import { requireEvent, type StoredEvent } from "./view";

/** How often a transaction that lost a race is tried again before the caller gets 409 CONCURRENT_CHANGE. */
export const maxAttempts = 25;

/** A provider's claim on an externalId: a repeat of the same delivery is the same event. */
export const externalIdKey = (providerId: string, externalId: string) => keys.ExternalId.key({ providerId, externalId });

/** The earlier event with this externalId: the same payload is a replay, another payload a conflict. */
async function replay(providerId: string, body: RecordEventBody, hash: string): Promise<StoredEvent | undefined> {
  const existing = await getItem<{ eventId: string; payloadHash: string }>(externalIdKey(providerId, body.externalId));
  if (!existing) return undefined;
  if (existing.payloadHash !== hash) throw new DomainError("DUPLICATE_EVENT", { externalId: body.externalId });
  return requireEvent(existing.eventId);
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
export async function checkPeriodCap(
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
          ...keys.ServiceEvent.gsi1({ instrumentId: instrument.instrumentId, date, eventId }),
          ...keys.ServiceEvent.gsi2({ providerId: event.providerId, date, eventId }),
          ...keys.ServiceEvent.gsi3({ reviewEndsOn: reviewDue, recordedAt: event.recordedAt, eventId }),
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
