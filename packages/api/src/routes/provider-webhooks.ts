import { z } from "zod";
import { providerIdSchema } from "@hb/core/providers/schemas";
import { providerWebhookSchema, providerWebhookWithSecretSchema, putWebhookBodySchema, webhookDeliveryListSchema } from "@hb/core/webhooks/schemas";
import { defineRoute } from "../route";

const providerParams = z.object({ providerId: providerIdSchema });

export const putProviderWebhook = defineRoute({
  id: "providerWebhooks.put",
  method: "PUT",
  path: "/v1/providers/{providerId}/webhook",
  roles: ["provider"],
  subject: { from: "none" },
  provider: { param: "providerId" },
  summary:
    "Register or change the provider's webhook (its own staff only): https, every event kind when `events` is left out; the first registration answers 201 with the signing secret, shown this once",
  tags: ["providers"],
  handler: "functions/api/provider-webhooks.put",
  params: providerParams,
  body: putWebhookBodySchema,
  // The signing secret is stored sealed under the personal-data key (kms:GenerateDataKey).
  personalIds: { seal: true },
  response: {
    status: 201,
    description: "Registered: the webhook with its signing secret (never shown again)",
    also: [{ status: 200, description: "Changed: the webhook, without the secret (it stays as it was)" }],
    schema: providerWebhookWithSecretSchema,
  },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "UNSUPPORTED_MEDIA_TYPE", "NOT_FOUND", "WEBHOOK_URL_REFUSED"],
});

export const getProviderWebhook = defineRoute({
  id: "providerWebhooks.get",
  method: "GET",
  path: "/v1/providers/{providerId}/webhook",
  roles: ["provider"],
  subject: { from: "none" },
  provider: { param: "providerId" },
  summary: "The provider's webhook, without its signing secret (its own staff only)",
  tags: ["providers"],
  handler: "functions/api/provider-webhooks.get",
  params: providerParams,
  response: { status: 200, description: "The webhook", schema: providerWebhookSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});

export const rotateProviderWebhookSecret = defineRoute({
  id: "providerWebhooks.rotateSecret",
  method: "POST",
  path: "/v1/providers/{providerId}/webhook/secret",
  roles: ["provider"],
  subject: { from: "none" },
  provider: { param: "providerId" },
  summary: "A new signing secret for the provider's webhook, shown this once; deliveries from now on are signed with it only (its own staff only)",
  tags: ["providers"],
  handler: "functions/api/provider-webhooks.rotateSecret",
  params: providerParams,
  personalIds: { seal: true },
  response: { status: 200, description: "The webhook with its new signing secret", schema: providerWebhookWithSecretSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});

export const listProviderWebhookDeliveries = defineRoute({
  id: "providerWebhooks.deliveries",
  method: "GET",
  path: "/v1/providers/{providerId}/webhook/deliveries",
  roles: ["provider"],
  subject: { from: "none" },
  provider: { param: "providerId" },
  summary: "The webhook's recent delivery attempts, newest first: the newest 50 of the last 30 days (its own staff only)",
  tags: ["providers"],
  handler: "functions/api/provider-webhooks.deliveries",
  params: providerParams,
  response: { status: 200, description: "The attempts", schema: webhookDeliveryListSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});

export const deleteProviderWebhook = defineRoute({
  id: "providerWebhooks.delete",
  method: "DELETE",
  path: "/v1/providers/{providerId}/webhook",
  roles: ["provider"],
  subject: { from: "none" },
  provider: { param: "providerId" },
  summary: "Remove the provider's webhook: nothing more is delivered (its own staff only); the delivery log stays until it expires",
  tags: ["providers"],
  handler: "functions/api/provider-webhooks.remove",
  params: providerParams,
  response: { status: 204, description: "Removed" },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});
