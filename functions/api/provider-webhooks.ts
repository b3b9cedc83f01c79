import { apiHandler } from "@hb/api/http";
import {
  deleteProviderWebhook,
  getProviderWebhook,
  listProviderWebhookDeliveries,
  putProviderWebhook,
  rotateProviderWebhookSecret,
} from "@hb/api/routes/provider-webhooks";
import type { Actor } from "@hb/core/actor";
import { forbidden } from "@hb/core/errors";
import { isMemberOf } from "@hb/core/providers/membership";
import { requireProvider } from "@hb/core/providers/repository";
import { deleteWebhook, listDeliveryAttempts, putWebhook, requireWebhook, rotateWebhookSecret, webhookView } from "@hb/core/webhooks/repository";

/** The webhook is the provider's own: only its staff, acting for it, see or change it. */
async function assertOwnProvider(actor: Actor, providerId: string): Promise<void> {
  // Providers and their existence are public (GET prices): an unknown one is 404 to anyone.
  await requireProvider(providerId);
  if (!isMemberOf(actor, providerId)) throw forbidden();
}

export const put = apiHandler(putProviderWebhook, async ({ params, body, actor, context, language }) => {
  await assertOwnProvider(actor, params.providerId);
  const { webhook, secret, created } = await putWebhook(params.providerId, body, context);
  return { status: created ? 201 : 200, body: { ...webhookView(webhook), ...(secret ? { secret } : {}) } };
});

export const get = apiHandler(getProviderWebhook, async ({ params, actor }) => {
  await assertOwnProvider(actor, params.providerId);
  return { body: webhookView(await requireWebhook(params.providerId)) };
});

export const rotateSecret = apiHandler(rotateProviderWebhookSecret, async ({ params, actor, context }) => {
  await assertOwnProvider(actor, params.providerId);
  const { webhook, secret } = await rotateWebhookSecret(params.providerId, context);
  return { body: { ...webhookView(webhook), secret } };
});

export const deliveries = apiHandler(listProviderWebhookDeliveries, async ({ params, actor, context }) => {
  await assertOwnProvider(actor, params.providerId);
  return { body: { items: await listDeliveryAttempts(params.providerId, context.now) } };
});

export const remove = apiHandler(deleteProviderWebhook, async ({ params, actor }) => {
  await assertOwnProvider(actor, params.providerId);
  await deleteWebhook(params.providerId);
  return { status: 204 };
});
