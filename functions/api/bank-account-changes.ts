import { apiHandler } from "@hb/api/http";
import {
  decideBankAccountChange as decideRoute,
  listPendingBankAccountChanges as pendingRoute,
  listProviderBankAccountChanges as listRoute,
  requestBankAccountChange as requestRoute,
} from "@hb/api/routes/bank-account-changes";
import {
  decideBankAccountChange,
  listBankAccountChanges,
  listPendingBankAccountChanges,
  requestBankAccountChange,
  requireBankAccountChange,
} from "@hb/core/providers/bank-account-changes";

export const request = apiHandler(requestRoute, async ({ params, body, context }) => {
  const change = await requestBankAccountChange(params.providerId, body, context);
  return { status: 201, body: change, headers: { location: `/v1/providers/${params.providerId}/bank-account-changes` } };
});

export const list = apiHandler(listRoute, async ({ query, provider }) => {
  // The route loaded the provider and let only its staff, finance and admins through.
  const { providerId, name, businessId, contact, iban } = provider!;
  const page = await listBankAccountChanges(providerId, query.limit, query.cursor);
  return {
    body: {
      providerId,
      name,
      businessId,
      contact,
      iban,
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
