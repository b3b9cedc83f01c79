import { randomUUID } from "node:crypto";
import { type AttributeValue, PutItemCommand, QueryCommand, type TransactWriteItem, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { listBundles } from "../area/repository";
import { batchGet } from "../budget/repository";
import { getService } from "../catalogue/repository";
import { compareDates } from "../budget/periods";
import type { CatalogueService } from "../catalogue/schemas";
import { businessDate } from "../dates";
import { dynamo, getItem, isConditionalCheckFailed, setFields, tableName } from "../db";
import { DomainError, type FieldProblem, notFound } from "../errors";
import { newMember } from "./members";
import { decodeListCursor, encodeCursor, type Page } from "../pagination";
import { type Expression, retrying, type Transaction, transaction, TransactionCancelled } from "../transaction";
import { normalizeIban } from "../validators/iban";
import { isMemberOf } from "./membership";
import { priceHistoryKey, rolled, type StoredPrice } from "./prices";
import type { ApplicationDecisionBody, ApplicationStatus, PriceInput, Provider, ProviderApplication, ProviderApplicationBody, ProviderOffer, ProviderPrices, PutPricesBody } from "./schemas";

export type { Provider, ProviderApplication } from "./schemas";

/**
 * Providers are area data, not client data: no item here carries a change
 * stamp, so the audit trail (client data only) never sees them.
 *
 * - application  `PROVIDERAPP#<applicationId> / PROVIDERAPP`, gsi1 `APPLICATIONS#<status> / <createdAt>#<applicationId>` (the admin's queue, ./application-queue.ts)
 * - provider     `PROVIDER#<providerId> / PROVIDER` (`version` guards its price list)
 * - price        `PROVIDER#<providerId> / PRICE#<serviceCode>`, gsi1 `SERVICE#<serviceCode> / PROVIDER#<providerId>` (in force and coming: ./prices.ts)
 * - price history `PROVIDER#<providerId> / PRICEFROM#<serviceCode>#<effectiveFrom>`
 * - business ID  `BUSINESSID#<y-tunnus> / BUSINESSID` → `providerId`: one provider per business ID
 */
export const applicationKey = (applicationId: string) => ({ pk: `PROVIDERAPP#${applicationId}`, sk: "PROVIDERAPP" });
export const providerKey = (providerId: string) => ({ pk: `PROVIDER#${providerId}`, sk: "PROVIDER" });
export const priceKey = (providerId: string, serviceCode: string) => ({ pk: `PROVIDER#${providerId}`, sk: `PRICE#${serviceCode}` });
/** Every write of an application's status moves `gsi1pk` with it, so the queue never lists it under a stale status. */
export const applicationQueuePk = (status: ApplicationStatus) => `APPLICATIONS#${status}`;
export const applicationQueueKeys = (application: Pick<ProviderApplication, "status" | "createdAt" | "applicationId">) => ({
  gsi1pk: applicationQueuePk(application.status),
  gsi1sk: `${application.createdAt}#${application.applicationId}`,
});
const businessIdKey = (businessId: string) => ({ pk: `BUSINESSID#${businessId}`, sk: "BUSINESSID" });

/** Attempts of a read-then-write transaction before answering 409 CONCURRENT_CHANGE. */
const MAX_ATTEMPTS = 4;

export function toApplication(item: Record<string, unknown>): ProviderApplication {
  const { applicationId, applicantSub, businessId, name, bundles, registryNumber, iban, bic, contact, prices, status, decision, replies, providerId } = item;
  const { createdAt } = item;
  return {
    applicationId, applicantSub, businessId, name, bundles, registryNumber, iban, ...(bic ? { bic } : {}), contact, prices, status,
    ...(decision ? { decision } : {}),
    ...(replies ? { replies } : {}),
    ...(providerId ? { providerId } : {}),
    createdAt,
  } as ProviderApplication;
}

function toProvider(item: Record<string, unknown>): Provider {
  const { providerId, businessId, name, registryNumber, iban, bic, bundles, contact, status, approvedAt, applicationId, pendingAccountChangeId } = item;
  const { version, updatedAt, blockedFrom, statusHistory } = item;
  const memberCount = item.memberCount ?? 0;
  return {
    providerId, businessId, name, registryNumber, iban, ...(bic ? { bic } : {}), bundles, contact, status, memberCount, approvedAt, applicationId,
    ...(pendingAccountChangeId ? { pendingAccountChangeId } : {}),
    ...(blockedFrom ? { blockedFrom } : {}),
    ...(statusHistory ? { statusHistory } : {}),
    version, updatedAt,
  } as Provider;
}

/**
 * The catalogue checks of a price list: every bundle is on the area's list
 * (when `checkBundles`), every priced service exists and belongs to one of
 * the bundles, and a euro is priced at 100 cents. Every offending entry is
 * listed with its path; the problem code is the first kind found.
 */
export async function checkOffer(
  offer: { readonly bundles: readonly string[]; readonly prices: readonly PriceInput[] },
  options: { readonly checkBundles: boolean },
): Promise<Map<string, CatalogueService>> {
  const unknownBundles: FieldProblem[] = [];
  if (options.checkBundles) {
    const known = new Set((await listBundles()).map((bundle) => bundle.code));
    offer.bundles.forEach((bundle, index) => {
      if (!known.has(bundle)) {
        unknownBundles.push({ path: `/body/bundles/${index}`, code: "UNKNOWN_BUNDLE" });
      }
    });
  }
  // Duplicates are refused by the schema, so this is one GetItem per distinct service (A4).
  const services = await Promise.all(offer.prices.map((price) => getService(price.serviceCode)));
  const unknownServices: FieldProblem[] = [];
  const outside: FieldProblem[] = [];
  const euro: FieldProblem[] = [];
  offer.prices.forEach((price, index) => {
    const service = services[index];
    const at = `/body/prices/${index}`;
    if (!service) {
      unknownServices.push({ path: `${at}/serviceCode`, code: "UNKNOWN_SERVICE" });
    } else if (!service.bundles.some((bundle) => offer.bundles.includes(bundle))) {
      outside.push({
        path: `${at}/serviceCode`,
        code: "SERVICE_NOT_IN_BUNDLES",
      });
    } else if (service.unit === "euro" && price.unitPriceCents !== 100) {
      euro.push({ path: `${at}/unitPriceCents`, code: "EURO_UNIT_COST" });
    }
  });
  const errors = [...unknownBundles, ...unknownServices, ...outside, ...euro];
  const firstBundle = offer.bundles.find((bundle, index) => unknownBundles.some((error) => error.path === `/body/bundles/${index}`));
  if (firstBundle !== undefined) throw new DomainError("UNKNOWN_BUNDLE", { bundle: firstBundle }, errors);
  const firstUnknown = offer.prices.find((_, index) => !services[index]);
  if (firstUnknown) throw new DomainError("UNKNOWN_SERVICE", { service: firstUnknown.serviceCode }, errors);
  const firstOutside = offer.prices.find((_, index) => outside.some((error) => error.path === `/body/prices/${index}/serviceCode`));
  if (firstOutside) throw new DomainError("SERVICE_NOT_IN_BUNDLES", { service: firstOutside.serviceCode }, errors);
  if (euro.length > 0) throw new DomainError("VALIDATION_FAILED", {}, errors);
  return new Map(services.flatMap((service) => (service ? [[service.code, service] as const] : [])));
}

/* ---------- applications ---------- */

/**
 * A provider's application (continuous: provider staff may apply at any time,
 * again and again). An application never changes an approved provider: under
 * a business ID that already has one, only its members may apply, and only
 * for more bundles and prices (the provider's name, registry number, IBAN,
 * contact and staff stay as they are; the bank account changes through its
 * own four-eyes flow, staff join by invitation). Anyone else is refused with
 * 409 `PROVIDER_ALREADY_REGISTERED`; a member naming another IBAN with 409
 * `BANK_ACCOUNT_CHANGE_REQUIRED`, so nobody believes an application moved
 * the payments.
 */
export async function createApplication(body: ProviderApplicationBody, ctx: RequestContext): Promise<ProviderApplication> {
  await checkOffer(body, { checkBundles: true });
  const existingId = await providerIdOfBusiness(body.businessId);
  if (existingId !== undefined) {
    if (!isMemberOf(ctx.actor, existingId)) throw new DomainError("PROVIDER_ALREADY_REGISTERED", { businessId: body.businessId });
    const existing = await requireProvider(existingId);
    if (normalizeIban(existing.iban) !== normalizeIban(body.iban)) {
      throw new DomainError("BANK_ACCOUNT_CHANGE_REQUIRED", {}, [{ path: "/body/iban", code: "BANK_ACCOUNT_CHANGE_REQUIRED" }]);
    }
  }
  const application: ProviderApplication = {
    applicationId: randomUUID(),
    applicantSub: ctx.actor.sub,
    businessId: body.businessId,
    name: body.name,
    bundles: body.bundles,
    registryNumber: body.registryNumber,
    iban: body.iban,
    ...(body.bic ? { bic: body.bic } : {}),
    contact: body.contact,
    prices: body.prices,
    status: "pending",
    ...(existingId !== undefined ? { providerId: existingId } : {}),
    createdAt: ctx.now.toISOString(),
  };
  await dynamo().send(
    new PutItemCommand({
      TableName: tableName(),
      Item: marshall(
        // The applicant's register key: on approval of a new provider the applicant becomes its first member.
        {
          ...applicationKey(application.applicationId),
          ...applicationQueueKeys(application),
          type: "ProviderApplication",
          ...application,
          applicantRef: ctx.actor.personRef,
          updatedAt: application.createdAt,
        },
        { removeUndefinedValues: true },
      ),
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  return application;
}

export async function getApplication(applicationId: string): Promise<ProviderApplication | undefined> {
  const item = await getItem<Record<string, unknown>>(applicationKey(applicationId));
  return item ? toApplication(item) : undefined;
}

export async function requireApplication(applicationId: string): Promise<ProviderApplication> {
  const application = await getApplication(applicationId);
  if (!application) throw notFound("provider application");
  return application;
}

const alreadyDecided = (status: string) => new DomainError("APPLICATION_ALREADY_DECIDED", { status });

/** After a failed condition on a pending application: what it has become. */
async function refusedAsDecided(applicationId: string): Promise<DomainError> {
  return alreadyDecided((await requireApplication(applicationId)).status);
}

type Decision = NonNullable<ProviderApplication["decision"]>;

/**
 * Decides a pending application, once: any decision is final for the
 * application (409 `APPLICATION_ALREADY_DECIDED` after it); the provider
 * answers an information request or a rejection with a new application.
 * Approval creates the provider, or adds the bundles and prices of an
 * existing provider's own application, in the same transaction as the decision.
 */
export async function decideApplication(
  application: ProviderApplication,
  body: ApplicationDecisionBody,
  ctx: RequestContext,
): Promise<{ application: ProviderApplication; provider?: Provider }> {
  if (application.status !== "pending") throw alreadyDecided(application.status);
  const decision: Decision = {
    outcome: body.outcome,
    reason: body.reason,
    decidedBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
    decidedAt: ctx.now.toISOString(),
  };
  if (decision.outcome === "approved") return approve(application, decision, ctx);
  try {
    await dynamo().send(new UpdateItemCommand(decideItem(application.applicationId, decision, undefined)));
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw await refusedAsDecided(application.applicationId);
    throw error;
  }
  return { application: { ...application, status: decision.outcome, decision } };
}

/** `pending → <outcome>` on the application, with the decision (and, for an approval, the provider's id). */
function decideItem(applicationId: string, decision: Decision, providerId: string | undefined) {
  const set = setFields({ status: decision.outcome, gsi1pk: applicationQueuePk(decision.outcome), decision, providerId, updatedAt: decision.decidedAt });
  return {
    TableName: tableName(),
    Key: marshall(applicationKey(applicationId)),
    UpdateExpression: `SET ${set.clauses.join(", ")}`,
    ConditionExpression: "#a0 = :pending",
    ExpressionAttributeNames: set.names,
    ExpressionAttributeValues: marshall({ ...set.values, ":pending": "pending" }, { removeUndefinedValues: true }),
  };
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

function priceItem(providerId: string, price: StoredPrice): Record<string, unknown> {
  return {
    ...priceKey(providerId, price.serviceCode),
    type: "ProviderPrice",
    gsi1pk: `SERVICE#${price.serviceCode}`,
    gsi1sk: `PROVIDER#${providerId}`,
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
const priceWrites = (providerId: string, prices: readonly PriceInput[], now: string): TransactWriteItem[] => {
  const today = businessDate(new Date(now));
  return prices.flatMap((price) => [
    { Put: { TableName: tableName(), Item: marshall(priceItem(providerId, { ...price, effectiveFrom: today, updatedAt: now })) } },
    historyPut(providerId, price.serviceCode, price.unitPriceCents, today),
  ]);
};

/** Writes an approval: an application decided meanwhile is 409; a lost race is worth another attempt. */
async function writeApproval(tx: Transaction, application: ProviderApplication): Promise<void> {
  try {
    await tx.write();
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failed("application")) throw await refusedAsDecided(application.applicationId);
    throw error;
  }
}

/** The provider is still at the version read. */
const unchangedVersion = (read: number): Expression => ({ expression: "version = :read", values: { ":read": read } });

/**
 * Approves an application: a new business ID gets its provider, an existing
 * provider's application adds bundles and prices (see `createApplication`).
 */
async function approve(
  application: ProviderApplication,
  decision: Decision,
  ctx: RequestContext,
): Promise<{ application: ProviderApplication; provider: Provider }> {
  return application.providerId === undefined
    ? approveNewProvider(application, decision, ctx)
    : approveMoreBundles(application, application.providerId, decision, ctx);
}

/**
 * One transaction: the application `pending → approved`, the provider put
 * with the applicant as its first member and the business ID item (both
 * `attribute_not_exists`), and the prices. When the business ID has a
 * provider by now (another application was approved first), 409
 * `PROVIDER_ALREADY_REGISTERED`: the application stays pending, to be
 * rejected, and never touches that provider.
 */
async function approveNewProvider(
  application: ProviderApplication,
  decision: Decision,
  ctx: RequestContext,
): Promise<{ application: ProviderApplication; provider: Provider }> {
  const now = ctx.now.toISOString();
  const newProviderId = randomUUID();
  const applicantRef = (await getItem<{ applicantRef?: string }>(applicationKey(application.applicationId)))?.applicantRef;
  const firstMember = applicantRef ? newMember(newProviderId, applicantRef, application.contact.name, ctx) : undefined;
  return retrying(MAX_ATTEMPTS, async () => {
    if ((await providerIdOfBusiness(application.businessId)) !== undefined) {
      throw new DomainError("PROVIDER_ALREADY_REGISTERED", { businessId: application.businessId });
    }
    const provider: Provider = {
      providerId: newProviderId,
      businessId: application.businessId,
      name: application.name,
      registryNumber: application.registryNumber,
      iban: application.iban,
      ...(application.bic ? { bic: application.bic } : {}),
      bundles: [...application.bundles],
      contact: application.contact,
      status: "approved",
      memberCount: firstMember ? 1 : 0,
      approvedAt: now,
      applicationId: application.applicationId,
      version: 1,
      updatedAt: now,
    };
    const tx = transaction()
      .add("application", { Update: decideItem(application.applicationId, decision, provider.providerId) })
      .put("provider", { ...providerKey(provider.providerId), type: "Provider", ...provider }, "attribute_not_exists(pk)")
      .put("businessId", { ...businessIdKey(provider.businessId), type: "BusinessId", providerId: provider.providerId }, "attribute_not_exists(pk)");
    firstMember?.addTo(tx);
    tx.add("prices", ...priceWrites(provider.providerId, application.prices, now));
    await writeApproval(tx, application);
    return { application: { ...application, status: "approved", decision, providerId: provider.providerId }, provider };
  });
}

/**
 * One transaction: the application `pending → approved`, the provider's
 * bundles extended (an Update of `bundles`, `approvedAt`, `applicationId`
 * and `version` only, from the version read: nothing else of the provider can
 * change here), and the application's prices put (they override the
 * provider's prices of the same services from today, an announced coming
 * change stays; others stay).
 */
async function approveMoreBundles(
  application: ProviderApplication,
  providerId: string,
  decision: Decision,
  ctx: RequestContext,
): Promise<{ application: ProviderApplication; provider: Provider }> {
  const now = ctx.now.toISOString();
  const today = businessDate(ctx.now);
  return retrying(MAX_ATTEMPTS, async () => {
    const existing = await getProvider(providerId);
    if (!existing) throw new Error(`application ${application.applicationId} names a missing provider ${providerId}`);
    const provider: Provider = {
      ...existing,
      bundles: union(existing.bundles, application.bundles),
      approvedAt: now,
      applicationId: application.applicationId,
      version: existing.version + 1,
      updatedAt: now,
    };
    const set = setFields({
      bundles: provider.bundles,
      approvedAt: now,
      applicationId: application.applicationId,
      version: provider.version,
      updatedAt: now,
    });
    const tx = transaction()
      .add("application", { Update: decideItem(application.applicationId, decision, providerId) })
      .update("provider", providerKey(providerId), { expression: `SET ${set.clauses.join(", ")}`, names: set.names, values: set.values }, unchangedVersion(existing.version))
      .add("prices", ...pricesFromToday(providerId, await pricesInForce(providerId, today), application.prices, today, now).writes);
    await writeApproval(tx, application);
    return { application: { ...application, status: "approved", decision }, provider };
  });
}

/* ---------- providers and prices ---------- */

async function providerIdOfBusiness(businessId: string): Promise<string | undefined> {
  return (await getItem<{ providerId: string }>(businessIdKey(businessId)))?.providerId;
}

export async function getProvider(providerId: string): Promise<Provider | undefined> {
  const item = await getItem<Record<string, unknown>>(providerKey(providerId));
  return item ? toProvider(item) : undefined;
}

export async function requireProvider(providerId: string): Promise<Provider> {
  const provider = await getProvider(providerId);
  if (!provider) throw notFound("provider");
  return provider;
}

/** The provider's price item of one service, undefined when it does not price it: callers ask whether it does. */
export async function getPrice(providerId: string, serviceCode: string): Promise<number | undefined> {
  return (await getItem<{ unitPriceCents: number }>(priceKey(providerId, serviceCode)))?.unitPriceCents;
}

/** The provider's stored price items (at most MAX_PRICES), consistent. */
async function storedPrices(providerId: string): Promise<StoredPrice[]> {
  const prices: StoredPrice[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: marshall({ ":pk": providerKey(providerId).pk, ":prefix": "PRICE#" }),
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

const pricesView = (providerId: string, prices: Iterable<StoredPrice>): ProviderPrices => ({
  providerId,
  prices: [...prices].sort((a, b) => a.serviceCode.localeCompare(b.serviceCode)),
});

/** The provider's price list by service code as it stands on `today`: each price in force and its coming change. */
export async function listPrices(providerId: string, today: string): Promise<ProviderPrices> {
  return pricesView(providerId, (await storedPrices(providerId)).map((price) => rolled(price, today)));
}

/** The provider's stored prices by service code, each rolled to `today`. */
const pricesInForce = async (providerId: string, today: string) =>
  new Map((await storedPrices(providerId)).map((price) => [price.serviceCode, rolled(price, today)] as const));

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
function pricesFromToday(providerId: string, before: Map<string, StoredPrice>, prices: readonly PriceInput[], today: string, now: string) {
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

/**
 * Approved providers that price a service, a page at a time: the price items
 * through gsi1 (`SERVICE#<code>`), then their providers by key. Eventually
 * consistent (gsi1): a price set a moment ago may be missing for milliseconds.
 */
export async function listOffers(
  serviceCode: string,
  today: string,
  limit: number,
  cursor: string | undefined,
): Promise<Page<Omit<ProviderOffer, "unit" | "clientShareCents">>> {
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk AND begins_with(gsi1sk, :prefix)",
      ExpressionAttributeValues: marshall({ ":pk": `SERVICE#${serviceCode}`, ":prefix": "PROVIDER#" }),
      Limit: limit,
      ExclusiveStartKey: decodeListCursor(cursor, { index: "gsi1", pk: `SERVICE#${serviceCode}`, skPrefix: "PROVIDER#" }),
    }),
  );
  const prices = (result.Items ?? []).map((item) => {
    const stored = unmarshall(item) as StoredPrice & { providerId: string };
    return { ...rolled(stored, today), providerId: stored.providerId };
  });
  const providers = new Map(
    (await batchGet(prices.map((price) => providerKey(price.providerId)))).map((item) => {
      const provider = toProvider(item);
      return [provider.providerId, provider] as const;
    }),
  );
  const items = prices.flatMap((price) => {
    const provider = providers.get(price.providerId);
    if (provider?.status !== "approved") return [];
    return [
      {
        providerId: provider.providerId,
        name: provider.name,
        businessId: provider.businessId,
        contact: provider.contact,
        serviceCode,
        unitPriceCents: price.unitPriceCents,
        ...(price.coming ? { coming: price.coming } : {}),
      },
    ];
  });
  return { items, nextCursor: encodeCursor(result.LastEvaluatedKey) };
}
