import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime, testToday } from "../setup/runtime";
import { type Api, type Response, freshIban, freshPersonalId, personToken, providerApplicationBody, workerToken } from "../support/fixtures";
import { approvedProvider, type ProviderSetup, recordDays, runMonth, servedClient, shiftMonth } from "../support/settlement";

/**
 * Issue 11, defect 1, through the local HTTP front: a provider's bank account
 * changes only by a request of its own staff confirmed by a finance user who
 * is not the requester (four eyes); the provider's inbox hears of each step;
 * every settlement run pays the account in force when it is made; an
 * application by another login can neither take the account over nor join
 * the provider's staff.
 */

let runtime: LocalRuntime;
let api: Api;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
});
afterAll(() => runtime?.stop());

const finance = "role=finance&sub=finance-1";
const otherFinance = "role=finance&sub=finance-2";
const INITIAL_IBAN = "FI2112345600000785";

const show = (response: Response) => `${response.status} ${JSON.stringify(response.body)?.slice(0, 800)}`;

function expectProblem(response: Response, status: number, code: string, paths: string[] = []) {
  expect(response.status, show(response)).toBe(status);
  expect(response.headers.get("content-type"), show(response)).toMatch(/^application\/problem\+json\b/);
  expect(response.body.code, show(response)).toBe(code);
  const errorPaths = ((response.body.errors ?? []) as { path: string }[]).map((error) => error.path);
  for (const path of paths) expect(errorPaths, show(response)).toContain(path);
}

const ask = (provider: ProviderSetup, iban: string, as = provider.providerToken, headers: Record<string, string> = {}) =>
  api.call("POST", `/v1/providers/${provider.providerId}/bank-account-changes`, {
    as,
    headers,
    body: { iban, accountHolder: "Aamurusko Oy", reason: "Pankki vaihtui." },
  });

const decide = (changeId: string, outcome: "confirmed" | "rejected", as = finance, reason = "Varmistettu soittamalla yhteyshenkilölle.") =>
  api.call("POST", `/v1/bank-account-changes/${changeId}/decision`, { as, body: { outcome, reason } });

const accounts = (provider: ProviderSetup, as = finance) => api.call("GET", `/v1/providers/${provider.providerId}/bank-account-changes`, { as });

const inbox = async (provider: ProviderSetup, language = "fi") =>
  (await api.call("GET", "/v1/notifications", { as: provider.providerToken, headers: { "accept-language": language } })).body.items as {
    kind: string;
    changeId?: string;
    text: string;
    clientId?: string;
    instrumentId?: string;
  }[];

/** A person the provider's member invites: from their next sign-in, a member too. Their token. */
async function invitedMember(provider: ProviderSetup, sub: string): Promise<string> {
  const personalId = freshPersonalId();
  const invited = await api.call("POST", `/v1/providers/${provider.providerId}/members`, {
    as: provider.providerToken,
    body: { personalId, name: `Jäsen ${sub}` },
  });
  expect(invited.status, show(invited)).toBe(201);
  return personToken(personalId, sub);
}

/** A client's own token (a client with no records beyond their registration). */
async function clientToken(sub: string): Promise<string> {
  const personalId = freshPersonalId();
  const client = await api.call("POST", "/v1/clients", {
    as: workerToken,
    body: { personalId, firstName: "Kalle", lastName: "Asiakas", municipality: "Oulu", language: "fi" },
  });
  expect(client.status, show(client)).toBe(201);
  return personToken(personalId, sub);
}

/** An approved provider whose account is changed to `iban` by its member and confirmed by finance. */
async function changeAccount(provider: ProviderSetup, iban: string): Promise<void> {
  const asked = await ask(provider, iban);
  expect(asked.status, show(asked)).toBe(201);
  const confirmed = await decide(asked.body.changeId, "confirmed");
  expect(confirmed.status, show(confirmed)).toBe(200);
}

describe("asking for a new account", () => {
  it("a member asks: the change is pending, the account in force stays, the provider's inbox is told, finance has it on its list", async () => {
    const provider = await approvedProvider(api, "ask-owner");
    const iban = freshIban();
    const spaced = iban.replace(/(.{4})/g, "$1 ").trim();
    const asked = await ask(provider, spaced);
    expect(asked.status, show(asked)).toBe(201);
    expect(asked.headers.get("location")).toBe(`/v1/providers/${provider.providerId}/bank-account-changes`);
    expect(asked.body).toEqual({
      changeId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      providerId: provider.providerId,
      status: "pending",
      iban,
      accountHolder: "Aamurusko Oy",
      reason: "Pankki vaihtui.",
      previousIban: INITIAL_IBAN,
      requestedBy: { sub: "ask-owner", roles: ["provider", "applicant"] },
      requestedAt: expect.any(String),
    });
    const changeId = asked.body.changeId as string;

    const history = await accounts(provider);
    expect(history.status, show(history)).toBe(200);
    expect(history.body).toEqual({
      providerId: provider.providerId,
      name: "Aamurusko Oy",
      businessId: provider.businessId,
      contact: { name: "Ulla Yrittäjä", email: "ulla@aamurusko.example", phone: "+358 40 123 4567" },
      iban: INITIAL_IBAN,
      items: [asked.body],
    });
    expect((await accounts(provider, provider.providerToken)).body).toEqual(history.body);
    expect((await accounts(provider, "role=admin&sub=admin-1")).body).toEqual(history.body);

    const pending = await api.call("GET", "/v1/bank-account-changes", { as: finance });
    expect(pending.status, show(pending)).toBe(200);
    expect(pending.body.items).toContainEqual(asked.body);

    const [told] = await inbox(provider);
    expect(told).toMatchObject({ kind: "bank-account-change-requested", changeId });
    expect(told!.text).toBe(
      `Palveluntuottajan tilinumeron muutosta on pyydetty: uusi tili päättyy ${iban.slice(-4)}. Alueen talouspalvelut vahvistavat muutoksen ennen kuin yhtään maksua ohjataan uudelle tilille. Jos ette tunnista pyyntöä, ottakaa heti yhteyttä hyvinvointialueeseen.`,
    );
    expect(told).not.toHaveProperty("clientId");
    expect(told).not.toHaveProperty("instrumentId");
    expect((await inbox(provider, "sv"))[0]!.text).toContain(`det nya kontot slutar på ${iban.slice(-4)}`);

    // One change at a time: a second request waits for finance.
    expectProblem(await ask(provider, freshIban()), 409, "BANK_ACCOUNT_CHANGE_PENDING");
    expect((await accounts(provider)).body.items).toHaveLength(1);
  });

  it("only the provider's own staff ask; the account in force cannot be asked for; an unknown provider is 404", async () => {
    const provider = await approvedProvider(api, "guard-owner");
    const other = await approvedProvider(api, "guard-other");
    // Staff of another provider; a person who is no one's staff, signing in under the owner's `sub`; finance naming the provider in X-HB-Provider.
    for (const as of [other.providerToken, personToken(freshPersonalId(), "guard-owner")]) {
      expectProblem(await ask(provider, freshIban(), as), 403, "FORBIDDEN");
    }
    expectProblem(await ask(provider, freshIban(), finance, { "x-hb-provider": provider.providerId }), 403, "FORBIDDEN");
    const client = await clientToken("guard-client");
    for (const as of ["role=worker&sub=w-1", "role=admin&sub=admin-1", client]) {
      expectProblem(await ask(provider, freshIban(), as), 403, "FORBIDDEN");
    }
    const same = await ask(provider, "fi21 1234 5600 0007 85", provider.providerToken, { "accept-language": "en" });
    expectProblem(same, 422, "VALIDATION_FAILED", ["/body/iban"]);
    expect(same.body.errors).toEqual([{ path: "/body/iban", code: "SAME_BANK_ACCOUNT", message: "This is already the account in force." }]);
    const invalid = await ask(provider, "FI2112345600000786");
    expectProblem(invalid, 422, "VALIDATION_FAILED", ["/body/iban"]);
    expect(invalid.body.errors[0].code).toBe("INVALID_IBAN");
    expectProblem(
      await api.call("POST", "/v1/providers/0b0c8a8e-6f0e-4d53-9d1f-0d6f4b2f7a31/bank-account-changes", {
        as: provider.providerToken,
        body: { iban: freshIban(), accountHolder: "X", reason: "Y" },
      }),
      404,
      "NOT_FOUND",
    );

    // The history is the provider's, finance's and admin's: not another provider's, a worker's or a client's.
    for (const as of [other.providerToken, "role=worker&sub=w-1", client]) expectProblem(await accounts(provider, as), 403, "FORBIDDEN");
    expectProblem(await api.call("GET", "/v1/bank-account-changes", { as: provider.providerToken }), 403, "FORBIDDEN");
    expect((await accounts(provider)).body.items).toEqual([]);
  });

  it("a repeat with the same Idempotency-Key returns the first change, not a second one", async () => {
    const provider = await approvedProvider(api, "idem-owner");
    const body = { iban: freshIban(), accountHolder: "Aamurusko Oy", reason: "Pankki vaihtui." };
    const path = `/v1/providers/${provider.providerId}/bank-account-changes`;
    const headers = { "idempotency-key": "change-1" };
    const first = await api.call("POST", path, { as: provider.providerToken, headers, body });
    const again = await api.call("POST", path, { as: provider.providerToken, headers, body });
    expect(first.status, show(first)).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await accounts(provider)).body.items.map((change: { changeId: string }) => change.changeId)).toEqual([first.body.changeId]);
  });

  it("two members asking at the same moment make one pending change", async () => {
    const provider = await approvedProvider(api, "race-owner");
    const colleague = await invitedMember(provider, "race-colleague");
    const answers = await Promise.all([ask(provider, freshIban()), ask(provider, freshIban(), colleague)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(answers.find((answer) => answer.status === 409)!.body.code).toBe("BANK_ACCOUNT_CHANGE_PENDING");
    expect((await accounts(provider)).body.items).toHaveLength(1);
  });
});

describe("deciding a change (four eyes)", () => {
  it("the requester, even with the finance role, and the provider's own staff may not decide; another finance user confirms, once", async () => {
    const provider = await approvedProvider(api, "eyes-owner");
    const iban = freshIban();
    const asked = await ask(provider, iban);
    const changeId = asked.body.changeId as string;

    // Finance and provider staff are different logins now (staff directory, person): the requester as a finance
    // user is recognised by their `sub`; a finance user cannot act for the provider at all (X-HB-Provider refused).
    const self = "role=finance&sub=eyes-owner";
    expectProblem(await decide(changeId, "confirmed", self), 403, "FOUR_EYES_REQUIRED");
    const actingForProvider = await api.call("POST", `/v1/bank-account-changes/${changeId}/decision`, {
      as: "role=finance&sub=eyes-colleague",
      headers: { "x-hb-provider": provider.providerId },
      body: { outcome: "confirmed", reason: "x" },
    });
    expectProblem(actingForProvider, 403, "FORBIDDEN");
    const colleague = await invitedMember(provider, "eyes-colleague");
    const english = await api.call("POST", `/v1/bank-account-changes/${changeId}/decision`, {
      as: self,
      headers: { "accept-language": "en" },
      body: { outcome: "confirmed", reason: "x" },
    });
    expect(english.body.detail).toBe("A bank account change is decided by a finance user who neither requested it nor works for the provider.");
    for (const as of [provider.providerToken, colleague, "role=admin&sub=admin-1", "role=worker&sub=w-1"]) {
      expectProblem(await decide(changeId, "confirmed", as), 403, "FORBIDDEN");
    }
    expect((await accounts(provider)).body).toMatchObject({ iban: INITIAL_IBAN, items: [{ status: "pending" }] });

    const confirmed = await decide(changeId, "confirmed", otherFinance);
    expect(confirmed.status, show(confirmed)).toBe(200);
    expect(confirmed.body).toMatchObject({
      changeId,
      status: "confirmed",
      iban,
      previousIban: INITIAL_IBAN,
      decision: { outcome: "confirmed", reason: "Varmistettu soittamalla yhteyshenkilölle.", decidedBy: { sub: "finance-2", roles: ["finance"] } },
    });
    const history = await accounts(provider, provider.providerToken);
    expect(history.body).toMatchObject({ providerId: provider.providerId, iban, items: [confirmed.body] });
    expect(history.body.items).toHaveLength(1);
    expect((await api.call("GET", "/v1/bank-account-changes?limit=100", { as: finance })).body.items.map((change: { changeId: string }) => change.changeId)).not.toContain(
      changeId,
    );
    expect((await inbox(provider, "en")).map((notification) => [notification.kind, notification.changeId, notification.text])).toEqual([
      ["bank-account-change-confirmed", changeId, `The bank account change is confirmed: payments go to the account ending in ${iban.slice(-4)} from now on.`],
      ["bank-account-change-requested", changeId, expect.stringContaining(iban.slice(-4))],
    ]);

    const twice = await decide(changeId, "rejected", finance);
    expectProblem(twice, 409, "BANK_ACCOUNT_CHANGE_ALREADY_DECIDED");
    expect(twice.body.detail).toContain("confirmed");
    expectProblem(await decide("9c4b2a1e-7d3f-4e8a-b6c5-1f0e9d8c7b6a", "confirmed"), 404, "NOT_FOUND");

    // Decided: the next change can be asked for, against the account now in force.
    const next = await ask(provider, freshIban());
    expect(next.status, show(next)).toBe(201);
    expect(next.body.previousIban).toBe(iban);
  });

  it("a rejection keeps the account in force and tells the provider", async () => {
    const provider = await approvedProvider(api, "reject-owner");
    const iban = freshIban();
    const asked = await ask(provider, iban);
    const rejected = await decide(asked.body.changeId, "rejected", finance, "Yhteyshenkilö ei tunnistanut pyyntöä.");
    expect(rejected.status, show(rejected)).toBe(200);
    expect(rejected.body).toMatchObject({ status: "rejected", decision: { outcome: "rejected", reason: "Yhteyshenkilö ei tunnistanut pyyntöä." } });
    expect((await accounts(provider)).body).toMatchObject({ iban: INITIAL_IBAN, items: [{ changeId: asked.body.changeId, status: "rejected" }] });
    expect((await inbox(provider))[0]).toMatchObject({
      kind: "bank-account-change-rejected",
      text: `Tilinumeron muutosta tilille, joka päättyy ${iban.slice(-4)}, ei hyväksytty. Maksut maksetaan edelleen entiselle tilille.`,
    });
  });

  it("two finance users deciding at the same moment: exactly one decision applies", async () => {
    const provider = await approvedProvider(api, "decide-race-owner");
    const iban = freshIban();
    const asked = await ask(provider, iban);
    const answers = await Promise.all([decide(asked.body.changeId, "confirmed", finance), decide(asked.body.changeId, "rejected", otherFinance)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const winner = answers.find((answer) => answer.status === 200)!.body;
    expect(answers.find((answer) => answer.status === 409)!.body.code).toBe("BANK_ACCOUNT_CHANGE_ALREADY_DECIDED");
    const after = await accounts(provider);
    expect(after.body.iban).toBe(winner.status === "confirmed" ? iban : INITIAL_IBAN);
    expect(after.body.items).toEqual([winner]);
  });
});

describe("settlement runs pay the account in force when they are made", () => {
  it("a change confirmed after a run leaves its file alone; the next run pays the new account, not a pending one nor an applicant's", async () => {
    const thisMonth = testToday.slice(0, 7);
    const [first, second] = [shiftMonth(thisMonth, -3), shiftMonth(thisMonth, -2)];
    const provider = await approvedProvider(api, "run-owner");
    const client = await servedClient(api, provider, 301, `${first}-01`);
    await recordDays(api, runtime.clock, provider, client, first, [{ day: 3, quantity: 1 }], "first");
    await recordDays(api, runtime.clock, provider, client, second, [{ day: 4, quantity: 2 }], "second");
    await runtime.settle();

    const creditorIbans = async (runId: string) => {
      const file = await fetch(`${runtime.url}/v1/settlement-runs/${runId}/payment-file`, { headers: { authorization: `Bearer ${await api.token(finance)}` } });
      expect(file.status).toBe(200);
      const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(await file.text());
      return [xml.Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf].flat().map((transfer: { CdtrAcct: { Id: { IBAN: string } } }) => transfer.CdtrAcct.Id.IBAN);
    };

    const { run: firstRun } = await runMonth(api, runtime, first);
    expect(firstRun.payments.map((payment: { creditorIban: string }) => payment.creditorIban)).toEqual([INITIAL_IBAN]);
    expect(await creditorIbans(firstRun.runId)).toEqual([INITIAL_IBAN]);

    // Confirmed after the first run, before the second.
    const confirmedIban = freshIban();
    await changeAccount(provider, confirmedIban);
    // Asked for, never confirmed.
    expect((await ask(provider, freshIban())).status).toBe(201);
    // Another login applies under the provider's business ID with its own account: refused.
    const takeover = await api.call("POST", "/v1/provider-applications", {
      as: personToken(freshPersonalId(), "mallory"),
      body: { ...providerApplicationBody(provider.businessId), iban: freshIban() },
    });
    expectProblem(takeover, 409, "PROVIDER_ALREADY_REGISTERED");

    // The first run's file and payments are what was paid then.
    expect(await creditorIbans(firstRun.runId)).toEqual([INITIAL_IBAN]);
    expect((await api.call("GET", `/v1/settlement-runs/${firstRun.runId}`, { as: finance })).body.payments[0].creditorIban).toBe(INITIAL_IBAN);

    const { run: secondRun } = await runMonth(api, runtime, second);
    expect(secondRun.payments).toEqual([expect.objectContaining({ providerId: provider.providerId, creditorIban: confirmedIban, amountCents: 2 * 7000 })]);
    expect(await creditorIbans(secondRun.runId)).toEqual([confirmedIban]);
  }, 120_000);
});
