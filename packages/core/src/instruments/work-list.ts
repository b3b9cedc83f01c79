import { type AttributeValue, QueryCommand, type TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { batchGet } from "../budget/repository";
import { loadInstrumentViews, type ViewContext } from "../budget/view";
import { clientKey } from "../clients/repository";
import { dynamo, getItem, tableName } from "../db";
import { notFound } from "../errors";
import { keys } from "../keys";
import { decodeListCursor, encodeCursor, type Page } from "../pagination";
import { getInstruments, requireInstrument, type StoredInstrument } from "./repository";
import type { InstrumentView } from "./schemas";

/**
 * The provider's work list (issue 14, item 1): the instruments addressed to a
 * provider are its partition of gsi2 (`PROVIDER#<providerId>` /
 * `INSTRUMENT#<number>`, beside its events and statements), keyed by the
 * number so the sort key never changes; the provider changes it only by a
 * choice (choice.ts) or an issue (a commitment, a carried voucher).
 */
export const providerIndexFields = (providerId: string, number: string) => keys.Instrument.gsi2({ providerId, number });

/** What a provider asks its list for: a status as it sees it, not the stored one. */
export type WorkListStatus = "awaiting-acceptance" | "active" | "ended";

/** The stored status and validity behind each work-list status; `ended` is closed or past its last day. */
const filters: Record<WorkListStatus, { expression: string; values: Record<string, string> }> = {
  "awaiting-acceptance": { expression: "#status = :awaiting AND validTo >= :today", values: { ":awaiting": "awaiting-acceptance" } },
  active: { expression: "#status = :active AND validTo >= :today", values: { ":active": "active" } },
  ended: { expression: "#status = :closed OR validTo < :today", values: { ":closed": "closed" } },
};

export function workListStatus(instrument: Pick<StoredInstrument, "status" | "validTo">, today: string): WorkListStatus | "awaiting-provider" {
  if (instrument.status === "closed" || instrument.validTo < today) return "ended";
  return instrument.status;
}

/** Index pages read for one answer at most: a sparse status then answers a short page with a cursor instead of reading on. */
const MAX_READS = 5;

/**
 * A page of the instruments addressed to the provider, newest number first,
 * optionally of one status. The status is a filter on the provider's
 * partition: each index page is read whole (100 items), and the answer stops
 * at `limit` matches with a cursor on the last one returned.
 */
export async function listProviderInstruments(
  providerId: string,
  status: WorkListStatus | undefined,
  today: string,
  limit: number,
  cursor: string | undefined,
): Promise<Page<StoredInstrument>> {
  const pk = keys.Instrument.gsi2.pk({ providerId });
  const skPrefix = keys.Instrument.gsi2.sk.prefix;
  const filter = status ? filters[status] : undefined;
  let start = decodeListCursor(cursor, { index: "gsi2", pk, skPrefix });
  const found: StoredInstrument[] = [];
  for (let reads = 0; reads < MAX_READS; reads += 1) {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi2",
        KeyConditionExpression: "gsi2pk = :pk AND begins_with(gsi2sk, :prefix)",
        ...(filter ? { FilterExpression: filter.expression, ExpressionAttributeNames: { "#status": "status" } } : {}),
        ExpressionAttributeValues: marshall({ ":pk": pk, ":prefix": skPrefix, ...(filter ? { ...filter.values, ":today": today } : {}) }),
        ScanIndexForward: false,
        Limit: 100,
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      found.push(unmarshall(item) as StoredInstrument);
      if (found.length === limit) return { items: await current(found), nextCursor: keyOf(item) };
    }
    start = page.LastEvaluatedKey;
    if (!start) return { items: await current(found) };
  }
  return { items: await current(found), nextCursor: encodeCursor(start) };
}

const keyOf = (item: Record<string, AttributeValue>) => encodeCursor({ pk: item.pk!, sk: item.sk!, gsi2pk: item.gsi2pk!, gsi2sk: item.gsi2sk! });

/** The instruments themselves by key, in the index's order: the index may lag a balance. */
async function current(listed: readonly StoredInstrument[]): Promise<StoredInstrument[]> {
  const byId = new Map((await getInstruments(listed.map((instrument) => instrument.instrumentId))).map((instrument) => [instrument.instrumentId, instrument]));
  return listed.flatMap((instrument) => byId.get(instrument.instrumentId) ?? []);
}

/** The lookup of an instrument by its number (`INSTRUMENTNUMBER#<number>`), written with the instrument when it is issued. */
export const instrumentNumberKey = (number: string) => keys.InstrumentNumber.key({ number });

export const instrumentNumberPut = (instrument: Pick<StoredInstrument, "number" | "instrumentId" | "clientId">): TransactWriteItem => ({
  Put: {
    TableName: tableName(),
    Item: marshall({ ...instrumentNumberKey(instrument.number), type: "InstrumentNumber", instrumentId: instrument.instrumentId, dataSubject: instrument.clientId }),
    ConditionExpression: "attribute_not_exists(pk)",
  },
});

/** The instrument with this number, for a provider it is or was addressed to; anyone else learns nothing (404, as for no such number). */
export async function instrumentOfProviderByNumber(number: string, providerId: string): Promise<StoredInstrument> {
  const lookup = await getItem<{ instrumentId: string }>(instrumentNumberKey(number));
  if (!lookup) throw notFound("instrument");
  const instrument = await requireInstrument(lookup.instrumentId);
  const addressed = instrument.providerId === providerId || (instrument.providers ?? []).some((span) => span.providerId === providerId);
  if (!addressed) throw notFound("instrument");
  return instrument;
}

export type WorkListInstrument = InstrumentView & { client: { firstName: string; lastName: string }; workListStatus: WorkListStatus | "awaiting-provider" };

/** The instruments as their provider sees them: each view with its client's name (one BatchGetItem of the profiles) and work-list status. */
export async function workListViews(instruments: readonly StoredInstrument[], view: ViewContext): Promise<WorkListInstrument[]> {
  const clientIds = [...new Set(instruments.map((instrument) => instrument.clientId))];
  const [views, profiles] = await Promise.all([loadInstrumentViews(instruments, view), batchGet(clientIds.map(clientKey))]);
  const names = new Map(profiles.map((profile) => [profile.clientId as string, { firstName: profile.firstName as string, lastName: profile.lastName as string }]));
  return views.map((instrumentView, index) => ({
    ...instrumentView,
    client: names.get(instruments[index]!.clientId) ?? { firstName: "", lastName: "" },
    workListStatus: workListStatus(instruments[index]!, view.today),
  }));
}
