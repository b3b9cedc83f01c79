import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClientExport, clientExportSchema } from "@hb/core/export/schemas";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime, testToday } from "../setup/runtime";
import { freshPersonalId, personToken } from "../support/fixtures";
import { approvedProvider, type ClientSetup, finance, previousMonth, type ProviderSetup, runMonth, servedClient, worker } from "../support/settlement";

/**
 * The data subject's export through the local front: a client with a budget,
 * a decision, an instrument, 300 service events (some approved, settled, paid
 * and credited), notifications, plans and follow-ups gets one file that
 * holds every one of them, and the log of who read or changed them.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let provider: ProviderSetup;
let served: ClientSetup;
let clientToken: string;
let personalId: string;
const representativeCode = freshPersonalId();
const viewerCode = freshPersonalId();
/** What the provider recorded: event id → amount. */
const recorded = new Map<string, number>();

const month = previousMonth(testToday);
const EVENTS = 300;

type Api = ReturnType<typeof apiClient>;

/** Every page of a list route. */
async function everyItem(path: string, as: string): Promise<Record<string, any>[]> {
  const items: Record<string, any>[] = [];
  let cursor: string | undefined;
  do {
    const separator = path.includes("?") ? "&" : "?";
    const response = await api.call("GET", `${path}${separator}limit=100${cursor ? `&cursor=${cursor}` : ""}`, { as });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
  } while (cursor);
  return items;
}

async function exportAs(as: string, via: Api = api): Promise<{ link: Record<string, any>; file: ClientExport; text: string }> {
  const response = await via.call("GET", `/v1/clients/${served.clientId}/export`, { as });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  // The link is followed as a browser would: no token, straight to the bucket.
  const download = await fetch(response.body.url);
  expect(download.status).toBe(200);
  const text = await download.text();
  return { link: response.body, file: JSON.parse(text) as ClientExport, text };
}

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  provider = await approvedProvider(api, "staff-export");
  // 600 days of day activities at 70,00 € from the first of last month: room for every event below.
  served = await servedClient(api, provider, 31, `${month}-01`, 600);
  clientToken = personToken(served.personalId, "client-export");
  personalId = served.personalId;

  // The client's own language decides the export's texts, whoever asks.
  expect((await api.call("PATCH", `/v1/clients/${served.clientId}`, { as: worker, body: { language: "en" } })).status).toBe(200);
  await api.call("POST", `/v1/clients/${served.clientId}/representatives`, {
    as: worker,
    body: { personalId: representativeCode, name: "Edna Edustaja", relationship: "guardian", permission: "act", basis: "legal-guardian" },
  });
  await api.call("POST", `/v1/clients/${served.clientId}/assessments`, {
    as: worker,
    body: { assessedOn: `${month}-01`, needs: [{ area: "päivätoiminta", description: "Tarvitsee päivätoimintaa", serviceCodes: ["PAIVATOIMINTA"] }] },
  });
  await api.call("POST", `/v1/clients/${served.clientId}/support-plans`, {
    as: clientToken,
    body: { wishes: "Haluan käydä päivätoiminnassa.", goals: ["Tapaan ystäviä"], preferredServices: ["PAIVATOIMINTA"] },
  });
  await api.call("POST", `/v1/clients/${served.clientId}/follow-ups`, {
    as: worker,
    body: { date: `${month}-02`, method: "puhelu", findings: "Päivätoiminta sujuu.", goalAttainment: [{ goal: "Tapaan ystäviä", rating: "partly" }] },
  });

  // 300 deliveries on days 1–14 of last month, of 1, 1½ or 2 days each: amounts 70,00, 105,00 or 140,00 €.
  runtime.clock.set(new Date(`${month}-15T12:00:00+02:00`));
  try {
    // Through the batch route, 50 rows a request: one instrument's rows one after another, as a provider's file would send them.
    for (let i = 0; i < EVENTS; i += 50) {
      const events = Array.from({ length: Math.min(50, EVENTS - i) }, (_, k) => i + k).map((n) => ({
        instrumentId: served.instrumentId,
        externalId: `export-${n}`,
        date: `${month}-${String(1 + (n % 14)).padStart(2, "0")}`,
        quantity: 1 + (n % 3) * 0.5,
      }));
      const response = await api.call("POST", "/v1/service-events/batch", { as: provider.providerToken, body: { events } });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      for (const row of response.body.rows as { status: number; event?: { eventId: string; amountCents: number } }[]) {
        expect(row.status, JSON.stringify(row)).toBe(201);
        recorded.set(row.event!.eventId, row.event!.amountCents);
      }
    }
    // The first 50 are approved, then settled by last month's run and paid; one of them is credited.
    for (const eventId of [...recorded.keys()].slice(0, 50)) {
      expect((await api.call("POST", `/v1/service-events/${eventId}/approve`, { as: worker })).status).toBe(200);
    }
  } finally {
    runtime.clock.reset();
  }
  await runtime.settle(60_000);
  const { run } = await runMonth(api, runtime, month);
  expect((await api.call("POST", `/v1/settlement-runs/${run.runId}/paid`, { as: finance })).status).toBe(200);
  await runtime.settle(60_000);
  const credited = [...recorded.keys()][0]!;
  const credit = await api.call("POST", `/v1/service-events/${credited}/credits`, {
    as: worker,
    body: { amountCents: 1000, reasonCode: "WRONG_PRICE", explanation: "Hinta oli 10 € liian suuri." },
  });
  expect(credit.status, JSON.stringify(credit.body)).toBe(201);
  // Whatever the review window approves by itself, it does now, so nothing changes between the export and the comparisons.
  await runtime.runSchedule("review-window");
  await runtime.settle(60_000);
}, 600_000);
afterAll(() => runtime?.stop());

describe("GET /v1/clients/{clientId}/export", () => {
  it("holds exactly the 300 service events with their amounts, and every other section as the API shows it", async () => {
    const { link, file, text } = await exportAs(clientToken);

    expect(clientExportSchema.safeParse(file).success, JSON.stringify(clientExportSchema.safeParse(file).error?.issues?.slice(0, 3))).toBe(true);
    expect(text).not.toMatch(/"(pk|sk|gsi[123](pk|sk)|dataSubject|changedBy|payloadHash)":/);
    expect(link.sizeBytes).toBe(Buffer.byteLength(text));
    expect(link.fileName).toBe(`hb-export-${testToday}.json`);
    expect(Date.parse(link.expiresAt) - Date.now()).toBeGreaterThan(240_000);
    expect(Date.parse(link.expiresAt) - Date.now()).toBeLessThanOrEqual(300_000);
    expect(link.counts).toEqual(file.counts);

    // The events: exactly those recorded, each with its amount, newest delivery first.
    expect(file.serviceEvents).toHaveLength(EVENTS);
    expect(file.counts.serviceEvents).toBe(EVENTS);
    expect(new Map(file.serviceEvents.map((event) => [event.eventId, event.amountCents]))).toEqual(recorded);
    expect(file.serviceEvents.reduce((sum, event) => sum + event.amountCents, 0)).toBe([...recorded.values()].reduce((a, b) => a + b, 0));
    const dates = file.serviceEvents.map((event) => event.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const apiEvents = await everyItem(`/v1/service-events?instrumentId=${served.instrumentId}`, worker);
    expect(new Map(file.serviceEvents.map((event) => [event.eventId, event.status]))).toEqual(new Map(apiEvents.map((event) => [event.eventId, event.status])));
    expect(file.serviceEvents.filter((event) => event.status === "paid")).toHaveLength(50);

    // Balances as the budget and instrument routes show them today, the credit included.
    expect(file.budgets).toEqual([(await api.call("GET", `/v1/budgets/${served.budgetId}`, { as: worker, headers: { "accept-language": "en" } })).body]);
    expect(file.instruments).toEqual([(await api.call("GET", `/v1/instruments/${served.instrumentId}`, { as: worker, headers: { "accept-language": "en" } })).body]);
    const paid = [...recorded.values()].slice(0, 50).reduce((a, b) => a + b, 0) - 1000;
    expect(file.instruments[0]).toMatchObject({ paidCents: paid, settledCents: 0, serviceName: "Day activities" });
    expect(file.credits).toEqual([expect.objectContaining({ eventId: [...recorded.keys()][0], amountCents: 1000, reasonCode: "WRONG_PRICE" })]);
    expect(file.decisions).toHaveLength(1);
    expect(file.decisions[0]).toMatchObject({ status: "issued", instrumentIds: [served.instrumentId] });
    expect(file.decisions[0]!.document.text).toContain("Testi");

    // The record, the personal identity code included: it is the client's own.
    expect(file.client).toMatchObject({ clientId: served.clientId, personalId, language: "en" });
    expect(file.language).toBe("en");
    expect(file.controller).toEqual({ name: "Demo welfare area", businessId: "0201256-6" });
    expect(file.representatives).toEqual([{ representativeId: expect.any(String), name: "Edna Edustaja", relationship: "guardian", permission: "act", basis: "legal-guardian" }]);
    // The representative's identity code is not held by HB at all: it is not in the client's export either.
    expect(text).not.toContain(representativeCode);
    expect(file.assessments).toHaveLength(1);
    expect(file.supportPlans).toEqual([expect.objectContaining({ writtenBy: expect.objectContaining({ sub: "client-export" }) })]);
    expect(file.servicePlans).toEqual(await everyItem(`/v1/clients/${served.clientId}/service-plans`, worker));
    expect(file.followUps).toEqual(await everyItem(`/v1/clients/${served.clientId}/follow-ups`, worker));

    // Notifications in every inbox about the client, in the client's language: 75 % of the grant is used.
    expect(file.notifications.map((n) => n.recipient).sort()).toEqual(expect.arrayContaining(["client", "worker"]));
    const toClient = file.notifications.find((n) => n.recipient === "client" && n.kind === "threshold")!;
    expect(toClient.text).toBe("75% of your budget for Day activities has been used.");
    expect(file.notifications.every((n) => n.clientId === served.clientId)).toBe(true);

    // The access log: every entry of the client, this very export among them.
    const exportRead = file.accessLog.find((entry) => entry.action === "clients.export");
    expect(exportRead).toMatchObject({ kind: "read", actor: { sub: "client-export", roles: ["client", "applicant"] } });
    expect(file.accessLog.filter((entry) => entry.kind === "change" && entry.entity === "ServiceEvent" && entry.action === "INSERT")).toHaveLength(EVENTS);
    const logged = await everyItem(`/v1/audit?clientId=${served.clientId}`, "role=admin&sub=admin-1");
    const exported = new Set(file.accessLog.map((entry) => `${entry.at}|${entry.requestId}|${entry.kind}|${entry.entity ?? ""}|${entry.action}`));
    const before = logged.filter((entry) => entry.at <= exportRead!.at);
    expect(before.length).toBe(file.accessLog.length);
    for (const entry of before) expect(exported.has(`${entry.at}|${entry.requestId}|${entry.kind}|${entry.entity ?? ""}|${entry.action}`)).toBe(true);
  }, 120_000);

  it("is for the client, a representative who may act and a worker; one who may only view is refused", async () => {
    const viaRepresentative = await exportAs(personToken(representativeCode, "rep-export"));
    expect(viaRepresentative.file.serviceEvents).toHaveLength(EVENTS);
    const viaWorker = await exportAs(worker);
    expect(viaWorker.file.client.personalId).toBe(personalId);
    await api.call("POST", `/v1/clients/${served.clientId}/representatives`, {
      as: worker,
      body: { personalId: viewerCode, name: "Vilma Katsoja", relationship: "sister", permission: "view", basis: "client-authorisation" },
    });
    const refused = await api.call("GET", `/v1/clients/${served.clientId}/export`, { as: personToken(viewerCode, "rep-viewer") });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe("FORBIDDEN");
  }, 60_000);
});
