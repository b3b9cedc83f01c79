import { randomUUID } from "node:crypto";
import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { businessDate } from "../dates";
import { dynamo, getItem, isConditionalCheckFailed, setFields, tableName } from "../db";
import { DomainError } from "../errors";
import { retrying, type Transaction, transaction, TransactionCancelled } from "../transaction";
import { requireApplication } from "./application";
import { newMember } from "./members";
import { priceWrites, pricesFromToday } from "./price-changes";
import { pricesInForce } from "./prices";
import { applicationKey, applicationQueuePk, businessIdKey, getProvider, MAX_ATTEMPTS, providerIdOfBusiness, providerKey, unchangedVersion } from "./repository";
import type { ApplicationDecisionBody, Provider, ProviderApplication } from "./schemas";

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

/** Writes an approval: an application decided meanwhile is 409; a lost race is worth another attempt. */
async function writeApproval(tx: Transaction, application: ProviderApplication): Promise<void> {
  try {
    await tx.write();
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failed("application")) throw await refusedAsDecided(application.applicationId);
    throw error;
  }
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
