import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@hb/core/actor";
import { problemStatus, type ProblemCode } from "@hb/core/errors";
import type { RouteDefinition } from "@hb/api/route";
import { routes } from "@hb/api/routes";
import type { LocalRuntime } from "@hb/local/runtime";
import {
  type Api,
  type Fixtures,
  type Response,
  clientAName,
  concreteRequest,
  fixtureProviderToken,
  otherProviderToken,
  people,
  personToken,
  prepare,
  problemKeys,
  representativeSubjects,
  startWithFixtures,
  urlOf,
  validBodies,
  workerToken,
} from "../support/fixtures";

/**
 * The authorization matrix, generated from the route table: every route ×
 * every kind of caller, with the outcome SPEC §1 and the middleware's rules
 * (role gate → 403, subject rule → clients/access.ts) prescribe. A new route
 * is covered as soon as it is in `routes`.
 */

let runtime: LocalRuntime;
let api: Api;
let fx: Fixtures;

beforeAll(async () => ({ runtime, api, fx } = await startWithFixtures()));
afterAll(() => runtime?.stop());

interface Caller {
  readonly name: string;
  /** The roles HB's records give the caller (a person is always also an `applicant`); none without a token. */
  readonly roles: readonly Role[];
  /** The /dev/token query, from the fixtures. */
  readonly token?: (fx: Fixtures) => string;
  /** What clients/access.ts lets this caller do with client A (the subject of every param/owner route here). */
  readonly reach: { readonly view: boolean; readonly act: boolean };
  /**
   * Staff of the fixtures' provider: named on the fixtures' instrument (so `namedProvider` owner rules let it
   * through), the applicant of the fixtures' application and the owner of `fx.providerId`'s price list and members.
   */
  readonly fixtureProvider?: true;
}

const none = { view: false, act: false };
const full = { view: true, act: true };

/**
 * Every kind of caller, as the area's identity providers would send them:
 * staff by their groups, people by their personal identity code only, and
 * the wrong subjects of each kind — another client, another provider's staff,
 * a person who is no provider's staff (a provider token without providerId,
 * as it was), a `view` against an `act` representative.
 */
const callers: readonly Caller[] = [
  { name: "worker", roles: ["worker"], token: () => workerToken, reach: full },
  { name: "admin", roles: ["admin"], token: () => "role=admin&sub=admin-1", reach: none },
  { name: "finance", roles: ["finance"], token: () => "role=finance&sub=finance-1", reach: none },
  { name: "provider-other", roles: ["provider", "applicant"], token: () => otherProviderToken, reach: none },
  { name: "provider-of-fixtures", roles: ["provider", "applicant"], token: () => fixtureProviderToken(), reach: none, fixtureProvider: true },
  { name: "person-no-records", roles: ["applicant"], token: () => personToken(people.stranger, "stranger"), reach: none },
  { name: "client-of-A", roles: ["client", "applicant"], token: (f) => f.clientAToken, reach: full },
  { name: "client-of-B", roles: ["client", "applicant"], token: (f) => f.clientBToken, reach: none },
  { name: "rep-act", roles: ["representative", "applicant"], token: () => personToken(people.repAct, representativeSubjects.act), reach: full },
  {
    name: "rep-view",
    roles: ["representative", "applicant"],
    token: () => personToken(people.repView, representativeSubjects.view),
    reach: { view: true, act: false },
  },
  { name: "no-token", roles: [], reach: none },
];

type Expected = { readonly allowed: true } | { readonly allowed: false; readonly status: 401 | 403 | 404; readonly code: ProblemCode };

const allowed: Expected = { allowed: true };
const forbidden: Expected = { allowed: false, status: 403, code: "FORBIDDEN" };
const unauthenticated: Expected = { allowed: false, status: 401, code: "UNAUTHENTICATED" };

/**
 * What the route table cannot say: routes without client data whose handler
 * lets staff of a provider (or an applicant) through only for its own
 * provider or application; area staff (admin, worker, finance) where the
 * route's roles have them pass.
 */
const ownProviderOnly = new Set([
  "providers.putPrices",
  "providerApplications.get",
  "providerApplications.reply",
  "settlements.list",
  "providerMembers.list",
  "providerMembers.invite",
  "providerMembers.remove",
  "bankAccountChanges.create",
  "bankAccountChanges.list",
  "providers.ownShare",
  "providers.instruments",
  "providerWebhooks.put",
  "providerWebhooks.get",
  "providerWebhooks.rotateSecret",
  "providerWebhooks.deliveries",
  "providerWebhooks.delete",
]);
const areaStaff: readonly Role[] = ["admin", "worker", "finance"];

/**
 * Lists filtered by an instrument (a `response` subject): the handler lets
 * workers and providers through (a provider sees only its own events) and
 * checks the client relationship of everyone else.
 */
const listsByInstrument = new Set(["events.list"]);

/**
 * A client's inbox, shared with its representatives: a client reads its own,
 * a representative only one of a client it represents.
 */
const clientInboxes = new Set(["notifications.list"]);

/** Found only by a provider it is addressed to: to any other provider the number is unknown (404). */
const addressedProviderOnly = new Set(["instruments.findByNumber"]);

/** Found by personal identity code only by workers: an admin passes the role gate for caseloads (`assignedTo`), not for this. */
const workersByCode = new Set(["clients.find"]);

/** Routes on an entity the fixtures do not hold (no budget of theirs has drifted): past the role gate, 404; notifications.test.ts reads real ones. */
const absentInFixtures = new Set(["notifications.read"]);

/**
 * A batch (an `each` subject) passes the role gate as a whole and answers 200; each item meets the rule on its
 * own, so an item for client A is refused (403) to a caller the rule would refuse a single request.
 */
function expectedItemOutcome(route: RouteDefinition, caller: Caller): Expected | undefined {
  const rule = route.subject;
  if (rule.from !== "each") return undefined;
  if (rule.rule.namedProvider && caller.fixtureProvider) return allowed;
  return caller.reach[rule.rule.access] ? allowed : forbidden;
}

/** The outcome the rules prescribe for this caller on this route. */
function expectedOutcome(route: RouteDefinition, caller: Caller): Expected {
  if (route.roles === "public") return allowed;
  if (!caller.token) return unauthenticated;
  const passing = route.roles.filter((role) => caller.roles.includes(role));
  if (passing.length === 0) return forbidden;
  const rule = route.subject;
  // The provider named on the entity passes a `namedProvider` rule: the fixtures' instruments and events name the fixtures' provider.
  if (rule.from === "owner" && rule.namedProvider && caller.fixtureProvider) return allowed;
  if (rule.from === "param" || rule.from === "owner") return caller.reach[rule.access] ? allowed : forbidden;
  if (ownProviderOnly.has(route.id) && !caller.fixtureProvider && !passing.some((role) => areaStaff.includes(role))) return forbidden;
  if (listsByInstrument.has(route.id) && !passing.includes("worker") && !passing.includes("provider")) return caller.reach.view ? allowed : forbidden;
  if (clientInboxes.has(route.id) && passing.includes("representative") && !passing.includes("client")) return caller.reach.view ? allowed : forbidden;
  if (addressedProviderOnly.has(route.id) && !caller.fixtureProvider) return { allowed: false, status: 404, code: "NOT_FOUND" };
  if (workersByCode.has(route.id) && !passing.includes("worker")) return forbidden;
  if (absentInFixtures.has(route.id)) return { allowed: false, status: 404, code: "NOT_FOUND" };
  // `response` and `none`: only the role gate.
  return allowed;
}

/**
 * Besides 2xx, an allowed call may meet the state the fixtures are in: a
 * decision already issued or revoked, a plan superseded by another test's
 * new version. Those are the route's own documented 409 problems, nothing else.
 */
const stateConflicts = (route: RouteDefinition): ProblemCode[] => route.problems.filter((code) => problemStatus[code] === 409);

const describeResponse = (response: Response) =>
  `${response.status} ${response.headers.get("content-type") ?? "-"} ${JSON.stringify(response.body)?.slice(0, 600)}`;

async function callAs(route: RouteDefinition, caller: Caller): Promise<Response> {
  await prepare[route.id]?.(api, fx);
  const request = concreteRequest(route, fx);
  return api.call(request.method, urlOf(route, request.params, request.query), {
    ...(caller.token ? { as: caller.token(fx) } : {}),
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
}

function assertRefusal(response: Response, status: number, code: ProblemCode): void {
  const detail = describeResponse(response);
  expect(response.status, detail).toBe(status);
  expect(response.headers.get("content-type"), detail).toMatch(/^application\/problem\+json\b/);
  expect(response.body?.code, detail).toBe(code);
  expect(response.body?.status, detail).toBe(status);
  // A refusal carries the problem and nothing of the data it guards.
  for (const key of Object.keys(response.body ?? {})) expect(problemKeys, `unexpected key "${key}" in ${detail}`).toContain(key);
}

describe("the route table and the matrix's inputs", () => {
  it("has a valid body for every route with a body schema (add new routes to validBodies)", () => {
    const missing = routes.filter((route) => route.body && !validBodies[route.id]).map((route) => route.id);
    expect(missing).toEqual([]);
  });

  it("has valid bodies that the routes' own schemas accept", () => {
    for (const route of routes) {
      if (!route.body || !validBodies[route.id]) continue;
      const result = route.body.safeParse(validBodies[route.id]!());
      expect(result.success, `${route.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it("lets a provider that held an instrument before a switch through only where it reads it or records its own days (provider-switch.test.ts calls them)", () => {
    const former = routes
      .filter((route) => (route.subject.from === "owner" && route.subject.formerProviders) || (route.subject.from === "each" && route.subject.rule.formerProviders))
      .map((route) => route.id);
    // The batch records each row by events.record's own rule.
    expect(former.sort()).toEqual(["events.record", "events.recordBatch", "instruments.get"]);
    // Its own events it corrects and deletes as their recorder: the event names it.
    for (const id of ["events.edit", "events.delete"]) {
      expect(routes.find((route) => route.id === id)?.subject).toMatchObject({ entity: "EVENT", namedProvider: true });
    }
  });

  it("has unique route ids and method + path pairs", () => {
    expect(new Set(routes.map((route) => route.id)).size).toBe(routes.length);
    expect(new Set(routes.map((route) => `${route.method} ${route.path}`)).size).toBe(routes.length);
  });
});

describe("refusals do not leak client A's data, and only reads that happened are audited", () => {
  const leaks = (response: Response, f: Fixtures) => {
    const text = JSON.stringify(response.body ?? "");
    return [clientAName.firstName, clientAName.lastName, f.personalIdA].filter((secret) => text.includes(secret));
  };

  it("client-of-B reading GET /v1/clients/{A} gets 403 and no data of A", async () => {
    const response = await api.call("GET", `/v1/clients/${fx.clientA}`, { as: fx.clientBToken });
    assertRefusal(response, 403, "FORBIDDEN");
    expect(response.body).not.toHaveProperty("firstName");
    expect(leaks(response, fx)).toEqual([]);
  });

  it("a person HB knows nothing of reading GET /v1/clients/{A} gets 403 and no data of A", async () => {
    const response = await api.call("GET", `/v1/clients/${fx.clientA}`, { as: personToken(people.stranger, "stranger") });
    assertRefusal(response, 403, "FORBIDDEN");
    expect(response.body).not.toHaveProperty("firstName");
    expect(leaks(response, fx)).toEqual([]);
  });

  it("GET /v1/me/budgets shows A to A and to named representatives only", async () => {
    const clientsIn = async (token: string) => {
      const response = await api.call("GET", "/v1/me/budgets", { as: token });
      expect(response.status, describeResponse(response)).toBe(200);
      return (response.body.items as { clientId: string }[]).map((item) => item.clientId);
    };
    expect(await clientsIn(fx.clientAToken)).toEqual([fx.clientA]);
    expect(await clientsIn(personToken(people.repView, representativeSubjects.view))).toEqual([fx.clientA]);
    expect(await clientsIn(fx.clientBToken)).toEqual([fx.clientB]);
  });

  it("the audit log of A has the permitted read and no read by client-of-B", async () => {
    expect((await api.call("GET", `/v1/clients/${fx.clientA}`, { as: fx.clientAToken })).status).toBe(200);
    expect((await api.call("GET", `/v1/clients/${fx.clientA}`, { as: fx.clientBToken })).status).toBe(403);

    const entries: { clientId: string; kind: string; action: string; actor: { sub: string } }[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 50; page += 1) {
      const query = new URLSearchParams({ clientId: fx.clientA, limit: "100", ...(cursor ? { cursor } : {}) });
      const response = await api.call("GET", `/v1/audit?${query}`, { as: "role=admin&sub=admin-1" });
      expect(response.status, describeResponse(response)).toBe(200);
      entries.push(...response.body.items);
      cursor = response.body.nextCursor;
      if (!cursor) break;
    }
    expect(entries.every((entry) => entry.clientId === fx.clientA)).toBe(true);
    expect(entries).toContainEqual(expect.objectContaining({ kind: "read", action: "clients.get", actor: expect.objectContaining({ sub: "client-a" }) }));
    expect(entries.filter((entry) => entry.actor.sub === "client-b" && entry.kind === "read")).toEqual([]);
    // The refused attempt is in the log too, as a refusal.
    expect(entries).toContainEqual(expect.objectContaining({ kind: "refused", action: "clients.get", actor: { sub: "client-b", roles: ["client", "applicant"] } }));
  });
});

describe("authorization matrix (route × caller, from the route table)", () => {
  for (const route of routes) {
    describe(`${route.id} (${route.method} ${route.path}; roles ${route.roles === "public" ? "public" : route.roles.join(",")}; subject ${route.subject.from}${"access" in route.subject ? `/${route.subject.access}` : ""})`, () => {
      for (const caller of callers) {
        const expected = expectedOutcome(route, caller);
        const label = expected.allowed ? "allowed" : `${expected.status}`;
        it(`${route.id} as ${caller.name} → ${label}`, async () => {
          const response = await callAs(route, caller);
          if (!expected.allowed) {
            assertRefusal(response, expected.status, expected.code);
            return;
          }
          const detail = describeResponse(response);
          expect(response.status, `not refused: ${detail}`).not.toBe(401);
          expect(response.status, `not refused: ${detail}`).not.toBe(403);
          expect(response.status, `no server error: ${detail}`).toBeLessThan(500);
          const ok = response.status >= 200 && response.status < 300;
          const conflict = response.status === 409 && stateConflicts(route).includes(response.body?.code);
          expect(ok || conflict, `2xx, or one of ${route.id}'s documented state conflicts (${stateConflicts(route).join(", ") || "none"}): ${detail}`).toBe(true);
          if (conflict) expect(response.headers.get("content-type"), detail).toMatch(/^application\/problem\+json\b/);
          const item = expectedItemOutcome(route, caller);
          if (item && response.status === 200) {
            for (const row of response.body.rows as { status: number; problem?: { code: string } }[]) {
              // Allowed: recorded, or a state the fixtures' instrument is in (a conflict), never refused.
              if (item.allowed) expect([200, 201, 409], detail).toContain(row.status);
              else expect({ status: row.status, code: row.problem?.code }, detail).toEqual({ status: item.status, code: item.code });
            }
          }
          // Data minimisation: staff of a provider learn instruments and events by number, not whose records they are.
          if (route.roles !== "public" && caller.roles.every((role) => role === "provider" || role === "applicant")) {
            expect(JSON.stringify(response.body ?? null), detail).not.toMatch(/"(clientId|budgetId|decisionId)":/);
          }
        });
      }
    });
  }
});

describe("statistics: breakdowns are for admin and finance (issue 22)", () => {
  it("a worker reads the area's totals, and is refused any breakdown", async () => {
    const range = `from=${fx.settledMonth}&to=${fx.settledMonth}`;
    expect((await api.call("GET", `/v1/statistics?${range}`, { as: workerToken })).status).toBe(200);
    for (const by of ["municipality", "ageGroup", "serviceCode"]) {
      const refused = await api.call("GET", `/v1/statistics?${range}&by=${by}`, { as: workerToken });
      expect(refused.status, describeResponse(refused)).toBe(403);
      for (const staff of ["role=admin&sub=admin-1", "role=finance&sub=finance-1"]) {
        expect((await api.call("GET", `/v1/statistics?${range}&by=${by}`, { as: staff })).status).toBe(200);
      }
    }
  });
});

describe("refused writes left no trace", () => {
  // Runs after the matrix, which sent every caller at every write route of A.
  const refusedSubs = new Set(["client-b", representativeSubjects.view, "stranger", "provider-other-staff"]);

  it("no support plan of A was written by a caller the matrix refused", async () => {
    const response = await api.call("GET", `/v1/clients/${fx.clientA}/support-plans?limit=100`, { as: workerToken });
    expect(response.status, describeResponse(response)).toBe(200);
    const writers = (response.body.items as { writtenBy: { sub: string } }[]).map((plan) => plan.writtenBy.sub);
    expect(writers).toContain("client-a");
    expect(writers).toContain(representativeSubjects.act);
    expect(writers.filter((sub) => refusedSubs.has(sub))).toEqual([]);
  });

  it("no appeal on A's decision was recorded for a caller the matrix refused", async () => {
    const response = await api.call("GET", `/v1/decisions/${fx.decisionId}`, { as: workerToken });
    expect(response.status, describeResponse(response)).toBe(200);
    const recorders = (response.body.appeals as { recordedBy: { sub: string } }[]).map((appeal) => appeal.recordedBy.sub);
    expect(recorders.filter((sub) => refusedSubs.has(sub))).toEqual([]);
  });
});
