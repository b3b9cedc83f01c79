import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { marshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keys } from "@hb/core/keys";
import { type Inbox, inboxOf } from "@hb/core/notifications/repository";
import { bankAccountNotificationText, notificationText } from "@hb/core/notifications/texts";
import { notifyPipe } from "@hb/core/pipes";
import { clientConfig } from "@hb/local/dynamodb";
import { queueDepth, sqsConfig } from "@hb/local/queues";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { freshBusinessId, freshIban, freshPersonalId, personToken, providerApplicationBody } from "../support/fixtures";

/**
 * The notify pipe through the local runtime, with the webhook configured as
 * in `npm start` (HB_NOTIFY_WEBHOOK_URL/SECRET in the environment): a
 * Notification item written to the table → stream relay → notify queue →
 * consumer → a signed POST to a receiver on this machine; a failed POST is
 * retried by SQS redelivery, and one that keeps failing ends in the DLQ.
 */
const secret = "local-webhook-secret-for-tests";
// The pipe as defined, with fewer receives so that a record reaches the DLQ in seconds.
const pipe = { ...notifyPipe, queue: { ...notifyPipe.queue, maxReceiveCount: 4 } };

interface Delivery {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly status: number;
}
/** Every POST the receiver got, by the notification id in its header. */
const deliveries = new Map<string, Delivery[]>();
/** Statuses the receiver answers for a notification, in turn; 200 when none is left. */
const answers = new Map<string, number[] | "always-500">();

let receiver: Server;
let runtime: LocalRuntime;
let db: DynamoDBClient;
let sqs: SQSClient;
const savedEnv = { url: process.env.HB_NOTIFY_WEBHOOK_URL, secret: process.env.HB_NOTIFY_WEBHOOK_SECRET };

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const id = String(request.headers["x-hb-notification-id"]);
      const planned = answers.get(id);
      const status = planned === "always-500" ? 500 : (planned?.shift() ?? 200);
      deliveries.set(id, [...(deliveries.get(id) ?? []), { headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), status }]);
      response.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "ok" : "try again");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  process.env.HB_NOTIFY_WEBHOOK_URL = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hb-notifications`;
  process.env.HB_NOTIFY_WEBHOOK_SECRET = secret;
  runtime = await startTestRuntime({ pipes: [pipe], visibilityTimeoutSeconds: 2 });
  db = new DynamoDBClient(clientConfig(runtime.dynamoEndpoint));
  sqs = new SQSClient(sqsConfig(runtime.sqsEndpoint));
});

afterAll(async () => {
  db?.destroy();
  sqs?.destroy();
  await runtime?.stop();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
  for (const [name, value] of [["HB_NOTIFY_WEBHOOK_URL", savedEnv.url], ["HB_NOTIFY_WEBHOOK_SECRET", savedEnv.secret]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** A notification as the drift consumer writes it (notificationWrites), put straight into the table. */
async function insertNotification(inbox: Inbox, notificationId: string = randomUUID()) {
  const createdAt = new Date().toISOString();
  const item = {
    ...keys.Notification.key({ notificationId }),
    type: "Notification",
    ...keys.Notification.gsi1({ inbox, createdAt, notificationId }),
    notificationId,
    inbox,
    kind: "threshold",
    threshold: 0.9,
    clientId: "client-notify-1",
    instrumentId: "instrument-notify-1",
    instrumentNumber: "MS-2025-000042",
    serviceCode: "TUETTU_ASUMINEN",
    createdAt,
  };
  await db.send(new PutItemCommand({ TableName: runtime.tableName, Item: marshall(item) }));
  return item;
}

const verifySignature = (delivery: Delivery) => {
  const timestamp = String(delivery.headers["x-hb-timestamp"]);
  const expected = `sha256=${createHmac("sha256", secret).update(`${timestamp}.${delivery.body}`).digest("hex")}`;
  return delivery.headers["x-hb-signature"] === expected;
};

describe("notify pipe → webhook", () => {
  it("POSTs a new notification once, signed, with its ids and the staff texts in fi, sv and en", async () => {
    const item = await insertNotification(inboxOf.worker("worker-notify-1"));
    await runtime.settle();

    const received = deliveries.get(item.notificationId) ?? [];
    expect(received).toHaveLength(1);
    const [delivery] = received;
    expect(delivery!.headers["content-type"]).toBe("application/json");
    expect(verifySignature(delivery!)).toBe(true);
    expect(Math.abs(Number(delivery!.headers["x-hb-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    const names = { fi: "Tuettu asuminen", sv: "Stödboende", en: "Supported housing" } as const;
    const text = (language: keyof typeof names) =>
      notificationText("threshold", "staff", language, { serviceName: names[language], instrumentNumber: "MS-2025-000042", threshold: 0.9 });
    expect(JSON.parse(delivery!.body)).toEqual({
      notificationId: item.notificationId,
      inbox: "WORKER#worker-notify-1",
      kind: "threshold",
      threshold: 0.9,
      instrumentId: "instrument-notify-1",
      instrumentNumber: "MS-2025-000042",
      serviceCode: "TUETTU_ASUMINEN",
      clientId: "client-notify-1",
      createdAt: item.createdAt,
      text: { fi: text("fi"), sv: text("sv"), en: text("en") },
    });
    expect(await queueDepth(sqs, runtime.queues.get("notify")!.dlqUrl)).toBe(0);
  });

  it("retries a refused delivery by redelivery until the receiver takes it, with the same id and body", async () => {
    // Planned before the write, so the receiver knows its answers when the first POST arrives.
    const notificationId = randomUUID();
    answers.set(notificationId, [500, 500]);
    const item = await insertNotification(inboxOf.client("client-notify-1"), notificationId);
    await runtime.settle(30_000);

    const received = deliveries.get(item.notificationId) ?? [];
    expect(received.map((delivery) => delivery.status)).toEqual([500, 500, 200]);
    expect(new Set(received.map((delivery) => delivery.body)).size).toBe(1);
    expect(received.every(verifySignature)).toBe(true);
    // A client's inbox: plain language.
    expect(JSON.parse(received[2]!.body).text.fi).toBe("Budjetistasi palveluun Tuettu asuminen on käytetty 90 %.");
    expect(await queueDepth(sqs, runtime.queues.get("notify")!.dlqUrl)).toBe(0);
  }, 60_000);

  it("POSTs a bank-account change asked for through the API: the provider and the change, the texts, not the contact's address", async () => {
    const api = apiClient(runtime);
    // The applicant of a new provider is its first member once approved.
    const owner = personToken(freshPersonalId(), "notify-owner");
    const applied = await api.call("POST", "/v1/provider-applications", { as: owner, body: providerApplicationBody(freshBusinessId()) });
    const approved = await api.call("POST", `/v1/provider-applications/${applied.body.applicationId}/decision`, {
      as: "role=admin&sub=admin-1",
      body: { outcome: "approved", reason: "OK" },
    });
    const providerId = approved.body.providerId as string;
    const iban = freshIban();
    const asked = await api.call("POST", `/v1/providers/${providerId}/bank-account-changes`, {
      as: owner,
      body: { iban, accountHolder: "Aamurusko Oy", reason: "Pankki vaihtui." },
    });
    expect(asked.status).toBe(201);
    await runtime.settle();

    const [notification] = (await api.call("GET", "/v1/notifications", { as: owner })).body.items;
    const received = deliveries.get(notification.notificationId) ?? [];
    expect(received).toHaveLength(1);
    expect(verifySignature(received[0]!)).toBe(true);
    const text = (language: "fi" | "sv" | "en") => bankAccountNotificationText("bank-account-change-requested", language, iban.slice(-4));
    expect(JSON.parse(received[0]!.body)).toEqual({
      notificationId: notification.notificationId,
      inbox: `PROVIDER#${providerId}`,
      kind: "bank-account-change-requested",
      providerId,
      changeId: asked.body.changeId,
      createdAt: notification.createdAt,
      text: { fi: text("fi"), sv: text("sv"), en: text("en") },
    });
  }, 60_000);

  it("moves a notification the receiver keeps refusing to the notify DLQ after maxReceiveCount attempts", async () => {
    const { queueUrl, dlqUrl } = runtime.queues.get("notify")!;
    const notificationId = randomUUID();
    answers.set(notificationId, "always-500");
    const item = await insertNotification(inboxOf.provider("provider-notify-1"), notificationId);
    await expect.poll(() => queueDepth(sqs, dlqUrl), { timeout: 45_000, interval: 200 }).toBe(1);
    await expect.poll(() => queueDepth(sqs, queueUrl), { timeout: 10_000, interval: 200 }).toBe(0);

    const received = deliveries.get(item.notificationId) ?? [];
    expect(received).toHaveLength(pipe.queue.maxReceiveCount);
    // A provider's inbox: no client id.
    expect(JSON.parse(received[0]!.body)).not.toHaveProperty("clientId");
    const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, MaxNumberOfMessages: 10 }));
    expect(Messages).toHaveLength(1);
    expect(JSON.parse(Messages[0]!.Body!)).toMatchObject({
      eventName: "INSERT",
      dynamodb: { NewImage: { notificationId: { S: item.notificationId } } },
    });
  }, 60_000);
});
