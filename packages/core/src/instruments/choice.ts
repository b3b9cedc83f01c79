import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import type { AreaSettings } from "../area/settings";
import { addDays, compareDates } from "../budget/periods";
import { businessDate } from "../dates";
import { changeStamp, dynamo, isConditionalCheckFailed, setFields, tableName } from "../db";
import { responsibleWorker } from "../clients/responsible-worker";
import { DomainError, forbidden } from "../errors";
import { listEvents } from "../events/view";
import { inboxOf, type NewNotification, notificationWrites } from "../notifications/repository";
import { ownedKey } from "../ownership";
import { getPrice, getProvider, priceKey, providerKey } from "../providers/repository";
import { providerStopped } from "../providers/status";
import { retrying, transaction, TransactionCancelled } from "../transaction";
import { type ProviderSpan, requireInstrument, type StoredInstrument } from "./repository";
import { type Condition, providerFromOf } from "./rights";
import { providerIndexFields } from "./work-list";

/**
 * The client's choice of provider for a voucher and the provider's
 * acceptance (SPEC §2 step 7). Both are conditional writes on the
 * instrument as read, so a revocation, a closing, a delivery or another
 * choice in between is never overwritten.
 */

const notAvailable = (providerId: string) =>
  new DomainError("PROVIDER_NOT_AVAILABLE", { providerId }, [{ path: "/body/providerId", code: "PROVIDER_NOT_AVAILABLE" }]);

/** The days the chosen provider takes, the earlier providers kept, and the condition that the instrument is still as read. */
interface Handover {
  providerFrom: string;
  providers: ProviderSpan[];
  condition: Condition;
}

const effectiveFromError = (code: "EFFECTIVE_FROM_OUTSIDE_VALIDITY" | "EFFECTIVE_FROM_TOO_EARLY", earliest?: string) =>
  new DomainError("VALIDATION_FAILED", {}, [{ path: "/body/effectiveFrom", code, params: { date: earliest ?? "" } }]);

/** The day of the newest delivery on the instrument: its mark, or (an instrument with no delivery since the mark was introduced) its newest event. */
async function lastDeliveryOf(instrument: StoredInstrument): Promise<string | undefined> {
  if (instrument.lastDeliveryOn) return instrument.lastDeliveryOn;
  const [newest] = (await listEvents({ instrumentId: instrument.instrumentId }, 1)).items;
  return newest && (newest.end ? businessDate(new Date(Date.parse(newest.end) - 1)) : newest.date);
}

/**
 * Who gets which days (decision 63). With no accepted provider the chosen one
 * takes the days of the choice it replaces (a first choice: the whole
 * validity). An accepted provider hands over from `effectiveFrom` and keeps
 * the days before as an entry of `providers`; `effectiveFrom` may not give
 * away a day its recording deadline has closed, a day of an earlier provider
 * or a day already delivered. The condition makes a delivery, acceptance or
 * other choice committed meanwhile fail the write, which is then retried.
 */
async function handover(instrument: StoredInstrument, effectiveFrom: string | undefined, area: Pick<AreaSettings, "recordingDeadlineDays">, now: Date): Promise<Handover> {
  const providers = instrument.providers ?? [];
  const status = { "#status": "status" };
  if (instrument.status === "awaiting-provider") {
    return { providerFrom: instrument.validFrom, providers, condition: { expression: "#status = :was", values: { ":was": "awaiting-provider" }, names: status } };
  }
  const named = { ":was": instrument.status, ":previous": instrument.providerId };
  if (instrument.status !== "active") {
    return { providerFrom: providerFromOf(instrument), providers, condition: { expression: "#status = :was AND providerId = :previous", values: named, names: status } };
  }
  const today = businessDate(now);
  const from = effectiveFrom ?? (compareDates(today, instrument.validFrom) < 0 ? instrument.validFrom : today);
  if (compareDates(from, instrument.validFrom) < 0 || compareDates(from, instrument.validTo) > 0) throw effectiveFromError("EFFECTIVE_FROM_OUTSIDE_VALIDITY");
  const lastDelivery = await lastDeliveryOf(instrument);
  const earliest = [providerFromOf(instrument), addDays(today, -area.recordingDeadlineDays), ...(lastDelivery ? [addDays(lastDelivery, 1)] : [])].reduce((a, b) =>
    compareDates(a, b) >= 0 ? a : b,
  );
  if (compareDates(from, earliest) < 0) throw effectiveFromError("EFFECTIVE_FROM_TOO_EARLY", earliest);
  const kept = compareDates(from, providerFromOf(instrument)) > 0;
  return {
    providerFrom: from,
    providers: kept ? [...providers, { providerId: instrument.providerId!, from: providerFromOf(instrument), to: addDays(from, -1) }] : providers,
    condition: {
      // The earlier providers as read (they only ever grow), no delivery on or after the day, the validity still holding it.
      expression:
        "#status = :was AND providerId = :previous AND (attribute_not_exists(lastDeliveryOn) OR lastDeliveryOn < :from) AND validTo >= :from AND " +
        (providers.length > 0 ? "size(providers) = :kept" : "attribute_not_exists(providers)"),
      values: { ...named, ":from": from, ...(providers.length > 0 ? { ":kept": providers.length } : {}) },
      names: status,
    },
  };
}

/** Who hears of the choice: the chosen provider; on a change, the previous one and the client's worker too. */
async function choiceNotifications(instrument: StoredInstrument, providerId: string, effectiveFrom: string, now: Date): Promise<NewNotification[]> {
  const about = {
    createdAt: now.toISOString(),
    clientId: instrument.clientId,
    instrumentId: instrument.instrumentId,
    instrumentNumber: instrument.number,
    serviceCode: instrument.serviceCode,
    effectiveFrom,
  };
  const notifications: NewNotification[] = [{ ...about, inbox: inboxOf.provider(providerId), kind: "provider-chosen" }];
  if (instrument.providerId) {
    notifications.push({ ...about, inbox: inboxOf.provider(instrument.providerId), kind: "provider-switched" });
    const workerSub = await responsibleWorker(instrument.clientId, instrument.decisionId);
    if (workerSub) notifications.push({ ...about, inbox: inboxOf.worker(workerSub), kind: "provider-switched" });
  }
  return notifications;
}

/** How often a choice that lost a race is tried again before the caller gets 409 CONCURRENT_CHANGE. */
const maxAttempts = 10;

/**
 * Names the provider of a voucher: `awaiting-acceptance` with that
 * provider, from any status but `closed` (a change of provider takes the
 * acceptance back), with the days that are its from `providerFrom` on
 * (`handover`). The provider must be approved and price the voucher's
 * service, checked in the same transaction as the change and its
 * notifications. Choosing the provider already named (awaiting acceptance
 * or active) changes nothing.
 */
export async function chooseProvider(
  read: StoredInstrument,
  choice: { providerId: string; effectiveFrom?: string },
  area: Pick<AreaSettings, "recordingDeadlineDays">,
  ctx: RequestContext,
): Promise<StoredInstrument> {
  const { providerId, effectiveFrom } = choice;
  // The instrument changed since it was read (a delivery, an acceptance, another choice, a closing): the retry reads it again and decides.
  return retrying(maxAttempts, async (attempt) => {
    const instrument = attempt === 0 ? read : await requireInstrument(read.instrumentId);
    if (instrument.kind !== "voucher") throw new DomainError("NOT_A_VOUCHER");
    if (instrument.status === "closed") throw new DomainError("INSTRUMENT_CLOSED");
    if (effectiveFrom !== undefined && (compareDates(effectiveFrom, instrument.validFrom) < 0 || compareDates(effectiveFrom, instrument.validTo) > 0)) {
      throw effectiveFromError("EFFECTIVE_FROM_OUTSIDE_VALIDITY");
    }
    const [provider, price] = await Promise.all([getProvider(providerId), getPrice(providerId, instrument.serviceCode)]);
    if (provider !== undefined && provider.status !== "approved") throw providerStopped(provider.status);
    if (provider?.status !== "approved" || price === undefined) throw notAvailable(providerId);
    if (instrument.providerId === providerId && instrument.status !== "awaiting-provider") return instrument;

    const { providerFrom, providers, condition } = await handover(instrument, effectiveFrom, area, ctx.now);
    const set = setFields({
      status: "awaiting-acceptance",
      providerId,
      ...providerIndexFields(providerId, instrument.number),
      providerFrom,
      // Left out while empty: a switch conditions on its absence.
      ...(providers.length > 0 ? { providers } : {}),
      ...changeStamp(instrument.clientId, ctx),
    });
    const tx = transaction()
      .update("instrument", ownedKey("INSTRUMENT", instrument.instrumentId), { expression: `SET ${set.clauses.join(", ")}`, names: set.names, values: set.values }, condition)
      .check("provider", providerKey(providerId), { expression: "#status = :approved", names: { "#status": "status" }, values: { ":approved": "approved" } })
      .check("price", priceKey(providerId, instrument.serviceCode), "attribute_exists(pk)")
      .add("notifications", ...notificationWrites(await choiceNotifications(instrument, providerId, providerFrom, ctx.now)));
    try {
      await tx.write();
      return requireInstrument(instrument.instrumentId);
    } catch (error) {
      if (error instanceof TransactionCancelled && (error.failed("provider") || error.failed("price"))) throw notAvailable(providerId);
      throw error;
    }
  });
}

/**
 * The provider named on the instrument accepts it: `awaiting-acceptance →
 * active`, only while the caller's provider is still the one named.
 */
export async function acceptInstrument(instrumentId: string, ctx: RequestContext): Promise<StoredInstrument> {
  const providerId = ctx.actor.providerId;
  if (!providerId) throw forbidden();
  const instrument = await requireInstrument(instrumentId);
  // A provider the area has stopped takes no new clients (decision 79).
  const provider = await getProvider(providerId);
  if (provider !== undefined && provider.status !== "approved") throw providerStopped(provider.status);
  const set = setFields({ status: "active", ...changeStamp(instrument.clientId, ctx) });
  try {
    const { Attributes } = await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(ownedKey("INSTRUMENT", instrumentId)),
        UpdateExpression: `SET ${set.clauses.join(", ")}`,
        ConditionExpression: "#a0 = :awaiting AND providerId = :provider",
        ExpressionAttributeNames: set.names,
        ExpressionAttributeValues: marshall({ ...set.values, ":awaiting": "awaiting-acceptance", ":provider": providerId }),
        ReturnValues: "ALL_NEW",
      }),
    );
    return unmarshall(Attributes ?? {}) as StoredInstrument;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    const now = await requireInstrument(instrumentId);
    if (now.status !== "awaiting-acceptance") throw new DomainError("INSTRUMENT_NOT_AWAITING_ACCEPTANCE", { status: now.status });
    // The client chose another provider in the meantime.
    throw forbidden();
  }
}
