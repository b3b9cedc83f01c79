import { DynamoDBClient, PutItemCommand, ScanCommand, type AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAreaSettings } from "@hb/core/area/repository";
import { addDays } from "@hb/core/budget/periods";
import { businessDate } from "@hb/core/dates";
import { keys } from "@hb/core/keys";
import { eraseExpiredClients } from "@hb/core/retention/erase";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import { clientConfig } from "@hb/local/dynamodb";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime, testToday } from "../setup/runtime";
import { approvedProvider, type ClientSetup, finance, previousMonth, type ProviderSetup, runMonth, servedClient, worker } from "../support/settlement";

/**
 * Retention through the local runtime: the demo area keeps a client's
 * records 10 years after HB ended or was declined. The job erases a client
 * whose time has passed (in bounded, resumable runs), leaves alone one whose
 * time has not come, one whose HB was resumed and one born on a permanent
 * day, and keeps the settlement statements accounting needs.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let db: DynamoDBClient;
let provider: ProviderSetup;
let expired: ClientSetup;
let expiredPersonalId: string;
let instrumentNumber: string;
let notYet: string;
let resumed: string;
let permanent: string;

const admin = "role=admin&sub=admin-1";
const today = testToday;
const month = previousMonth(today);
/** Noon in Helsinki on the same date `years` later (a 29 February becomes 1 March). */
const yearsOn = (years: number, days = 0) => new Date(`${addDays(`${Number(today.slice(0, 4)) + years}${today.slice(4)}`.replace(/-02-29$/, "-03-01"), days)}T12:00:00+02:00`);

const personalId = (birth: string, individual: number) => {
  const nine = `${birth}${String(individual).padStart(3, "0")}`;
  return `${birth}-${nine.slice(6)}${personalIdCheckCharacter(nine)}`;
};

async function newClient(code: string, firstName: string): Promise<string> {
  const created = await api.call("POST", "/v1/clients", { as: worker, body: { personalId: code, firstName, lastName: "Säilytys", municipality: "Oulu", language: "fi" } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.clientId;
}

async function setHb(clientId: string, status: "active" | "ended" | "declined") {
  const response = await api.call("POST", `/v1/clients/${clientId}/hb-status`, { as: worker, body: { status, reason: `HB ${status}` } });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

/** Every item of the test's table (a test may scan; HB never does). */
async function everyItem(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName: runtime.tableName, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

async function workerInbox(): Promise<{ items: { clientId: string; readAt?: string }[]; unreadCount: number }> {
  const items: { clientId: string; readAt?: string }[] = [];
  let cursor: string | undefined;
  let unreadCount = 0;
  do {
    const page = await api.call("GET", `/v1/notifications?limit=100${cursor ? `&cursor=${cursor}` : ""}`, { as: worker });
    items.push(...page.body.items);
    unreadCount = page.body.unreadCount;
    cursor = page.body.nextCursor;
  } while (cursor);
  return { items, unreadCount };
}

const statementOf = async () => (await api.call("GET", `/v1/settlements?providerId=${provider.providerId}&month=${month}`, { as: finance })).body.items[0];

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  db = new DynamoDBClient(clientConfig(runtime.dynamoEndpoint));
  provider = await approvedProvider(api, "staff-retention");

  // The client whose time will pass: a plan, a budget, a decision, events settled, paid and credited, notifications.
  expired = await servedClient(api, provider, 41, `${month}-01`, 60);
  expiredPersonalId = (await api.call("GET", `/v1/clients/${expired.clientId}`, { as: worker })).body.personalId;
  instrumentNumber = (await api.call("GET", `/v1/instruments/${expired.instrumentId}`, { as: worker })).body.number;
  await api.call("POST", `/v1/clients/${expired.clientId}/representatives`, {
    as: worker,
    body: { subject: "rep-retention", name: "Reija Edustaja", relationship: "äiti", permission: "act" },
  });
  await api.call("POST", `/v1/clients/${expired.clientId}/assessments`, {
    as: worker,
    body: { assessedOn: `${month}-01`, needs: [{ area: "päivätoiminta", description: "Tarvitsee päivätoimintaa", serviceCodes: ["PAIVATOIMINTA"] }] },
  });
  await api.call("POST", `/v1/clients/${expired.clientId}/follow-ups`, {
    as: worker,
    body: { date: `${month}-02`, method: "puhelu", findings: "Sujuu.", goalAttainment: [] },
  });
  runtime.clock.set(new Date(`${month}-15T12:00:00+02:00`));
  const events: string[] = [];
  try {
    // 5 × 10 days × 70,00 € = 3 500,00 € of 4 200,00 €: past 75 %, so the worker and the client are notified.
    for (let day = 1; day <= 5; day += 1) {
      const response = await api.call("POST", "/v1/service-events", {
        as: provider.providerToken,
        body: { instrumentId: expired.instrumentId, externalId: `retention-${day}`, date: `${month}-0${day}`, quantity: 10 },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      events.push(response.body.eventId);
    }
    for (const eventId of events.slice(0, 3)) expect((await api.call("POST", `/v1/service-events/${eventId}/approve`, { as: worker })).status).toBe(200);
  } finally {
    runtime.clock.reset();
  }
  await runtime.settle(60_000);
  const { run } = await runMonth(api, runtime, month);
  expect((await api.call("POST", `/v1/settlement-runs/${run.runId}/paid`, { as: finance })).status).toBe(200);
  await runtime.settle(60_000);
  expect(
    (await api.call("POST", `/v1/service-events/${events[0]}/credits`, { as: worker, body: { amountCents: 700, reasonCode: "OTHER", explanation: "Korjaus." } })).status,
  ).toBe(201);
  await setHb(expired.clientId, "active");
  await setHb(expired.clientId, "ended");

  // Ended five years from now: its ten years are not over when the first client's are.
  notYet = await newClient(personalId("150590", 51), "Odottava");
  runtime.clock.set(yearsOn(5));
  try {
    await setHb(notYet, "ended");
  } finally {
    runtime.clock.reset();
  }
  // Declined today, then resumed: not listed any more.
  resumed = await newClient(personalId("150590", 52), "Jatkava");
  await setHb(resumed, "declined");
  await setHb(resumed, "active");
  // As if the request that resumed HB had failed before removing the listing: the job must drop it, not erase.
  await db.send(
    new PutItemCommand({
      TableName: runtime.tableName,
      Item: marshall({ ...keys.RetentionListing.key({ clientId: resumed }), type: "RetentionListing", ...keys.RetentionListing.gsi3({ endedOn: today, clientId: resumed }), clientId: resumed, hbStatus: "declined", endedOn: today }),
    }),
  );
  // Born on the 18th: the area keeps such clients permanently (an archive sample).
  permanent = await newClient(personalId("180390", 53), "Pysyvä");
  await setHb(permanent, "ended");
  await runtime.settle(60_000);
}, 300_000);
afterAll(async () => {
  db?.destroy();
  await runtime?.stop();
});

describe("the retention job", () => {
  it("erases nothing while the ten years are not over", async () => {
    runtime.clock.set(yearsOn(10, -1));
    try {
      const response = await fetch(`${runtime.url}/dev/schedules/retention`, { method: "POST" });
      expect(await response.json()).toEqual({ erased: 0, keptPermanently: 0, deletedItems: 0, pending: false });
    } finally {
      runtime.clock.reset();
    }
    expect((await api.call("GET", `/v1/clients/${expired.clientId}`, { as: worker })).status).toBe(200);
  });

  it("erases the client whose time has passed, a bounded number of items per run, continuing where a run stopped", async () => {
    const statementBefore = await statementOf();
    const inboxBefore = await workerInbox();
    const unreadOfExpired = inboxBefore.items.filter((n) => n.clientId === expired.clientId && !n.readAt).length;
    expect(unreadOfExpired).toBeGreaterThan(0);

    const now = yearsOn(10);
    const settings = await getAreaSettings(businessDate(now));
    const first = await eraseExpiredClients(now, settings, 7);
    expect(first).toMatchObject({ erased: 0, deletedItems: 7, pending: true });
    // Stopped half-way: the client is still listed and its record still there, so the next run finds it.
    expect((await api.call("GET", `/v1/clients/${expired.clientId}`, { as: worker })).status).toBe(200);
    const runs = [first];
    while (runs.at(-1)!.pending) {
      expect(runs.length, "runs").toBeLessThan(30);
      runs.push(await eraseExpiredClients(now, settings, 7));
    }
    expect(runs.length).toBeGreaterThan(2);
    expect(runs.every((run) => run.deletedItems <= 7)).toBe(true);
    expect(runs.reduce((sum, run) => sum + run.erased, 0)).toBe(1);
    expect(runs.reduce((sum, run) => sum + run.keptPermanently, 0)).toBe(1);
    // Through the schedule, as EventBridge runs it: nothing is left to do.
    runtime.clock.set(now);
    try {
      const again = await fetch(`${runtime.url}/dev/schedules/retention`, { method: "POST" });
      expect(await again.json()).toEqual({ erased: 0, keptPermanently: 0, deletedItems: 0, pending: false });
    } finally {
      runtime.clock.reset();
    }
    await runtime.settle(60_000);

    for (const path of [
      `/v1/clients/${expired.clientId}`,
      `/v1/budgets/${expired.budgetId}`,
      `/v1/instruments/${expired.instrumentId}`,
      `/v1/service-events?instrumentId=${expired.instrumentId}`,
    ]) {
      expect((await api.call("GET", path, { as: worker })).status, path).toBe(404);
    }
    // No item of the table holds the client's id, name or code any more (the audit log, in its own table, keeps
    // its own period); the instrument number lives on only in the provider's statement (accounting), where it
    // never led to the client.
    const items = await everyItem();
    const holding = (needle: string) => items.filter((item) => JSON.stringify(item).includes(needle)).map((item) => String(item.pk).split("#")[0]);
    expect(holding(expired.clientId)).toEqual([]);
    expect(holding(expiredPersonalId)).toEqual([]);
    expect(holding("Tilda")).toEqual([]);
    expect(new Set(holding(instrumentNumber))).toEqual(new Set(["STATEMENT"]));
    expect(await statementOf()).toEqual(statementBefore);

    // The worker's inbox lost the client's notifications and their share of the unread count.
    const inboxAfter = await workerInbox();
    expect(inboxAfter.items.filter((n) => n.clientId === expired.clientId)).toEqual([]);
    expect(inboxAfter.unreadCount).toBe(inboxBefore.unreadCount - unreadOfExpired);

    // The erasure is in the client's audit log, by the system.
    const log = await api.call("GET", `/v1/audit?clientId=${expired.clientId}&limit=100`, { as: admin });
    expect(log.body.items).toContainEqual(expect.objectContaining({ kind: "write", action: "retention.erase", actor: { sub: "system:retention", roles: [] } }));

    // The same person can become a client again.
    expect((await api.call("POST", "/v1/clients", { as: worker, body: { personalId: expiredPersonalId, firstName: "Tilda", lastName: "Uusi", municipality: "Oulu", language: "fi" } })).status).toBe(201);
  }, 120_000);

  it("leaves alone the client whose ten years are not over, the resumed client (dropping a listing left behind) and the one born on a permanent day", async () => {
    for (const clientId of [notYet, resumed, permanent]) {
      expect((await api.call("GET", `/v1/clients/${clientId}`, { as: worker })).status, clientId).toBe(200);
    }
    const items = await everyItem();
    const listing = (clientId: string) => items.find((item) => item.pk === keys.RetentionListing.pk({ clientId }) && item.sk === keys.RetentionListing.sk({}));
    expect(listing(resumed)).toBeUndefined();
    expect(listing(notYet)).toMatchObject({ endedOn: businessDate(yearsOn(5)), gsi3pk: keys.RetentionListing.gsi3.pk({}) });
    expect(listing(permanent)).toMatchObject({ retainedPermanently: true });
    expect(listing(permanent)).not.toHaveProperty("gsi3pk");
  });
});
