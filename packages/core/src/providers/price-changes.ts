import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { compareDates } from "../budget/periods";
import { businessDate } from "../dates";
import { tableName } from "../db";
import { DomainError, type FieldProblem } from "../errors";
import { keys } from "../keys";
import { retrying, transaction } from "../transaction";
import { checkOffer } from "./offers";
import { priceHistoryKey, pricesInForce, pricesView, type StoredPrice } from "./prices";
import { MAX_ATTEMPTS, priceKey, providerKey, requireProvider, unchangedVersion } from "./repository";
import type { ProviderPrices, PutPricesBody } from "./price-schemas";
import type { PriceInput, Provider } from "./schemas";

function priceItem(providerId: string, price: StoredPrice): Record<string, unknown> {
  return {
    ...priceKey(providerId, price.serviceCode),
    type: "ProviderPrice",
    ...keys.ProviderPrice.gsi1({ serviceCode: price.serviceCode, providerId }),
    providerId,
    ...price,
  };
}

/** The history entry of a price from its first day (see `StoredPrice`). */
const historyPut = (providerId: string, serviceCode: string, unitPriceCents: number, effectiveFrom: string): TransactWriteItem => ({
  Put: {
    TableName: tableName(),
    Item: marshall({ ...priceHistoryKey(providerId, serviceCode, effectiveFrom), type: "ProviderPriceFrom", providerId, serviceCode, unitPriceCents, effectiveFrom }),
  },
});

const historyDelete = (providerId: string, serviceCode: string, effectiveFrom: string): TransactWriteItem => ({
  Delete: { TableName: tableName(), Key: marshall(priceHistoryKey(providerId, serviceCode, effectiveFrom)) },
});

/** An approved offer's prices, in force from the approval's day. */
export const priceWrites = (providerId: string, prices: readonly PriceInput[], now: string): TransactWriteItem[] => {
  const today = businessDate(new Date(now));
  return prices.flatMap((price) => [
    { Put: { TableName: tableName(), Item: marshall(priceItem(providerId, { ...price, effectiveFrom: today, updatedAt: now })) } },
    historyPut(providerId, price.serviceCode, price.unitPriceCents, today),
  ]);
};

const effectiveFromInPast = () => new DomainError("VALIDATION_FAILED", {}, [{ path: "/body/effectiveFrom", code: "EFFECTIVE_FROM_IN_PAST" }]);

/**
 * The writes of a price list from today (it replaces the list in force):
 * prices no longer listed are deleted with their coming change, new or
 * changed ones put from today. A coming change of a service still listed
 * stays.
 */
function changesFromToday(providerId: string, before: Map<string, StoredPrice>, prices: readonly PriceInput[], today: string, now: string) {
  const writes: TransactWriteItem[] = [];
  const wanted = new Set(prices.map((price) => price.serviceCode));
  for (const old of before.values()) {
    if (wanted.has(old.serviceCode)) continue;
    writes.push({ Delete: { TableName: tableName(), Key: marshall(priceKey(providerId, old.serviceCode)) } });
    if (old.coming) writes.push(historyDelete(providerId, old.serviceCode, old.coming.effectiveFrom));
  }
  const listed = pricesFromToday(providerId, before, prices, today, now);
  return { after: listed.after, writes: [...writes, ...listed.writes] };
}

/**
 * The writes of the listed prices from today, other services untouched: an
 * unchanged price writes nothing, a changed one is put from today and keeps
 * its coming change (an approval of more bundles and a price list from
 * today both say "this price now", not "forget what was announced").
 */
export function pricesFromToday(providerId: string, before: Map<string, StoredPrice>, prices: readonly PriceInput[], today: string, now: string) {
  const after = new Map<string, StoredPrice>();
  const writes: TransactWriteItem[] = [];
  for (const price of prices) {
    const old = before.get(price.serviceCode);
    if (old?.unitPriceCents === price.unitPriceCents) {
      after.set(price.serviceCode, old);
      continue;
    }
    const changed: StoredPrice = { ...price, effectiveFrom: today, ...(old?.coming ? { coming: old.coming } : {}), updatedAt: now };
    after.set(price.serviceCode, changed);
    writes.push({ Put: { TableName: tableName(), Item: marshall(priceItem(providerId, changed)) } }, historyPut(providerId, price.serviceCode, price.unitPriceCents, today));
  }
  return { after, writes };
}

/**
 * The writes of price changes from a later day: each listed service (one the
 * provider prices today) gets its coming change, replacing any earlier one; a
 * price equal to the one in force cancels the coming change. Services not
 * listed keep their prices.
 */
function changesFrom(providerId: string, before: Map<string, StoredPrice>, prices: readonly PriceInput[], from: string, now: string) {
  const after = new Map(before);
  const writes: TransactWriteItem[] = [];
  for (const price of prices) {
    const old = before.get(price.serviceCode)!;
    const cancels = price.unitPriceCents === old.unitPriceCents;
    if (cancels ? !old.coming : old.coming?.effectiveFrom === from && old.coming.unitPriceCents === price.unitPriceCents) continue;
    const { coming: _coming, ...rest } = old;
    const changed: StoredPrice = { ...rest, ...(cancels ? {} : { coming: { unitPriceCents: price.unitPriceCents, effectiveFrom: from } }), updatedAt: now };
    after.set(price.serviceCode, changed);
    writes.push({ Put: { TableName: tableName(), Item: marshall(priceItem(providerId, changed)) } });
    if (!cancels) writes.push(historyPut(providerId, price.serviceCode, price.unitPriceCents, from));
    if (old.coming && (cancels || old.coming.effectiveFrom !== from)) writes.push(historyDelete(providerId, price.serviceCode, old.coming.effectiveFrom));
  }
  return { after, writes };
}

/**
 * Changes the provider's prices from `effectiveFrom` (default today, never
 * earlier: a delivery already made keeps the price it was made at). From
 * today the list replaces the list in force; from a later day it schedules
 * the coming change of services priced today (decision in docs). In one
 * transaction the provider's `version` moves on (only from the version
 * read, so a concurrent approval or replacement is never half-overwritten)
 * with the price items and their history. Unchanged prices keep their
 * `updatedAt`; an identical list writes nothing.
 */
export async function replacePrices(provider: Provider, body: PutPricesBody, ctx: RequestContext): Promise<ProviderPrices> {
  const today = businessDate(ctx.now);
  const from = body.effectiveFrom ?? today;
  if (compareDates(from, today) < 0) throw effectiveFromInPast();
  const { prices } = body;
  await checkOffer({ bundles: provider.bundles, prices }, { checkBundles: false });
  const now = ctx.now.toISOString();
  return retrying(MAX_ATTEMPTS, async (attempt) => {
    const version = attempt === 0 ? provider.version : (await requireProvider(provider.providerId)).version;
    const before = await pricesInForce(provider.providerId, today);
    if (from !== today) {
      const unpriced: FieldProblem[] = prices.flatMap((price, index) =>
        before.has(price.serviceCode)
          ? []
          : [{ path: `/body/prices/${index}/serviceCode`, code: "SERVICE_NOT_PRICED" }],
      );
      if (unpriced.length > 0) throw new DomainError("VALIDATION_FAILED", {}, unpriced);
    }
    const { after, writes } = from === today
      ? changesFromToday(provider.providerId, before, prices, today, now)
      : changesFrom(provider.providerId, before, prices, from, now);
    const result = pricesView(provider.providerId, after.values());
    if (writes.length === 0) return result;
    // One transaction holds 100 writes; a list that changes more at once is sent in two PUTs.
    if (writes.length >= 100) {
      throw new DomainError("VALIDATION_FAILED", {}, [
        { path: "/body/prices", code: "TOO_MANY_PRICE_CHANGES" },
      ]);
    }
    await transaction()
      .update("provider", providerKey(provider.providerId), { expression: "SET version = version + :one, updatedAt = :now", values: { ":one": 1, ":now": now } }, unchangedVersion(version))
      .add("prices", ...writes)
      .write();
    return result;
  });
}
