import { type AttributeValue, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { getClient } from "../clients/repository";
import { dynamo, tableName } from "../db";
import { clientShareCents } from "../events/client-share";
import type { StoredEvent } from "../events/view";
import { listClientInstruments, type StoredInstrument } from "../instruments/repository";
import { keys } from "../keys";
import type { Language } from "../language";
import { getStoredPrice, priceOn, rolled } from "../providers/prices";
import { getProvider } from "../providers/repository";
import { ownShareSummary } from "./format";

/**
 * The own share a voucher delivery records: the provider's price in force on
 * the delivery date against the voucher's unit value (events/client-share.ts).
 * Undefined for a payment commitment (the area pays the whole price) and
 * when the provider had no price for that day.
 */
export async function ownShareOf(
  instrument: Pick<StoredInstrument, "kind" | "unit" | "unitValueCents" | "serviceCode">,
  providerId: string,
  date: string,
  delivered: { readonly minutes: number; readonly quantity?: number; readonly sharePercent?: number },
): Promise<number | undefined> {
  if (instrument.kind !== "voucher") return undefined;
  const unitPriceCents = await priceOn(providerId, instrument.serviceCode, date);
  if (unitPriceCents === undefined) return undefined;
  return clientShareCents({
    unitPriceCents,
    unitValueCents: instrument.unitValueCents,
    unit: instrument.unit,
    minutes: delivered.minutes,
    quantity: delivered.quantity ?? 0,
    ...(delivered.sharePercent !== undefined ? { sharePercent: delivered.sharePercent } : {}),
  });
}

/**
 * Events of one month with an own share, from the event index of an
 * instrument (gsi1 `INSTRUMENT#<id>`) or of a provider (gsi2
 * `PROVIDER#<id>`): the sort key `EVENT#<date>#<eventId>` begins with the
 * month, so the read is one month's events, never more.
 */
export async function monthEventsWithShare(by: { instrumentId: string } | { providerId: string }, month: string): Promise<StoredEvent[]> {
  const [index, pk] = "instrumentId" in by ? (["gsi1", keys.ServiceEvent.gsi1.pk(by)] as const) : (["gsi2", keys.ServiceEvent.gsi2.pk(by)] as const);
  const events: StoredEvent[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: index,
        KeyConditionExpression: `${index}pk = :pk AND begins_with(${index}sk, :month)`,
        FilterExpression: "clientShareCents > :zero",
        ExpressionAttributeValues: marshall({ ":pk": pk, ":month": `${keys.ServiceEvent[index].sk.prefix}${month}-`, ":zero": 0 }),
        ExclusiveStartKey: start,
      }),
    );
    events.push(...(page.Items ?? []).map((item) => unmarshall(item) as StoredEvent));
    start = page.LastEvaluatedKey;
  } while (start);
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt));
}

const sum = (events: readonly StoredEvent[]) => events.reduce((total, event) => total + (event.clientShareCents ?? 0), 0);

/** The events grouped by a key, each group with its total, in first-seen order. */
export function totalsBy<K>(events: readonly StoredEvent[], keyOf: (event: StoredEvent) => K): { key: K; totalCents: number; events: StoredEvent[] }[] {
  const groups = new Map<K, StoredEvent[]>();
  for (const event of events) groups.set(keyOf(event), [...(groups.get(keyOf(event)) ?? []), event]);
  return [...groups].map(([key, grouped]) => ({ key, totalCents: sum(grouped), events: grouped }));
}

/**
 * The plain-language own share of a voucher with a chosen provider: per unit
 * at today's price, this month's recorded total and an announced change.
 * Undefined when the client pays nothing now, later or this month.
 */
export async function instrumentOwnShareSummary(
  instrument: Pick<StoredInstrument, "instrumentId" | "kind" | "unit" | "unitValueCents" | "serviceCode" | "providerId">,
  today: string,
  language: Language,
): Promise<string | undefined> {
  if (instrument.kind !== "voucher" || !instrument.providerId || instrument.unit === "euro") return undefined;
  const stored = await getStoredPrice(instrument.providerId, instrument.serviceCode);
  if (!stored) return undefined;
  const price = rolled(stored, today);
  const share = (unitPriceCents: number) => Math.max(0, unitPriceCents - instrument.unitValueCents);
  const monthCents = sum(await monthEventsWithShare({ instrumentId: instrument.instrumentId }, today.slice(0, 7)));
  const coming = price.coming && share(price.coming.unitPriceCents) !== share(price.unitPriceCents)
    ? { perUnitCents: share(price.coming.unitPriceCents), effectiveFrom: price.coming.effectiveFrom }
    : undefined;
  if (share(price.unitPriceCents) === 0 && monthCents === 0 && !coming) return undefined;
  return ownShareSummary({ unit: instrument.unit, perUnitCents: share(price.unitPriceCents), monthCents, ...(coming ? { coming } : {}) }, language);
}

const lineOf = (event: StoredEvent) => ({
  eventId: event.eventId,
  instrumentNumber: event.instrumentNumber,
  serviceCode: event.serviceCode,
  unit: event.unit,
  date: event.date,
  quantity: event.quantity,
  clientShareCents: event.clientShareCents!,
  status: event.status,
});

/**
 * A client's own shares of a month, per provider with its lines: the events
 * of each of the client's vouchers in that month (one Query per voucher).
 */
export async function clientOwnShare(clientId: string, month: string) {
  const vouchers = (await listClientInstruments(clientId)).filter((instrument) => instrument.kind === "voucher");
  const events = (await Promise.all(vouchers.map((voucher) => monthEventsWithShare({ instrumentId: voucher.instrumentId }, month)))).flat();
  const byProvider = totalsBy(events, (event) => event.providerId);
  const names = new Map(
    await Promise.all(byProvider.map(async ({ key }) => [key, (await getProvider(key))?.name ?? ""] as const)),
  );
  return {
    totalCents: sum(events),
    providers: byProvider.map(({ key, totalCents, events: grouped }) => ({ providerId: key, name: names.get(key)!, totalCents, lines: grouped.map(lineOf) })),
  };
}

/**
 * What a provider may invoice each client for a month: the provider's events
 * of that month (gsi2) with an own share, totalled per client. The client is
 * named as on the voucher's records, never by identity code.
 */
export async function providerOwnShare(providerId: string, month: string) {
  const events = await monthEventsWithShare({ providerId }, month);
  const byClient = totalsBy(events, (event) => event.clientId);
  const clients = new Map(await Promise.all(byClient.map(async ({ key }) => [key, await getClient(key)] as const)));
  return {
    totalCents: sum(events),
    clients: byClient.map(({ key, totalCents, events: grouped }) => ({
      clientId: key,
      firstName: clients.get(key)?.firstName ?? "",
      lastName: clients.get(key)?.lastName ?? "",
      instrumentNumbers: [...new Set(grouped.map((event) => event.instrumentNumber))],
      eventCount: grouped.length,
      totalCents,
    })),
  };
}
