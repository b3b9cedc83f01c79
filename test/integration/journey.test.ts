import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { freshBusinessId, freshPersonalId, personToken, providerApplicationBody } from "../support/fixtures";
import { approvedProvider } from "../support/settlement";

/** The HB process of SPEC §2 steps 1–6 and 11, end to end through the local HTTP front. */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
const worker = "role=worker&sub=worker-1";
const nbsp = "\u00a0";
/** Aamurusko Oy, approved for day activities, personal assistance and home care: the payment commitments name it. */
let aamurusko: string;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  aamurusko = (await approvedProvider(api, "staff-anna")).providerId;
});
afterAll(() => runtime?.stop());

const plan = (services: object[], validFrom = "2027-01-01", validTo = "2027-12-31") => ({
  validFrom,
  validTo,
  services,
  followUp: { intervalDays: 90, method: "kotikäynti" },
});
const assistance = { serviceCode: "HENKILOKOHTAINEN_APU", content: "Apu asiointiin ja harrastuksiin", quantity: 10, unit: "hour", per: "month", unitCostCents: 3600, costBasis: "reference-price" };
const dayActivities = { serviceCode: "PAIVATOIMINTA", content: "Päivätoiminta", quantity: 8, unit: "day", per: "month", unitCostCents: 7000, costBasis: "existing-service" };

/** The personal identity code of this file's person number `individual`. */
function personalIdOf(individual: number): string {
  const nine = `150590${String(individual).padStart(3, "0")}`;
  return `150590-${nine.slice(6)}${personalIdCheckCharacter(nine)}`;
}

async function newClient(individual: number, language = "fi") {
  const { status, body } = await api.call("POST", "/v1/clients", {
    as: worker,
    body: { personalId: personalIdOf(individual), firstName: "Aino", lastName: "Virtanen", municipality: "Rovaniemi", language },
  });
  expect(status).toBe(201);
  return body.clientId as string;
}

describe("the client journey", () => {
  it("assessment → support plan → plan v1 and v2 → budget → decision → issue → instruments → the client's own view", async () => {
    const clientId = await newClient(11);
    const clientToken = personToken(personalIdOf(11), "client-11");

    const assessment = await api.call("POST", `/v1/clients/${clientId}/assessments`, {
      as: worker,
      body: { assessedOn: "2026-11-02", needs: [{ area: "liikkuminen", description: "Tarvitsee apua asioinnissa", serviceCodes: ["HENKILOKOHTAINEN_APU"] }] },
    });
    expect(assessment.status).toBe(201);

    const supportPlan = await api.call("POST", `/v1/clients/${clientId}/support-plans`, {
      as: clientToken,
      body: { wishes: "Haluan käydä itse kaupassa ja uimassa.", goals: ["Asioin itse"], preferredServices: ["HENKILOKOHTAINEN_APU"] },
    });
    expect(supportPlan.status).toBe(201);
    expect(supportPlan.body.writtenBy).toEqual({ sub: "client-11", roles: ["client", "applicant"] });

    const v1 = await api.call("POST", `/v1/clients/${clientId}/service-plans`, { as: worker, body: plan([assistance]) });
    expect(v1.body.version).toBe(1);
    const v2 = await api.call("POST", `/v1/clients/${clientId}/service-plans`, { as: worker, body: plan([assistance, dayActivities]) });
    expect(v2.body.version).toBe(2);
    const versions = await api.call("GET", `/v1/clients/${clientId}/service-plans`, { as: worker });
    expect(versions.body.items.map((p: { version: number; status: string }) => [p.version, p.status])).toEqual([
      [2, "current"],
      [1, "superseded"],
    ]);
    // A budget only from the current version.
    expect((await api.call("POST", `/v1/service-plans/${v1.body.planId}/budget`, { as: worker })).body.code).toBe("PLAN_SUPERSEDED");

    const budget = await api.call("POST", `/v1/service-plans/${v2.body.planId}/budget`, { as: worker });
    expect(budget.status).toBe(201);
    // 10 h × 36,00 € × 12 months and 8 days × 70,00 € × 12 months.
    expect(budget.body.lines.map((line: { lineId: string; grantedCents: number }) => [line.lineId, line.grantedCents])).toEqual([
      ["L1", 432_000],
      ["L2", 672_000],
    ]);
    expect(budget.body.totalGrantedCents).toBe(1_104_000);
    expect(budget.body.totals).toMatchObject({ grantedCents: 1_104_000, availableCents: 1_104_000, committedCents: 0, recordedCents: 0 });
    expect(budget.body.lines[0].pace.driftStatus).toBe("not-started");
    // Repeating the POST returns the same budget.
    const again = await api.call("POST", `/v1/service-plans/${v2.body.planId}/budget`, { as: worker });
    expect(again.status).toBe(200);
    expect(again.body.budgetId).toBe(budget.body.budgetId);

    const draft = await api.call("POST", `/v1/budgets/${budget.body.budgetId}/decisions`, {
      as: worker,
      body: {
        decidedOn: "2026-11-23",
        legalBasis: ["vammaispalvelulaki"],
        decisionMaker: { name: "Sari Sosiaalityöntekijä", title: "sosiaalityöntekijä" },
        lines: [
          { lineId: "L1", paymentMethod: "voucher" },
          { lineId: "L2", paymentMethod: "payment-commitment", providerId: aamurusko },
        ],
      },
    });
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe("draft");
    expect(draft.body.lines[1]).toMatchObject({ paymentMethod: "payment-commitment", providerId: aamurusko, providerName: "Aamurusko Oy" });
    expect(draft.body.document.text).toContain("maksusitoumus, palveluntuottaja: Aamurusko Oy");
    expect(draft.body.number).toMatch(/^HB-P-2026-\d{6}$/);
    expect(draft.body.document.language).toBe("fi");
    expect(draft.body.document.text).toContain(`11${nbsp}040,00${nbsp}€`);
    expect(draft.body.document.text).toContain("Oikaisuvaatimusohje");
    expect(draft.body.document.text).toContain("vammaispalvelulaki (675/2023)");

    const issued = await api.call("POST", `/v1/decisions/${draft.body.decisionId}/issue`, { as: worker });
    expect(issued.status).toBe(200);
    expect(issued.body.status).toBe("issued");
    const instruments = issued.body.instruments as { instrumentId: string; number: string; kind: string; status: string; capCents: number; committedCents: number; quantityTotal: number; providerId?: string }[];
    expect(instruments.map((i) => [i.kind, i.status, i.capCents, i.committedCents, i.quantityTotal])).toEqual([
      ["voucher", "awaiting-provider", 432_000, 432_000, 120],
      ["payment-commitment", "awaiting-acceptance", 672_000, 672_000, 96],
    ]);
    expect(instruments[0]!.number).toMatch(/^HB-\d{4}-\d{6}$/);
    expect(instruments[1]!.providerId).toBe(aamurusko);
    expect((await api.call("POST", `/v1/decisions/${draft.body.decisionId}/issue`, { as: worker })).status).toBe(409);

    const listed = await api.call("GET", `/v1/clients/${clientId}/instruments`, { as: worker });
    expect(listed.body.items.map((i: { instrumentId: string }) => i.instrumentId).sort()).toEqual(instruments.map((i) => i.instrumentId).sort());
    const one = await api.call("GET", `/v1/instruments/${instruments[0]!.instrumentId}`, { as: clientToken });
    expect(one.body).toMatchObject({ grantedCents: 432_000, availableCents: 432_000, unitValueCents: 3600, validTo: "2027-12-31" });

    const decided = await api.call("GET", `/v1/budgets/${budget.body.budgetId}`, { as: worker });
    expect(decided.body).toMatchObject({ status: "decided", decisionId: draft.body.decisionId });
    expect(decided.body.totals.committedCents).toBe(1_104_000);

    const mine = await api.call("GET", "/v1/me/budgets", { as: clientToken });
    expect(mine.status).toBe(200);
    const [me] = mine.body.items;
    expect(me.clientId).toBe(clientId);
    // Issued in 2026 for 2027: the text says from when the hours can be used.
    expect(me.budgets[0].lines[0].summary).toBe(
      `Henkilökohtainen apu: sinulla on käytettävissä 120 tuntia eli 4${nbsp}320,00${nbsp}€. Voit käyttää ne 1.1.2027 alkaen 31.12.2027 asti.`,
    );
    expect(me.instruments).toHaveLength(2);
    const english = await api.call("GET", "/v1/me/budgets", { as: clientToken, headers: { "accept-language": "en" } });
    expect(english.body.items[0].instruments.map((i: { summary: string }) => i.summary)).toContain(
      "Personal assistance: you have 120 hours, worth €4,320.00. You can use them from 1 January 2027 until 31 December 2027.",
    );

    // An appeal keeps the decision in force; revoking closes the instruments and frees the budget.
    const appealed = await api.call("POST", `/v1/decisions/${draft.body.decisionId}/appeals`, {
      as: clientToken,
      body: { receivedOn: "2026-12-01", text: "Tarvitsen enemmän tunteja." },
    });
    expect(appealed.status).toBe(201);
    expect(appealed.body.status).toBe("appealed");
    expect((await api.call("GET", `/v1/instruments/${instruments[0]!.instrumentId}`, { as: worker })).body.status).toBe("awaiting-provider");
    const revoked = await api.call("POST", `/v1/decisions/${draft.body.decisionId}/revoke`, { as: worker, body: { reason: "Oikaisuvaatimus hyväksytty, uusi päätös." } });
    expect(revoked.body.status).toBe("revoked");
    const closed = await api.call("GET", `/v1/instruments/${instruments[0]!.instrumentId}`, { as: worker });
    expect(closed.body).toMatchObject({ status: "closed", committedCents: 0 });
    expect((await api.call("GET", `/v1/budgets/${budget.body.budgetId}`, { as: worker })).body.status).toBe("draft");
  });

  it("computes partial months and leap years to the cent", async () => {
    const clientId = await newClient(12);
    // 1.2.2028–14.3.2028: February of a leap year whole (1) + 14/31 of March.
    const created = await api.call("POST", `/v1/clients/${clientId}/service-plans`, {
      as: worker,
      body: plan([{ ...assistance, quantity: 2.5, unitCostCents: 3333 }], "2028-02-01", "2028-03-14"),
    });
    const budget = await api.call("POST", `/v1/service-plans/${created.body.planId}/budget`, { as: worker });
    // 2.5 × 33,33 € × (1 + 14/31) = 8 332,5 × 45/31 cents = 12 095,564… → 12 096 cents
    expect(budget.body.lines[0].grantedCents).toBe(12_096);
  });

  it("a declined client gets no budget; ending HB before an instrument's first day closes it", async () => {
    const clientId = await newClient(13);
    const created = await api.call("POST", `/v1/clients/${clientId}/service-plans`, { as: worker, body: plan([assistance]) });
    const budget = await api.call("POST", `/v1/service-plans/${created.body.planId}/budget`, { as: worker });
    const draft = await api.call("POST", `/v1/budgets/${budget.body.budgetId}/decisions`, {
      as: worker,
      body: { decidedOn: "2026-11-23", legalBasis: "vammaispalvelulaki", decisionMaker: { name: "S", title: "t" }, lines: [{ lineId: "L1", paymentMethod: "voucher" }] },
    });
    const issued = await api.call("POST", `/v1/decisions/${draft.body.decisionId}/issue`, { as: worker });
    const instrumentId = issued.body.instruments[0].instrumentId;

    const ended = await api.call("POST", `/v1/clients/${clientId}/hb-status`, { as: worker, body: { status: "ended", reason: "Muutti pois alueelta" } });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ hbStatus: "ended", hbStatusReason: "Muutti pois alueelta" });
    expect((await api.call("GET", `/v1/instruments/${instrumentId}`, { as: worker })).body).toMatchObject({ status: "closed", closedReason: "hb-ended", committedCents: 0 });
    expect((await api.call("GET", `/v1/decisions/${draft.body.decisionId}`, { as: worker })).body.status).toBe("ended");

    const declinedId = await newClient(14);
    await api.call("POST", `/v1/clients/${declinedId}/hb-status`, { as: worker, body: { status: "declined", reason: "Haluaa palvelut muulla tavoin" } });
    const refused = await api.call("POST", `/v1/clients/${declinedId}/service-plans`, { as: worker, body: plan([assistance]) });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("HB_DECLINED");
  });

  it("refuses decisions that do not cover the budget exactly or break the payment-method rules", async () => {
    const clientId = await newClient(15);
    const created = await api.call("POST", `/v1/clients/${clientId}/service-plans`, { as: worker, body: plan([assistance, dayActivities]) });
    const budget = await api.call("POST", `/v1/service-plans/${created.body.planId}/budget`, { as: worker });
    const decide = (lines: object[]) =>
      api.call("POST", `/v1/budgets/${budget.body.budgetId}/decisions`, {
        as: worker,
        body: { decidedOn: "2026-11-23", legalBasis: ["vammaispalvelulaki", "sosiaalihuoltolaki"], decisionMaker: { name: "S", title: "t" }, lines },
      });
    const missing = await decide([{ lineId: "L1", paymentMethod: "voucher" }]);
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: "/body/lines", code: "LINES_MISSING" })]);
    const unknown = await decide([{ lineId: "L1", paymentMethod: "voucher" }, { lineId: "L9", paymentMethod: "voucher" }]);
    expect(unknown.body.errors.map((e: { code: string }) => e.code)).toContain("UNKNOWN_LINE");
    const rules = await decide([
      { lineId: "L1", paymentMethod: "voucher", providerId: aamurusko },
      { lineId: "L2", paymentMethod: "payment-commitment" },
    ]);
    expect(rules.status).toBe(422);
    expect(rules.body.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`).sort()).toEqual([
      "/body/lines/0/providerId PROVIDER_NOT_ALLOWED",
      "/body/lines/1/providerId PROVIDER_REQUIRED",
    ]);
    const badBasis = await api.call("POST", `/v1/budgets/${budget.body.budgetId}/decisions`, {
      as: worker,
      body: { decidedOn: "2026-02-30", legalBasis: "lastensuojelulaki", decisionMaker: { name: "S", title: "t" }, lines: [] },
    });
    expect(badBasis.status).toBe(422);
    expect(badBasis.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["/body/decidedOn", "/body/legalBasis", "/body/lines"].sort());
  });

  it("a payment commitment names a provider that exists and is approved for a bundle of the line's service (issue 11, defect 4)", async () => {
    const clientId = await newClient(16);
    const created = await api.call("POST", `/v1/clients/${clientId}/service-plans`, { as: worker, body: plan([assistance, dayActivities]) });
    const budget = await api.call("POST", `/v1/service-plans/${created.body.planId}/budget`, { as: worker });
    const decide = (providerId: string, language = "fi") =>
      api.call("POST", `/v1/budgets/${budget.body.budgetId}/decisions`, {
        as: worker,
        headers: { "accept-language": language },
        body: {
          decidedOn: "2026-11-23",
          legalBasis: "vammaispalvelulaki",
          decisionMaker: { name: "S", title: "t" },
          lines: [
            { lineId: "L1", paymentMethod: "voucher" },
            { lineId: "L2", paymentMethod: "payment-commitment", providerId },
          ],
        },
      });
    // A made-up id (the old README's "provider-aamurusko") is not even a provider id.
    const madeUp = await decide("provider-aamurusko");
    expect(madeUp.status).toBe(422);
    expect(madeUp.body.errors.map((e: { path: string }) => e.path)).toEqual(["/body/lines/1/providerId"]);

    // A well-formed id of no provider, in each language.
    const messages = {
      fi: "Palveluntuottajaa ei ole, tai sitä ei ole hyväksytty tämän palvelun palvelukokonaisuuteen.",
      sv: "Serviceproducenten finns inte eller är inte godkänd för denna tjänsts tjänstehelhet.",
      en: "No such provider, or it is not approved for a bundle of this service.",
    };
    for (const [language, message] of Object.entries(messages)) {
      const unknown = await decide("9c4b2a1e-7d3f-4e8a-b6c5-1f0e9d8c7b6a", language);
      expect(unknown.status).toBe(422);
      expect(unknown.headers.get("content-type")).toMatch(/^application\/problem\+json\b/);
      expect(unknown.body).toMatchObject({ code: "PROVIDER_NOT_APPROVED", status: 422 });
      expect(unknown.body.errors).toEqual([{ path: "/body/lines/1/providerId", code: "PROVIDER_NOT_APPROVED", message }]);
    }

    // An approved provider, but of housing only: not for day activities.
    const housing = await api.call("POST", "/v1/provider-applications", {
      as: personToken(freshPersonalId(), "housing-staff"),
      body: { ...providerApplicationBody(freshBusinessId()), name: "Asumispalvelu Oy", bundles: ["HEBU_KEHITYSVAMMAISTEN_ASUMINEN"], prices: [{ serviceCode: "TUETTU_ASUMINEN", unitPriceCents: 9800 }] },
    });
    const housingId = (await api.call("POST", `/v1/provider-applications/${housing.body.applicationId}/decision`, { as: "role=admin&sub=admin-1", body: { outcome: "approved", reason: "OK" } })).body.providerId as string;
    const wrongBundle = await decide(housingId);
    expect(wrongBundle.status).toBe(422);
    expect(wrongBundle.body.code).toBe("PROVIDER_NOT_APPROVED");

    // Pending or rejected applications make no provider.
    const pending = await api.call("POST", "/v1/provider-applications", { as: personToken(freshPersonalId(), "pending-staff"), body: providerApplicationBody(freshBusinessId()) });
    expect(pending.status).toBe(201);
    expect((await decide(pending.body.applicationId)).body.code).toBe("PROVIDER_NOT_APPROVED");
    expect((await api.call("GET", `/v1/budgets/${budget.body.budgetId}`, { as: worker })).body.status).toBe("draft");

    // Approved when drafted, no longer approved for the service when issued: the catalogue moved day activities to the
    // housing bundles, which Aamurusko was never approved for.
    const draft = await decide(aamurusko);
    expect(draft.status).toBe(201);
    const admin = "role=admin&sub=admin-1";
    const services = await api.call("GET", "/v1/catalogue/services?limit=100", { as: admin });
    const { code: _code, version: _version, updatedAt: _updatedAt, ...day } = services.body.items.find((service: { code: string }) => service.code === "PAIVATOIMINTA");
    const move = (bundles: string[]) => api.call("PUT", "/v1/catalogue/services/PAIVATOIMINTA", { as: admin, body: { ...day, bundles } });
    expect((await move(["HEBU_KEHITYSVAMMAISTEN_ASUMINEN", "HEBU_VAIKEAVAMMAISTEN_ASUMINEN"])).status).toBe(200);
    try {
      const refused = await api.call("POST", `/v1/decisions/${draft.body.decisionId}/issue`, { as: worker, headers: { "accept-language": "en" } });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: "COMMITMENT_PROVIDER_NOT_APPROVED" });
      expect(refused.body.detail).toContain("line L2");
      const unissued = await api.call("GET", `/v1/decisions/${draft.body.decisionId}`, { as: worker });
      expect(unissued.body).toMatchObject({ status: "draft", instrumentIds: [] });
      // The housing provider is approved for day activities now: a commitment to it is accepted and issued.
      const rightBundle = await decide(housingId);
      expect(rightBundle.status).toBe(201);
      const issued = await api.call("POST", `/v1/decisions/${rightBundle.body.decisionId}/issue`, { as: worker });
      expect(issued.status).toBe(200);
      expect(issued.body.instruments[1]).toMatchObject({ kind: "payment-commitment", providerId: housingId });
    } finally {
      expect((await move(day.bundles)).status).toBe(200);
    }
  });
});
