import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { businessIdCheckDigit } from "@hb/core/validators/business-id";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime, testNow } from "../setup/runtime";
import {
  type Api,
  type Fixtures,
  type Response,
  freshBusinessId,
  freshIban,
  freshPersonalId,
  personToken,
  providerApplicationBody,
  validBodies,
} from "../support/fixtures";

/**
 * SPEC §2 step 7 through the local HTTP front: providers apply, the area
 * approves, rejects or asks for more; approved providers keep their price
 * list; clients compare them against a voucher, choose one, and the provider
 * accepts the voucher.
 */

let runtime: LocalRuntime;
let api: Api;
/** The provider the payment commitments of `clientWithInstruments` name: approved for day activities' bundle. */
let committed: string;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  committed = await approvedProvider("committed-staff");
});
afterAll(() => runtime?.stop());

const worker = "role=worker&sub=worker-1";
const admin = "role=admin&sub=admin-1";
/** The personal identity code of each person of this file, by the `sub` they sign in with. */
const people = new Map<string, string>();
/**
 * A person's token, by their `sub`: HB's records decide what they are — staff of the provider whose
 * application they made when it was approved as a new provider, or that invited them, else only an applicant.
 */
const staff = (sub: string): string => personToken(personalIdOf(sub), sub);
function personalIdOf(sub: string): string {
  if (!people.has(sub)) people.set(sub, freshPersonalId());
  return people.get(sub)!;
}
const ASSISTANCE = "HENKILOKOHTAINEN_APU";
const DAY_ACTIVITIES = "PAIVATOIMINTA";
const HOUSING_BUNDLE = "HEBU_KEHITYSVAMMAISTEN_ASUMINEN";

const show = (response: Response) => `${response.status} ${JSON.stringify(response.body)?.slice(0, 800)}`;

function expectProblem(response: Response, status: number, code: string, paths: string[] = []) {
  expect(response.status, show(response)).toBe(status);
  expect(response.headers.get("content-type"), show(response)).toMatch(/^application\/problem\+json\b/);
  expect(response.body.code, show(response)).toBe(code);
  const errorPaths = ((response.body.errors ?? []) as { path: string }[]).map((error) => error.path);
  for (const path of paths) expect(errorPaths, show(response)).toContain(path);
}

type Application = ReturnType<typeof providerApplicationBody>;

async function apply(sub: string, body: Application): Promise<string> {
  const response = await api.call("POST", "/v1/provider-applications", { as: staff(sub), body });
  expect(response.status, show(response)).toBe(201);
  return response.body.applicationId as string;
}

async function decide(applicationId: string, outcome: string, reason = "Perustelu.", as = worker): Promise<Response> {
  return api.call("POST", `/v1/provider-applications/${applicationId}/decision`, { as, body: { outcome, reason } });
}

/** Applies and approves; the new (or updated) provider's id. */
async function approvedProvider(sub: string, changes: Partial<Application> = {}): Promise<string> {
  const applicationId = await apply(sub, { ...providerApplicationBody(freshBusinessId()), ...changes });
  const response = await decide(applicationId, "approved");
  expect(response.status, show(response)).toBe(200);
  return response.body.providerId as string;
}

/** A client with an issued decision: a voucher for personal assistance (36,00 €/h) and a payment commitment for day activities. */
async function clientWithInstruments() {
  const code = freshPersonalId();
  const client = await api.call("POST", "/v1/clients", {
    as: worker,
    body: { personalId: code, firstName: "Ilmari", lastName: "Valitsija", municipality: "Rovaniemi", language: "fi" },
  });
  expect(client.status, show(client)).toBe(201);
  const clientId = client.body.clientId as string;
  const representatives = { act: freshPersonalId(), view: freshPersonalId() };
  for (const permission of ["act", "view"] as const) {
    const added = await api.call("POST", `/v1/clients/${clientId}/representatives`, {
      as: worker,
      body: { personalId: representatives[permission], name: `Edustaja rep-${permission}`, relationship: "läheinen", permission, basis: "client-authorisation" },
    });
    expect(added.status, show(added)).toBe(201);
  }
  const plan = await api.call("POST", `/v1/clients/${clientId}/service-plans`, { as: worker, body: validBodies["servicePlans.create"]!() });
  expect(plan.status, show(plan)).toBe(201);
  const budget = await api.call("POST", `/v1/service-plans/${plan.body.planId}/budget`, { as: worker });
  expect(budget.status, show(budget)).toBe(201);
  const draft = await api.call("POST", `/v1/budgets/${budget.body.budgetId}/decisions`, {
    as: worker,
    body: validBodies["decisions.create"]!({ providerId: committed } as Fixtures),
  });
  expect(draft.status, show(draft)).toBe(201);
  const issued = await api.call("POST", `/v1/decisions/${draft.body.decisionId}/issue`, { as: worker });
  expect(issued.status, show(issued)).toBe(200);
  const [voucher, commitment] = issued.body.instruments as { instrumentId: string; kind: string; serviceCode: string; unitValueCents: number }[];
  expect([voucher!.kind, voucher!.serviceCode, voucher!.unitValueCents]).toEqual(["voucher", ASSISTANCE, 3600]);
  expect([commitment!.kind, commitment!.serviceCode]).toEqual(["payment-commitment", DAY_ACTIVITIES]);
  return {
    clientId,
    decisionId: draft.body.decisionId as string,
    voucherId: voucher!.instrumentId,
    commitmentId: commitment!.instrumentId,
    clientToken: personToken(code, `client-${clientId}`),
    repAct: personToken(representatives.act, "rep-act"),
    repView: personToken(representatives.view, "rep-view"),
  };
}

/** The whole list of a service's offers, page by page. */
async function allOffers(serviceCode: string, as: string, extra = "", limit = 100) {
  const items: { providerId: string; name: string; unitPriceCents: number; clientShareCents?: number }[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page += 1) {
    const query = `serviceCode=${serviceCode}&limit=${limit}${extra}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const response = await api.call("GET", `/v1/providers?${query}`, { as });
    expect(response.status, show(response)).toBe(200);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
    if (!cursor) break;
  }
  return items;
}

describe("provider applications", () => {
  it("refuses a bad Y-tunnus and a bad IBAN with 422 and their field paths", async () => {
    const valid = freshBusinessId();
    const wrongCheck = `${valid.slice(0, 8)}${(Number(valid.slice(8)) + 1) % 10}`;
    expect(businessIdCheckDigit(valid.slice(0, 7))).not.toBe(Number(wrongCheck.slice(8)));
    const response = await api.call("POST", "/v1/provider-applications", {
      as: staff("applicant-bad"),
      body: { ...providerApplicationBody(wrongCheck), iban: "FI2212345600000785" },
    });
    expectProblem(response, 422, "VALIDATION_FAILED", ["/body/businessId", "/body/iban"]);
    const codes = (response.body.errors as { path: string; code: string }[]).map((error) => [error.path, error.code]);
    expect(codes).toEqual(expect.arrayContaining([["/body/businessId", "INVALID_BUSINESS_ID"], ["/body/iban", "INVALID_IBAN"]]));
  });

  it("refuses an unknown bundle, an unknown service and a service outside the bundles, naming each entry", async () => {
    const base = providerApplicationBody(freshBusinessId());
    expectProblem(
      await api.call("POST", "/v1/provider-applications", { as: staff("applicant-bad"), body: { ...base, bundles: ["HEBU_EI_OLE_OLEMASSA"] } }),
      422,
      "UNKNOWN_BUNDLE",
      ["/body/bundles/0"],
    );
    expectProblem(
      await api.call("POST", "/v1/provider-applications", {
        as: staff("applicant-bad"),
        body: { ...base, prices: [{ serviceCode: "EI_OLE_PALVELU", unitPriceCents: 1000 }] },
      }),
      422,
      "UNKNOWN_SERVICE",
      ["/body/prices/0/serviceCode"],
    );
    // Housing bundle: supported housing is in it, personal assistance is not.
    const outside = await api.call("POST", "/v1/provider-applications", {
      as: staff("applicant-bad"),
      headers: { "accept-language": "sv" },
      body: {
        ...base,
        bundles: [HOUSING_BUNDLE],
        prices: [
          { serviceCode: "TUETTU_ASUMINEN", unitPriceCents: 9800 },
          { serviceCode: ASSISTANCE, unitPriceCents: 3800 },
        ],
      },
    });
    expectProblem(outside, 422, "SERVICE_NOT_IN_BUNDLES", ["/body/prices/1/serviceCode"]);
    expect(outside.body.errors).toEqual([
      { path: "/body/prices/1/serviceCode", code: "SERVICE_NOT_IN_BUNDLES", message: "Tjänsten hör inte till någon av serviceproducentens tjänstehelheter." },
    ]);
    const duplicate = await api.call("POST", "/v1/provider-applications", {
      as: staff("applicant-bad"),
      body: { ...base, prices: [base.prices[0], { ...base.prices[0], unitPriceCents: 4000 }] },
    });
    expectProblem(duplicate, 422, "VALIDATION_FAILED", ["/body/prices/1/serviceCode"]);
    expect(duplicate.body.errors[0].code).toBe("DUPLICATE_PRICE");
  });

  it("only people apply (not area staff); the applicant, admins and workers read the application, other providers and clients do not", async () => {
    const body = providerApplicationBody(freshBusinessId());
    expectProblem(await api.call("POST", "/v1/provider-applications", { as: worker, body }), 403, "FORBIDDEN");
    const created = await api.call("POST", "/v1/provider-applications", { as: staff("applicant-read"), body });
    expect(created.status, show(created)).toBe(201);
    expect(created.headers.get("location")).toBe(`/v1/provider-applications/${created.body.applicationId}`);
    expect(created.body).toMatchObject({ status: "pending", applicantSub: "applicant-read", businessId: body.businessId, prices: body.prices });
    expect(created.body).not.toHaveProperty("decision");
    const path = `/v1/provider-applications/${created.body.applicationId}`;
    for (const as of [staff("applicant-read"), admin, worker]) expect((await api.call("GET", path, { as })).status).toBe(200);
    // Staff of another provider, and a client.
    await approvedProvider("someone-else");
    expectProblem(await api.call("GET", path, { as: staff("someone-else") }), 403, "FORBIDDEN");
    expectProblem(await api.call("GET", path, { as: (await clientWithInstruments()).clientToken }), 403, "FORBIDDEN");
    expectProblem(await api.call("GET", "/v1/provider-applications/9c4b2a1e-7d3f-4e8a-b6c5-1f0e9d8c7b6a", { as: admin }), 404, "NOT_FOUND");
  });

  it("approval creates the provider and links the applicant; deciding again is 409", async () => {
    const body = providerApplicationBody(freshBusinessId());
    const applicationId = await apply("applicant-approve", body);
    expectProblem(await decide(applicationId, "approved", "x", staff("applicant-approve")), 403, "FORBIDDEN");
    const approved = await decide(applicationId, "approved", "Sääntökirjan ehdot täyttyvät.", admin);
    expect(approved.status, show(approved)).toBe(200);
    const providerId = approved.body.providerId as string;
    expect(providerId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(approved.body).toMatchObject({
      status: "approved",
      decision: { outcome: "approved", reason: "Sääntökirjan ehdot täyttyvät.", decidedBy: { sub: "admin-1", roles: ["admin"] } },
      provider: {
        providerId,
        businessId: body.businessId,
        name: body.name,
        iban: body.iban,
        bundles: body.bundles,
        status: "approved",
        memberCount: 1,
        applicationId,
        version: 1,
      },
    });
    const read = await api.call("GET", `/v1/provider-applications/${applicationId}`, { as: staff("applicant-approve") });
    expect(read.body).toMatchObject({ status: "approved", providerId });
    // The applicant is the provider's first member, under the contact name of the application.
    const members = await api.call("GET", `/v1/providers/${providerId}/members`, { as: staff("applicant-approve") });
    expect(members.status, show(members)).toBe(200);
    expect(members.body.items).toEqual([expect.objectContaining({ providerId, name: body.contact.name })]);

    const again = await decide(applicationId, "rejected");
    expectProblem(again, 409, "APPLICATION_ALREADY_DECIDED");
    expect(again.body.detail).toContain("approved");

    const prices = await api.call("GET", `/v1/providers/${providerId}/prices`, { as: "role=finance&sub=f-1" });
    expect(prices.body.prices.map((price: { serviceCode: string; unitPriceCents: number }) => [price.serviceCode, price.unitPriceCents])).toEqual([
      [ASSISTANCE, 3800],
      [DAY_ACTIVITIES, 7500],
    ]);
  });

  it("a rejection keeps its reason, an information request is final too, and the provider can apply again at any time", async () => {
    const body = providerApplicationBody(freshBusinessId());
    const first = await apply("applicant-again", body);
    const rejected = await decide(first, "rejected", "Soteri-rekisteröinti puuttuu.");
    expect(rejected.status, show(rejected)).toBe(200);
    expect(rejected.body).toMatchObject({ status: "rejected", decision: { outcome: "rejected", reason: "Soteri-rekisteröinti puuttuu." } });
    expect(rejected.body).not.toHaveProperty("providerId");
    expect(rejected.body).not.toHaveProperty("provider");
    const kept = await api.call("GET", `/v1/provider-applications/${first}`, { as: staff("applicant-again") });
    expect(kept.body.decision.reason).toBe("Soteri-rekisteröinti puuttuu.");
    expectProblem(await decide(first, "approved"), 409, "APPLICATION_ALREADY_DECIDED");

    const second = await apply("applicant-again", body);
    const asked = await decide(second, "info-requested", "Lähettäkää hinnasto myös iltatyölle.");
    expect(asked.body).toMatchObject({ status: "info-requested", decision: { reason: "Lähettäkää hinnasto myös iltatyölle." } });
    expectProblem(await decide(second, "approved"), 409, "APPLICATION_ALREADY_DECIDED");

    const third = await apply("applicant-again", body);
    const approved = await decide(third, "approved");
    expect(approved.body.status).toBe("approved");
    expect(approved.body.provider.memberCount).toBe(1);
  });

  it("a member of an approved provider applies for more bundles: approval adds bundles and prices, never details, account or staff", async () => {
    const businessId = freshBusinessId();
    const providerId = await approvedProvider("owner-1", { businessId });
    // owner-2 joins by invitation: only the provider's members may apply under its business ID.
    const invited = await api.call("POST", `/v1/providers/${providerId}/members`, {
      as: staff("owner-1"),
      body: { personalId: personalIdOf("owner-2"), name: "Toinen Henkilö" },
    });
    expect(invited.status, show(invited)).toBe(201);
    const membersBefore = (await api.call("GET", `/v1/providers/${providerId}/members`, { as: staff("owner-1") })).body.items;
    expect(membersBefore.map((member: { name: string }) => member.name)).toEqual(expect.arrayContaining(["Ulla Yrittäjä", "Toinen Henkilö"]));
    const created = await api.call("POST", "/v1/provider-applications", {
      as: staff("owner-2"),
      body: {
        ...providerApplicationBody(businessId),
        name: "Aamurusko ja Iltarusko Oy",
        contact: { name: "Toinen Henkilö", email: "toinen@aamurusko.example", phone: "+358 40 765 4321" },
        bundles: [HOUSING_BUNDLE],
        prices: [{ serviceCode: "TUETTU_ASUMINEN", unitPriceCents: 9800 }],
      },
    });
    expect(created.status, show(created)).toBe(201);
    // The application names its provider from the start: it can only extend that one.
    expect(created.body).toMatchObject({ status: "pending", providerId, applicantSub: "owner-2" });
    const updated = await decide(created.body.applicationId, "approved");
    expect(updated.status, show(updated)).toBe(200);
    expect(updated.body.providerId).toBe(providerId);
    expect(updated.body.provider).toMatchObject({
      name: "Aamurusko Oy",
      iban: "FI2112345600000785",
      contact: providerApplicationBody(businessId).contact,
      bundles: ["HEBU_PAIVATOIMINTA_HAPU_KOTIHOITO", HOUSING_BUNDLE],
      memberCount: 2,
      applicationId: created.body.applicationId,
      version: 2,
    });
    const prices = await api.call("GET", `/v1/providers/${providerId}/prices`, { as: worker });
    expect(prices.body.prices.map((price: { serviceCode: string }) => price.serviceCode)).toEqual([ASSISTANCE, DAY_ACTIVITIES, "TUETTU_ASUMINEN"]);
    // The staff stay as they were: the application's contact joined no one.
    expect((await api.call("GET", `/v1/providers/${providerId}/members`, { as: staff("owner-2") })).body.items).toEqual(membersBefore);

    // A member naming another account is sent to the bank-account change flow.
    const otherAccount = await api.call("POST", "/v1/provider-applications", {
      as: staff("owner-1"),
      headers: { "accept-language": "en" },
      body: { ...providerApplicationBody(businessId), iban: freshIban() },
    });
    expectProblem(otherAccount, 409, "BANK_ACCOUNT_CHANGE_REQUIRED", ["/body/iban"]);
    expect(otherAccount.body.errors[0].message).toBe("Give the account in force; the bank account changes through a bank-account change request.");
  });
});

describe("an approval re-pricing a service with an announced change", () => {
  it("puts the application's price from today and keeps the coming change", async () => {
    const businessId = freshBusinessId();
    const providerId = await approvedProvider("owner-coming", { businessId });
    const nextYear = `${testNow.getUTCFullYear() + 1}-01-01`;
    const announced = await api.call("PUT", `/v1/providers/${providerId}/prices`, {
      as: staff("owner-coming"),
      body: { effectiveFrom: nextYear, prices: [{ serviceCode: ASSISTANCE, unitPriceCents: 4200 }] },
    });
    expect(announced.status, show(announced)).toBe(200);
    const created = await api.call("POST", "/v1/provider-applications", {
      as: staff("owner-coming"),
      body: {
        ...providerApplicationBody(businessId),
        bundles: ["HEBU_PAIVATOIMINTA_HAPU_KOTIHOITO", HOUSING_BUNDLE],
        prices: [
          { serviceCode: ASSISTANCE, unitPriceCents: 3900 },
          { serviceCode: "TUETTU_ASUMINEN", unitPriceCents: 9800 },
        ],
      },
    });
    expect(created.status, show(created)).toBe(201);
    expect((await decide(created.body.applicationId, "approved")).status).toBe(200);
    const prices = await api.call("GET", `/v1/providers/${providerId}/prices`, { as: worker });
    expect(prices.body.prices.find((price: { serviceCode: string }) => price.serviceCode === ASSISTANCE)).toMatchObject({
      unitPriceCents: 3900,
      coming: { unitPriceCents: 4200, effectiveFrom: nextYear },
    });
  });
});

describe("taking over a provider's bank account (issue 11, defect 1)", () => {
  const finance = "role=finance&sub=finance-1";

  it("another login applying under an approved provider's business ID with its own IBAN is refused, and nothing of the provider changes", async () => {
    const businessId = freshBusinessId();
    const victim = await approvedProvider("victim-staff", { businessId });
    const attacker = freshIban();
    // A person HB knows nothing of, and staff of another approved provider: neither is a member of the victim.
    await approvedProvider("mallory-elsewhere");
    for (const as of [staff("mallory"), staff("mallory-elsewhere")]) {
      const refused = await api.call("POST", "/v1/provider-applications", {
        as,
        headers: { "accept-language": "sv" },
        body: { ...providerApplicationBody(businessId), iban: attacker, contact: { name: "Mallory", email: "mallory@example.com", phone: "+358 40 000 0000" } },
      });
      expectProblem(refused, 409, "PROVIDER_ALREADY_REGISTERED");
      expect(refused.body.detail).toContain(businessId);
      expect(refused.body.title).toBe("Serviceproducenten är redan godkänd");
    }
    const history = await api.call("GET", `/v1/providers/${victim}/bank-account-changes`, { as: finance });
    expect(history.body).toMatchObject({
      providerId: victim,
      iban: "FI2112345600000785",
      contact: { name: "Ulla Yrittäjä", email: "ulla@aamurusko.example", phone: "+358 40 123 4567" },
      items: [],
    });
  });

  it("an application pending when the business ID got its provider cannot be approved onto it (409), and stays pending to be rejected", async () => {
    const businessId = freshBusinessId();
    const first = await apply("first-staff", providerApplicationBody(businessId));
    const second = await apply("mallory-early", { ...providerApplicationBody(businessId), iban: freshIban() });
    const approved = await decide(first, "approved");
    expect(approved.status, show(approved)).toBe(200);
    const providerId = approved.body.providerId as string;

    const refused = await decide(second, "approved");
    expectProblem(refused, 409, "PROVIDER_ALREADY_REGISTERED");
    expect((await api.call("GET", `/v1/provider-applications/${second}`, { as: admin })).body.status).toBe("pending");
    expect((await decide(second, "rejected", "Y-tunnuksella on jo palveluntuottaja.")).status).toBe(200);
    const history = await api.call("GET", `/v1/providers/${providerId}/bank-account-changes`, { as: finance });
    expect(history.body.iban).toBe("FI2112345600000785");
  });
});

describe("price lists", () => {
  it("the provider's own staff replace its price list; another provider cannot (403); the same checks as an application", async () => {
    const providerId = await approvedProvider("pricer");
    const other = await approvedProvider("other-pricer");
    const path = `/v1/providers/${providerId}/prices`;
    const before = await api.call("GET", path, { as: (await clientWithInstruments()).clientToken });
    expect(before.status, show(before)).toBe(200);

    const replaced = await api.call("PUT", path, {
      as: staff("pricer"),
      body: { prices: [{ serviceCode: "KOTIHOITO", unitPriceCents: 4000 }, { serviceCode: ASSISTANCE, unitPriceCents: 3900 }] },
    });
    expect(replaced.status, show(replaced)).toBe(200);
    expect(replaced.body.providerId).toBe(providerId);
    expect(replaced.body.prices.map((price: { serviceCode: string; unitPriceCents: number }) => [price.serviceCode, price.unitPriceCents])).toEqual([
      [ASSISTANCE, 3900],
      ["KOTIHOITO", 4000],
    ]);
    const read = await api.call("GET", path, { as: worker });
    expect(read.body).toEqual(replaced.body);
    // Day activities were dropped: the provider no longer offers them.
    expect((await allOffers(DAY_ACTIVITIES, worker)).map((offer) => offer.providerId)).not.toContain(providerId);

    expect(other).not.toBe(providerId);
    // Staff of another provider, a person who is no provider's staff, an admin, a worker.
    for (const as of [staff("other-pricer"), staff("pricer-not-staff"), "role=admin&sub=admin-1", worker]) {
      expectProblem(await api.call("PUT", path, { as, body: { prices: [] } }), 403, "FORBIDDEN");
    }
    expect((await api.call("GET", path, { as: worker })).body).toEqual(replaced.body);

    expectProblem(
      await api.call("PUT", path, { as: staff("pricer"), body: { prices: [{ serviceCode: "TUETTU_ASUMINEN", unitPriceCents: 9800 }] } }),
      422,
      "SERVICE_NOT_IN_BUNDLES",
      ["/body/prices/0/serviceCode"],
    );
    expectProblem(
      await api.call("PUT", "/v1/providers/0b0c8a8e-6f0e-4d53-9d1f-0d6f4b2f7a31/prices", { as: staff("pricer"), body: { prices: [] } }),
      404,
      "NOT_FOUND",
    );
    expectProblem(await api.call("GET", "/v1/providers/0b0c8a8e-6f0e-4d53-9d1f-0d6f4b2f7a31/prices", { as: worker }), 404, "NOT_FOUND");
  });
});

describe("comparing providers", () => {
  let cheap: string;
  let dear: string;
  let setup: Awaited<ReturnType<typeof clientWithInstruments>>;

  beforeAll(async () => {
    dear = await approvedProvider("dear-staff", { name: "Kallis Apu Oy", prices: [{ serviceCode: ASSISTANCE, unitPriceCents: 3800 }] });
    cheap = await approvedProvider("cheap-staff", { name: "Edullinen Apu Oy", prices: [{ serviceCode: ASSISTANCE, unitPriceCents: 3400 }] });
    await apply("pending-staff", { ...providerApplicationBody(freshBusinessId()), name: "Kesken Oy" });
    const rejected = await apply("rejected-staff", { ...providerApplicationBody(freshBusinessId()), name: "Hylätty Oy" });
    expect((await decide(rejected, "rejected")).status).toBe(200);
    setup = await clientWithInstruments();
  });

  it("lists approved providers of a service with their unit price, for any signed-in role", async () => {
    for (const as of [worker, setup.clientToken, setup.repView, staff("dear-staff"), staff("anyone"), "role=finance&sub=f", admin]) {
      const offers = await allOffers(ASSISTANCE, as);
      const names = offers.map((offer) => offer.name);
      expect(names).toEqual(expect.arrayContaining(["Kallis Apu Oy", "Edullinen Apu Oy"]));
      expect(names).not.toContain("Kesken Oy");
      expect(names).not.toContain("Hylätty Oy");
      expect(offers.find((offer) => offer.providerId === dear)).toMatchObject({ unitPriceCents: 3800, unit: "hour", serviceCode: ASSISTANCE });
      expect(offers.every((offer) => offer.clientShareCents === undefined)).toBe(true);
    }
    expectProblem(await api.call("GET", `/v1/providers?serviceCode=${ASSISTANCE}`), 401, "UNAUTHENTICATED");
    expectProblem(await api.call("GET", "/v1/providers?serviceCode=EI_OLE_PALVELU", { as: worker }), 422, "UNKNOWN_SERVICE", ["/query/serviceCode"]);
  });

  it("pages with an opaque cursor that only fits its own list", async () => {
    const whole = await allOffers(ASSISTANCE, worker);
    const paged = await allOffers(ASSISTANCE, worker, "", 1);
    expect(whole.length).toBeGreaterThanOrEqual(2);
    expect(paged.map((offer) => offer.providerId)).toEqual(whole.map((offer) => offer.providerId));
    const first = await api.call("GET", `/v1/providers?serviceCode=${ASSISTANCE}&limit=1`, { as: worker });
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expectProblem(
      await api.call("GET", `/v1/providers?serviceCode=${DAY_ACTIVITIES}&cursor=${encodeURIComponent(first.body.nextCursor)}`, { as: worker }),
      400,
      "INVALID_CURSOR",
    );
  });

  it("given a voucher, shows the client's own share per unit (price − unit value, never below zero) to those who may see it", async () => {
    const extra = `&instrumentId=${setup.voucherId}`;
    for (const as of [setup.clientToken, setup.repAct, setup.repView, worker]) {
      const offers = await allOffers(ASSISTANCE, as, extra);
      // 38,00 € against a voucher of 36,00 €/h: 2,00 € an hour; 34,00 €: nothing.
      expect(offers.find((offer) => offer.providerId === dear)?.clientShareCents).toBe(200);
      expect(offers.find((offer) => offer.providerId === cheap)?.clientShareCents).toBe(0);
    }
    const one = await api.call("GET", `/v1/providers?serviceCode=${ASSISTANCE}${extra}`, { as: setup.clientToken });
    expect(one.body.instrument).toEqual({ instrumentId: setup.voucherId, clientId: setup.clientId, serviceCode: ASSISTANCE, unitValueCents: 3600 });

    const other = await clientWithInstruments();
    // Another client, a representative of another client, a provider's staff, admin, finance.
    for (const as of [other.clientToken, other.repAct, staff("dear-staff"), admin, "role=finance&sub=f"]) {
      expectProblem(await api.call("GET", `/v1/providers?serviceCode=${ASSISTANCE}${extra}`, { as }), 403, "FORBIDDEN");
    }
    expectProblem(
      await api.call("GET", `/v1/providers?serviceCode=${ASSISTANCE}&instrumentId=${setup.commitmentId}`, { as: setup.clientToken }),
      422,
      "VALIDATION_FAILED",
      ["/query/instrumentId"],
    );
    expectProblem(
      await api.call("GET", `/v1/providers?serviceCode=${ASSISTANCE}&instrumentId=9c4b2a1e-7d3f-4e8a-b6c5-1f0e9d8c7b6a`, { as: worker }),
      404,
      "NOT_FOUND",
    );

    // Reading the voucher's value is a read of the client's data: audited under the client.
    const audit = await api.call("GET", `/v1/audit?clientId=${setup.clientId}&limit=100`, { as: admin });
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({ kind: "read", action: "providers.list", actor: expect.objectContaining({ sub: `client-${setup.clientId}` }) }),
    );
  });
});

describe("choosing a provider and accepting the voucher", () => {
  it("client chooses → awaiting acceptance; the named provider accepts → active; others are refused; accepting twice is 409", async () => {
    const dear = await approvedProvider("c-dear", { prices: [{ serviceCode: ASSISTANCE, unitPriceCents: 3800 }] });
    const cheap = await approvedProvider("c-cheap", { prices: [{ serviceCode: ASSISTANCE, unitPriceCents: 3400 }] });
    const dayOnly = await approvedProvider("c-day", { prices: [{ serviceCode: DAY_ACTIVITIES, unitPriceCents: 7000 }] });
    const s = await clientWithInstruments();
    const choose = (as: string, providerId: string) => api.call("POST", `/v1/instruments/${s.voucherId}/provider`, { as, body: { providerId } });
    const accept = (as: string) => api.call("POST", `/v1/instruments/${s.voucherId}/accept`, { as });
    const read = (as: string) => api.call("GET", `/v1/instruments/${s.voucherId}`, { as });

    // Before a choice the voucher names no provider: no provider may read it.
    expectProblem(await read(staff("c-dear")), 403, "FORBIDDEN");

    const chosen = await choose(s.clientToken, dear);
    expect(chosen.status, show(chosen)).toBe(200);
    expect(chosen.body).toMatchObject({ instrumentId: s.voucherId, status: "awaiting-acceptance", providerId: dear, serviceName: "Henkilökohtainen apu" });

    expectProblem(await accept(staff("c-cheap")), 403, "FORBIDDEN");
    // A person who is no provider's staff.
    expectProblem(await accept(staff("c-not-staff")), 403, "FORBIDDEN");
    expectProblem(await accept(s.clientToken), 403, "FORBIDDEN");
    expectProblem(await accept(worker), 403, "FORBIDDEN");
    const accepted = await accept(staff("c-dear"));
    expect(accepted.status, show(accepted)).toBe(200);
    expect(accepted.body).toMatchObject({ status: "active", providerId: dear, availableCents: 432_000 });
    const twice = await accept(staff("c-dear"));
    expectProblem(twice, 409, "INSTRUMENT_NOT_AWAITING_ACCEPTANCE");
    expect(twice.body.detail).toContain("active");

    // The named provider reads the voucher, another provider does not; the provider's read is audited under the client.
    const seen = await read(staff("c-dear"));
    expect(seen.status, show(seen)).toBe(200);
    expect(seen.body).toMatchObject({ status: "active", instrumentId: s.voucherId });
    // Data minimisation: the provider sees the voucher by its number, not whose records it belongs to.
    for (const link of ["clientId", "budgetId", "decisionId"]) expect(seen.body).not.toHaveProperty(link);
    expectProblem(await read(staff("c-cheap")), 403, "FORBIDDEN");
    const audit = await api.call("GET", `/v1/audit?clientId=${s.clientId}&limit=100`, { as: admin });
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({ kind: "read", action: "instruments.get", actor: { sub: "c-dear", roles: ["provider", "applicant"] } }),
    );
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({ kind: "write", action: "instruments.accept", actor: { sub: "c-dear", roles: ["provider", "applicant"] } }),
    );

    // Choosing the same provider again changes nothing.
    expect((await choose(s.repAct, dear)).body.status).toBe("active");
    // A representative with view only may not choose; with act may, and a change takes the acceptance back.
    expectProblem(await choose(s.repView, cheap), 403, "FORBIDDEN");
    expectProblem(await choose(worker, cheap), 403, "FORBIDDEN");
    const changed = await choose(s.repAct, cheap);
    expect(changed.status, show(changed)).toBe(200);
    expect(changed.body).toMatchObject({ status: "awaiting-acceptance", providerId: cheap });
    expectProblem(await accept(staff("c-dear")), 403, "FORBIDDEN");
    expectProblem(await read(staff("c-dear")), 403, "FORBIDDEN");
    expect((await accept(staff("c-cheap"))).body.status).toBe("active");

    // Only an approved provider that prices the voucher's service.
    for (const providerId of [dayOnly, "9c4b2a1e-7d3f-4e8a-b6c5-1f0e9d8c7b6a"]) {
      expectProblem(await choose(s.clientToken, providerId), 422, "PROVIDER_NOT_AVAILABLE", ["/body/providerId"]);
    }
    expect((await read(worker)).body).toMatchObject({ status: "active", providerId: cheap });
  });

  it("a payment commitment cannot be chosen for (409) but its named provider accepts it", async () => {
    const provider = await approvedProvider("pc-staff", { prices: [{ serviceCode: DAY_ACTIVITIES, unitPriceCents: 7000 }] });
    const s = await clientWithInstruments();
    expectProblem(
      await api.call("POST", `/v1/instruments/${s.commitmentId}/provider`, { as: s.clientToken, body: { providerId: provider } }),
      409,
      "NOT_A_VOUCHER",
    );
    // The decision names `committed` on the commitment.
    expectProblem(await api.call("POST", `/v1/instruments/${s.commitmentId}/accept`, { as: staff("pc-staff") }), 403, "FORBIDDEN");
    const accepted = await api.call("POST", `/v1/instruments/${s.commitmentId}/accept`, { as: staff("committed-staff") });
    expect(accepted.status, show(accepted)).toBe(200);
    expect(accepted.body).toMatchObject({ kind: "payment-commitment", status: "active", providerId: committed });
  });

  it("a closed voucher keeps its provider: no new choice (409) and nothing to accept (409)", async () => {
    const provider = await approvedProvider("closed-staff", { prices: [{ serviceCode: ASSISTANCE, unitPriceCents: 3600 }] });
    const s = await clientWithInstruments();
    expect((await api.call("POST", `/v1/instruments/${s.voucherId}/provider`, { as: s.clientToken, body: { providerId: provider } })).status).toBe(200);
    const revoked = await api.call("POST", `/v1/decisions/${s.decisionId}/revoke`, { as: worker, body: { reason: "Päätös kumottu." } });
    expect(revoked.status, show(revoked)).toBe(200);
    expectProblem(
      await api.call("POST", `/v1/instruments/${s.voucherId}/provider`, { as: s.clientToken, body: { providerId: provider } }),
      409,
      "INSTRUMENT_CLOSED",
    );
    const late = await api.call("POST", `/v1/instruments/${s.voucherId}/accept`, { as: staff("closed-staff") });
    expectProblem(late, 409, "INSTRUMENT_NOT_AWAITING_ACCEPTANCE");
    expect(late.body.detail).toContain("closed");
    expect((await api.call("GET", `/v1/instruments/${s.voucherId}`, { as: staff("closed-staff") })).body).toMatchObject({
      status: "closed",
      providerId: provider,
    });
  });
});
