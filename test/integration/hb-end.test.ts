import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { approvedProvider, type ProviderSetup, worker } from "../support/settlement";
import { assistance, draftVoucher as draftFor, expectStatus, issueVoucher, newClient } from "../support/vouchers";

/**
 * Issue 12, items 4 and 5: ending HB clips the client's instruments like a superseding decision
 * from the day after the end (docs/budget-rules.md, "Ending HB"), and the client's view never
 * offers what can no longer be used. 10 h/month of personal assistance × 36,00 € by voucher for
 * 2027 (432 000 c), HB ended on 20.6.2027: kept 1.1.–20.6. = 36 000 × (5 + 20/30) = 204 000 c,
 * released 432 000 − 204 000 = 228 000 c.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let provider: ProviderSetup;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  provider = await approvedProvider(api, "staff-hb-end");
});
afterEach(() => runtime.clock.reset());
afterAll(() => runtime?.stop());

const at = (date: string) => runtime.clock.set(new Date(`${date}T12:00:00+03:00`));

/** A plan version for 2027 with `hours` h/month of personal assistance, its budget and a draft decision by voucher. */
const draftVoucher = (clientId: string, hours: number, effectiveFrom?: string) =>
  draftFor(api, clientId, [assistance(hours)], { decidedOn: "2026-12-01", ...(effectiveFrom ? { effectiveFrom } : {}) });

/** A client with 10 h/month for 2027 by voucher, issued on `issuedOn`; the provider chosen and accepted unless `choose` is false. */
async function voucherClient(issuedOn = "2027-01-04", choose = true) {
  at(issuedOn);
  const { clientId, clientToken } = await newClient(api, "Eeva", "Esimerkki");
  const { budgetId, decisionId } = await draftVoucher(clientId, 10);
  const instrumentId = await issueVoucher(api, decisionId, clientToken, choose ? provider : undefined);
  return { clientId, clientToken, budgetId, decisionId, instrumentId };
}

/** Two hours of a weekday morning (Helsinki summer time) on `date`. */
const morning = (instrumentId: string, date: string, externalId: string) =>
  api.call("POST", "/v1/service-events", {
    as: provider.providerToken,
    body: { instrumentId, externalId, start: `${date}T10:00:00+03:00`, end: `${date}T12:00:00+03:00` },
  });

const endHb = (clientId: string, body: Record<string, unknown>, language = "fi") =>
  api.call("POST", `/v1/clients/${clientId}/hb-status`, { as: worker, body: { reason: "Muutti toiselle alueelle", ...body }, headers: { "accept-language": language } });

const get = async (path: string, as = worker, language = "fi") => {
  const response = await api.call("GET", path, { as, headers: { "accept-language": language } });
  expectStatus(response, 200, path);
  return response.body;
};

describe("ending HB clips the instruments on the end date", () => {
  it("keeps a late delivery for the 18th recordable on the 22nd, refuses the 21st, and releases the rest of the grant", async () => {
    const client = await voucherClient();
    at("2027-06-10");
    const early = await morning(client.instrumentId, "2027-06-09", "end-0609");
    expectStatus(early, 201, "delivery 9.6.");

    // Recorded on 21.6. for the day before: HB ended on 20.6.
    at("2027-06-21");
    const ended = await endHb(client.clientId, { status: "ended", endsOn: "2027-06-20" });
    expectStatus(ended, 200, "end of HB");
    expect(ended.body.hbStatus).toBe("ended");

    const used = early.body.amountCents as number;
    expect(await get(`/v1/instruments/${client.instrumentId}`)).toMatchObject({
      status: "active",
      validFrom: "2027-01-01",
      validTo: "2027-06-20",
      endedOn: "2027-06-20",
      capCents: 204_000,
      availableCents: 204_000 - used,
    });
    expect(await get(`/v1/decisions/${client.decisionId}`)).toMatchObject({ status: "ended", endedOn: "2027-06-20", closedReason: "hb-ended" });
    const budget = await get(`/v1/budgets/${client.budgetId}`);
    expect(budget).toMatchObject({ endedOn: "2027-06-20", totalGrantedCents: 204_000 });
    expect(budget.lines[0]).toMatchObject({ grantedCents: 204_000, availableCents: 204_000 - used });

    // The provider's late delivery for a day before the end settles as usual; a day after it is refused.
    at("2027-06-22");
    const late = await morning(client.instrumentId, "2027-06-18", "end-0618");
    expectStatus(late, 201, "late delivery 18.6.");
    const after = await morning(client.instrumentId, "2027-06-21", "end-0621");
    expect(after.status).toBe(422);
    expect(after.body.code).toBe("OUTSIDE_VALIDITY");
    expect((await get(`/v1/instruments/${client.instrumentId}`)).recordedCents).toBe(used + (late.body.amountCents as number));

    // Ending again on the same day changes nothing.
    expectStatus(await endHb(client.clientId, { status: "ended", endsOn: "2027-06-20" }), 200, "repeat");
    expect((await get(`/v1/budgets/${client.budgetId}`)).totalGrantedCents).toBe(204_000);
  });

  it("ends on today's Helsinki date by default, for declined too", async () => {
    const client = await voucherClient();
    at("2027-03-10");
    expectStatus(await endHb(client.clientId, { status: "declined", reason: "Haluaa palvelut muulla tavoin" }), 200, "declined");
    // 1.1.–10.3. = 36 000 × (2 + 10/31) = 83 612,9… → 83 613 c.
    expect(await get(`/v1/instruments/${client.instrumentId}`)).toMatchObject({ validTo: "2027-03-10", capCents: 83_613, endedOn: "2027-03-10" });
    expect((await get(`/v1/decisions/${client.decisionId}`)).closedReason).toBe("hb-declined");
  });

  it("closes an instrument that would start after the end with nothing granted", async () => {
    const client = await voucherClient("2026-12-01", false);
    expectStatus(await endHb(client.clientId, { status: "ended" }), 200, "end before the validity");
    expect(await get(`/v1/instruments/${client.instrumentId}`)).toMatchObject({
      status: "closed",
      closedReason: "hb-ended",
      capCents: 0,
      availableCents: 0,
      committedCents: 0,
      usable: false,
      remainingQuantity: 0,
    });
    expect((await get(`/v1/budgets/${client.budgetId}`)).totalGrantedCents).toBe(0);
  });

  it("refuses an end date before a recorded delivery with 409 DELIVERIES_AFTER_END, in the caller's language, and changes nothing", async () => {
    const client = await voucherClient();
    at("2027-06-16");
    expectStatus(await morning(client.instrumentId, "2027-06-15", "end-0615"), 201, "delivery 15.6.");
    const refused = await endHb(client.clientId, { status: "ended", endsOn: "2027-06-10" }, "en");
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("DELIVERIES_AFTER_END");
    const instrument = await get(`/v1/instruments/${client.instrumentId}`);
    expect(refused.body.detail).toContain(instrument.number);
    expect(refused.body.detail).toContain("2027-06-15");
    expect(instrument).toMatchObject({ validTo: "2027-12-31", capCents: 432_000, status: "active" });
    expect((await get(`/v1/clients/${client.clientId}`)).hbStatus).toBe("not-started");
    expect((await get(`/v1/decisions/${client.decisionId}`)).status).toBe("issued");
  });

  it("refuses an end date in the future (422 ENDS_ON_IN_FUTURE) and one with HB active (422 ENDS_ON_NOT_ENDING)", async () => {
    const client = await voucherClient();
    const future = await endHb(client.clientId, { status: "ended", endsOn: "2027-01-05" }, "sv");
    expect(future.status).toBe(422);
    expect(future.body.errors).toEqual([expect.objectContaining({ path: "/body/endsOn", code: "ENDS_ON_IN_FUTURE", message: expect.stringContaining("framtiden") })]);
    const active = await endHb(client.clientId, { status: "active", endsOn: "2027-01-04" });
    expect(active.status).toBe(422);
    expect(active.body.errors).toEqual([expect.objectContaining({ path: "/body/endsOn", code: "ENDS_ON_NOT_ENDING" })]);
    expect((await get(`/v1/instruments/${client.instrumentId}`)).validTo).toBe("2027-12-31");
  });
});

describe("the client's view never offers what can no longer be used", () => {
  const mine = async (token: string, language: string) => (await get("/v1/me/budgets", token, language)).items[0];

  it("an ended instrument and budget say so in fi, sv and en, with nothing left to use", async () => {
    const client = await voucherClient();
    at("2027-06-21");
    expectStatus(await endHb(client.clientId, { status: "ended", endsOn: "2027-06-20" }), 200, "end of HB");
    // On the day of the end the rest is still usable; the day after, nothing is.
    at("2027-06-20");
    expect((await mine(client.clientToken, "fi")).instruments[0]).toMatchObject({ usable: true, remainingQuantity: 56.66 });
    at("2027-06-21");
    const texts = {
      fi: "Henkilökohtainen apu: henkilökohtainen budjetti päättyi 20.6.2027. Tätä ei voi enää käyttää.",
      sv: "Personlig assistans: den personliga budgeten upphörde 20.6.2027. Den kan inte längre användas.",
      en: "Personal assistance: your personal budget ended on 20 June 2027. It can no longer be used.",
    };
    for (const [language, text] of Object.entries(texts)) {
      const view = await mine(client.clientToken, language);
      expect(view.instruments[0]).toMatchObject({ summary: text, usable: false, remainingQuantity: 0, availableCents: 204_000 });
      expect(view.budgets[0].lines[0]).toMatchObject({ summary: text, usable: false, remainingQuantity: 0 });
      expect(view.budgets[0].summary).toContain(language === "en" ? "20 June 2027" : "20.6.2027");
    }
    expect((await get(`/v1/instruments/${client.instrumentId}`, client.clientToken)).usable).toBe(false);
  });

  it("a superseded budget and instrument name their successor, and only one balance per service is offered", async () => {
    const client = await voucherClient();
    at("2027-04-10");
    const next = await draftVoucher(client.clientId, 14, "2027-04-15");
    const issued = await api.call("POST", `/v1/decisions/${next.decisionId}/issue`, { as: worker });
    expectStatus(issued, 200, "superseding issue");
    const successorId = issued.body.instruments[0].instrumentId as string;

    // Before the change: the old voucher is used until 14.4. and says what comes after; the new one says from when.
    const before = await mine(client.clientToken, "fi");
    const oldBefore = before.instruments.find((instrument: { instrumentId: string }) => instrument.instrumentId === client.instrumentId);
    const newBefore = before.instruments.find((instrument: { instrumentId: string }) => instrument.instrumentId === successorId);
    expect(oldBefore.summary).toMatch(/14\.4\.2027 asti\. Sen jälkeen tilalle tulee uusi päätös\.$/);
    expect(newBefore.summary).toContain("15.4.2027 alkaen 31.12.2027 asti");

    at("2027-04-20");
    const texts = {
      fi: "Henkilökohtainen apu: uusi päätös korvasi tämän 15.4.2027 alkaen. Tätä ei voi enää käyttää.",
      sv: "Personlig assistans: ett nytt beslut ersatte det här från och med 15.4.2027. Den kan inte längre användas.",
      en: "Personal assistance: a new decision replaced this one from 15 April 2027. It can no longer be used.",
    };
    for (const [language, text] of Object.entries(texts)) {
      const view = await mine(client.clientToken, language);
      const old = view.instruments.find((instrument: { instrumentId: string }) => instrument.instrumentId === client.instrumentId);
      expect(old).toMatchObject({ summary: text, usable: false, remainingQuantity: 0 });
      const oldBudget = view.budgets.find((budget: { budgetId: string }) => budget.budgetId === client.budgetId);
      expect(oldBudget).toMatchObject({ supersededBy: next.budgetId, supersededFrom: "2027-04-15" });
      expect(oldBudget.lines[0]).toMatchObject({ summary: text, usable: false, remainingQuantity: 0 });
      expect(oldBudget.summary).toBe(
        {
          fi: "Tämä budjetti on korvattu uudella budjetilla (palvelusuunnitelman versio 2) 15.4.2027 alkaen.",
          sv: "Den här budgeten har ersatts av en ny budget (serviceplanens version 2) från och med 15.4.2027.",
          en: "This budget was replaced by a new budget (service plan version 2) from 15 April 2027.",
        }[language],
      );
      // One balance per service: of every instrument and line, only the successor's can still be used.
      const usable = [...view.instruments, ...view.budgets.flatMap((budget: { lines: object[] }) => budget.lines)].filter((item: { usable: boolean }) => item.usable);
      expect(usable.map((item: { serviceCode: string }) => item.serviceCode)).toEqual(["HENKILOKOHTAINEN_APU", "HENKILOKOHTAINEN_APU"]);
      expect(view.instruments.filter((item: { usable: boolean }) => item.usable).map((item: { instrumentId: string }) => item.instrumentId)).toEqual([successorId]);
    }
  });
});
