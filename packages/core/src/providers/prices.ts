import { type AttributeValue, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { compareDates } from "../budget/periods";
import { dynamo, getItem, tableName } from "../db";
import { keys } from "../keys";
import { priceKey } from "./repository";
import type { ProviderPrices } from "./price-schemas";

/**
 * A provider's price of one service as stored on `PRICE#<serviceCode>`: the
 * price in force since `effectiveFrom` and at most one coming change. The
 * item exists exactly while the provider prices the service (a choice and a
 * carried-over voucher condition on it). Every price that was or will be in
 * force also has a history item `PRICEFROM#<serviceCode>#<effectiveFrom>`,
 * for deliveries before the current price began.
 */
export interface StoredPrice {
  readonly serviceCode: string;
  readonly unitPriceCents: number;
  /** Absent on prices set before prices had dates: in force since ever. */
  readonly effectiveFrom?: string;
  readonly coming?: { readonly unitPriceCents: number; readonly effectiveFrom: string };
  readonly updatedAt: string;
}

export const priceHistoryKey = (providerId: string, serviceCode: string, effectiveFrom: string) => keys.ProviderPriceFrom.key({ providerId, serviceCode, effectiveFrom });

/** The price as it stands on `today`: a coming change whose day has come is the price in force. */
export function rolled(price: StoredPrice, today: string): StoredPrice {
  if (!price.coming || compareDates(price.coming.effectiveFrom, today) > 0) return price;
  const { coming: _coming, ...rest } = price;
  return { ...rest, unitPriceCents: price.coming.unitPriceCents, effectiveFrom: price.coming.effectiveFrom };
}

/** The price in force on `date` if the item knows it (undefined: the date is before the current price began). */
export function priceInForce(price: StoredPrice, date: string): number | undefined {
  if (price.coming && compareDates(date, price.coming.effectiveFrom) >= 0) return price.coming.unitPriceCents;
  if (price.effectiveFrom === undefined || compareDates(date, price.effectiveFrom) >= 0) return price.unitPriceCents;
  return undefined;
}

/**
 * The provider's price of a service in force on a date: one GetItem of the
 * current price, and only for a date before it began one Query (Limit 1) of
 * the history; a day before the first price takes the first price. Undefined
 * when the provider does not price the service.
 */
export async function priceOn(providerId: string, serviceCode: string, date: string): Promise<number | undefined> {
  const current = await getStoredPrice(providerId, serviceCode);
  const known = current ? priceInForce(current, date) : undefined;
  if (known !== undefined) return known;
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :first AND :last",
      ExpressionAttributeValues: marshall({
        ":pk": keys.ProviderPriceFrom.pk({ providerId }),
        ":first": priceHistoryKey(providerId, serviceCode, "").sk,
        ":last": priceHistoryKey(providerId, serviceCode, date).sk,
      }),
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
  const item = result.Items?.[0];
  if (item) return unmarshall(item).unitPriceCents as number;
  // A day before the provider's first price (a late recording of a delivery made before it was approved): its first price.
  const first = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: marshall({ ":pk": keys.ProviderPriceFrom.pk({ providerId }), ":prefix": priceHistoryKey(providerId, serviceCode, "").sk }),
      Limit: 1,
      ConsistentRead: true,
    }),
  );
  const earliest = first.Items?.[0];
  return earliest ? (unmarshall(earliest).unitPriceCents as number) : current?.unitPriceCents;
}

/** The provider's price item of a service, undefined when it does not price it. */
export const getStoredPrice = (providerId: string, serviceCode: string) => getItem<StoredPrice>(priceKey(providerId, serviceCode));

/** The provider's stored price items (at most MAX_PRICES), consistent. */
async function storedPrices(providerId: string): Promise<StoredPrice[]> {
  const prices: StoredPrice[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: marshall({ ":pk": keys.ProviderPrice.pk({ providerId }), ":prefix": keys.ProviderPrice.sk.prefix }),
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      const { serviceCode, unitPriceCents, effectiveFrom, coming, updatedAt } = unmarshall(item);
      prices.push({ serviceCode, unitPriceCents, ...(effectiveFrom ? { effectiveFrom } : {}), ...(coming ? { coming } : {}), updatedAt });
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return prices;
}

export const pricesView = (providerId: string, prices: Iterable<StoredPrice>): ProviderPrices => ({
  providerId,
  prices: [...prices].sort((a, b) => a.serviceCode.localeCompare(b.serviceCode)),
});

/** The provider's price list by service code as it stands on `today`: each price in force and its coming change. */
export async function listPrices(providerId: string, today: string): Promise<ProviderPrices> {
  return pricesView(providerId, (await storedPrices(providerId)).map((price) => rolled(price, today)));
}

/** The provider's stored prices by service code, each rolled to `today`. */
export const pricesInForce = async (providerId: string, today: string) =>
  new Map((await storedPrices(providerId)).map((price) => [price.serviceCode, rolled(price, today)] as const));
