import { apiHandler } from "@hb/api/http";
import {
  decideBankAccountChange as decideRoute,
  listPendingBankAccountChanges as pendingRoute,
  listProviderBankAccountChanges as listRoute,
  requestBankAccountChange as requestRoute,
} from "@hb/api/routes/bank-account-changes";
import { hasRole } from "@hb/core/actor";
import { forbidden } from "@hb/core/errors";
import {
  decideBankAccountChange,
  listBankAccountChanges,
  listPendingBankAccountChanges,
  requestBankAccountChange,
  requireBankAccountChange,
} from "@hb/core/providers/bank-account-changes";
import { isMemberOf } from "@hb/core/providers/membership";
import { requireProvider } from "@hb/core/providers/repository";

export const request = apiHandler(requestRoute, async ({ params, body, actor, context, language }) => {
  // Providers and their existence are public (GET prices): 404 first, then only the provider's own staff.
  await requireProvider(params.providerId);
  if (!isMemberOf(actor, params.providerId)) throw forbidden();
  const change = await requestBankAccountChange(params.providerId, body, context);
  return { status: 201, body: change, headers: { location: `/v1/providers/${params.providerId}/bank-account-changes` } };
});

export const list = apiHandler(listRoute, async ({ params, query, actor }) => {
  const provider = await requireProvider(params.providerId);
  if (!hasRole(actor, "finance", "admin") && !isMemberOf(actor, provider.providerId)) throw forbidden();
  const page = await listBankAccountChanges(provider.providerId, query.limit, query.cursor);
  return {
    body: {
      providerId: provider.providerId,
      name: provider.name,
      businessId: provider.businessId,
      contact: provider.contact,
      iban: provider.iban,
      items: page.items,
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    },
  };
});

export const pending = apiHandler(pendingRoute, async ({ query }) => {
  const page = await listPendingBankAccountChanges(query.limit, query.cursor);
  return { body: { items: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) } };
});

export const decide = apiHandler(decideRoute, async ({ params, body, context }) => ({
  body: await decideBankAccountChange(await requireBankAccountChange(params.changeId), body, context),
}));
