import { DeleteItemCommand, PutItemCommand, QueryCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { randomBytes } from "node:crypto";
import type { RequestContext } from "../actor";
import { dynamo, getItem, isConditionalCheckFailed, tableName } from "../db";
import { DomainError, notFound } from "../errors";
import { keys } from "../keys";
import { open, type SealContext, seal } from "../personal-data/sealed";
import { receiverUrlProblem } from "./receiver-url";
import { type PutWebhookBody, type WebhookEventKind, webhookEventKinds } from "./schemas";

/**
 * A provider's webhook (decision 78): one item per provider, `WEBHOOK#<providerId>` / `WEBHOOK`,
 * with its signing secret sealed like a personal identity code (packages/core/src/personal-data:
 * envelope encryption under the area's KMS key, bound to this item), so the table, its backups,
 * exports and stream records never hold it in clear. Only the delivery consumer opens it; no
 * route answers with it except the one that made it. Its delivery attempts are items under the
 * same partition, `DELIVERY#<at>#<eventId>#<attempt>`, expiring after DELIVERY_LOG_DAYS.
 */
export interface StoredWebhook {
  providerId: string;
  url: string;
  events: WebhookEventKind[];
  /** `pd1.…`: the sealed signing secret. */
  secret: string;
  secretCreatedAt: string;
  createdAt: string;
  updatedAt: string;
}

export interface DeliveryAttempt {
  eventId: string;
  kind: WebhookEventKind;
  attempt: number;
  at: string;
  status?: number;
  error?: "timeout" | "network";
  delivered: boolean;
}

export const DELIVERY_LOG_DAYS = 30;
export const DELIVERY_LOG_LIMIT = 50;

const secretContext = (providerId: string): SealContext => ({ entity: "ProviderWebhook", id: providerId, attribute: "secret" });

/** 32 random bytes, base64url: the receiver's HMAC key. */
const newSecret = (): string => randomBytes(32).toString("base64url");

export const webhookView = (stored: StoredWebhook) => ({
  url: stored.url,
  events: stored.events,
  createdAt: stored.createdAt,
  updatedAt: stored.updatedAt,
  secretCreatedAt: stored.secretCreatedAt,
});

function checkUrl(url: string): void {
  const problem = receiverUrlProblem(url);
  if (!problem) return;
  throw new DomainError("WEBHOOK_URL_REFUSED", {}, [{ path: "/body/url", code: problem }]);
}

export const getWebhook = (providerId: string): Promise<StoredWebhook | undefined> => getItem<StoredWebhook>(keys.ProviderWebhook.key({ providerId }));

export async function requireWebhook(providerId: string): Promise<StoredWebhook> {
  const webhook = await getWebhook(providerId);
  if (!webhook) throw notFound("webhook");
  return webhook;
}

/**
 * Registers or changes the webhook. The first registration makes the secret and answers with it
 * (`created`); a change of URL or kinds keeps the secret and never shows it.
 */
export async function putWebhook(
  providerId: string,
  body: PutWebhookBody,
  ctx: RequestContext,
): Promise<{ webhook: StoredWebhook; secret?: string; created: boolean }> {
  checkUrl(body.url);
  const events = webhookEventKinds.filter((kind) => (body.events ?? webhookEventKinds).includes(kind));
  const at = ctx.now.toISOString();
  const changed = await updateExisting(providerId, "SET #url = :url, events = :events, updatedAt = :at, changedBy = :by", { ":url": body.url, ":events": events, ":at": at, ":by": ctx.actor.sub }, { "#url": "url" });
  if (changed) return { webhook: changed, created: false };
  const secret = newSecret();
  const webhook: StoredWebhook = {
    providerId,
    url: body.url,
    events,
    secret: await seal(secret, secretContext(providerId)),
    secretCreatedAt: at,
    createdAt: at,
    updatedAt: at,
  };
  try {
    await dynamo().send(
      new PutItemCommand({
        TableName: tableName(),
        Item: marshall({ ...keys.ProviderWebhook.key({ providerId }), type: "ProviderWebhook", ...webhook, changedBy: ctx.actor.sub }),
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
  } catch (error) {
    // Registered by a concurrent request meanwhile: that one's secret stands; this becomes a change.
    if (isConditionalCheckFailed(error)) return putWebhook(providerId, body, ctx);
    throw error;
  }
  return { webhook, secret, created: true };
}

/** A new signing secret, shown once; deliveries from now on are signed with it only. */
export async function rotateWebhookSecret(providerId: string, ctx: RequestContext): Promise<{ webhook: StoredWebhook; secret: string }> {
  const secret = newSecret();
  const at = ctx.now.toISOString();
  const webhook = await updateExisting(providerId, "SET secret = :secret, secretCreatedAt = :at, updatedAt = :at, changedBy = :by", {
    ":secret": await seal(secret, secretContext(providerId)),
    ":at": at,
    ":by": ctx.actor.sub,
  });
  if (!webhook) throw notFound("webhook");
  return { webhook, secret };
}

/** Changes the provider's webhook if it has one; undefined if it has none. */
async function updateExisting(providerId: string, expression: string, values: Record<string, unknown>, names?: Record<string, string>): Promise<StoredWebhook | undefined> {
  try {
    const { Attributes } = await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(keys.ProviderWebhook.key({ providerId })),
        UpdateExpression: expression,
        ConditionExpression: "attribute_exists(pk)",
        ...(names ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: marshall(values),
        ReturnValues: "ALL_NEW",
      }),
    );
    return unmarshall(Attributes!) as StoredWebhook;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return undefined;
    throw error;
  }
}

export async function deleteWebhook(providerId: string): Promise<void> {
  try {
    await dynamo().send(new DeleteItemCommand({ TableName: tableName(), Key: marshall(keys.ProviderWebhook.key({ providerId })), ConditionExpression: "attribute_exists(pk)" }));
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw notFound("webhook");
    throw error;
  }
}

/** The signing secret in clear: for the delivery consumer only (kms:Decrypt). */
export const openWebhookSecret = (webhook: StoredWebhook): Promise<string> => open(webhook.secret, secretContext(webhook.providerId));

export async function logDeliveryAttempt(providerId: string, attempt: DeliveryAttempt): Promise<void> {
  await dynamo().send(
    new PutItemCommand({
      TableName: tableName(),
      Item: marshall(
        {
          ...keys.WebhookDelivery.key({ providerId, at: attempt.at, eventId: attempt.eventId, attempt: attempt.attempt }),
          type: "WebhookDelivery",
          ...attempt,
          expiresAt: Math.floor(Date.parse(attempt.at) / 1000) + DELIVERY_LOG_DAYS * 86_400,
        },
        { removeUndefinedValues: true },
      ),
    }),
  );
}

/** The newest attempts of the last DELIVERY_LOG_DAYS, newest first (TTL removes older ones within a day or two; the key range hides them at once). */
export async function listDeliveryAttempts(providerId: string, now: Date): Promise<DeliveryAttempt[]> {
  const since = new Date(now.getTime() - DELIVERY_LOG_DAYS * 86_400_000).toISOString();
  const delivery = keys.WebhookDelivery.sk.prefix;
  const { Items } = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
      ExpressionAttributeValues: marshall({ ":pk": keys.WebhookDelivery.pk({ providerId }), ":from": `${delivery}${since}`, ":to": `${delivery}\uffff` }),
      ScanIndexForward: false,
      Limit: DELIVERY_LOG_LIMIT,
    }),
  );
  return (Items ?? []).map((item) => {
    const { eventId, kind, attempt, at, status, error, delivered } = unmarshall(item) as DeliveryAttempt;
    return { eventId, kind, attempt, at, ...(status !== undefined ? { status } : {}), ...(error ? { error } : {}), delivered };
  });
}
