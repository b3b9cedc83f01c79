import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@hb/core/budget/periods";
import { dueFollowUpSchema, followUpSchema } from "@hb/core/follow-ups/schemas";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime, testToday } from "../setup/runtime";
import { freshPersonalId, personToken } from "../support/fixtures";
import { approvedProvider, type ProviderSetup, worker } from "../support/settlement";

/** Follow-up (seuranta) through the local runtime: recording reviews, the worker's due list and how plans and HB status move it. */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let provider: ProviderSetup;
const today = testToday;

/** Every call of this file: refusals are 4xx, never a 500. */
async function call(method: string, path: string, options: Parameters<ReturnType<typeof apiClient>["call"]>[2] = {}) {
  const response = await api.call(method, path, options);
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
  return response;
}

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  provider = await approvedProvider(api, "staff-follow-ups");
});
afterAll(() => runtime?.stop());

let individual = 2;
/** The personal identity code of each client made here, by client id: the client signs in with it. */
const personalIds = new Map<string, string>();
async function newClient(lastName: string): Promise<string> {
  const nine = `040480${String(individual++).padStart(3, "0")}`;
  const personalId = `040480-${nine.slice(6)}${personalIdCheckCharacter(nine)}`;
  const { status, body } = await call("POST", "/v1/clients", {
    as: worker,
    body: { personalId, firstName: "Seija", lastName, municipality: "Tornio", language: "fi" },
  });
  expect(status).toBe(201);
  personalIds.set(body.clientId, personalId);
  return body.clientId as string;
}
/** The token of the client itself. */
const clientToken = (clientId: string, sub: string) => personToken(personalIds.get(clientId)!, sub);

/** Registers a fresh person as the client's representative; their token. */
async function representativeOf(clientId: string, sub: string, permission: "view" | "act" = "act"): Promise<string> {
  const personalId = freshPersonalId();
  const added = await call("POST", `/v1/clients/${clientId}/representatives`, {
    as: worker,
    body: { personalId, name: "Riitta Edustaja", relationship: "sisar", permission, basis: "client-authorisation" },
  });
  expect(added.status).toBe(201);
  return personToken(personalId, sub);
}

/** 20 days of day activities (1 400,00 €) over 365 days from `validFrom`. */
const planBody = (validFrom: string, intervalDays: number) => ({
  validFrom,
  validTo: addDays(validFrom, 364),
  services: [{ serviceCode: "PAIVATOIMINTA", content: "Päivätoiminta", quantity: 20, unit: "day", per: "validity", unitCostCents: 7000, costBasis: "reference-price" }],
  followUp: { intervalDays, method: "kotikäynti" },
});
async function newPlan(clientId: string, validFrom: string, intervalDays: number) {
  const plan = await call("POST", `/v1/clients/${clientId}/service-plans`, { as: worker, body: planBody(validFrom, intervalDays) });
  expect(plan.status).toBe(201);
  return plan.body as { planId: string; version: number };
}

/** The plan's budget and an accepted payment commitment for it. */
async function commitment(planId: string, decidedOn: string): Promise<string> {
  const budget = await call("POST", `/v1/service-plans/${planId}/budget`, { as: worker });
  const decision = await call("POST", `/v1/budgets/${budget.body.budgetId}/decisions`, {
    as: worker,
    body: { decidedOn, legalBasis: "vammaispalvelulaki", decisionMaker: { name: "S", title: "t" }, lines: [{ lineId: "L1", paymentMethod: "payment-commitment", providerId: provider.providerId }] },
  });
  const issued = await call("POST", `/v1/decisions/${decision.body.decisionId}/issue`, { as: worker });
  const instrumentId = issued.body.instruments[0].instrumentId as string;
  expect((await call("POST", `/v1/instruments/${instrumentId}/accept`, { as: provider.providerToken })).status).toBe(200);
  return instrumentId;
}

const followUpBody = (date: string, overrides: Record<string, unknown> = {}) => ({
  date,
  method: "kotikäynti",
  findings: "Päivätoimintaa on käytetty sovitusti. Kuljetukset toimivat.",
  goalAttainment: [
    { goal: "Käyn päivätoiminnassa neljästi viikossa", rating: "achieved" },
    { goal: "Asioin itse kaupassa", rating: "partly" },
  ],
  ...overrides,
});
const record = (clientId: string, body: unknown, as = worker) => call("POST", `/v1/clients/${clientId}/follow-ups`, { as, body });

type Due = { clientId: string; dueOn: string; daysOverdue: number; driftStatus: string | null; planVersion: number; lastFollowUpOn: string | null };
/** Every page of the due list on a day (today when omitted). */
async function dueList(on?: string, limit = 100): Promise<Due[]> {
  const items: Due[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const query = new URLSearchParams({ limit: String(limit), ...(on ? { on } : {}), ...(cursor ? { cursor } : {}) });
    const response = await call("GET", `/v1/follow-ups/due?${query}`, { as: worker });
    expect(response.status).toBe(200);
    for (const item of response.body.items) expect(dueFollowUpSchema.parse(item)).toEqual(item);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error("dueList: too many pages");
}
const entryOf = async (clientId: string, on?: string) => (await dueList(on)).find((item) => item.clientId === clientId);

describe("the due list", () => {
  it("lists a plan's first follow-up intervalDays after validFrom, with days overdue and the client's drift", async () => {
    // Over-use: three days (210,00 €) in, where 41 of 365 days expect 157,26 €.
    const overusing = await newClient("Ylikäyttö");
    const plan = await newPlan(overusing, addDays(today, -40), 30);
    const instrumentId = await commitment(plan.planId, addDays(today, -40));
    const event = await call("POST", "/v1/service-events", {
      as: provider.providerToken,
      body: { instrumentId, externalId: "fu-1", date: addDays(today, -1), quantity: 3 },
    });
    expect(event.status).toBe(201);
    // A budget without a decision: its line has gone unused for 41 days.
    const unused = await newClient("Käyttämätön");
    const unusedPlan = await newPlan(unused, addDays(today, -40), 30);
    expect((await call("POST", `/v1/service-plans/${unusedPlan.planId}/budget`, { as: worker })).status).toBe(201);
    // A plan alone: nothing to measure drift on.
    const planOnly = await newClient("Suunnitelma");
    const planOnlyPlan = await newPlan(planOnly, addDays(today, -35), 30);
    // Not due yet.
    const notYet = await newClient("Myöhemmin");
    await newPlan(notYet, addDays(today, -5), 30);

    const list = await dueList();
    expect(list.find((item) => item.clientId === overusing)).toEqual({
      clientId: overusing,
      firstName: "Seija",
      lastName: "Ylikäyttö",
      planId: plan.planId,
      planVersion: 1,
      followUp: { intervalDays: 30, method: "kotikäynti" },
      lastFollowUpOn: null,
      dueOn: addDays(today, -10),
      daysOverdue: 10,
      driftStatus: "overuse",
    });
    expect(list.find((item) => item.clientId === unused)).toMatchObject({ daysOverdue: 10, driftStatus: "gap" });
    expect(list.find((item) => item.clientId === planOnly)).toMatchObject({
      planId: planOnlyPlan.planId,
      dueOn: addDays(today, -5),
      daysOverdue: 5,
      driftStatus: null,
    });
    expect(list.map((item) => item.clientId)).not.toContain(notYet);
    // Most overdue first.
    const dues = list.map((item) => item.dueOn);
    expect(dues).toEqual([...dues].sort());

    // Looking ahead: due in 25 days, nothing overdue yet.
    expect(await entryOf(notYet, addDays(today, 25))).toMatchObject({ dueOn: addDays(today, 25), daysOverdue: 0 });
    expect(await entryOf(notYet, addDays(today, 24))).toBeUndefined();
  });

  it("follows the business clock when no day is given, and audits the clients it shows", async () => {
    const clientId = await newClient("Kello");
    await newPlan(clientId, addDays(today, -10), 30);
    expect(await entryOf(clientId)).toBeUndefined();
    runtime.clock.set(new Date(`${addDays(today, 22)}T12:00:00+02:00`));
    try {
      expect(await entryOf(clientId)).toMatchObject({ dueOn: addDays(today, 20), daysOverdue: 2 });
    } finally {
      runtime.clock.reset();
    }
    const audit = await call("GET", `/v1/audit?clientId=${clientId}&limit=100`, { as: "role=admin&sub=admin-1" });
    expect(audit.body.items).toContainEqual(expect.objectContaining({ kind: "read", action: "followUps.due", clientId }));
  });
});

describe("recording follow-ups", () => {
  it("records a review against the current plan; it leaves today's list and returns intervalDays later", async () => {
    const clientId = await newClient("Seurattava");
    const plan = await newPlan(clientId, addDays(today, -40), 30);
    expect(await entryOf(clientId)).toMatchObject({ daysOverdue: 10 });

    const recorded = await record(clientId, followUpBody(today));
    expect(recorded.status).toBe(201);
    expect(followUpSchema.parse(recorded.body)).toEqual(recorded.body);
    expect(recorded.body).toMatchObject({
      clientId,
      planId: plan.planId,
      planVersion: 1,
      date: today,
      method: "kotikäynti",
      goalAttainment: [
        { goal: "Käyn päivätoiminnassa neljästi viikossa", rating: "achieved" },
        { goal: "Asioin itse kaupassa", rating: "partly" },
      ],
      recordedBy: { sub: "worker-1", roles: ["worker"] },
    });

    expect(await entryOf(clientId)).toBeUndefined();
    expect(await entryOf(clientId, addDays(today, 29))).toBeUndefined();
    expect(await entryOf(clientId, addDays(today, 30))).toMatchObject({ dueOn: addDays(today, 30), daysOverdue: 0, lastFollowUpOn: today });

    // A backdated review does not move the latest one back.
    expect((await record(clientId, followUpBody(addDays(today, -20), { goalAttainment: [] }))).status).toBe(201);
    expect(await entryOf(clientId, addDays(today, 30))).toMatchObject({ dueOn: addDays(today, 30), lastFollowUpOn: today });

    // The client reads its own follow-ups, newest review first.
    const own = await call("GET", `/v1/clients/${clientId}/follow-ups`, { as: clientToken(clientId, "c") });
    expect(own.status).toBe(200);
    expect(own.body.items.map((item: { date: string }) => item.date)).toEqual([today, addDays(today, -20)]);
    expect(own.body.items[0]).toEqual(recorded.body);
  });

  it("recomputes the due date when a new plan version changes the agreement or starts later", async () => {
    const clientId = await newClient("Uusiversio");
    await newPlan(clientId, addDays(today, -40), 30);
    expect((await record(clientId, followUpBody(addDays(today, -2)))).status).toBe(201);
    expect(await entryOf(clientId, addDays(today, 28))).toMatchObject({ dueOn: addDays(today, 28), planVersion: 1 });

    const second = await newPlan(clientId, addDays(today, -40), 60);
    expect(second.version).toBe(2);
    expect(await entryOf(clientId, addDays(today, 28))).toBeUndefined();
    expect(await entryOf(clientId, addDays(today, 58))).toMatchObject({
      planId: second.planId,
      planVersion: 2,
      followUp: { intervalDays: 60, method: "kotikäynti" },
      lastFollowUpOn: addDays(today, -2),
      dueOn: addDays(today, 58),
    });

    // A version that starts later restarts the cycle from its validFrom.
    await newPlan(clientId, addDays(today, 100), 30);
    expect(await entryOf(clientId, addDays(today, 129))).toBeUndefined();
    expect(await entryOf(clientId, addDays(today, 130))).toMatchObject({ planVersion: 3, dueOn: addDays(today, 130) });

    // The next follow-up is recorded against version 3.
    const third = await record(clientId, followUpBody(today));
    expect(third.body).toMatchObject({ planVersion: 3 });
  });

  it("keeps the latest date when follow-ups and a new plan version race", async () => {
    const clientId = await newClient("Kilpa");
    await newPlan(clientId, addDays(today, -40), 30);
    const plansOf = `/v1/clients/${clientId}/service-plans`;
    const responses = await Promise.all([
      ...[-4, -1, -3].map((days) => record(clientId, followUpBody(addDays(today, days)))),
      call("POST", plansOf, { as: worker, body: planBody(addDays(today, -40), 45) }),
    ]);
    for (const response of responses) {
      expect([201, 409]).toContain(response.status);
      if (response.status === 409) expect(response.body.code).toBe("CONCURRENT_CHANGE");
    }
    const current = (await call("GET", plansOf, { as: worker })).body.items[0] as { version: number; followUp: { intervalDays: number } };
    const recorded = (await call("GET", `/v1/clients/${clientId}/follow-ups`, { as: worker })).body.items as { date: string }[];
    expect(recorded.length).toBeGreaterThan(0);
    const latest = recorded.map((item) => item.date).sort().at(-1)!;
    const dueOn = addDays(latest, current.followUp.intervalDays);
    expect(await entryOf(clientId, dueOn)).toMatchObject({ planVersion: current.version, lastFollowUpOn: latest, dueOn });
  });

  it("takes a client whose HB ended off the list and refuses its follow-ups; active again, it returns", async () => {
    const clientId = await newClient("Päättynyt");
    await newPlan(clientId, addDays(today, -40), 30);
    expect(await entryOf(clientId)).toMatchObject({ clientId });

    const ended = await call("POST", `/v1/clients/${clientId}/hb-status`, { as: worker, body: { status: "ended", reason: "Muutti toiselle alueelle" } });
    expect(ended.status).toBe(200);
    expect(await entryOf(clientId)).toBeUndefined();
    const refused = await record(clientId, followUpBody(today));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("HB_DECLINED");

    expect((await call("POST", `/v1/clients/${clientId}/hb-status`, { as: worker, body: { status: "active", reason: "Palasi" } })).status).toBe(200);
    expect(await entryOf(clientId)).toMatchObject({ dueOn: addDays(today, -10), daysOverdue: 10 });
  });
});

describe("refusals", () => {
  let clientId: string;
  beforeAll(async () => {
    clientId = await newClient("Kieltoja");
    await newPlan(clientId, addDays(today, -40), 30);
  });

  it("refuses a date in the future of the business clock", async () => {
    const tomorrow = await call("POST", `/v1/clients/${clientId}/follow-ups`, {
      as: worker,
      body: followUpBody(addDays(today, 1)),
      headers: { "accept-language": "en" },
    });
    expect(tomorrow.status).toBe(422);
    expect(tomorrow.body.errors).toEqual([{ path: "/body/date", code: "DATE_IN_FUTURE", message: "The date cannot be in the future." }]);

    runtime.clock.set(new Date(`${addDays(today, -20)}T12:00:00+02:00`));
    try {
      expect((await record(clientId, followUpBody(addDays(today, -10)))).status).toBe(422);
      expect((await record(clientId, followUpBody(addDays(today, -20)))).status).toBe(201);
    } finally {
      runtime.clock.reset();
    }
  });

  it("refuses a client without a current plan with 409 NO_CURRENT_PLAN", async () => {
    const planless = await newClient("Suunnitelmaton");
    for (const language of ["fi", "sv", "en"]) {
      const response = await call("POST", `/v1/clients/${planless}/follow-ups`, { as: worker, body: followUpBody(today), headers: { "accept-language": language } });
      expect(response.status).toBe(409);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.body).toMatchObject({ code: "NO_CURRENT_PLAN", type: "urn:hb:problem:no-current-plan" });
    }
    expect((await call("POST", `/v1/clients/${planless}/follow-ups`, { as: worker, body: followUpBody(today), headers: { "accept-language": "en" } })).body.title).toBe(
      "The client has no current service plan",
    );
    expect((await call("GET", `/v1/clients/${planless}/follow-ups`, { as: worker })).body).toEqual({ items: [] });
  });

  it("refuses bad bodies with 422 naming the fields", async () => {
    const cases: [unknown, string[]][] = [
      [followUpBody(today, { goalAttainment: [{ goal: "Asioin itse", rating: "maybe" }] }), ["/body/goalAttainment/0/rating"]],
      [followUpBody(today, { goalAttainment: Array.from({ length: 21 }, (_, i) => ({ goal: `Tavoite ${i}`, rating: "achieved" })) }), ["/body/goalAttainment"]],
      [followUpBody(today, { findings: "x".repeat(4001) }), ["/body/findings"]],
      [followUpBody(today, { method: "  " }), ["/body/method"]],
      [followUpBody("2026-02-30"), ["/body/date"]],
      [{ date: today, findings: "Hyvin menee" }, ["/body/method", "/body/goalAttainment"]],
    ];
    for (const [body, paths] of cases) {
      const response = await record(clientId, body);
      expect(response.status, JSON.stringify(body).slice(0, 200)).toBe(422);
      expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(paths.sort());
    }
    expect((await record(clientId, followUpBody(today, { findings: "x".repeat(4000) }))).status).toBe(201);
  });

  it("lets only workers record and read the due list; the client and its representatives read their own follow-ups", async () => {
    const body = followUpBody(today);
    const client = clientToken(clientId, "c");
    for (const as of [client, provider.providerToken, "role=admin&sub=a"]) {
      expect((await record(clientId, body, as)).status).toBe(403);
    }
    for (const as of [client, await representativeOf(clientId, "r"), "role=finance&sub=f"]) {
      const response = await call("GET", "/v1/follow-ups/due", { as });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe("FORBIDDEN");
    }
    // Another client, and a person who is no one's client, representative or provider staff.
    const other = await newClient("Toinen");
    expect((await call("GET", `/v1/clients/${clientId}/follow-ups`, { as: clientToken(other, "other") })).status).toBe(403);
    expect((await call("GET", `/v1/clients/${clientId}/follow-ups`, { as: personToken(freshPersonalId(), "p") })).status).toBe(403);
  });
});

describe("pagination", () => {
  it("pages a client's follow-ups newest first", async () => {
    const clientId = await newClient("Sivutus");
    await newPlan(clientId, addDays(today, -60), 30);
    for (const days of [-30, -10, -20]) expect((await record(clientId, followUpBody(addDays(today, days)))).status).toBe(201);
    const first = await call("GET", `/v1/clients/${clientId}/follow-ups?limit=2`, { as: worker });
    expect(first.body.items.map((item: { date: string }) => item.date)).toEqual([addDays(today, -10), addDays(today, -20)]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call("GET", `/v1/clients/${clientId}/follow-ups?limit=2&cursor=${first.body.nextCursor}`, { as: worker });
    expect(second.body.items.map((item: { date: string }) => item.date)).toEqual([addDays(today, -30)]);
    expect(second.body.nextCursor).toBeUndefined();
  });

  it("pages the due list, one client at a time, the same as one page", async () => {
    const on = addDays(today, 200);
    const whole = await dueList(on);
    expect(whole.length).toBeGreaterThan(3);
    expect(await dueList(on, 1)).toEqual(whole);
    const paged = await dueList(on, 3);
    expect(paged.map((item) => item.clientId)).toEqual(whole.map((item) => item.clientId));
  });

  it("refuses a cursor of another list or beyond the day asked for", async () => {
    const clientId = await newClient("Kursori");
    await newPlan(clientId, addDays(today, -60), 30);
    for (const days of [-3, -2]) await record(clientId, followUpBody(addDays(today, days)));
    const ownCursor = (await call("GET", `/v1/clients/${clientId}/follow-ups?limit=1`, { as: worker })).body.nextCursor as string;
    expect((await call("GET", `/v1/follow-ups/due?cursor=${ownCursor}`, { as: worker })).body.code).toBe("INVALID_CURSOR");

    const ahead = await call("GET", `/v1/follow-ups/due?limit=1&on=${addDays(today, 200)}`, { as: worker });
    const late = ahead.body.nextCursor as string;
    expect(late).toEqual(expect.any(String));
    const before = await call("GET", `/v1/follow-ups/due?limit=1&on=${addDays(today, -1000)}&cursor=${late}`, { as: worker });
    expect(before.status).toBe(400);
    expect(before.body.code).toBe("INVALID_CURSOR");
    expect((await call("GET", "/v1/follow-ups/due?cursor=bm90LWEtY3Vyc29y", { as: worker })).status).toBe(400);
  });
});
