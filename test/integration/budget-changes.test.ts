import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { freshPersonalId, personToken } from "../support/fixtures";
import { approvedProvider, type ProviderSetup, worker } from "../support/settlement";

/**
 * Issue 12, item 1: a decision for a newer plan version supersedes the one in force from its
 * effectiveFrom, in one transaction. 10 h/month of personal assistance × 36,00 € by voucher for
 * 2027, superseded from 15.4. by 14 h/month (docs/budget-rules.md, "Superseding decisions"):
 * old 1.1.–14.4. = 36 000 × (3 + 14/30) = 124 800 c, new 15.4.–31.12. = 50 400 × (16/30 + 8) = 430 080 c.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let provider: ProviderSetup;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  provider = await approvedProvider(api, "staff-budget-changes");
});
afterEach(() => runtime.clock.reset());
afterAll(() => runtime?.stop());

const at = (date: string) => runtime.clock.set(new Date(`${date}T12:00:00+03:00`));

function expectStatus(response: { status: number; body: unknown }, status: number, what: string) {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
}

const assistance = (hours: number) => ({
  serviceCode: "HENKILOKOHTAINEN_APU",
  content: "Apu asiointiin ja harrastuksiin",
  quantity: hours,
  unit: "hour",
  per: "month",
  unitCostCents: 3600,
  costBasis: "reference-price",
});

/** A plan version for 2027 with `hours` h/month of personal assistance, its budget and a draft decision by voucher. */
async function draftVoucher(clientId: string, hours: number, effectiveFrom?: string) {
  const plan = await api.call("POST", `/v1/clients/${clientId}/service-plans`, {
    as: worker,
    body: { validFrom: "2027-01-01", validTo: "2027-12-31", services: [assistance(hours)], followUp: { intervalDays: 90, method: "puhelu" } },
  });
  expectStatus(plan, 201, "plan");
  const budget = await api.call("POST", `/v1/service-plans/${plan.body.planId}/budget`, { as: worker });
  expectStatus(budget, 201, "budget");
  const decision = await api.call("POST", `/v1/budgets/${budget.body.budgetId}/decisions`, {
    as: worker,
    body: {
      decidedOn: "2027-01-04",
      ...(effectiveFrom ? { effectiveFrom } : {}),
      legalBasis: "vammaispalvelulaki",
      decisionMaker: { name: "Sari Sosiaalityöntekijä", title: "sosiaalityöntekijä" },
      lines: [{ lineId: "L1", paymentMethod: "voucher" }],
    },
  });
  expectStatus(decision, 201, "decision");
  return { budgetId: budget.body.budgetId as string, decisionId: decision.body.decisionId as string };
}

/** A client with 10 h/month for 2027 by voucher, the provider chosen by the client and accepted, issued on 4.1.2027. */
async function voucherClient() {
  at("2027-01-04");
  const personalId = freshPersonalId();
  const client = await api.call("POST", "/v1/clients", {
    as: worker,
    body: { personalId, firstName: "Aino", lastName: "Avustettava", municipality: "Oulu", language: "fi" },
  });
  expectStatus(client, 201, "client");
  const clientId = client.body.clientId as string;
  const clientToken = personToken(personalId, `client-${clientId}`);
  const { budgetId, decisionId } = await draftVoucher(clientId, 10);
  const issued = await api.call("POST", `/v1/decisions/${decisionId}/issue`, { as: worker });
  expectStatus(issued, 200, "issue");
  const instrumentId = issued.body.instruments[0].instrumentId as string;
  expectStatus(await api.call("POST", `/v1/instruments/${instrumentId}/provider`, { as: clientToken, body: { providerId: provider.providerId } }), 200, "choice");
  expectStatus(await api.call("POST", `/v1/instruments/${instrumentId}/accept`, { as: provider.providerToken }), 200, "acceptance");
  return { clientId, clientToken, budgetId, decisionId, instrumentId };
}

/** Two hours of a weekday morning (Helsinki summer time) on `date`. */
const morning = (instrumentId: string, date: string, externalId: string) =>
  api.call("POST", "/v1/service-events", {
    as: provider.providerToken,
    body: { instrumentId, externalId, start: `${date}T10:00:00+03:00`, end: `${date}T12:00:00+03:00` },
  });

const get = async (path: string, as = worker) => {
  const response = await api.call("GET", path, { as });
  expectStatus(response, 200, path);
  return response.body;
};

describe("a superseding decision with an effective date", () => {
  it("ends the old voucher on 14.4. with the clipped grant, starts the new one on 15.4. with the same accepted provider, and routes deliveries by date", async () => {
    const old = await voucherClient();
    at("2027-04-06");
    const early = await morning(old.instrumentId, "2027-04-05", "bc-0405");
    expectStatus(early, 201, "delivery 5.4.");
    const earlyCents = early.body.amountCents as number;
    expect(earlyCents).toBe(7_200); // 2 h × the voucher's 36,00 €

    at("2027-04-10");
    const next = await draftVoucher(old.clientId, 14, "2027-04-15");
    const issued = await api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker });
    expectStatus(issued, 200, "superseding issue");
    expect(issued.body).toMatchObject({ status: "issued", effectiveFrom: "2027-04-15", supersedes: [old.decisionId] });
    const successor = issued.body.instruments[0];
    // The same provider, already accepted: nobody chooses again.
    expect(successor).toMatchObject({
      validFrom: "2027-04-15",
      validTo: "2027-12-31",
      capCents: 430_080,
      availableCents: 430_080,
      providerId: provider.providerId,
      status: "active",
    });

    const clipped = await get(`/v1/instruments/${old.instrumentId}`);
    expect(clipped).toMatchObject({
      validFrom: "2027-01-01",
      validTo: "2027-04-14",
      capCents: 124_800,
      recordedCents: earlyCents,
      availableCents: 124_800 - earlyCents,
      supersededFrom: "2027-04-15",
      status: "active",
    });
    expect(await get(`/v1/decisions/${old.decisionId}`)).toMatchObject({
      status: "superseded",
      supersededBy: next.decisionId,
      supersededFrom: "2027-04-15",
    });
    const oldBudget = await get(`/v1/budgets/${old.budgetId}`);
    expect(oldBudget).toMatchObject({ supersededBy: next.budgetId, supersededFrom: "2027-04-15", totalGrantedCents: 124_800 });
    expect(oldBudget.lines[0]).toMatchObject({ grantedCents: 124_800, availableCents: 124_800 - earlyCents });
    const newBudget = await get(`/v1/budgets/${next.budgetId}`);
    expect(newBudget).toMatchObject({ status: "decided", effectiveFrom: "2027-04-15", totalGrantedCents: 430_080 });
    expect(newBudget.lines[0]).toMatchObject({ grantedCents: 430_080, availableCents: 430_080 });

    // After the issue: a delivery dated before the change lands on the old voucher, one after it on the new.
    at("2027-04-20");
    const late = await morning(old.instrumentId, "2027-04-14", "bc-0414");
    expectStatus(late, 201, "late delivery 14.4. on the old voucher");
    const misplaced = await morning(old.instrumentId, "2027-04-16", "bc-0416-old");
    expect(misplaced.status).toBe(422);
    expect(misplaced.body.code).toBe("OUTSIDE_VALIDITY");
    const after = await morning(successor.instrumentId, "2027-04-16", "bc-0416");
    expectStatus(after, 201, "delivery 16.4. on the new voucher");
    const before = await morning(successor.instrumentId, "2027-04-13", "bc-0413-new");
    expect(before.body.code).toBe("OUTSIDE_VALIDITY");
    expect((await get(`/v1/instruments/${old.instrumentId}`)).recordedCents).toBe(earlyCents + (late.body.amountCents as number));
    expect((await get(`/v1/instruments/${successor.instrumentId}`)).recordedCents).toBe(after.body.amountCents);

    // The client's view: one budget in force and one voucher to use today per service; no day funded twice.
    const mine = (await get("/v1/me/budgets", old.clientToken)).items[0];
    const inForce = mine.budgets.filter((budget: { supersededBy?: string }) => !budget.supersededBy);
    expect(inForce.map((budget: { budgetId: string }) => budget.budgetId)).toEqual([next.budgetId]);
    expect(inForce[0].lines.map((line: { serviceCode: string }) => line.serviceCode)).toEqual(["HENKILOKOHTAINEN_APU"]);
    const usableToday = mine.instruments.filter(
      (instrument: { status: string; validFrom: string; validTo: string }) =>
        instrument.status === "active" && instrument.validFrom <= "2027-04-20" && "2027-04-20" <= instrument.validTo,
    );
    expect(usableToday.map((instrument: { instrumentId: string }) => instrument.instrumentId)).toEqual([successor.instrumentId]);
    // The new line is paced from 15.4.: April grants 50 400 × 16/30 = 26 880 c.
    expect(inForce[0].lines[0].pace.period).toEqual({ from: "2027-04-15", to: "2027-04-30", grantedCents: 26_880, usedCents: after.body.amountCents });
    expect(inForce[0].lines[0].summary).toContain("31.12.2027");
    const superseded = mine.budgets.find((budget: { budgetId: string }) => budget.budgetId === old.budgetId);
    expect(superseded.lines[0].summary).toContain("15.4.2027");
    const granted = mine.budgets.reduce((sum: number, budget: { totals: { grantedCents: number } }) => sum + budget.totals.grantedCents, 0);
    expect(granted).toBe(124_800 + 430_080);
  });

  it("refuses a supersede from a day the old voucher already holds deliveries for (409 RETROACTIVE_SUPERSEDE), in the caller's language", async () => {
    const old = await voucherClient();
    at("2027-04-17");
    expectStatus(await morning(old.instrumentId, "2027-04-16", "bc-retro-0416"), 201, "delivery 16.4.");
    const next = await draftVoucher(old.clientId, 14, "2027-04-15");
    const refused = await api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker, headers: { "accept-language": "en" } });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("RETROACTIVE_SUPERSEDE");
    expect(refused.body.detail).toContain("2027-04-15");
    // Nothing changed: the old decision and voucher are as they were, the new draft can be issued later.
    expect((await get(`/v1/decisions/${old.decisionId}`)).status).toBe("issued");
    expect(await get(`/v1/instruments/${old.instrumentId}`)).toMatchObject({ validTo: "2027-12-31", capCents: 432_000 });
    expect((await get(`/v1/decisions/${next.decisionId}`)).status).toBe("draft");
  });

  it("ends an old instrument of a service the new decision no longer has the same way (8 days/month of day activities: 194 133 c to 14.4.)", async () => {
    const old = await voucherClient();
    // A second decision in force is not possible on one plan version: plan v2 adds day activities by commitment and supersedes v1 from 1.1.
    at("2027-01-05");
    const v2 = await api.call("POST", `/v1/clients/${old.clientId}/service-plans`, {
      as: worker,
      body: {
        validFrom: "2027-01-01",
        validTo: "2027-12-31",
        services: [assistance(10), { serviceCode: "PAIVATOIMINTA", content: "Päivätoiminta", quantity: 8, unit: "day", per: "month", unitCostCents: 7000, costBasis: "existing-service" }],
        followUp: { intervalDays: 90, method: "puhelu" },
      },
    });
    expectStatus(v2, 201, "plan v2");
    const budget = await api.call("POST", `/v1/service-plans/${v2.body.planId}/budget`, { as: worker });
    const draft = await api.call("POST", `/v1/budgets/${budget.body.budgetId}/decisions`, {
      as: worker,
      body: {
        decidedOn: "2027-01-05",
        legalBasis: "vammaispalvelulaki",
        decisionMaker: { name: "Sari Sosiaalityöntekijä", title: "sosiaalityöntekijä" },
        lines: [
          { lineId: "L1", paymentMethod: "voucher" },
          { lineId: "L2", paymentMethod: "payment-commitment", providerId: provider.providerId },
        ],
      },
    });
    expectStatus(draft, 201, "draft v2");
    const issued = await api.call("POST", `/v1/decisions/${draft.body.decisionId}/issue`, { as: worker });
    expectStatus(issued, 200, "issue v2");
    // From the budget's validFrom: nothing of v1 is kept, nothing was used, the voucher closes and its provider carries over.
    expect(await get(`/v1/instruments/${old.instrumentId}`)).toMatchObject({ status: "closed", capCents: 0, closedReason: "superseded" });
    const [voucher, commitment] = issued.body.instruments;
    expect(voucher).toMatchObject({ validFrom: "2027-01-01", capCents: 432_000, providerId: provider.providerId, status: "active" });
    expectStatus(await api.call("POST", `/v1/instruments/${commitment.instrumentId}/accept`, { as: provider.providerToken }), 200, "commitment accepted");

    // v3 keeps only personal assistance, from 15.4.: the commitment for day activities ends on 14.4. all the same.
    at("2027-04-10");
    const v3 = await draftVoucher(old.clientId, 14, "2027-04-15");
    const superseding = await api.call("POST", `/v1/decisions/${v3.decisionId}/issue`, { as: worker });
    expectStatus(superseding, 200, "issue v3");
    expect(superseding.body.instruments).toHaveLength(1);
    expect(await get(`/v1/instruments/${commitment.instrumentId}`)).toMatchObject({ validTo: "2027-04-14", capCents: 194_133, status: "active" });
    expect(await get(`/v1/instruments/${voucher.instrumentId}`)).toMatchObject({ validTo: "2027-04-14", capCents: 124_800 });
    const clipped = await get(`/v1/budgets/${budget.body.budgetId}`);
    expect(clipped.lines.map((line: { grantedCents: number }) => line.grantedCents)).toEqual([124_800, 194_133]);
    expect(clipped).toMatchObject({ totalGrantedCents: 318_933, supersededBy: v3.budgetId });
  });

  it("counts a night delivery that ends on the effective date as retroactive", async () => {
    const old = await voucherClient();
    at("2027-04-17");
    const night = await api.call("POST", "/v1/service-events", {
      as: provider.providerToken,
      body: { instrumentId: old.instrumentId, externalId: "bc-night", start: "2027-04-14T22:00:00+03:00", end: "2027-04-15T01:00:00+03:00" },
    });
    expectStatus(night, 201, "night 14.–15.4.");
    const next = await draftVoucher(old.clientId, 14, "2027-04-15");
    const refused = await api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker });
    expect(refused.body.code).toBe("RETROACTIVE_SUPERSEDE");
  });

  it("never keeps a delivery dated after the change on the old voucher when it races the superseding issue", async () => {
    for (let round = 0; round < 3; round += 1) {
      const old = await voucherClient();
      at("2027-04-17");
      const next = await draftVoucher(old.clientId, 14, "2027-04-15");
      const [delivery, issue] = await Promise.all([
        morning(old.instrumentId, "2027-04-16", `bc-race-${round}`),
        api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker }),
      ]);
      // Either the delivery came first and the issue is refused as retroactive, or the issue came first and the old voucher refuses the day.
      const outcome = [delivery.status, issue.status].join("/");
      expect(["201/409", "422/200"], JSON.stringify([delivery.body, issue.body])).toContain(outcome);
      if (issue.status === 409) expect(issue.body.code).toBe("RETROACTIVE_SUPERSEDE");
      else expect(delivery.body.code).toBe("OUTSIDE_VALIDITY");
    }
  });

  it("lets one of two concurrent superseding issues win; the other is a 409", async () => {
    const old = await voucherClient();
    at("2027-04-10");
    const second = await draftVoucher(old.clientId, 12, "2027-05-01");
    const third = await draftVoucher(old.clientId, 14, "2027-05-01");
    const responses = await Promise.all(
      [second, third].map((draft) => api.call("POST", `/v1/decisions/${draft.decisionId}/issue`, { as: worker })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const loser = responses.find((response) => response.status === 409)!;
    expect(loser.body.code).toBe("DECISION_SUPERSEDED");
    const winner = responses.find((response) => response.status === 200)!;
    expect(await get(`/v1/decisions/${old.decisionId}`)).toMatchObject({ status: "superseded", supersededBy: winner.body.decisionId });
    // Clipped once: 1.1.–30.4. of 10 h/month is 4 × 36 000 = 144 000 c.
    expect(await get(`/v1/instruments/${old.instrumentId}`)).toMatchObject({ validTo: "2027-04-30", capCents: 144_000 });
  });
});
