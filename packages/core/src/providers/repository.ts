import { randomUUID } from "node:crypto";
import {
  type AttributeValue,
  PutItemCommand,
  QueryCommand,
  type TransactWriteItem,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { listBundles } from "../area/repository";
import { batchGet } from "../budget/repository";
import { getService } from "../catalogue/repository";
import type { CatalogueService } from "../catalogue/schemas";
import { backoff, cancellationCodes, dynamo, getItem, isConditionalCheckFailed, lostRace, setFields, tableName } from "../db";
import { DomainError, type FieldError, notFound } from "../errors";
import type { Language } from "../language";
import { memberWrites } from "./members";
import { fieldTexts } from "../messages";
import { decodeListCursor, encodeCursor, type Page } from "../pagination";
import { normalizeIban } from "../validators/iban";
import { isMemberOf } from "./membership";
import type {
  ApplicationDecisionBody,
  PriceInput,
  Provider,
  ProviderApplication,
  ProviderApplicationBody,
  ProviderOffer,
  ProviderPrices,
} from "./schemas";

export type { Provider, ProviderApplication } from "./schemas";

/**
 * Providers are area data, not client data: no item here carries a change
 * stamp, so the audit trail (client data only) never sees them.
 *
 * - application  `PROVIDERAPP#<applicationId> / PROVIDERAPP`
 * - provider     `PROVIDER#<providerId> / PROVIDER` (`version` guards its price list)
 * - price        `PROVIDER#<providerId> / PRICE#<serviceCode>`, gsi1 `SERVICE#<serviceCode> / PROVIDER#<providerId>`
 * - business ID  `BUSINESSID#<y-tunnus> / BUSINESSID` → `providerId`: one provider per business ID
 */
export const applicationKey = (applicationId: string) => ({ pk: `PROVIDERAPP#${applicationId}`, sk: "PROVIDERAPP" });
export const providerKey = (providerId: string) => ({ pk: `PROVIDER#${providerId}`, sk: "PROVIDER" });
export const priceKey = (providerId: string, serviceCode: string) => ({ pk: `PROVIDER#${providerId}`, sk: `PRICE#${serviceCode}` });
const businessIdKey = (businessId: string) => ({ pk: `BUSINESSID#${businessId}`, sk: "BUSINESSID" });

/** Attempts of a read-then-write transaction before answering 409 CONCURRENT_CHANGE. */
const MAX_ATTEMPTS = 4;

function toApplication(item: Record<string, unknown>): ProviderApplication {
  const { applicationId, applicantSub, businessId, name, bundles, registryNumber, iban, bic, contact, prices, status, decision, providerId, createdAt } =
    item;
  return {
    applicationId, applicantSub, businessId, name, bundles, registryNumber, iban, ...(bic ? { bic } : {}), contact, prices, status,
    ...(decision ? { decision } : {}),
    ...(providerId ? { providerId } : {}),
    createdAt,
  } as ProviderApplication;
}

function toProvider(item: Record<string, unknown>): Provider {
  const { providerId, businessId, name, registryNumber, iban, bic, bundles, contact, status, approvedAt, applicationId, pendingAccountChangeId } = item;
  const { version, updatedAt } = item;
  const memberCount = item.memberCount ?? 0;
  return {
    providerId, businessId, name, registryNumber, iban, ...(bic ? { bic } : {}), bundles, contact, status, memberCount, approvedAt, applicationId,
    ...(pendingAccountChangeId ? { pendingAccountChangeId } : {}),
    version, updatedAt,
  } as Provider;
}

const message = (code: string, language: Language, fallback: string) => fieldTexts[code]?.[language] ?? fallback;

/**
 * The catalogue checks of a price list: every bundle is on the area's list
 * (when `checkBundles`), every priced service exists and belongs to one of
 * the bundles, and a euro is priced at 100 cents. Every offending entry is
 * listed with its path; the problem code is the first kind found.
 */
export async function checkOffer(
  offer: { readonly bundles: readonly string[]; readonly prices: readonly PriceInput[] },
  options: { readonly checkBundles: boolean },
  language: Language,
): Promise<Map<string, CatalogueService>> {
  const unknownBundles: FieldError[] = [];
  if (options.checkBundles) {
    const known = new Set((await listBundles()).map((bundle) => bundle.code));
    offer.bundles.forEach((bundle, index) => {
      if (!known.has(bundle)) {
        unknownBundles.push({ path: `/body/bundles/${index}`, code: "UNKNOWN_BUNDLE", message: message("UNKNOWN_BUNDLE", language, `Unknown bundle ${bundle}`) });
      }
    });
  }
  // Duplicates are refused by the schema, so this is one GetItem per distinct service (A4).
  const services = await Promise.all(offer.prices.map((price) => getService(price.serviceCode)));
  const unknownServices: FieldError[] = [];
  const outside: FieldError[] = [];
  const euro: FieldError[] = [];
  offer.prices.forEach((price, index) => {
    const service = services[index];
    const at = `/body/prices/${index}`;
    if (!service) {
      unknownServices.push({ path: `${at}/serviceCode`, code: "UNKNOWN_SERVICE", message: message("UNKNOWN_SERVICE", language, "Unknown service") });
    } else if (!service.bundles.some((bundle) => offer.bundles.includes(bundle))) {
      outside.push({
        path: `${at}/serviceCode`,
        code: "SERVICE_NOT_IN_BUNDLES",
        message: message("SERVICE_NOT_IN_BUNDLES", language, "The service is in none of the bundles"),
      });
    } else if (service.unit === "euro" && price.unitPriceCents !== 100) {
      euro.push({ path: `${at}/unitPriceCents`, code: "EURO_UNIT_COST", message: message("EURO_UNIT_COST", language, "A euro costs 100 cents") });
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
export async function createApplication(body: ProviderApplicationBody, ctx: RequestContext, language: Language): Promise<ProviderApplication> {
  await checkOffer(body, { checkBundles: true }, language);
  const existingId = await providerIdOfBusiness(body.businessId);
  if (existingId !== undefined) {
    if (!isMemberOf(ctx.actor, existingId)) throw new DomainError("PROVIDER_ALREADY_REGISTERED", { businessId: body.businessId });
    const existing = await requireProvider(existingId);
    if (normalizeIban(existing.iban) !== normalizeIban(body.iban)) {
      const text = message("BANK_ACCOUNT_CHANGE_REQUIRED", language, "Change the bank account through a bank-account change");
      throw new DomainError("BANK_ACCOUNT_CHANGE_REQUIRED", {}, [{ path: "/body/iban", code: "BANK_ACCOUNT_CHANGE_REQUIRED", message: text }]);
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
        { ...applicationKey(application.applicationId), type: "ProviderApplication", ...application, applicantRef: ctx.actor.personRef, updatedAt: application.createdAt },
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
  const set = setFields({ status: decision.outcome, decision, providerId, updatedAt: decision.decidedAt });
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

function priceItem(providerId: string, price: PriceInput, updatedAt: string): Record<string, unknown> {
  return {
    ...priceKey(providerId, price.serviceCode),
    type: "ProviderPrice",
    gsi1pk: `SERVICE#${price.serviceCode}`,
    gsi1sk: `PROVIDER#${providerId}`,
    providerId,
    serviceCode: price.serviceCode,
    unitPriceCents: price.unitPriceCents,
    updatedAt,
  };
}

const priceWrites = (providerId: string, prices: readonly PriceInput[], now: string): TransactWriteItem[] =>
  prices.map((price) => ({ Put: { TableName: tableName(), Item: marshall(priceItem(providerId, price, now)) } }));

/** The outcome of an approval transaction that failed: decided meanwhile (409), or worth another attempt. */
async function afterFailedApproval(error: unknown, application: ProviderApplication, attempt: number): Promise<void> {
  const codes = cancellationCodes(error);
  if (!lostRace(codes)) throw error;
  if (codes[0] === "ConditionalCheckFailed") throw await refusedAsDecided(application.applicationId);
  if (attempt >= MAX_ATTEMPTS) throw new DomainError("CONCURRENT_CHANGE");
  await backoff(attempt);
}

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
  const firstMember = applicantRef ? memberWrites(newProviderId, applicantRef, application.contact.name, ctx) : undefined;
  for (let attempt = 1; ; attempt += 1) {
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
    const items: TransactWriteItem[] = [
      { Update: decideItem(application.applicationId, decision, provider.providerId) },
      {
        Put: {
          TableName: tableName(),
          Item: marshall({ ...providerKey(provider.providerId), type: "Provider", ...provider }, { removeUndefinedValues: true }),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: marshall({ ...businessIdKey(provider.businessId), type: "BusinessId", providerId: provider.providerId }),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      ...(firstMember?.writes ?? []),
      ...priceWrites(provider.providerId, application.prices, now),
    ];
    try {
      await dynamo().send(new TransactWriteItemsCommand({ TransactItems: items }));
      return { application: { ...application, status: "approved", decision, providerId: provider.providerId }, provider };
    } catch (error) {
      await afterFailedApproval(error, application, attempt);
    }
  }
}

/**
 * One transaction: the application `pending → approved`, the provider's
 * bundles extended (an Update of `bundles`, `approvedAt`, `applicationId`
 * and `version` only, from the version read: nothing else of the provider can
 * change here), and the application's prices put (they override the
 * provider's prices of the same services, others stay).
 */
async function approveMoreBundles(
  application: ProviderApplication,
  providerId: string,
  decision: Decision,
  ctx: RequestContext,
): Promise<{ application: ProviderApplication; provider: Provider }> {
  const now = ctx.now.toISOString();
  for (let attempt = 1; ; attempt += 1) {
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
    const items: TransactWriteItem[] = [
      { Update: decideItem(application.applicationId, decision, providerId) },
      {
        Update: {
          TableName: tableName(),
          Key: marshall(providerKey(providerId)),
          UpdateExpression: `SET ${set.clauses.join(", ")}`,
          ConditionExpression: "version = :read",
          ExpressionAttributeNames: set.names,
          ExpressionAttributeValues: marshall({ ...set.values, ":read": existing.version }),
        },
      },
      ...priceWrites(providerId, application.prices, now),
    ];
    try {
      await dynamo().send(new TransactWriteItemsCommand({ TransactItems: items }));
      return { application: { ...application, status: "approved", decision }, provider };
    } catch (error) {
      await afterFailedApproval(error, application, attempt);
    }
  }
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

/** The provider's price of one service, undefined when it does not price it. */
export async function getPrice(providerId: string, serviceCode: string): Promise<number | undefined> {
  return (await getItem<{ unitPriceCents: number }>(priceKey(providerId, serviceCode)))?.unitPriceCents;
}

/** The provider's whole price list by service code (at most MAX_PRICES items), consistent. */
export async function listPrices(providerId: string): Promise<ProviderPrices> {
  const prices: ProviderPrices["prices"] = [];
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
      const { serviceCode, unitPriceCents, updatedAt } = unmarshall(item);
      prices.push({ serviceCode, unitPriceCents, updatedAt });
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return { providerId, prices };
}

/**
 * Replaces the provider's price list: in one transaction the provider's
 * `version` moves on (only from the version read, so a concurrent approval
 * or replacement is never half-overwritten), prices no longer listed are
 * deleted and new or changed ones put. Unchanged prices keep their
 * `updatedAt`; an identical list writes nothing.
 */
export async function replacePrices(provider: Provider, prices: readonly PriceInput[], ctx: RequestContext, language: Language): Promise<ProviderPrices> {
  await checkOffer({ bundles: provider.bundles, prices }, { checkBundles: false }, language);
  const now = ctx.now.toISOString();
  let version = provider.version;
  for (let attempt = 1; ; attempt += 1) {
    if (attempt > 1) version = (await requireProvider(provider.providerId)).version;
    const current = await listPrices(provider.providerId);
    const before = new Map(current.prices.map((price) => [price.serviceCode, price]));
    const wanted = new Set(prices.map((price) => price.serviceCode));
    const removed = current.prices.filter((price) => !wanted.has(price.serviceCode));
    const changed = prices.filter((price) => before.get(price.serviceCode)?.unitPriceCents !== price.unitPriceCents);
    const result: ProviderPrices = {
      providerId: provider.providerId,
      prices: prices
        .map((price) =>
          changed.includes(price)
            ? { ...price, updatedAt: now }
            : { serviceCode: price.serviceCode, unitPriceCents: price.unitPriceCents, updatedAt: before.get(price.serviceCode)!.updatedAt },
        )
        .sort((a, b) => a.serviceCode.localeCompare(b.serviceCode)),
    };
    if (removed.length === 0 && changed.length === 0) return result;
    const items: TransactWriteItem[] = [
      {
        Update: {
          TableName: tableName(),
          Key: marshall(providerKey(provider.providerId)),
          UpdateExpression: "SET version = version + :one, updatedAt = :now",
          ConditionExpression: "version = :read",
          ExpressionAttributeValues: marshall({ ":one": 1, ":now": now, ":read": version }),
        },
      },
      ...removed.map((price) => ({ Delete: { TableName: tableName(), Key: marshall(priceKey(provider.providerId, price.serviceCode)) } })),
      ...changed.map((price) => ({ Put: { TableName: tableName(), Item: marshall(priceItem(provider.providerId, price, now)) } })),
    ];
    try {
      await dynamo().send(new TransactWriteItemsCommand({ TransactItems: items }));
      return result;
    } catch (error) {
      if (!lostRace(cancellationCodes(error))) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new DomainError("CONCURRENT_CHANGE");
      await backoff(attempt);
    }
  }
}

/**
 * Approved providers that price a service, a page at a time: the price items
 * through gsi1 (`SERVICE#<code>`), then their providers by key. Eventually
 * consistent (gsi1): a price set a moment ago may be missing for milliseconds.
 */
export async function listOffers(
  serviceCode: string,
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
  const prices = (result.Items ?? []).map((item) => unmarshall(item) as { providerId: string; unitPriceCents: number });
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
      },
    ];
  });
  return { items, nextCursor: encodeCursor(result.LastEvaluatedKey) };
}
