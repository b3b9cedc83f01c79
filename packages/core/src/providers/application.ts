import { randomUUID } from "node:crypto";
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { dynamo, getItem, tableName } from "../db";
import { DomainError, notFound } from "../errors";
import { normalizeIban } from "../validators/iban";
import { isMemberOf } from "./membership";
import { checkOffer } from "./offers";
import { applicationKey, applicationQueueKeys, providerIdOfBusiness, requireProvider } from "./repository";
import type { ProviderApplication, ProviderApplicationBody } from "./schemas";

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
