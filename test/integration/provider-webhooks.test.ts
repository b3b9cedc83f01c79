import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { marshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dynamo, tableName } from "@hb/core/db";
import { keys } from "@hb/core/keys";
import { driftPipe, providerEventsPipe, providerWebhookPipe } from "@hb/core/pipes";
import { sqsConfig } from "@hb/local/queues";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime, testToday } from "../setup/runtime";
import { approvedProvider, type ProviderSetup, worker } from "../support/settlement";
import { assistance, draftVoucher, expectStatus, newClient } from "../support/vouchers";

/**
 * Issue 14, item 3 (and the rest of item 1): a provider's own webhook. Aamurusko registers a
 * receiver on this machine (the local runtime's `localWebhookReceivers`); what happens to the
 * vouchers addressed to it reaches the receiver signed, once, retried after a failure, and the
 * endings reach its inbox too. Koivu is another provider.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let sqs: SQSClient;
let receiver: Server;
let receiverUrl: string;
let aamurusko: ProviderSetup;
let koivu: ProviderSetup;

interface Delivery {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly json: { eventId: string; kind: string; occurredAt: string; providerId: string; data: Record<string, unknown> };
}
const deliveries: Delivery[] = [];
/** Statuses to answer per event kind, in turn; 200 when none is left. */
const answers = new Map<string, number[]>();

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      deliveries.push({ headers: request.headers, body, json: JSON.parse(body) });
      const status = answers.get(String(request.headers["x-hb-event-kind"]))?.shift() ?? 200;
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hb-events`;
  runtime = await startTestRuntime({
    // A failing receiver reaches the DLQ in seconds rather than an hour.
    // Drift too: the daily job's "ended" drift state is how a validity that ran out reaches the provider.
    pipes: [driftPipe, providerEventsPipe, { ...providerWebhookPipe, queue: { ...providerWebhookPipe.queue, maxReceiveCount: 6 } }],
    visibilityTimeoutSeconds: 2,
    localWebhookReceivers: true,
  });
  api = apiClient(runtime);
  sqs = new SQSClient(sqsConfig(runtime.sqsEndpoint));
  aamurusko = await approvedProvider(api, "staff-webhooks");
  koivu = await approvedProvider(api, "staff-webhooks-other");
});
afterAll(async () => {
  sqs?.destroy();
  await runtime?.stop();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
});

const webhookPath = (provider: ProviderSetup, rest = "") => `/v1/providers/${provider.providerId}/webhook${rest}`;

/** What a receiver does: the HMAC of "<timestamp>.<body>" under the secret, compared in constant time, and a timestamp no older than 5 min (of the business clock, which stamps it). */
function verifies(delivery: Delivery, secret: string, now = runtime.clock.now().getTime()): boolean {
  const timestamp = Number(delivery.headers["x-hb-timestamp"]);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > 300) return false;
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(`${timestamp}.${delivery.body}`).digest("hex")}`);
  const given = Buffer.from(String(delivery.headers["x-hb-signature"]));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const deliveredOf = (kind: string, instrumentId: string) => deliveries.filter((delivery) => delivery.json.kind === kind && delivery.json.data.instrumentId === instrumentId);

/** Settles until the receiver has had at least `count` POSTs of a kind for an instrument. */
const attemptsReach = (kind: string, instrumentId: string, count: number) =>
  expect
    .poll(async () => {
      await runtime.settle();
      return deliveredOf(kind, instrumentId).length;
    }, { timeout: 45_000, interval: 250 })
    .toBeGreaterThanOrEqual(count);

/**
 * The deliveries of a kind for an instrument once one has come, one per event id as a receiver keeps
 * them (x-hb-event-id): on a loaded machine a first attempt may outlast its timeout and be retried.
 */
async function deliveredEventually(kind: string, instrumentId: string) {
  await attemptsReach(kind, instrumentId, 1);
  const seen = new Set<string>();
  return deliveredOf(kind, instrumentId).filter((delivery) => !seen.has(delivery.json.eventId) && Boolean(seen.add(delivery.json.eventId)));
}

/** A client of 2027 with a voucher of personal assistance, chosen by `provider` unless told otherwise. */
async function chosenVoucher(provider?: ProviderSetup) {
  const client = await newClient(api, "Aino", "Webhook");
  const { decisionId } = await draftVoucher(api, client.clientId, [assistance(10)], { decidedOn: "2026-11-02" });
  const issued = await api.call("POST", `/v1/decisions/${decisionId}/issue`, { as: worker });
  expectStatus(issued, 200, "issue");
  const instrumentId = issued.body.instruments[0].instrumentId as string;
  if (provider) expectStatus(await api.call("POST", `/v1/instruments/${instrumentId}/provider`, { as: client.clientToken, body: { providerId: provider.providerId } }), 200, "choice");
  return { ...client, decisionId, instrumentId };
}

let secret: string;

describe("registering a webhook", () => {
  it.each([
    ["http://hooks.example.fi/hb", "WEBHOOK_URL_NOT_HTTPS"],
    ["https://10.0.0.5/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    ["https://169.254.169.254/latest/meta-data/", "WEBHOOK_URL_PRIVATE_HOST"],
    ["https://[fd12:3456::1]/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    // The local runtime lets a receiver on this machine in; a deployed stack refuses these too (receiver-url.test.ts).
    ["https://hb:salasana@hooks.example.fi/hb", "WEBHOOK_URL_CREDENTIALS"],
  ])("refuses %s with 422 WEBHOOK_URL_REFUSED (%s) in the caller's language", async (url, reason) => {
    const response = await api.call("PUT", webhookPath(aamurusko), { as: aamurusko.providerToken, body: { url }, headers: { "accept-language": "sv" } });
    expect(response.status, JSON.stringify(response.body)).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: "WEBHOOK_URL_REFUSED", title: "Webhookens adress godtas inte", errors: [{ path: "/body/url", code: reason }] });
  });

  it("shows the signing secret once: at registration, never in GET or a later PUT", async () => {
    const created = await api.call("PUT", webhookPath(aamurusko), { as: aamurusko.providerToken, body: { url: receiverUrl } });
    expectStatus(created, 201, "registration");
    expect(created.body).toMatchObject({ url: receiverUrl, events: expect.arrayContaining(["instrument.chosen", "instrument.ended", "payment.made"]) });
    expect(created.body.events).toHaveLength(9);
    secret = created.body.secret;
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);

    const read = await api.call("GET", webhookPath(aamurusko), { as: aamurusko.providerToken });
    expectStatus(read, 200, "read");
    expect(read.body).toEqual({ url: receiverUrl, events: created.body.events, createdAt: created.body.createdAt, updatedAt: expect.any(String), secretCreatedAt: created.body.secretCreatedAt });
    const changed = await api.call("PUT", webhookPath(aamurusko), { as: aamurusko.providerToken, body: { url: receiverUrl } });
    expectStatus(changed, 200, "change");
    expect(changed.body.secret).toBeUndefined();
    // Stored sealed: the table holds no copy of it in clear.
    const { Item } = await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: marshall(keys.ProviderWebhook.key(aamurusko)) }));
    expect(JSON.stringify(Item)).not.toContain(secret);
    expect(Item?.secret?.S).toMatch(/^pd1\./);
  });

  it("refuses another provider's staff and area staff on every webhook route", async () => {
    const calls: [string, string, unknown?][] = [
      ["PUT", webhookPath(aamurusko), { url: "https://hooks.example.fi/koivu" }],
      ["GET", webhookPath(aamurusko)],
      ["POST", webhookPath(aamurusko, "/secret")],
      ["GET", webhookPath(aamurusko, "/deliveries")],
      ["DELETE", webhookPath(aamurusko)],
    ];
    for (const as of [koivu.providerToken, "role=admin&sub=admin-1", worker]) {
      for (const [method, path, body] of calls) {
        const response = await api.call(method, path, { as, ...(body ? { body } : {}) });
        expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBe(403);
        expect(JSON.stringify(response.body)).not.toContain(receiverUrl);
      }
    }
    expect((await api.call("GET", webhookPath(aamurusko), { as: aamurusko.providerToken })).body.url).toBe(receiverUrl);
  });
});

describe("deliveries", () => {
  let voucher: Awaited<ReturnType<typeof chosenVoucher>>;

  it("a client's choice delivers one signed instrument.chosen, also when the stream record comes again", async () => {
    voucher = await chosenVoucher(aamurusko);
    await runtime.settle();
    const [chosen, ...more] = await deliveredEventually("instrument.chosen", voucher.instrumentId);
    expect(more).toEqual([]);
    expect(verifies(chosen!, secret)).toBe(true);
    expect(verifies(chosen!, secret, runtime.clock.now().getTime() + 10 * 60_000)).toBe(false); // a replay 10 min later is refused
    expect(chosen!.headers["x-hb-event-id"]).toBe(chosen!.json.eventId);
    expect(chosen!.json).toMatchObject({ kind: "instrument.chosen", providerId: aamurusko.providerId, data: { instrumentId: voucher.instrumentId, serviceCode: "HENKILOKOHTAINEN_APU" } });
    expect(chosen!.json.data.instrumentNumber).toMatch(/^HB-\d{4}-\d{6}$/);
    expect(chosen!.body).not.toMatch(/"(clientId|budgetId|decisionId)"/);
    expect(chosen!.body).not.toContain(voucher.personalId);
    expect(chosen!.body).not.toContain(voucher.clientId);

    // The pipe delivers the same records again (at-least-once): the instrument's change and the event's insert.
    const { Item: instrument } = await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: marshall(keys.Instrument.key(voucher)) }));
    const before = { ...instrument! };
    delete before.providerId;
    before.status = { S: "awaiting-provider" };
    const { Item: event } = await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: marshall(keys.ProviderEvent.key({ eventId: chosen!.json.eventId })) }));
    // Delivered: only its key and bookkeeping stay (deduplication), not what it told.
    expect(event?.doneAt?.S).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(event?.data).toBeUndefined();
    const again = async (pipe: string, record: object) =>
      sqs.send(new SendMessageCommand({ QueueUrl: runtime.queues.get(pipe)!.queueUrl, MessageBody: JSON.stringify({ eventID: "again", ...record }) }));
    await again("provider-events", { eventName: "MODIFY", dynamodb: { OldImage: before, NewImage: instrument } });
    await again("provider-webhook", { eventName: "INSERT", dynamodb: { NewImage: event } });
    await runtime.settle();
    expect(await deliveredEventually("instrument.chosen", voucher.instrumentId)).toHaveLength(1);
  });

  it("retries a delivery the receiver answered 500, and the log shows both attempts", async () => {
    answers.set("instrument.accepted", [500]);
    expectStatus(await api.call("POST", `/v1/instruments/${voucher.instrumentId}/accept`, { as: aamurusko.providerToken }), 200, "acceptance");
    await runtime.settle();
    await attemptsReach("instrument.accepted", voucher.instrumentId, 2);
    const accepted = deliveredOf("instrument.accepted", voucher.instrumentId);
    expect(accepted).toHaveLength(2);
    expect(accepted[0]!.json.eventId).toBe(accepted[1]!.json.eventId);
    expect(accepted.every((delivery) => verifies(delivery, secret))).toBe(true);

    const log = await api.call("GET", webhookPath(aamurusko, "/deliveries"), { as: aamurusko.providerToken });
    expectStatus(log, 200, "delivery log");
    const attempts = (log.body.items as { eventId: string }[]).filter((item) => item.eventId === accepted[0]!.json.eventId);
    expect(attempts).toEqual([
      { eventId: accepted[0]!.json.eventId, kind: "instrument.accepted", attempt: 2, at: expect.any(String), status: 200, delivered: true },
      { eventId: accepted[0]!.json.eventId, kind: "instrument.accepted", attempt: 1, at: expect.any(String), status: 500, delivered: false },
    ]);
  });

  it("an instrument that ends tells the provider's inbox once, in its language, and its webhook", async () => {
    expectStatus(await api.call("POST", `/v1/decisions/${voucher.decisionId}/revoke`, { as: worker, body: { reason: "Päätös kumotaan." } }), 200, "revocation");
    await runtime.settle();
    const [ended, ...more] = await deliveredEventually("instrument.ended", voucher.instrumentId);
    expect(more).toEqual([]);
    expect(verifies(ended!, secret)).toBe(true);
    // Revoked today, before the validity began: today is its last day.
    expect(ended!.json.data).toMatchObject({ reason: "decision-revoked", lastDay: testToday });

    const inbox = await api.call("GET", "/v1/notifications", { as: aamurusko.providerToken, headers: { "accept-language": "en" } });
    expectStatus(inbox, 200, "inbox");
    const endings = (inbox.body.items as { kind: string; instrumentId: string; text: string; clientId?: string }[]).filter(
      (item) => item.kind === "instrument-ended" && item.instrumentId === voucher.instrumentId,
    );
    expect(endings).toHaveLength(1);
    expect(endings[0]!.text).toContain(`${ended!.json.data.instrumentNumber} (`);
    expect(endings[0]!.text).toMatch(/ends; its last day is \d{1,2} \w+ \d{4}\. Deliveries after it cannot be recorded\.$/);
    expect(endings[0]!.clientId).toBeUndefined();
    // Koivu was never named on it: nothing in its inbox.
    const other = await api.call("GET", "/v1/notifications", { as: koivu.providerToken });
    expect((other.body.items as { instrumentId?: string }[]).filter((item) => item.instrumentId === voucher.instrumentId)).toEqual([]);
  });

  it("a switch tells the provider switched away", async () => {
    const next = await chosenVoucher(aamurusko);
    expectStatus(await api.call("POST", `/v1/instruments/${next.instrumentId}/provider`, { as: next.clientToken, body: { providerId: koivu.providerId } }), 200, "switch");
    await runtime.settle();
    const [switched] = await deliveredEventually("instrument.switched", next.instrumentId);
    expect(switched?.json).toMatchObject({ providerId: aamurusko.providerId, data: { instrumentId: next.instrumentId } });
    expect(verifies(switched!, secret)).toBe(true);
  });

  it("a superseding decision that clips the voucher tells the provider's inbox and webhook it changed", async () => {
    const client = await chosenVoucher(aamurusko);
    expectStatus(await api.call("POST", `/v1/instruments/${client.instrumentId}/accept`, { as: aamurusko.providerToken }), 200, "acceptance");
    const next = await draftVoucher(api, client.clientId, [assistance(14)], { decidedOn: "2026-11-20", effectiveFrom: "2027-06-01" });
    expectStatus(await api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker }), 200, "superseding issue");
    await runtime.settle();
    const [changed, ...more] = await deliveredEventually("instrument.changed", client.instrumentId);
    expect(more).toEqual([]);
    expect(changed?.json.data).toMatchObject({ supersededFrom: "2027-06-01", validTo: "2027-05-31", reason: "superseded" });
    expect(verifies(changed!, secret)).toBe(true);
    const inbox = await api.call("GET", "/v1/notifications?limit=100", { as: aamurusko.providerToken, headers: { "accept-language": "sv" } });
    const told = (inbox.body.items as { kind: string; instrumentId: string; text: string; effectiveFrom: string }[]).filter((item) => item.instrumentId === client.instrumentId && item.kind === "instrument-changed");
    expect(told).toEqual([expect.objectContaining({ effectiveFrom: "2027-06-01" })]);
    expect(told[0]!.text).toContain("ett nytt beslut ersätter detta från och med 1.6.2027");
  });

  it("a validity that runs out ends the voucher for its provider when the drift job sees the day pass", async () => {
    const client = await chosenVoucher(aamurusko);
    expectStatus(await api.call("POST", `/v1/instruments/${client.instrumentId}/accept`, { as: aamurusko.providerToken }), 200, "acceptance");
    await runtime.settle();
    const after = new Date("2028-01-02T09:00:00+02:00");
    runtime.clock.set(after);
    try {
      await runtime.runSchedule("drift-daily");
      await runtime.settle();
      const [ended, ...more] = await deliveredEventually("instrument.ended", client.instrumentId);
      expect(more).toEqual([]);
      expect(ended?.json.data).toMatchObject({ reason: "validity-ended", lastDay: "2027-12-31" });
      // Signed at the runtime's (moved) clock.
      expect(verifies(ended!, secret, after.getTime())).toBe(true);
      const inbox = await api.call("GET", "/v1/notifications?limit=100", { as: aamurusko.providerToken });
      expect((inbox.body.items as { kind: string; instrumentId: string }[]).filter((item) => item.instrumentId === client.instrumentId && item.kind === "instrument-ended")).toHaveLength(1);
    } finally {
      runtime.clock.reset();
    }
  });

  it("after rotation deliveries verify with the new secret only", async () => {
    const rotated = await api.call("POST", webhookPath(aamurusko, "/secret"), { as: aamurusko.providerToken });
    expectStatus(rotated, 200, "rotation");
    expect(rotated.body.secret).not.toBe(secret);
    expect(Buffer.from(rotated.body.secret, "base64url")).toHaveLength(32);
    const next = await chosenVoucher(aamurusko);
    await runtime.settle();
    const [chosen] = await deliveredEventually("instrument.chosen", next.instrumentId);
    expect(verifies(chosen!, rotated.body.secret)).toBe(true);
    expect(verifies(chosen!, secret)).toBe(false);
    secret = rotated.body.secret;
    expect((await api.call("GET", webhookPath(aamurusko), { as: aamurusko.providerToken })).body.secret).toBeUndefined();
  });

  it("delivers only the kinds the provider chose", async () => {
    expectStatus(await api.call("PUT", webhookPath(aamurusko), { as: aamurusko.providerToken, body: { url: receiverUrl, events: ["instrument.ended"] } }), 200, "filter");
    const next = await chosenVoucher(aamurusko);
    await runtime.settle();
    expect(deliveredOf("instrument.chosen", next.instrumentId)).toEqual([]);
    expectStatus(await api.call("POST", `/v1/decisions/${next.decisionId}/revoke`, { as: worker, body: { reason: "Kumotaan." } }), 200, "revocation");
    await runtime.settle();
    expect(await deliveredEventually("instrument.ended", next.instrumentId)).toHaveLength(1);
  });

  it("delivers nothing after the webhook is removed", async () => {
    expectStatus(await api.call("DELETE", webhookPath(aamurusko), { as: aamurusko.providerToken }), 204, "removal");
    expect((await api.call("GET", webhookPath(aamurusko), { as: aamurusko.providerToken })).status).toBe(404);
    const count = deliveries.length;
    const next = await chosenVoucher(aamurusko);
    expectStatus(await api.call("POST", `/v1/decisions/${next.decisionId}/revoke`, { as: worker, body: { reason: "Kumotaan." } }), 200, "revocation");
    await runtime.settle();
    expect(deliveries.length).toBe(count);
  });
});
