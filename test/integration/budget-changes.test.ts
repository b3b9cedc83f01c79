import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addDays, compareDates } from "@hb/core/budget/periods";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { approvedProvider, type ProviderSetup, worker } from "../support/settlement";
import { assistance, draftVoucher as draftFor, expectStatus, issueVoucher, newClient } from "../support/vouchers";

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

/** A plan version for 2027 with `hours` h/month (or week) of personal assistance, its budget and a draft decision by voucher. */
const draftVoucher = (clientId: string, hours: number, effectiveFrom?: string, per = "month") =>
  draftFor(api, clientId, [assistance(hours, per)], { decidedOn: "2027-01-04", ...(effectiveFrom ? { effectiveFrom } : {}) });

/** A client with 10 h/month (or week) for 2027 by voucher, the provider chosen by the client and accepted, issued on 4.1.2027. */
async function voucherClient(per = "month") {
  at("2027-01-04");
  const { clientId, clientToken } = await newClient(api, "Aino", "Avustettava");
  const { budgetId, decisionId } = await draftVoucher(clientId, 10, undefined, per);
  const instrumentId = await issueVoucher(api, decisionId, clientToken, provider);
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

/** The events recorded on an instrument, by id. */
const eventsOn = async (instrumentId: string): Promise<Map<string, Record<string, unknown>>> =>
  new Map((await get(`/v1/service-events?instrumentId=${instrumentId}`)).items.map((event: { eventId: string }) => [event.eventId, event]));

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

  it("moves the deliveries recorded from a retroactive effectiveFrom to the new voucher, with their stage, in the issue's transaction", async () => {
    const old = await voucherClient();
    at("2027-04-20");
    const kept = await morning(old.instrumentId, "2027-04-14", "bc-retro-0414");
    const recorded = await morning(old.instrumentId, "2027-04-16", "bc-retro-0416");
    const approved = await morning(old.instrumentId, "2027-04-19", "bc-retro-0419");
    for (const response of [kept, recorded, approved]) expectStatus(response, 201, "delivery");
    expectStatus(await api.call("POST", `/v1/service-events/${approved.body.eventId}/approve`, { as: worker }), 200, "approval");

    const next = await draftVoucher(old.clientId, 14, "2027-04-15");
    const issued = await api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker });
    expectStatus(issued, 200, "retroactive issue");
    const successor = issued.body.instruments[0];
    // 16.4. and 19.4. (7 200 c each) now use the new grant; 14.4. stays on the old voucher.
    expect(successor).toMatchObject({ capCents: 430_080, recordedCents: 7_200, approvedCents: 7_200, availableCents: 430_080 - 14_400, status: "active" });
    expect(await get(`/v1/instruments/${old.instrumentId}`)).toMatchObject({
      validTo: "2027-04-14",
      capCents: 124_800,
      recordedCents: 7_200,
      approvedCents: 0,
      availableCents: 124_800 - 7_200,
    });
    const onNew = await eventsOn(successor.instrumentId);
    expect([...onNew.keys()].sort()).toEqual([recorded.body.eventId, approved.body.eventId].sort());
    expect(onNew.get(recorded.body.eventId)).toMatchObject({ instrumentId: successor.instrumentId, instrumentNumber: successor.number, status: "recorded" });
    expect(onNew.get(approved.body.eventId)).toMatchObject({ status: "approved" });
    expect([...(await eventsOn(old.instrumentId)).keys()]).toEqual([kept.body.eventId]);
    // The lines agree with their instruments; April's pace of the new line counts the moved deliveries.
    const [oldLine] = (await get(`/v1/budgets/${old.budgetId}`)).lines;
    expect(oldLine).toMatchObject({ grantedCents: 124_800, recordedCents: 7_200, approvedCents: 0, availableCents: 117_600 });
    const [newLine] = (await get(`/v1/budgets/${next.budgetId}`)).lines;
    expect(newLine).toMatchObject({ grantedCents: 430_080, recordedCents: 7_200, approvedCents: 7_200, availableCents: 415_680 });
    expect(newLine.pace.period).toMatchObject({ from: "2027-04-15", to: "2027-04-30", usedCents: 14_400 });
    // The moved delivery is the provider's to correct on the new voucher: 1 h instead of 2 h.
    const corrected = await api.call("PATCH", `/v1/service-events/${recorded.body.eventId}`, {
      as: provider.providerToken,
      body: { start: "2027-04-16T10:00:00+03:00", end: "2027-04-16T11:00:00+03:00" },
    });
    expectStatus(corrected, 200, "correction of a moved delivery");
    expect(await get(`/v1/instruments/${successor.instrumentId}`)).toMatchObject({ recordedCents: 3_600, availableCents: 430_080 - 10_800 });
    expect((await get(`/v1/instruments/${old.instrumentId}`)).recordedCents).toBe(7_200);
  });

  it("moves the month's late cancellations with their deliveries: the new voucher counts them against the area's limit of 2, the old one no longer does", async () => {
    const old = await voucherClient();
    at("2027-04-20");
    const cancellation = (instrumentId: string, date: string, externalId: string) =>
      api.call("POST", "/v1/service-events", {
        as: provider.providerToken,
        body: { instrumentId, externalId, kind: "late-cancellation", start: `${date}T10:00:00+03:00`, end: `${date}T12:00:00+03:00` },
      });
    for (const [date, id] of [["2027-04-16", "bc-kind-0416"], ["2027-04-19", "bc-kind-0419"]]) expectStatus(await cancellation(old.instrumentId, date!, id!), 201, "cancellation");

    const next = await draftVoucher(old.clientId, 14, "2027-04-15");
    const issued = await api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker });
    expectStatus(issued, 200, "retroactive issue");
    const successor = issued.body.instruments[0].instrumentId;
    const third = await cancellation(successor, "2027-04-20", "bc-kind-0420");
    expect(third.status).toBe(422);
    expect(third.body.code).toBe("EVENT_KIND_LIMIT_REACHED");
    // The old voucher's April holds none of them now: two cancellations before the change fit its limit.
    for (const [date, id] of [["2027-04-12", "bc-kind-0412"], ["2027-04-13", "bc-kind-0413"]]) expectStatus(await cancellation(old.instrumentId, date!, id!), 201, "cancellation before the change");
  });

  it("refuses a retroactive decision that grants less than the deliveries it would take over (409 GRANT_BELOW_DELIVERED), in the caller's language, and changes nothing", async () => {
    const old = await voucherClient();
    at("2027-04-22");
    for (const date of ["2027-04-15", "2027-04-16", "2027-04-19", "2027-04-20", "2027-04-21"]) {
      expectStatus(await morning(old.instrumentId, date, `bc-below-${date}`), 201, `delivery ${date}`);
    }
    // 1 h/month from 15.4.: 3 600 × (16/30 + 8) = 30 720 c against 36 000 c delivered.
    const next = await draftVoucher(old.clientId, 1, "2027-04-15");
    const refused = await api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker, headers: { "accept-language": "en" } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: "GRANT_BELOW_DELIVERED" });
    expect(refused.body.detail).toContain("36000");
    expect(refused.body.detail).toContain("30720");
    expect((await get(`/v1/decisions/${old.decisionId}`)).status).toBe("issued");
    expect(await get(`/v1/instruments/${old.instrumentId}`)).toMatchObject({ validTo: "2027-12-31", capCents: 432_000, recordedCents: 36_000 });
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

  it("refuses an effective date that would split a night delivery between the old and the new voucher (409 DELIVERY_SPANS_CHANGE)", async () => {
    const old = await voucherClient();
    at("2027-04-17");
    const night = await api.call("POST", "/v1/service-events", {
      as: provider.providerToken,
      body: { instrumentId: old.instrumentId, externalId: "bc-night", start: "2027-04-14T22:00:00+03:00", end: "2027-04-15T01:00:00+03:00" },
    });
    expectStatus(night, 201, "night 14.–15.4.");
    const next = await draftVoucher(old.clientId, 14, "2027-04-15");
    const refused = await api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("DELIVERY_SPANS_CHANGE");
  });

  it("never leaves a delivery dated after the change on the old voucher when it races the superseding issue", async () => {
    for (let round = 0; round < 3; round += 1) {
      const old = await voucherClient();
      at("2027-04-17");
      const next = await draftVoucher(old.clientId, 14, "2027-04-15");
      const [delivery, issue] = await Promise.all([
        morning(old.instrumentId, "2027-04-16", `bc-race-${round}`),
        api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker }),
      ]);
      // Either the delivery came first and the issue moves it to the new voucher, or the issue came first and the old voucher refuses the day.
      const outcome = [delivery.status, issue.status].join("/");
      expect(["201/200", "422/200"], JSON.stringify([delivery.body, issue.body])).toContain(outcome);
      const successor = issue.body.instruments[0];
      const oldVoucher = await get(`/v1/instruments/${old.instrumentId}`);
      const newVoucher = await get(`/v1/instruments/${successor.instrumentId}`);
      expect(oldVoucher.recordedCents).toBe(0);
      if (delivery.status === 201) {
        expect([...(await eventsOn(successor.instrumentId)).keys()]).toEqual([delivery.body.eventId]);
        expect(newVoucher).toMatchObject({ recordedCents: 7_200, availableCents: newVoucher.capCents - 7_200 });
      } else {
        expect(delivery.body.code).toBe("OUTSIDE_VALIDITY");
        expect(newVoucher.recordedCents).toBe(0);
      }
    }
  });

  it("a decision from an earlier day than a pending change takes the days of both: the first voucher ends on 14.4., the one due from 1.5. closes unused", async () => {
    const old = await voucherClient();
    at("2027-04-10");
    const may = await draftVoucher(old.clientId, 12, "2027-05-01");
    const fromMay = (await api.call("POST", `/v1/decisions/${may.decisionId}/issue`, { as: worker })).body.instruments[0];
    expect(await get(`/v1/instruments/${old.instrumentId}`)).toMatchObject({ validTo: "2027-04-30", capCents: 144_000 });
    const april = await draftVoucher(old.clientId, 14, "2027-04-15");
    const issued = await api.call("POST", `/v1/decisions/${april.decisionId}/issue`, { as: worker });
    expectStatus(issued, 200, "issue from 15.4.");
    expect(issued.body.supersedes.sort()).toEqual([old.decisionId, may.decisionId].sort());
    expect(await get(`/v1/instruments/${old.instrumentId}`)).toMatchObject({ validTo: "2027-04-14", capCents: 124_800 });
    expect(await get(`/v1/instruments/${fromMay.instrumentId}`)).toMatchObject({ status: "closed", capCents: 0 });
    expect(await get(`/v1/decisions/${old.decisionId}`)).toMatchObject({ status: "superseded", supersededBy: april.decisionId, supersededFrom: "2027-04-15" });
    expect(await get(`/v1/decisions/${may.decisionId}`)).toMatchObject({ status: "superseded", supersededBy: april.decisionId });
    expect(issued.body.instruments[0]).toMatchObject({ validFrom: "2027-04-15", capCents: 430_080, providerId: provider.providerId, status: "active" });
  });

  it("refuses to revoke a decision that superseded another (409 REVOKE_SUPERSEDING): the days it took over would be funded by none", async () => {
    const old = await voucherClient();
    at("2027-04-10");
    const next = await draftVoucher(old.clientId, 14, "2027-04-15");
    expectStatus(await api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker }), 200, "superseding issue");
    const refused = await api.call("POST", `/v1/decisions/${next.decisionId}/revoke`, { as: worker, body: { reason: "Virhe." }, headers: { "accept-language": "en" } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: "REVOKE_SUPERSEDING", title: "A superseding decision cannot be revoked" });
    expect((await get(`/v1/decisions/${next.decisionId}`)).status).toBe("issued");
  });

  it("refuses a retroactive change that would move more deliveries than one transaction holds (409 SUPERSEDE_TOO_LARGE), changing nothing", async () => {
    // A weekly grant: each moved delivery is three writes (the event and its week's use on both vouchers).
    const old = await voucherClient("week");
    for (let week = 0; week < 31; week += 1) {
      const day = addDays("2027-01-05", 7 * week); // Tuesdays
      runtime.clock.set(new Date(`${day}T20:00:00+02:00`));
      const offset = compareDates(day, "2027-03-28") > 0 && compareDates(day, "2027-10-31") < 0 ? "+03:00" : "+02:00";
      const delivered = await api.call("POST", "/v1/service-events", {
        as: provider.providerToken,
        body: { instrumentId: old.instrumentId, externalId: `bc-large-${day}`, start: `${day}T10:00:00${offset}`, end: `${day}T11:00:00${offset}` },
      });
      expectStatus(delivered, 201, `delivery ${day}`);
    }
    const next = await draftVoucher(old.clientId, 14, "2027-01-02", "week");
    const refused = await api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("SUPERSEDE_TOO_LARGE");
    // The review window may approve some of them meanwhile: what counts is that all are still used on the old voucher.
    const unchanged = await get(`/v1/instruments/${old.instrumentId}`);
    expect(unchanged.validTo).toBe("2027-12-31");
    expect(unchanged.recordedCents + unchanged.approvedCents).toBe(31 * 3_600);
    expect((await get(`/v1/decisions/${next.decisionId}`)).status).toBe("draft");
    expect((await get(`/v1/decisions/${old.decisionId}`)).status).toBe("issued");
  }, 90_000);

  it("a switch of provider due after the change carries over: the earlier provider keeps its days on the new voucher", async () => {
    const old = await voucherClient();
    const second = await approvedProvider(api, "staff-budget-changes-2");
    at("2027-04-10");
    // The client moves to the second provider from 20.4.; a decision from 15.4. supersedes the voucher before that.
    expectStatus(await api.call("POST", `/v1/instruments/${old.instrumentId}/provider`, { as: old.clientToken, body: { providerId: second.providerId, effectiveFrom: "2027-04-20" } }), 200, "switch");
    expectStatus(await api.call("POST", `/v1/instruments/${old.instrumentId}/accept`, { as: second.providerToken }), 200, "acceptance");
    const next = await draftVoucher(old.clientId, 14, "2027-04-15");
    const issued = await api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker });
    expectStatus(issued, 200, "issue");
    const successor = issued.body.instruments[0];
    expect(successor).toMatchObject({ providerId: second.providerId, providerFrom: "2027-04-20", status: "active" });
    at("2027-04-21");
    expectStatus(await morning(successor.instrumentId, "2027-04-16", "bc-carry-first"), 201, "the first provider's day on the new voucher");
    const byFirstAfter = await morning(successor.instrumentId, "2027-04-20", "bc-carry-first-late");
    expect(byFirstAfter.body.code).toBe("NOT_PROVIDER_ON_DATE");
    const bySecond = await api.call("POST", "/v1/service-events", {
      as: second.providerToken,
      body: { instrumentId: successor.instrumentId, externalId: "bc-carry-second", start: "2027-04-20T10:00:00+03:00", end: "2027-04-20T12:00:00+03:00" },
    });
    expectStatus(bySecond, 201, "the second provider's day");
  });

  it("lets one of two concurrent superseding issues win; the other is a 409", async () => {
    const old = await voucherClient();
    at("2027-04-10");
    const second = await draftVoucher(old.clientId, 12, "2027-05-01");
    const third = await draftVoucher(old.clientId, 14, "2027-05-01");
    const responses = await Promise.all(
      [second, third].map((draft) => api.call("POST", `/v1/decisions/${draft.decisionId}/issue`, { as: worker })),
    );
    const statuses = responses.map((response) => response.status);
    if (statuses.includes(409)) {
      // They overlapped: the one that lost the race on the old decision is refused, not retried onto the winner.
      expect(statuses.sort()).toEqual([200, 409]);
      expect(responses.find((response) => response.status === 409)!.body.code).toBe("DECISION_SUPERSEDED");
      const winner = responses.find((response) => response.status === 200)!;
      expect(await get(`/v1/decisions/${old.decisionId}`)).toMatchObject({ status: "superseded", supersededBy: winner.body.decisionId });
    } else {
      // The requests did not overlap and the earlier plan version came first: the later one superseded it in turn.
      expect(statuses).toEqual([200, 200]);
      expect(await get(`/v1/decisions/${old.decisionId}`)).toMatchObject({ status: "superseded", supersededBy: second.decisionId });
      expect(await get(`/v1/decisions/${second.decisionId}`)).toMatchObject({ status: "superseded", supersededBy: third.decisionId });
    }
    // Either way the old decision was superseded once, and one decision is in force.
    const decisions = await Promise.all([old, second, third].map(({ decisionId }) => get(`/v1/decisions/${decisionId}`)));
    expect(decisions.filter((decision) => decision.status === "issued")).toHaveLength(1);
    // Clipped once: 1.1.–30.4. of 10 h/month is 4 × 36 000 = 144 000 c.
    expect(await get(`/v1/instruments/${old.instrumentId}`)).toMatchObject({ validTo: "2027-04-30", capCents: 144_000 });
  });
});

describe("appeals with outcomes", () => {
  const outcome = (decisionId: string, appealId: string, body: Record<string, unknown>, language = "fi") =>
    api.call("POST", `/v1/decisions/${decisionId}/appeals/${appealId}/outcome`, { as: worker, body, headers: { "accept-language": language } });

  async function appealed(clientToken: string, decisionId: string, receivedOn: string) {
    const response = await api.call("POST", `/v1/decisions/${decisionId}/appeals`, { as: clientToken, body: { receivedOn, text: "Tarvitsen enemmän tunteja." } });
    expectStatus(response, 201, "appeal");
    return (response.body.appeals as { appealId: string }[]).at(-1)!.appealId;
  }

  it("an appeal upheld retroactively: the amended 14 h/month decision takes over from 1.1., the deliveries move to it and the difference (172 800 c) is granted for the past too", async () => {
    const old = await voucherClient();
    at("2027-01-20");
    const appealId = await appealed(old.clientToken, old.decisionId, "2027-01-19");
    at("2027-01-27");
    const january = await morning(old.instrumentId, "2027-01-26", "bc-appeal-0126");
    at("2027-02-10");
    const february = await morning(old.instrumentId, "2027-02-09", "bc-appeal-0209");
    for (const response of [january, february]) expectStatus(response, 201, "delivery");

    at("2027-03-01");
    const decided = await outcome(old.decisionId, appealId, { outcome: "upheld", decidedOn: "2027-03-01", reasoning: "Avun tarve on 14 tuntia kuukaudessa.", effectiveFrom: "2027-01-01" });
    expectStatus(decided, 200, "outcome");
    expect(decided.body.status).toBe("issued");
    expect(decided.body.appeals[0].outcome).toMatchObject({ outcome: "upheld", decidedOn: "2027-03-01", effectiveFrom: "2027-01-01" });
    expect(decided.body.history.map((entry: { event: string }) => entry.event)).toEqual(["issued", "appealed", "appeal-decided"]);
    expect(decided.body.history[2].text).toBe("Muutoksenhaku hyväksyttiin 1.3.2027. Uusi päätös on voimassa 1.1.2027 alkaen.");
    // The client (and its representatives, who share the inbox) are told, in the reader's language.
    const inbox = await api.call("GET", `/v1/notifications?clientId=${old.clientId}`, { as: old.clientToken, headers: { "accept-language": "en" } });
    const told = inbox.body.items.filter((item: { kind: string }) => item.kind === "appeal-decided");
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ decisionId: old.decisionId, outcome: "upheld", decidedOn: "2027-03-01", effectiveFrom: "2027-01-01" });
    expect(told[0].text).toBe(`${decided.body.number}: The review was decided in the client's favour on 1 March 2027. A new decision applies from 1 January 2027.`);

    // The amended decision (a new plan version, 14 h/month) names no effectiveFrom: it takes the outcome's.
    const amended = await draftVoucher(old.clientId, 14);
    const issued = await api.call("POST", `/v1/decisions/${amended.decisionId}/issue`, { as: worker });
    expectStatus(issued, 200, "amended decision");
    expect(issued.body).toMatchObject({ effectiveFrom: "2027-01-01", supersedes: [old.decisionId] });
    const successor = issued.body.instruments[0];
    expect(successor).toMatchObject({ validFrom: "2027-01-01", capCents: 604_800, recordedCents: 14_400, availableCents: 604_800 - 14_400, providerId: provider.providerId, status: "active" });
    expect(await get(`/v1/instruments/${old.instrumentId}`)).toMatchObject({ status: "closed", capCents: 0, recordedCents: 0, availableCents: 0 });
    const budgets = (await get("/v1/me/budgets", old.clientToken)).items[0].budgets;
    const granted = budgets.reduce((sum: number, budget: { totals: { grantedCents: number } }) => sum + budget.totals.grantedCents, 0);
    expect(granted - 432_000).toBe(172_800);

    // The client reads the history in plain language, in their language; the superseded decision names its successor.
    const history = (await api.call("GET", `/v1/decisions/${old.decisionId}`, { as: old.clientToken, headers: { "accept-language": "sv" } })).body.history;
    expect(history.at(-1)).toMatchObject({ event: "superseded", on: "2027-01-01", decisionId: amended.decisionId });
    expect(history.map((entry: { text: string }) => entry.text)).toContain("Begäran om omprövning godkändes 1.3.2027. Ett nytt beslut gäller från 1.1.2027.");
  });

  it("dismissed or withdrawn keeps the decision as it was and in force; an outcome is recorded once; bad outcomes are 4xx in the caller's language", async () => {
    const old = await voucherClient();
    at("2027-01-20");
    const first = await appealed(old.clientToken, old.decisionId, "2027-01-19");
    const second = await appealed(old.clientToken, old.decisionId, "2027-01-20");
    at("2027-02-15");
    const dismissed = await outcome(old.decisionId, first, { outcome: "dismissed", decidedOn: "2027-02-15", reasoning: "Tarve on arvioitu oikein." }, "en");
    expectStatus(dismissed, 200, "dismissed");
    // Another appeal still awaits its outcome.
    expect(dismissed.body.status).toBe("appealed");
    expect(dismissed.body.history.find((entry: { event: string }) => entry.event === "appeal-decided").text).toBe("The review was turned down on 15 February 2027. The decision stays as it was.");
    const again = await outcome(old.decisionId, first, { outcome: "upheld", decidedOn: "2027-02-15", reasoning: "Toisin.", effectiveFrom: "2027-03-01" }, "en");
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: "APPEAL_DECIDED", title: "The appeal is already decided" });

    const withoutDate = await outcome(old.decisionId, second, { outcome: "upheld", decidedOn: "2027-02-15", reasoning: "Tarve kasvoi." });
    expect(withoutDate.status).toBe(422);
    expect(withoutDate.body.errors[0]).toMatchObject({ path: "/body/effectiveFrom", code: "REQUIRED" });
    const outside = await outcome(old.decisionId, second, { outcome: "partly-upheld", decidedOn: "2027-02-15", reasoning: "Tarve kasvoi.", effectiveFrom: "2028-01-01" }, "sv");
    expect(outside.status).toBe(422);
    expect(outside.body.errors[0]).toMatchObject({ path: "/body/effectiveFrom", code: "EFFECTIVE_FROM_OUTSIDE_DECISION" });
    expect(outside.body.errors[0].message).toContain("1.1.2027");
    const unknown = await outcome(old.decisionId, "00000000-0000-4000-8000-000000000000", { outcome: "withdrawn", decidedOn: "2027-02-15", reasoning: "Peruttu." });
    expect(unknown.status).toBe(404);

    const withdrawn = await outcome(old.decisionId, second, { outcome: "withdrawn", decidedOn: "2027-02-16", reasoning: "Asiakas perui." });
    expectStatus(withdrawn, 200, "withdrawn");
    expect(withdrawn.body.status).toBe("issued");
    expect(await get(`/v1/instruments/${old.instrumentId}`)).toMatchObject({ validTo: "2027-12-31", capCents: 432_000, status: "active" });
    // A client cannot record an outcome: it is the area's decision.
    const byClient = await api.call("POST", `/v1/decisions/${old.decisionId}/appeals/${second}/outcome`, { as: old.clientToken, body: { outcome: "upheld", decidedOn: "2027-02-16", reasoning: "x", effectiveFrom: "2027-03-01" } });
    expect(byClient.status).toBe(403);
  });
});
