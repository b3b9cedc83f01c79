import { z } from "zod";
import { textReference } from "../validators/text";

/** What a provider's webhook can be told (docs/api.md "Provider webhooks"). */
export const webhookEventKinds = [
  "instrument.chosen",
  "instrument.accepted",
  "instrument.switched",
  "instrument.changed",
  "instrument.ended",
  "service-event.approved",
  "statement.closed",
  "payment.made",
  "credit.created",
] as const;
export type WebhookEventKind = (typeof webhookEventKinds)[number];

export const putWebhookBodySchema = z
  .object({
    // Compared as typed: no control characters or broken Unicode; the URL rule itself is receiverUrlProblem's (422 WEBHOOK_URL_REFUSED).
    url: textReference({ max: 2000 }).meta({
      description: "The receiver: https only, no user or password in it, not a literal private, loopback or link-local address nor `localhost`",
      example: "https://hooks.example.fi/hb",
    }),
    events: z
      .array(z.enum(webhookEventKinds))
      .min(1)
      .max(webhookEventKinds.length)
      .optional()
      .meta({ description: "The kinds to deliver; every kind when left out" }),
  })
  .strict()
  .meta({ id: "PutProviderWebhook" });
export type PutWebhookBody = z.infer<typeof putWebhookBodySchema>;

const webhookFields = {
  url: z.string(),
  events: z.array(z.enum(webhookEventKinds)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  secretCreatedAt: z.iso.datetime().meta({ description: "When the signing secret in use was made" }),
};

export const providerWebhookSchema = z.object(webhookFields).meta({ id: "ProviderWebhook", description: "The provider's webhook; its signing secret is never shown again" });

export const providerWebhookWithSecretSchema = z
  .object({
    ...webhookFields,
    secret: z.string().optional().meta({
      description:
        "The signing secret (32 random bytes, base64url), shown only in the answer that made it: the first PUT (201) and POST …/webhook/secret. Keep it: HB shows it never again",
    }),
  })
  .meta({ id: "ProviderWebhookWithSecret" });

export const webhookDeliverySchema = z
  .object({
    eventId: z.string(),
    kind: z.enum(webhookEventKinds),
    attempt: z.number().int().min(1).meta({ description: "1 for the first try, then each retry" }),
    at: z.iso.datetime(),
    status: z.number().int().optional().meta({ description: "The receiver's HTTP status" }),
    error: z.string().optional().meta({ description: "Why no status: `timeout` or `network`" }),
    delivered: z.boolean().meta({ description: "The receiver answered 2xx" }),
  })
  .meta({ id: "WebhookDelivery" });

export const webhookDeliveryListSchema = z
  .object({ items: z.array(webhookDeliverySchema).meta({ description: "The newest 50 attempts of the last 30 days, newest first" }) })
  .meta({ id: "WebhookDeliveryList" });
