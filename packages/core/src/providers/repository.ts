import { getItem } from "../db";
import { notFound } from "../errors";
import { keys } from "../keys";
import type { Expression } from "../transaction";
import type { ApplicationStatus, Provider, ProviderApplication } from "./schemas";

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
export const applicationKey = (applicationId: string) => keys.ProviderApplication.key({ applicationId });
export const providerKey = (providerId: string) => keys.Provider.key({ providerId });
export const priceKey = (providerId: string, serviceCode: string) => keys.ProviderPrice.key({ providerId, serviceCode });
/** Every write of an application's status moves `gsi1pk` with it, so the queue never lists it under a stale status. */
export const applicationQueuePk = (status: ApplicationStatus) => keys.ProviderApplication.gsi1.pk({ status });
export const applicationQueueKeys = ({ status, createdAt, applicationId }: Pick<ProviderApplication, "status" | "createdAt" | "applicationId">) =>
  keys.ProviderApplication.gsi1({ status, createdAt, applicationId });
export const businessIdKey = (businessId: string) => keys.BusinessId.key({ businessId });

/** Attempts of a read-then-write transaction before answering 409 CONCURRENT_CHANGE. */
export const MAX_ATTEMPTS = 4;

export function toProvider(item: Record<string, unknown>): Provider {
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

/** The provider is still at the version read. */
export const unchangedVersion = (read: number): Expression => ({ expression: "version = :read", values: { ":read": read } });

export async function providerIdOfBusiness(businessId: string): Promise<string | undefined> {
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
