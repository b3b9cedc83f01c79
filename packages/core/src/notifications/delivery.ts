import { createHmac } from "node:crypto";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { awsClientConfig } from "../aws-clients";
import { type ServiceNames, serviceNamer } from "../catalogue/names";
import { keptFor } from "../kept";
import { languages, type Localized } from "../language";
import { emailChannel } from "./email";
import { isBankAccountNotification, isDecisionNotification, isPaymentNotification, type StoredNotification } from "./repository";
import { decisionFields, instrumentFields, notificationTextOf } from "./view";

/**
 * Delivery of a notification beyond its inbox. The inbox is the record and
 * always the channel; the notify queue's consumer hands each new
 * notification to the channels the deployment configures (a webhook, a team
 * mailbox through SES, both or none). A channel throws when it could not
 * deliver: the record is then redelivered by SQS after the visibility
 * timeout and lands in the notify DLQ after maxReceiveCount receives, so a
 * channel may deliver the same notification more than once.
 */
export interface NotificationChannel {
  readonly name: string;
  deliver(notification: StoredNotification, rendered: Localized): Promise<void>;
}

/** The notification's text in every language, for its inbox's audience (plain language in a client's inbox). */
export function renderNotification(notification: StoredNotification, services: readonly ServiceNames[]): Localized {
  return Object.fromEntries(languages.map((language) => [language, notificationTextOf(notification, language, serviceNamer(services, language))])) as Localized;
}

/** Hands the notification to every channel in turn; the first failure fails the delivery (and the record). */
export async function deliverNotification(
  notification: StoredNotification,
  channels: readonly NotificationChannel[],
  services: readonly ServiceNames[],
): Promise<void> {
  const rendered = renderNotification(notification, services);
  for (const channel of channels) await channel.deliver(notification, rendered);
}

// ---------------------------------------------------------------- webhook

/** What the webhook receives: the inbox item as the API shows it, with the text in all three languages. */
export function webhookPayload(notification: StoredNotification, rendered: Localized) {
  const about = isBankAccountNotification(notification)
    ? { providerId: notification.providerId, changeId: notification.changeId }
    : isPaymentNotification(notification)
      ? { payment: notification.payment }
      : isDecisionNotification(notification)
        ? decisionFields(notification)
        : instrumentFields(notification);
  return {
    notificationId: notification.notificationId,
    inbox: notification.inbox,
    kind: notification.kind,
    ...about,
    createdAt: notification.createdAt,
    text: { fi: rendered.fi, sv: rendered.sv, en: rendered.en },
  };
}

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`: binding the time to the body lets receivers refuse replays. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** A signed POST that got no answer: `timedOut` when none came within the timeout, else the network failed. */
export class NoAnswer extends Error {
  override readonly name = "NoAnswer";
  constructor(readonly timedOut: boolean, options: ErrorOptions) {
    super(timedOut ? "no answer within the timeout" : "request failed", options);
  }
}

/**
 * POSTs a JSON body signed (`x-hb-signature`) and stamped (`x-hb-timestamp`, unix seconds at `at`)
 * with the caller's own headers; the answer's status, or NoAnswer. The area's notification webhook
 * and the providers' webhooks are both signed this way, so a receiver verifies them alike.
 */
export async function postSigned(url: URL, secret: string, at: Date, body: string, headers: Record<string, string>, timeoutMs: number): Promise<number> {
  const timestamp = Math.floor(at.getTime() / 1000);
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers, "x-hb-timestamp": String(timestamp), "x-hb-signature": webhookSignature(secret, timestamp, body) },
      body,
      // A redirect is an answer, not a delivery: it would turn the POST into a GET elsewhere, maybe inside the area's network.
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new NoAnswer(error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"), { cause: error });
  }
  await response.body?.cancel().catch(() => undefined); // the answer's content means nothing; free the connection
  return response.status;
}

export interface WebhookOptions {
  readonly url: string;
  /** The signing secret; called on every delivery, so a source may cache and refresh it. */
  readonly secret: () => Promise<string>;
  readonly timeoutMs?: number;
  readonly now?: () => Date;
}

export const WEBHOOK_TIMEOUT_MS = 5_000;

/**
 * POSTs the notification as JSON, signed (`x-hb-signature`), stamped
 * (`x-hb-timestamp`, unix seconds) and keyed (`x-hb-notification-id`, the
 * same on every retry: the receiver's idempotency key). Any answer but 2xx,
 * a network error or no answer within the timeout throws.
 */
export function webhookChannel(options: WebhookOptions): NotificationChannel {
  const url = new URL(options.url);
  // Errors name the host only: a receiver's URL may carry a token in its path or query.
  const target = url.host;
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  return {
    name: "webhook",
    async deliver(notification, rendered) {
      const body = JSON.stringify(webhookPayload(notification, rendered));
      let status: number;
      try {
        status = await postSigned(url, await options.secret(), options.now?.() ?? new Date(), body, { "x-hb-notification-id": notification.notificationId }, timeoutMs);
      } catch (error) {
        if (!(error instanceof NoAnswer)) throw error;
        throw new Error(error.timedOut ? `webhook ${target}: no answer within ${timeoutMs} ms` : `webhook ${target}: request failed`, { cause: error });
      }
      if (status < 200 || status > 299) throw new Error(`webhook ${target}: answered ${status}`);
    },
  };
}

/** How long a secret read from Secrets Manager is used before it is read again (a rotated value takes effect within it). */
export const SECRET_CACHE_MS = 5 * 60_000;

/**
 * The webhook signing secret: `HB_NOTIFY_WEBHOOK_SECRET` locally; in AWS the
 * Secrets Manager secret named by `HB_NOTIFY_WEBHOOK_SECRET_ARN` (created by
 * the stack), read on first use and cached for SECRET_CACHE_MS. A failed read
 * is not cached: the next delivery tries again.
 */
export function webhookSecretSource(env: Readonly<Record<string, string | undefined>>, client?: SecretsManagerClient): () => Promise<string> {
  const direct = env.HB_NOTIFY_WEBHOOK_SECRET;
  if (direct) return () => Promise.resolve(direct);
  const secretArn = env.HB_NOTIFY_WEBHOOK_SECRET_ARN;
  if (!secretArn) throw new Error("HB_NOTIFY_WEBHOOK_URL is set but neither HB_NOTIFY_WEBHOOK_SECRET nor HB_NOTIFY_WEBHOOK_SECRET_ARN is");
  const secret = keptFor(SECRET_CACHE_MS, async () => {
    const { SecretString } = await (client ?? new SecretsManagerClient(awsClientConfig())).send(new GetSecretValueCommand({ SecretId: secretArn }));
    if (!SecretString) throw new Error("the notification webhook secret is empty");
    return SecretString;
  });
  return () => secret.get();
}

// ---------------------------------------------------------- configuration

const list = (value: string | undefined): string[] =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/**
 * The channels the environment configures, the webhook first: it is
 * idempotent at the receiver, while a mail sent before a failure elsewhere
 * would be sent again by the retry.
 *
 * - `HB_NOTIFY_WEBHOOK_URL` + `HB_NOTIFY_WEBHOOK_SECRET` or `HB_NOTIFY_WEBHOOK_SECRET_ARN`: the webhook;
 * - `HB_NOTIFY_EMAIL_FROM` + `HB_NOTIFY_EMAIL_TO` (comma list): the team mailbox.
 *
 * Half a configuration throws: every delivery then fails and ends in the DLQ, where it is noticed.
 */
export function channelsFromEnv(env: Readonly<Record<string, string | undefined>>): NotificationChannel[] {
  const channels: NotificationChannel[] = [];
  const webhookUrl = env.HB_NOTIFY_WEBHOOK_URL?.trim();
  if (webhookUrl) channels.push(webhookChannel({ url: webhookUrl, secret: webhookSecretSource(env) }));
  const from = env.HB_NOTIFY_EMAIL_FROM?.trim();
  const to = list(env.HB_NOTIFY_EMAIL_TO);
  if (from && to.length > 0) channels.push(emailChannel({ from, to }));
  else if (from || to.length > 0) throw new Error("HB_NOTIFY_EMAIL_FROM and HB_NOTIFY_EMAIL_TO must be set together");
  return channels;
}

let configured: NotificationChannel[] | undefined;

/** The process's channels, read from the environment once (at the first delivery). */
export function configuredChannels(): readonly NotificationChannel[] {
  configured ??= channelsFromEnv(process.env);
  return configured;
}
