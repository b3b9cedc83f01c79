import { apiHandler } from "@hb/api/http";
import {
  deleteProviderWebhook,
  getProviderWebhook,
  listProviderWebhookDeliveries,
  putProviderWebhook,
  rotateProviderWebhookSecret,
} from "@hb/api/routes/provider-webhooks";
import { deleteWebhook, listDeliveryAttempts, putWebhook, requireWebhook, rotateWebhookSecret, webhookView } from "@hb/core/webhooks/repository";

/* The webhook is the provider's own: the routes let only its staff, acting for it, see or change it (`provider` in the route table). */

export const put = apiHandler(putProviderWebhook, async ({ params, body, context }) => {
  const { webhook, secret, created } = await putWebhook(params.providerId, body, context);
  return { status: created ? 201 : 200, body: { ...webhookView(webhook), ...(secret ? { secret } : {}) } };
});

export const get = apiHandler(getProviderWebhook, async ({ params }) => {
  return { body: webhookView(await requireWebhook(params.providerId)) };
});

export const rotateSecret = apiHandler(rotateProviderWebhookSecret, async ({ params, context }) => {
  const { webhook, secret } = await rotateWebhookSecret(params.providerId, context);
  return { body: { ...webhookView(webhook), secret } };
});

export const deliveries = apiHandler(listProviderWebhookDeliveries, async ({ params, context }) => {
  return { body: { items: await listDeliveryAttempts(params.providerId, context.now) } };
});

export const remove = apiHandler(deleteProviderWebhook, async ({ params }) => {
  await deleteWebhook(params.providerId);
  return { status: 204 };
});
