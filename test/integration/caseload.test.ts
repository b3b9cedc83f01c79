import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { addDays } from "@hb/core/budget/periods";
import { backfillCaseload } from "@hb/core/clients/caseload-backfill";
import { dynamo, tableName } from "@hb/core/db";
import { keys } from "@hb/core/keys";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime, testToday } from "../setup/runtime";
import { freshPersonalId, personToken } from "../support/fixtures";
import { approvedProvider, type ClientSetup, type ProviderSetup, servedClient, worker } from "../support/settlement";
import { expectStatus } from "../support/vouchers";

/**
 * Issue 14, item 5: the worker's caseload. worker-1 registers Tilda (a commitment of 20 days of
 * day activities from ten days ago, over-used by one day) and Uolevi; worker-2 registers Veera.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let tilda: ClientSetup;
let uolevi: string;
let veera: string;
let provider: ProviderSetup;
const otherWorker = "role=worker&sub=worker-2";
const admin = "role=admin&sub=admin-1";
const today = testToday;

async function register(as: string, firstName: string): Promise<string> {
  const client = await api.call("POST", "/v1/clients", { as, body: { personalId: freshPersonalId(), firstName, lastName: "Asiakas", municipality: "Oulu", language: "fi" } });
  expectStatus(client, 201, "client");
  return client.body.clientId as string;
}

const caseload = async (as: string, assignedTo = "me", more = "") => {
  const response = await api.call("GET", `/v1/clients?assignedTo=${encodeURIComponent(assignedTo)}${more}`, { as });
  expectStatus(response, 200, `caseload of ${assignedTo}`);
  return response.body as { items: { clientId: string }[] & Record<string, unknown>[]; nextCursor?: string };
};
const idsOf = (page: { items: { clientId: string }[] }) => page.items.map((item) => item.clientId);

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  provider = await approvedProvider(api, "staff-caseload");
  tilda = await servedClient(api, provider, 41, addDays(today, -10), 20);
  // Eleven days in, 42,19 € was expected: one day (70,00 €) is over-use.
  const event = await api.call("POST", "/v1/service-events", { as: provider.providerToken, body: { instrumentId: tilda.instrumentId, externalId: "cl-1", date: addDays(today, -3), quantity: 1 } });
  expectStatus(event, 201, "delivery");
  uolevi = await register(worker, "Uolevi");
  veera = await register(otherWorker, "Veera");
  await runtime.settle();
});
afterAll(() => runtime?.stop());

describe("the worker's caseload", () => {
  it("lists exactly the worker's own clients, with HB status, drift per budget, next follow-up and unread notifications", async () => {
    const mine = await caseload(worker);
    expect(idsOf(mine)).toEqual([tilda.clientId, uolevi]);
    expect(mine.items[0]).toEqual({
      clientId: tilda.clientId,
      firstName: "Tilda",
      lastName: "Testi",
      hbStatus: "not-started",
      assignedWorker: "worker-1",
      budgets: [{ budgetId: tilda.budgetId, driftStatus: "overuse" }],
      // The plan's follow-up every 90 days from its first day.
      nextFollowUpOn: addDays(today, 80),
      unreadNotifications: 1,
    });
    expect(mine.items[1]).toMatchObject({ clientId: uolevi, budgets: [], nextFollowUpOn: null, unreadNotifications: 0 });
    expect(idsOf(await caseload(otherWorker))).toEqual([veera]);

    // Read, the notification no longer counts.
    const inbox = await api.call("GET", "/v1/notifications", { as: worker });
    const overuse = inbox.body.items.find((item: { clientId?: string }) => item.clientId === tilda.clientId);
    expectStatus(await api.call("POST", `/v1/notifications/${overuse.notificationId}/read`, { as: worker }), 200, "read");
    expect((await caseload(worker)).items[0]).toMatchObject({ unreadNotifications: 0 });
  });

  it("pages with a cursor of its own list", async () => {
    const first = await caseload(worker, "me", "&limit=1");
    expect(idsOf(first)).toEqual([tilda.clientId]);
    expect(idsOf(await caseload(worker, "me", `&limit=1&cursor=${first.nextCursor}`))).toEqual([uolevi]);
    const foreign = await api.call("GET", `/v1/clients?assignedTo=me&cursor=${first.nextCursor}`, { as: otherWorker });
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe("INVALID_CURSOR");
  });

  it("moves a reassigned client from one worker's list to the other's", async () => {
    const moved = await api.call("PATCH", `/v1/clients/${uolevi}`, { as: worker, body: { assignedWorker: "worker-2" } });
    expectStatus(moved, 200, "reassign");
    expect(moved.body.assignedWorker).toBe("worker-2");
    expect(idsOf(await caseload(worker))).toEqual([tilda.clientId]);
    expect(idsOf(await caseload(otherWorker)).sort()).toEqual([uolevi, veera].sort());
  });

  it("sends a client's drift to the worker whose caseload holds it, not to the decision's drafter", async () => {
    const third = "role=worker&sub=worker-3";
    expectStatus(await api.call("PATCH", `/v1/clients/${tilda.clientId}`, { as: worker, body: { assignedWorker: "worker-3" } }), 200, "reassign");
    // 15 of 20 days used: the 75 % threshold.
    const more = await api.call("POST", "/v1/service-events", {
      as: provider.providerToken,
      body: { instrumentId: tilda.instrumentId, externalId: "cl-2", date: addDays(today, -2), quantity: 14 },
    });
    expectStatus(more, 201, "delivery");
    await runtime.settle();
    const thresholdsOf = async (as: string) =>
      ((await api.call("GET", "/v1/notifications?limit=100", { as })).body.items as { kind: string; clientId?: string; threshold?: number }[]).filter(
        (item) => item.clientId === tilda.clientId && item.kind === "threshold",
      );
    expect(await thresholdsOf(third)).toEqual([expect.objectContaining({ threshold: 0.75 })]);
    expect(await thresholdsOf(worker)).toEqual([]);
    expectStatus(await api.call("PATCH", `/v1/clients/${tilda.clientId}`, { as: third, body: { assignedWorker: "worker-1" } }), 200, "back");
  });

  it("shows an admin any worker's caseload; a worker only their own; providers and clients nothing", async () => {
    expect(idsOf(await caseload(admin, "worker-1"))).toEqual([tilda.clientId]);
    expect((await api.call("GET", "/v1/clients?assignedTo=worker-1", { as: otherWorker })).status).toBe(403);
    expect((await api.call("GET", `/v1/clients?personalId=${tilda.personalId}`, { as: admin })).status).toBe(403);
    expect((await api.call("GET", "/v1/clients?assignedTo=me", { as: personToken(tilda.personalId, "client-tilda") })).status).toBe(403);
    const refused = await api.call("GET", "/v1/clients?assignedTo=me", { as: personToken(freshPersonalId(), "stranger") });
    expect(refused.status).toBe(403);
  });

  it("takes one filter: both or none is 422, and the search by code works as before", async () => {
    for (const query of [`?assignedTo=me&personalId=${tilda.personalId}`, ""]) {
      const response = await api.call("GET", `/v1/clients${query}`, { as: worker });
      expect(response.status).toBe(422);
      expect(response.body.errors[0].code).toBe("ONE_CLIENT_FILTER");
    }
    const found = await api.call("GET", `/v1/clients?personalId=${tilda.personalId}`, { as: worker });
    expectStatus(found, 200, "search");
    expect(found.body.items.map((client: { clientId: string }) => client.clientId)).toEqual([tilda.clientId]);
  });

  it("backfills clients registered before caseloads to the worker of their newest decision", async () => {
    // As a client of an earlier release: no assigned worker, no index keys.
    await dynamo().send(
      new UpdateItemCommand({ TableName: tableName(), Key: marshall(keys.Client.key(tilda)), UpdateExpression: "REMOVE assignedWorker, gsi1pk, gsi1sk" }),
    );
    expect(idsOf(await caseload(worker))).toEqual([]);
    expect(await backfillCaseload()).toEqual({ assigned: 1, unassigned: 0 });
    expect(idsOf(await caseload(worker))).toEqual([tilda.clientId]);
    expect(await backfillCaseload()).toEqual({ assigned: 0, unassigned: 0 });
  });
});
