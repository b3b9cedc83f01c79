import { ScanCommand, TransactWriteItemsCommand } from "@aws-sdk/client-dynamodb";
import { generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@hb/core/budget/periods";
import { dynamo } from "@hb/core/db";
import { inboxOf, notificationWrites } from "@hb/core/notifications/repository";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import type { LocalRuntime } from "@hb/local/runtime";
import { LOCAL_AUDIENCE } from "@hb/local/tokens";
import { apiClient, startTestRuntime, testToday } from "../setup/runtime";
import { type Api, freshBusinessId, freshIban, freshPersonalId, personToken, providerApplicationBody, workerToken } from "../support/fixtures";

/**
 * Identity as an area has it (docs/security.md): people sign in with a token
 * that names them by personal identity code only, staff with groups; HB's
 * records decide the rest. Tokens as the local issuers (shaped like the real
 * ones) and forgers would send them.
 */
let runtime: LocalRuntime;
let api: Api;
const admin = "role=admin&sub=admin-1";
const today = testToday;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
});
afterAll(() => runtime?.stop());

const raw = (token: string, path = "/v1/catalogue/services", init: RequestInit = {}) =>
  fetch(`${runtime.url}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } });

async function createClient(personalId = freshPersonalId(), firstName = "Iida"): Promise<string> {
  const created = await api.call("POST", "/v1/clients", {
    as: workerToken,
    body: { personalId, firstName, lastName: "Identiteetti", municipality: "Inari", language: "fi" },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.clientId;
}

const represent = (clientId: string, personalId: string, extra: Record<string, unknown> = {}) =>
  api.call("POST", `/v1/clients/${clientId}/representatives`, {
    as: workerToken,
    body: { personalId, name: "Ritva Edustaja", relationship: "sisar", permission: "act", basis: "client-authorisation", ...extra },
  });

async function approvedProvider(applicant: string): Promise<string> {
  const applied = await api.call("POST", "/v1/provider-applications", { as: applicant, body: providerApplicationBody(freshBusinessId()) });
  expect(applied.status, JSON.stringify(applied.body)).toBe(201);
  const decided = await api.call("POST", `/v1/provider-applications/${applied.body.applicationId}/decision`, {
    as: admin,
    body: { outcome: "approved", reason: "Hyväksytty" },
  });
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  return decided.body.providerId;
}

describe("the token rules (401 problem+json, whatever the forgery)", () => {
  const workersGroup = "hb-demo-workers";
  const staffIssuer = () => runtime.issuer.issuerUrl("staff");
  const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const exp = () => Math.floor(Date.now() / 1000) + 600;

  const forgeries: [string, () => Promise<string>][] = [
    ["alg none", async () => `${base64url({ alg: "none", typ: "JWT" })}.${base64url({ iss: staffIssuer(), aud: LOCAL_AUDIENCE, sub: "x", exp: exp(), groups: [workersGroup] })}.`],
    [
      "another key",
      async () => {
        const { privateKey } = await generateKeyPair("ES256");
        return new SignJWT({ groups: [workersGroup] })
          .setProtectedHeader({ alg: "ES256", kid: "local" })
          .setIssuer(staffIssuer())
          .setAudience(LOCAL_AUDIENCE)
          .setSubject("x")
          .setExpirationTime(exp())
          .sign(privateKey);
      },
    ],
    [
      "HS256 keyed with the issuer's public key",
      async () =>
        new SignJWT({ groups: [workersGroup] })
          .setProtectedHeader({ alg: "HS256", kid: "local" })
          .setIssuer(staffIssuer())
          .setAudience(LOCAL_AUDIENCE)
          .setSubject("x")
          .setExpirationTime(exp())
          .sign(new TextEncoder().encode(JSON.stringify(runtime.issuer.publicJwk))),
    ],
    ["an expired token", () => runtime.issuer.sign("staff", { sub: "x", groups: [workersGroup] }, { exp: Math.floor(Date.now() / 1000) - 5 })],
    ["no exp", () => runtime.issuer.sign("staff", { sub: "x", groups: [workersGroup] }, { exp: null })],
    ["groups as one string with a space", () => runtime.issuer.sign("staff", { sub: "x", groups: `${workersGroup} hb-demo-admins` })],
    ["nested groups", () => runtime.issuer.sign("staff", { sub: "x", groups: [[workersGroup]] })],
    ["no sub", () => runtime.issuer.sign("staff", { groups: [workersGroup] })],
    ["a person token without a valid code", () => runtime.issuer.sign("person", { sub: "x", hetu: "131052-308X" })],
    [
      "an issuer the area does not trust",
      async () => {
        const { privateKey } = await generateKeyPair("ES256");
        return new SignJWT({ groups: [workersGroup] })
          .setProtectedHeader({ alg: "ES256" })
          .setIssuer("https://login.elsewhere.example")
          .setAudience(LOCAL_AUDIENCE)
          .setSubject("x")
          .setExpirationTime(exp())
          .sign(privateKey);
      },
    ],
    ["not a JWT", async () => "not-a-jwt"],
  ];

  it.each(forgeries)("refuses %s", async (_, forge) => {
    const response = await raw(await forge(), "/v1/clients?personalId=131052-308T");
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(((await response.json()) as { code: string }).code).toBe("UNAUTHENTICATED");
  });

  it("accepts the same token when it is well formed (the forgeries differ from it in one thing each)", async () => {
    const token = await runtime.issuer.sign("staff", { sub: "x", groups: [workersGroup] });
    expect((await raw(token, "/v1/clients?personalId=131052-308T")).status).toBe(200);
  });

  it("no token id of HB is read: clientIds, providerId and roles in a token give nothing", async () => {
    const clientId = await createClient();
    const token = await runtime.issuer.sign("person", { sub: "x", hetu: freshPersonalId(), roles: ["worker"], clientIds: [clientId], providerId: "p" });
    expect((await raw(token, `/v1/clients/${clientId}`)).status).toBe(403);
    expect((await raw(token, "/v1/clients?personalId=131052-308T")).status).toBe(403);
  });

  it("a token from the citizen issuer claiming a staff group is refused staff routes", async () => {
    const token = await runtime.issuer.sign("person", { sub: "x", hetu: freshPersonalId(), groups: [workersGroup] });
    const response = await raw(token, "/v1/clients?personalId=131052-308T");
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe("FORBIDDEN");
  });

  it("/dev/token names people by code and staff by group; HB ids are refused", async () => {
    const refused = await fetch(`${runtime.url}/dev/token?role=client&clientIds=x`);
    expect(refused.status).toBe(422);
    const person = (await (await fetch(`${runtime.url}/dev/token?personalId=131052-308T`)).json()) as { claims: unknown };
    expect(person.claims).toEqual({ sub: expect.stringMatching(/^person-/), hetu: "131052-308T" });
    const staff = (await (await fetch(`${runtime.url}/dev/token?role=finance&sub=f-9`)).json()) as { claims: unknown };
    expect(staff.claims).toEqual({ sub: "f-9", groups: ["hb-demo-finance"] });
  });
});

describe("people are what HB's records say", () => {
  it("a client signs in with only the identity code and reaches itself, nobody else", async () => {
    const code = freshPersonalId();
    const mine = await createClient(code);
    const other = await createClient();
    const as = personToken(code, "self");
    expect((await api.call("GET", `/v1/clients/${mine}`, { as })).status).toBe(200);
    expect((await api.call("GET", `/v1/clients/${other}`, { as })).status).toBe(403);
    expect((await api.call("GET", "/v1/me/budgets", { as })).body.items.map((item: { clientId: string }) => item.clientId)).toEqual([mine]);
  });

  it("a person who is a client and a representative of another sees both and nothing more", async () => {
    const code = freshPersonalId();
    const own = await createClient(code);
    const represented = await createClient();
    const stranger = await createClient();
    expect((await represent(represented, code, { permission: "view" })).status).toBe(201);
    const as = personToken(code, "both");
    const seen = (await api.call("GET", "/v1/me/budgets", { as })).body.items.map((item: { clientId: string }) => item.clientId);
    expect(seen.sort()).toEqual([own, represented].sort());
    expect((await api.call("GET", `/v1/clients/${represented}`, { as })).status).toBe(200);
    expect((await api.call("GET", `/v1/clients/${stranger}`, { as })).status).toBe(403);
    // `view` on the represented client: writing is refused, writing for oneself is not.
    const plan = { wishes: "Haluan uimaan.", goals: ["Uin"], preferredServices: ["HENKILOKOHTAINEN_APU"] };
    expect((await api.call("POST", `/v1/clients/${represented}/support-plans`, { as, body: plan })).status).toBe(403);
    expect((await api.call("POST", `/v1/clients/${own}/support-plans`, { as, body: plan })).status).toBe(201);
  });

  it("a representative whose validity ended is refused the next day, without anyone removing the entry", async () => {
    const clientId = await createClient();
    const code = freshPersonalId();
    expect((await represent(clientId, code, { validFrom: addDays(today, -30), validTo: today })).status).toBe(201);
    const as = personToken(code, "until-today");
    expect((await api.call("GET", `/v1/clients/${clientId}`, { as })).status).toBe(200);
    runtime.clock.set(new Date(`${addDays(today, 1)}T09:00:00+02:00`));
    try {
      const response = await api.call("GET", `/v1/clients/${clientId}`, { as });
      expect(response.status).toBe(403);
      expect((await api.call("GET", "/v1/me/budgets", { as })).status).toBe(403);
    } finally {
      runtime.clock.reset();
    }
    const entry = (await api.call("GET", `/v1/clients/${clientId}`, { as: workerToken })).body.representatives[0];
    expect(entry).toMatchObject({ name: "Ritva Edustaja", validTo: today, basis: "client-authorisation" });
    expect(entry).not.toHaveProperty("personalId");
  });

  it("a guardian of a minor represents them until the day before the 18th birthday", async () => {
    const nine = "290212400";
    const minor = await createClient(`290212A400${personalIdCheckCharacter(nine)}`, "Pikku");
    const added = await represent(minor, freshPersonalId(), { basis: "guardian-of-minor", relationship: "huoltaja", validTo: "2040-01-01" });
    expect(added.status).toBe(201);
    // Born 29.2.2012: 18 on 1.3.2030 (no 29 February that year), so the last day is 28.2.2030.
    expect(added.body.representatives[0].validTo).toBe("2030-02-28");
  });

  it("replacing a representative finds the same person by code; removing one ends the access at once", async () => {
    const clientId = await createClient();
    const code = freshPersonalId();
    const first = await represent(clientId, code, { permission: "view" });
    const second = await represent(clientId, code, { permission: "act" });
    expect(second.status).toBe(200);
    expect(second.body.representatives).toHaveLength(1);
    expect(second.body.representatives[0].representativeId).toBe(first.body.representatives[0].representativeId);
    const as = personToken(code, "replaced");
    expect((await api.call("POST", `/v1/clients/${clientId}/support-plans`, { as, body: { wishes: "Uimaan.", goals: ["Uin"], preferredServices: [] } })).status).toBe(201);
    expect((await api.call("DELETE", `/v1/clients/${clientId}/representatives/${first.body.representatives[0].representativeId}`, { as: workerToken })).status).toBe(204);
    expect((await api.call("GET", `/v1/clients/${clientId}`, { as })).status).toBe(403);
  });
});

describe("a view representative reads but does not change", () => {
  it("reads the client's inbox but cannot mark a notification read; the act representative and the client can", async () => {
    const clientCode = freshPersonalId();
    const clientId = await createClient(clientCode);
    const viewer = freshPersonalId();
    const actor = freshPersonalId();
    expect((await represent(clientId, viewer, { permission: "view" })).status).toBe(201);
    expect((await represent(clientId, actor, { permission: "act" })).status).toBe(201);
    // A notification in the client's inbox, as the drift consumer writes them.
    const notification = { inbox: inboxOf.client(clientId), kind: "overuse" as const, clientId, instrumentId: "i-1", instrumentNumber: "HB-2026-000999", serviceCode: "PAIVATOIMINTA", createdAt: new Date().toISOString() };
    await dynamo().send(new TransactWriteItemsCommand({ TransactItems: notificationWrites([notification, notification]) }));
    const view = personToken(viewer, "viewer");
    const inbox = await api.call("GET", `/v1/notifications?clientId=${clientId}`, { as: view });
    expect(inbox.status).toBe(200);
    expect(inbox.body.unreadCount).toBe(2);
    const [first, second] = inbox.body.items.map((item: { notificationId: string }) => item.notificationId);
    const refused = await api.call("POST", `/v1/notifications/${first}/read`, { as: view });
    expect(refused.status).toBe(403);
    expect((await api.call("GET", `/v1/notifications?clientId=${clientId}`, { as: view })).body.unreadCount).toBe(2);
    expect((await api.call("POST", `/v1/notifications/${first}/read`, { as: personToken(actor, "acting") })).status).toBe(200);
    expect((await api.call("POST", `/v1/notifications/${second}/read`, { as: personToken(clientCode, "self") })).status).toBe(200);
    expect((await api.call("GET", `/v1/notifications?clientId=${clientId}`, { as: view })).body.unreadCount).toBe(0);
  });
});

describe("provider staff act only for providers they belong to", () => {
  it("the applicant of a new provider is its first member; an invited person acts for it from their next sign-in; removal ends that", async () => {
    const applicant = personToken(freshPersonalId(), "founder");
    const providerId = await approvedProvider(applicant);
    const members = await api.call("GET", `/v1/providers/${providerId}/members`, { as: applicant });
    expect(members.status).toBe(200);
    expect(members.body.items).toEqual([expect.objectContaining({ providerId, name: "Ulla Yrittäjä" })]);

    const code = freshPersonalId();
    const newcomer = personToken(code, "newcomer");
    expect((await api.call("GET", `/v1/providers/${providerId}/members`, { as: newcomer })).status).toBe(403);
    const invited = await api.call("POST", `/v1/providers/${providerId}/members`, { as: applicant, body: { personalId: code, name: "Niko Uusi" } });
    expect(invited.status).toBe(201);
    expect((await api.call("POST", `/v1/providers/${providerId}/members`, { as: applicant, body: { personalId: code, name: "Niko Uusi" } })).status).toBe(200);
    expect((await api.call("GET", `/v1/providers/${providerId}/members`, { as: newcomer })).body.items).toHaveLength(2);
    const prices = { prices: [{ serviceCode: "HENKILOKOHTAINEN_APU", unitPriceCents: 3900 }] };
    expect((await api.call("PUT", `/v1/providers/${providerId}/prices`, { as: newcomer, body: prices })).status).toBe(200);

    expect((await api.call("DELETE", `/v1/providers/${providerId}/members/${invited.body.memberId}`, { as: applicant })).status).toBe(204);
    expect((await api.call("PUT", `/v1/providers/${providerId}/prices`, { as: newcomer, body: prices })).status).toBe(403);
    // The founder is now the only member: they cannot remove themselves; an admin can.
    const founder = (await api.call("GET", `/v1/providers/${providerId}/members`, { as: applicant })).body.items[0];
    const last = await api.call("DELETE", `/v1/providers/${providerId}/members/${founder.memberId}`, { as: applicant });
    expect(last.status).toBe(409);
    expect(last.body.code).toBe("LAST_MEMBER");
    expect((await api.call("DELETE", `/v1/providers/${providerId}/members/${founder.memberId}`, { as: admin })).status).toBe(204);
    expect((await api.call("GET", `/v1/providers/${providerId}`.concat("/members"), { as: applicant })).status).toBe(403);
  });

  it("staff of two providers name the one they act for; naming a third is refused", async () => {
    const code = freshPersonalId();
    const as = personToken(code, "two-hats");
    const first = await approvedProvider(as);
    const second = await approvedProvider(personToken(freshPersonalId(), "other-founder"));
    const invite = await api.call("POST", `/v1/providers/${second}/members`, { as: admin, body: { personalId: code, name: "Kaksi Hattua" } });
    expect(invite.status).toBe(201);
    const third = await approvedProvider(personToken(freshPersonalId(), "third-founder"));

    const unchosen = await api.call("GET", `/v1/providers/${first}/members`, { as });
    expect(unchosen.status).toBe(400);
    expect(unchosen.body.code).toBe("PROVIDER_NOT_CHOSEN");
    expect((await api.call("GET", `/v1/providers/${second}/members`, { as, headers: { "x-hb-provider": second } })).status).toBe(200);
    // Acting for one provider does not reach the other's records.
    expect((await api.call("GET", `/v1/providers/${first}/members`, { as, headers: { "x-hb-provider": second } })).status).toBe(403);
    const foreign = await api.call("GET", `/v1/providers/${third}/members`, { as, headers: { "x-hb-provider": third } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe("FORBIDDEN");
  });

  it("a person who is nobody's staff reads no provider's statements (a provider token without providerId, as it was)", async () => {
    const providerId = await approvedProvider(personToken(freshPersonalId(), "statements-owner"));
    const nobody = personToken(freshPersonalId(), "nobody");
    const month = `${today.slice(0, 7)}`;
    expect((await api.call("GET", `/v1/settlements?month=${month}`, { as: nobody })).status).toBe(403);
    expect((await api.call("GET", `/v1/settlements?providerId=${providerId}&month=${month}`, { as: nobody })).status).toBe(403);
    const staff = personToken(freshPersonalId(), "staff-without-query");
    await approvedProvider(staff);
    // Staff that name no provider, or another one, read nothing either.
    expect((await api.call("GET", `/v1/settlements?month=${month}`, { as: staff })).status).toBe(403);
    expect((await api.call("GET", `/v1/settlements?providerId=${providerId}&month=${month}`, { as: staff })).status).toBe(403);
  });
});

describe("four eyes across sign-ins", () => {
  it("a finance user whose staff sign-in carries the requester's or a member's identity code cannot decide the provider's bank-account change", async () => {
    const requester = freshPersonalId();
    const colleague = freshPersonalId();
    const providerId = await approvedProvider(personToken(requester, "asker"));
    expect((await api.call("POST", `/v1/providers/${providerId}/members`, { as: personToken(requester, "asker"), body: { personalId: colleague, name: "Kollega" } })).status).toBe(201);
    const asked = await api.call("POST", `/v1/providers/${providerId}/bank-account-changes`, {
      as: personToken(requester, "asker"),
      body: { iban: freshIban(), accountHolder: "Aamurusko Oy", reason: "Pankki vaihtui." },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const financeAs = async (code: string, sub: string) =>
      runtime.issuer.sign("staff", { sub, groups: ["hb-demo-finance"], hetu: code });
    const decide = async (token: string) =>
      raw(token, `/v1/bank-account-changes/${asked.body.changeId}/decision`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ outcome: "confirmed", reason: "Tarkistettu." }),
      });
    for (const [code, sub] of [[requester, "finance-who-asked"], [colleague, "finance-colleague"]] as const) {
      const refused = await decide(await financeAs(code, sub));
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { code: string }).code).toBe("FOUR_EYES_REQUIRED");
    }
    expect((await decide(await financeAs(freshPersonalId(), "finance-other"))).status).toBe(200);
  });
});

describe("refused attempts are found", () => {
  it("an unknown person's and a worker's refusals that name no client are in the admin's list of the day; a worker cannot read it", async () => {
    const stranger = personToken(freshPersonalId(), "stranger-refused");
    expect((await api.call("GET", "/v1/follow-ups/due", { as: stranger })).status).toBe(403);
    expect((await api.call("GET", "/v1/audit/refusals?day=2027-01-01", { as: workerToken })).status).toBe(403);
    const day = runtime.clock.now().toISOString().slice(0, 10);
    const listed = await api.call("GET", `/v1/audit/refusals?day=${day}&limit=100`, { as: admin });
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    const refusals = listed.body.items.map((entry: { kind: string; action: string; actor: { sub: string } }) => `${entry.kind} ${entry.action} ${entry.actor.sub}`);
    expect(refusals).toEqual(expect.arrayContaining(["refused followUps.due stranger-refused", "refused audit.refusals worker-1"]));
    expect(listed.body.items.every((entry: { clientId?: string }) => entry.clientId === undefined)).toBe(true);
  });
});

describe("the identity code is kept as a lookup key only", () => {
  it("a representative's and a member's identity codes are nowhere in the table", async () => {
    const clientId = await createClient();
    const representative = freshPersonalId();
    const member = freshPersonalId();
    expect((await represent(clientId, representative)).status).toBe(201);
    const providerId = await approvedProvider(personToken(freshPersonalId(), "scan-founder"));
    expect((await api.call("POST", `/v1/providers/${providerId}/members`, { as: admin, body: { personalId: member, name: "Skannattu" } })).status).toBe(201);
    await runtime.settle();
    let text = "";
    let start: Record<string, unknown> | undefined;
    do {
      const page = await dynamo().send(new ScanCommand({ TableName: runtime.tableName, ExclusiveStartKey: start as never }));
      text += JSON.stringify(page.Items);
      start = page.LastEvaluatedKey;
    } while (start);
    for (const code of [representative, member]) {
      expect(text).not.toContain(code);
      expect(text).not.toContain(code.replace(/[-+A-Z]/g, ""));
    }
  });
});
