import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { SendEmailCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  channelsFromEnv,
  deliverNotification,
  type NotificationChannel,
  renderNotification,
  SECRET_CACHE_MS,
  webhookChannel,
  webhookPayload,
  webhookSecretSource,
  webhookSignature,
} from "./delivery";
import { bankAccountEmail, emailChannel, notificationEmail } from "./email";
import { type BankAccountNotification, type DecisionNotification, inboxOf, type InstrumentNotification, type ProviderSwitchNotification } from "./repository";
import { notificationText } from "./texts";

const services = [
  { code: "HENKILOKOHTAINEN_APU", name: { fi: "Henkilökohtainen apu", sv: "Personlig assistans", en: "Personal assistance" } },
  { code: "KULJETUS", name: { fi: "Kuljetuspalvelu", en: "Transport service" } },
];

const notification = (overrides: Partial<InstrumentNotification> = {}): InstrumentNotification => ({
  notificationId: "0b6c9f7e-1111-4e4e-9a9a-000000000001",
  inbox: inboxOf.worker("worker-sub-1"),
  kind: "threshold",
  threshold: 0.9,
  clientId: "client-1",
  instrumentId: "instrument-1",
  instrumentNumber: "PS-2025-000123",
  serviceCode: "HENKILOKOHTAINEN_APU",
  createdAt: "2025-03-04T05:06:07.000Z",
  ...overrides,
});

/** A switch of a voucher's provider as the choice writes it into the previous provider's inbox. */
const switchNotification = (overrides: Partial<ProviderSwitchNotification> = {}): ProviderSwitchNotification => ({
  notificationId: "0b6c9f7e-1111-4e4e-9a9a-000000000003",
  inbox: inboxOf.provider("provider-1"),
  kind: "provider-switched",
  clientId: "client-1",
  instrumentId: "instrument-1",
  instrumentNumber: "PS-2025-000123",
  serviceCode: "HENKILOKOHTAINEN_APU",
  effectiveFrom: "2025-04-15",
  createdAt: "2025-03-04T05:06:07.000Z",
  ...overrides,
});

/** A bank-account change as the change flow writes it into the provider's inbox. */
const accountNotification = (overrides: Partial<BankAccountNotification> = {}): BankAccountNotification => ({
  notificationId: "0b6c9f7e-1111-4e4e-9a9a-000000000002",
  inbox: inboxOf.provider("provider-1"),
  kind: "bank-account-change-requested",
  providerId: "provider-1",
  changeId: "change-1",
  ibanEnding: "0776",
  contactEmail: "ulla@aamurusko.example",
  createdAt: "2025-03-04T05:06:07.000Z",
  ...overrides,
});

describe("renderNotification", () => {
  it("renders the staff text in fi, sv and en for a worker's inbox, with the service's names", () => {
    const rendered = renderNotification(notification(), services);
    for (const language of ["fi", "sv", "en"] as const) {
      expect(rendered[language]).toBe(
        notificationText("threshold", "staff", language, {
          serviceName: services[0]!.name[language]!,
          instrumentNumber: "PS-2025-000123",
          threshold: 0.9,
        }),
      );
    }
    expect(rendered.fi).toBe("PS-2025-000123 (Henkilökohtainen apu): käytetty 90 %.");
  });

  it("uses plain client language in a client's inbox, Finnish names when Swedish is missing and the code for an unknown service", () => {
    const client = renderNotification(notification({ inbox: inboxOf.client("client-1"), kind: "exhausted", threshold: undefined, serviceCode: "KULJETUS" }), services);
    expect(client.fi).toBe("Budjettisi palveluun Kuljetuspalvelu on käytetty kokonaan.");
    expect(client.sv).toBe("Din budget för Kuljetuspalvelu är helt använd.");
    const unknown = renderNotification(notification({ serviceCode: "UNKNOWN" }), services);
    expect(unknown.en).toContain("(UNKNOWN)");
  });

  it("tells a provider of a bank-account change in fi, sv and en, naming only the account's last four characters", () => {
    const requested = renderNotification(accountNotification(), services);
    expect(requested.fi).toMatch(/^Palveluntuottajan tilinumeron muutosta on pyydetty: uusi tili päättyy 0776\..*ottakaa heti yhteyttä/);
    expect(requested.sv).toMatch(/^En ändring av serviceproducentens kontonummer har begärts: det nya kontot slutar på 0776\./);
    expect(requested.en).toMatch(/^A change of the provider's bank account has been requested: the new account ends in 0776\..*contact the wellbeing services county at once\.$/);
    expect(renderNotification(accountNotification({ kind: "bank-account-change-confirmed" }), services)).toEqual({
      fi: "Tilinumeron muutos on vahvistettu: maksut maksetaan tästä lähtien tilille, joka päättyy 0776.",
      sv: "Ändringen av kontonumret har bekräftats: betalningarna görs från och med nu till kontot som slutar på 0776.",
      en: "The bank account change is confirmed: payments go to the account ending in 0776 from now on.",
    });
    expect(renderNotification(accountNotification({ kind: "bank-account-change-rejected" }), services).en).toBe(
      "The change to the account ending in 0776 was not accepted. Payments still go to the previous account.",
    );
  });
});

describe("webhookPayload", () => {
  const rendered = { fi: "fi", sv: "sv", en: "en" };

  it("carries the notification with the text in every language; threshold only when there is one", () => {
    expect(webhookPayload(notification(), rendered)).toEqual({
      notificationId: "0b6c9f7e-1111-4e4e-9a9a-000000000001",
      inbox: "WORKER#worker-sub-1",
      kind: "threshold",
      threshold: 0.9,
      instrumentId: "instrument-1",
      instrumentNumber: "PS-2025-000123",
      serviceCode: "HENKILOKOHTAINEN_APU",
      clientId: "client-1",
      createdAt: "2025-03-04T05:06:07.000Z",
      text: rendered,
    });
    expect(webhookPayload(notification({ kind: "gap", threshold: undefined }), rendered)).not.toHaveProperty("threshold");
  });

  it("carries a bank-account change's provider and change, not the contact's address", () => {
    expect(webhookPayload(accountNotification(), rendered)).toEqual({
      notificationId: "0b6c9f7e-1111-4e4e-9a9a-000000000002",
      inbox: "PROVIDER#provider-1",
      kind: "bank-account-change-requested",
      providerId: "provider-1",
      changeId: "change-1",
      createdAt: "2025-03-04T05:06:07.000Z",
      text: rendered,
    });
  });

  it("carries a switch of provider with its instrument and effective date, rendered in fi, sv and en", () => {
    const text = renderNotification(switchNotification(), services);
    expect(text).toEqual({
      fi: "PS-2025-000123 (Henkilökohtainen apu): asiakas vaihtoi palveluntuottajaa 15.4.2025 alkaen. Edellinen palveluntuottaja kirjaa ja korjaa sitä edeltävien päivien palvelut kirjausajan loppuun asti.",
      sv: "PS-2025-000123 (Personlig assistans): klienten bytte serviceproducent från och med 15.4.2025. Den tidigare producenten registrerar och rättar tjänsterna för dagarna innan till slutet av registreringstiden.",
      en: "PS-2025-000123 (Personal assistance): the client changed provider from 15 April 2025. The previous provider records and corrects the deliveries of the days before until the recording deadline.",
    });
    expect(renderNotification(switchNotification({ kind: "provider-chosen" }), services).en).toBe(
      "PS-2025-000123 (Personal assistance): the client chose you as the provider from 15 April 2025. Accept the voucher to record deliveries.",
    );
    expect(webhookPayload(switchNotification(), text)).toEqual({
      notificationId: "0b6c9f7e-1111-4e4e-9a9a-000000000003",
      inbox: "PROVIDER#provider-1",
      kind: "provider-switched",
      instrumentId: "instrument-1",
      instrumentNumber: "PS-2025-000123",
      serviceCode: "HENKILOKOHTAINEN_APU",
      effectiveFrom: "2025-04-15",
      createdAt: "2025-03-04T05:06:07.000Z",
      text,
    });
    expect(webhookPayload(switchNotification({ inbox: inboxOf.worker("worker-sub-1") }), text)).toMatchObject({ clientId: "client-1" });
  });

  it("carries an appeal's outcome to the client's inbox with the decision, rendered in fi, sv and en", () => {
    const outcome: DecisionNotification = {
      notificationId: "0b6c9f7e-1111-4e4e-9a9a-000000000004",
      inbox: inboxOf.client("client-1"),
      kind: "appeal-decided",
      clientId: "client-1",
      decisionId: "decision-1",
      decisionNumber: "HB-P-2027-000001",
      outcome: "dismissed",
      decidedOn: "2027-02-15",
      createdAt: "2027-02-15T10:00:00.000Z",
    };
    const text = renderNotification(outcome, services);
    expect(text.fi).toBe("HB-P-2027-000001: Muutoksenhaku hylättiin 15.2.2027. Päätös pysyy ennallaan.");
    expect(text.sv).toBe("HB-P-2027-000001: Begäran om omprövning avslogs 15.2.2027. Beslutet gäller som förut.");
    expect(webhookPayload(outcome, text)).toEqual({
      notificationId: outcome.notificationId,
      inbox: "CLIENT#client-1",
      kind: "appeal-decided",
      clientId: "client-1",
      decisionId: "decision-1",
      decisionNumber: "HB-P-2027-000001",
      outcome: "dismissed",
      decidedOn: "2027-02-15",
      createdAt: outcome.createdAt,
      text,
    });
  });

  it("never names the client to a provider's inbox", () => {
    const payload = webhookPayload(notification({ inbox: inboxOf.provider("provider-1") }), rendered);
    expect(payload).not.toHaveProperty("clientId");
    expect(JSON.stringify(payload)).not.toContain("client-1");
  });
});

describe("webhookSignature", () => {
  it("is sha256=<hex HMAC-SHA256 of '<timestamp>.<body>'> with the secret", () => {
    const expected = createHmac("sha256", "s3cret").update('1700000000.{"a":1}').digest("hex");
    expect(webhookSignature("s3cret", 1_700_000_000, '{"a":1}')).toBe(`sha256=${expected}`);
  });
});

describe("webhookChannel", () => {
  interface Received {
    method: string;
    url: string;
    headers: IncomingMessage["headers"];
    body: string;
  }
  let server: Server;
  let base: string;
  let received: Received[] = [];
  let answer: (response: ServerResponse) => void = (response) => response.writeHead(204).end();

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        received.push({ method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
        answer(response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    received = [];
    answer = (response) => response.writeHead(204).end();
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const now = new Date("2025-03-04T05:06:07.890Z");
  const channel = (options: { url?: string; timeoutMs?: number } = {}) =>
    webhookChannel({ url: options.url ?? `${base}/hooks/hb?token=t`, secret: async () => "s3cret", now: () => now, timeoutMs: options.timeoutMs });

  it("POSTs the payload as JSON with the id, the timestamp and a signature over both", async () => {
    const rendered = renderNotification(notification(), services);
    await channel().deliver(notification(), rendered);
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request).toMatchObject({ method: "POST", url: "/hooks/hb?token=t" });
    expect(request!.headers).toMatchObject({
      "content-type": "application/json",
      "x-hb-notification-id": "0b6c9f7e-1111-4e4e-9a9a-000000000001",
      "x-hb-timestamp": "1741064767",
    });
    const expected = createHmac("sha256", "s3cret").update(`1741064767.${request!.body}`).digest("hex");
    expect(request!.headers["x-hb-signature"]).toBe(`sha256=${expected}`);
    expect(JSON.parse(request!.body)).toEqual(webhookPayload(notification(), rendered));
  });

  it("throws on any answer but 2xx, redirects included, naming the host but not the path or query", async () => {
    for (const status of [500, 404, 302]) {
      answer = (response) => response.writeHead(status, status === 302 ? { location: "/elsewhere" } : {}).end("nope");
      const error = (await channel().deliver(notification(), { fi: "", sv: "", en: "" }).catch((caught: unknown) => caught)) as Error;
      expect(error, String(status)).toBeInstanceOf(Error);
      expect(error.message).toBe(`webhook ${new URL(base).host}: answered ${status}`);
      expect(error.message).not.toContain("token");
    }
    expect(received.map((request) => request.url)).toEqual(["/hooks/hb?token=t", "/hooks/hb?token=t", "/hooks/hb?token=t"]);
  });

  it("throws when the receiver does not answer in time or cannot be reached", async () => {
    answer = () => undefined; // never answers
    await expect(channel({ timeoutMs: 100 }).deliver(notification(), { fi: "", sv: "", en: "" })).rejects.toThrow(/no answer within 100 ms/);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(channel({ url: `http://127.0.0.1:${port}/` }).deliver(notification(), { fi: "", sv: "", en: "" })).rejects.toThrow(
      /request failed/,
    );
  });
});

describe("webhookSecretSource", () => {
  const secrets = mockClient(SecretsManagerClient);
  afterEach(() => {
    secrets.reset();
    vi.useRealTimers();
  });

  it("uses HB_NOTIFY_WEBHOOK_SECRET as is (local)", async () => {
    await expect(webhookSecretSource({ HB_NOTIFY_WEBHOOK_SECRET: "local-secret", HB_NOTIFY_WEBHOOK_SECRET_ARN: "arn:x" })()).resolves.toBe("local-secret");
    expect(secrets.calls()).toHaveLength(0);
  });

  it("reads the secret named by HB_NOTIFY_WEBHOOK_SECRET_ARN once, again after the cache time, and retries a failed read", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const arn = "arn:aws:secretsmanager:eu-north-1:000000000000:secret:hb-notify";
    secrets.on(GetSecretValueCommand).rejectsOnce(new Error("throttled")).resolves({ SecretString: "from-aws" });
    const source = webhookSecretSource({ HB_NOTIFY_WEBHOOK_SECRET_ARN: arn }, new SecretsManagerClient({ region: "eu-north-1" }));
    await expect(source()).rejects.toThrow("throttled");
    await expect(source()).resolves.toBe("from-aws");
    await expect(source()).resolves.toBe("from-aws");
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(2);
    expect(secrets.commandCalls(GetSecretValueCommand)[0]!.args[0].input).toEqual({ SecretId: arn });
    vi.setSystemTime(Date.now() + SECRET_CACHE_MS + 1);
    await expect(source()).resolves.toBe("from-aws");
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(3);
  });

  it("refuses a webhook without a secret", () => {
    expect(() => webhookSecretSource({})).toThrow(/HB_NOTIFY_WEBHOOK_SECRET/);
  });
});

describe("emailChannel (SES)", () => {
  const ses = new SESv2Client({ region: "eu-north-1" });
  const sesMock = mockClient(ses);
  afterEach(() => sesMock.reset());
  const channel = emailChannel({ from: "hb@lappi.example.fi", to: ["hb-tiimi@lappi.example.fi"], ses });
  /** Delivers the notification by e-mail and answers what it rendered and the one mail it sent. */
  const mailed = async (stored: Parameters<typeof renderNotification>[0]) => {
    const rendered = renderNotification(stored, services);
    await channel.deliver(stored, rendered);
    const calls = sesMock.commandCalls(SendEmailCommand);
    expect(calls).toHaveLength(1);
    return { rendered, input: calls[0]!.args[0].input };
  };

  it("mails a worker's notification to the team mailbox in Finnish, with the instrument number and service only", async () => {
    sesMock.on(SendEmailCommand).resolves({ MessageId: "m-1" });
    const stored = notification();
    const { rendered, input } = await mailed(stored);
    expect(input).toEqual({
      FromEmailAddress: "hb@lappi.example.fi",
      Destination: { ToAddresses: ["hb-tiimi@lappi.example.fi"] },
      Content: {
        Simple: {
          Subject: { Data: "HB: PS-2025-000123, käyttöraja ylittyi", Charset: "UTF-8" },
          Body: { Text: { Data: notificationEmail(stored, rendered).text, Charset: "UTF-8" } },
        },
      },
    });
    const text = input.Content!.Simple!.Body!.Text!.Data!;
    expect(text.startsWith("PS-2025-000123 (Henkilökohtainen apu): käytetty 90 %.\n")).toBe(true);
    for (const personal of ["client-1", "instrument-1", "worker-sub-1", "WORKER#"]) expect(JSON.stringify(input), personal).not.toContain(personal);
  });

  it("mails nothing for client inboxes and for a provider's drift notifications", async () => {
    await channel.deliver(notification({ inbox: inboxOf.client("client-1") }), { fi: "", sv: "", en: "" });
    await channel.deliver(notification({ inbox: inboxOf.provider("provider-1") }), { fi: "", sv: "", en: "" });
    expect(sesMock.commandCalls(SendEmailCommand)).toHaveLength(0);
  });

  it("mails a bank-account change to the provider's registered contact, not the team, in all three languages", async () => {
    sesMock.on(SendEmailCommand).resolves({ MessageId: "m-2" });
    const stored = accountNotification();
    const { rendered, input } = await mailed(stored);
    expect(input.FromEmailAddress).toBe("hb@lappi.example.fi");
    expect(input.Destination).toEqual({ ToAddresses: ["ulla@aamurusko.example"] });
    expect(input.Content!.Simple!.Subject!.Data).toBe("HB: tilinumeron muutos / ändring av kontonummer / bank account change");
    const text = input.Content!.Simple!.Body!.Text!.Data!;
    expect(text).toBe(bankAccountEmail(stored, rendered).text);
    for (const language of ["fi", "sv", "en"] as const) expect(text).toContain(rendered[language]);
    expect(text).toContain("change-1");
  });

  it("throws when SES refuses, so the record is retried", async () => {
    sesMock.on(SendEmailCommand).rejects(Object.assign(new Error("Email address is not verified."), { name: "MessageRejected" }));
    await expect(channel.deliver(notification(), renderNotification(notification(), services))).rejects.toThrow(/not verified/);
  });
});

describe("channelsFromEnv and deliverNotification", () => {
  const names = (channels: readonly NotificationChannel[]) => channels.map((channel) => channel.name);

  it("configures nothing by default, the webhook and the mailbox from their variables, the webhook first", () => {
    expect(channelsFromEnv({})).toEqual([]);
    const webhook = { HB_NOTIFY_WEBHOOK_URL: "https://hooks.example.fi/hb", HB_NOTIFY_WEBHOOK_SECRET: "s" };
    const email = { HB_NOTIFY_EMAIL_FROM: "hb@example.fi", HB_NOTIFY_EMAIL_TO: "tiimi@example.fi, toinen@example.fi" };
    expect(names(channelsFromEnv(webhook))).toEqual(["webhook"]);
    expect(names(channelsFromEnv(email))).toEqual(["email"]);
    expect(names(channelsFromEnv({ ...email, ...webhook }))).toEqual(["webhook", "email"]);
  });

  it("refuses half a configuration", () => {
    expect(() => channelsFromEnv({ HB_NOTIFY_WEBHOOK_URL: "https://hooks.example.fi/hb" })).toThrow(/SECRET/);
    expect(() => channelsFromEnv({ HB_NOTIFY_EMAIL_FROM: "hb@example.fi" })).toThrow(/set together/);
    expect(() => channelsFromEnv({ HB_NOTIFY_EMAIL_TO: "tiimi@example.fi" })).toThrow(/set together/);
  });

  it("hands the rendered notification to each channel in turn and fails with the first failing one", async () => {
    const calls: string[] = [];
    const ok = (name: string): NotificationChannel => ({
      name,
      deliver: async (_n, rendered) => void calls.push(`${name}:${rendered.fi}`),
    });
    const failing: NotificationChannel = { name: "failing", deliver: async () => Promise.reject(new Error("down")) };
    await deliverNotification(notification(), [ok("a"), ok("b")], services);
    expect(calls).toEqual(["a:PS-2025-000123 (Henkilökohtainen apu): käytetty 90 %.", "b:PS-2025-000123 (Henkilökohtainen apu): käytetty 90 %."]);
    calls.length = 0;
    await expect(deliverNotification(notification(), [failing, ok("c")], services)).rejects.toThrow("down");
    expect(calls).toEqual([]);
  });
});
