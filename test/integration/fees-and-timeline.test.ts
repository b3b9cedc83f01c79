import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { approvedProvider, finance, type ProviderSetup, worker } from "../support/settlement";
import { expectStatus, newClient, planBudget } from "../support/vouchers";

/**
 * Issue 13, items 3 and 6: an income-based client fee on a decision line (250,00 € a month for
 * day activities, asiakasmaksulaki) shown in the decision, the budget and the client's view and
 * listed for the area's invoicing by month; and each event's expected payment date (the demo
 * area: a 7-day review window, settlement on the 5th).
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let provider: ProviderSetup;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  provider = await approvedProvider(api, "staff-fees");
});
afterEach(() => runtime.clock.reset());
afterAll(() => runtime?.stop());

const at = (date: string) => runtime.clock.set(new Date(`${date}T12:00:00+02:00`));

const fee = { monthlyCents: 25_000, legalBasis: "asiakasmaksulaki" };

/** A client with 15 days a month of day activities from 15.1.2027 for a year, by commitment to the provider; the decision drafted with `line`. */
async function draftWith(line: Record<string, unknown>) {
  at("2027-01-11");
  const { clientId, clientToken } = await newClient(api, "Kaisa", "Kotona");
  const budgetId = await planBudget(
    api,
    clientId,
    [{ serviceCode: "PAIVATOIMINTA", content: "Päivätoiminta", quantity: 15, unit: "day", per: "month", unitCostCents: 7000, costBasis: "reference-price" }],
    { validFrom: "2027-01-15", validTo: "2028-01-14" },
  );
  const decision = await api.call("POST", `/v1/budgets/${budgetId}/decisions`, {
    as: worker,
    body: {
      decidedOn: "2027-01-11",
      legalBasis: "vammaispalvelulaki",
      decisionMaker: { name: "Sari Sosiaalityöntekijä", title: "sosiaalityöntekijä" },
      lines: [{ lineId: "L1", paymentMethod: "payment-commitment", providerId: provider.providerId, ...line }],
    },
  });
  return { clientId, clientToken, budgetId, decision };
}

const feesOf = async (month: string, clientId: string, as = finance) => {
  const response = await api.call("GET", `/v1/client-fees?month=${month}`, { as });
  expectStatus(response, 200, `fees of ${month}`);
  return response.body.items.filter((item: { clientId: string }) => item.clientId === clientId);
};

describe("income-based client fees", () => {
  it("are decided per line with their act, shown in the decision, the budget and the client's view, and listed by month once issued", async () => {
    const { clientId, clientToken, budgetId, decision } = await draftWith({ clientFee: fee });
    expectStatus(decision, 201, "decision");
    expect(decision.body.lines[0].clientFee).toEqual(fee);
    const section = decision.body.document.sections.find((s: { heading: string }) => s.heading === "Asiakasmaksut");
    expect(section.paragraphs[0]).toBe("Päivätoiminta: asiakasmaksu 250,00\u00a0€ kuukaudessa");
    expect(section.paragraphs[1]).toContain("laki sosiaali- ja terveydenhuollon asiakasmaksuista (734/1992)");
    // A draft sets no fee yet.
    expect(await feesOf("2027-02", clientId)).toEqual([]);

    const issued = await api.call("POST", `/v1/decisions/${decision.body.decisionId}/issue`, { as: worker });
    expectStatus(issued, 200, "issue");
    expect(issued.body.document.text).toContain("Asiakasmaksut\n\nPäivätoiminta: asiakasmaksu 250,00\u00a0€ kuukaudessa");

    const line = { lineId: "L1", serviceCode: "PAIVATOIMINTA", ...fee };
    const listed = { clientId, decisionId: decision.body.decisionId, decisionNumber: decision.body.number, monthlyCents: 25_000, lines: [line] };
    expect(await feesOf("2027-01", clientId)).toEqual([{ ...listed, from: "2027-01-15", to: "2027-01-31" }]);
    expect(await feesOf("2027-02", clientId, worker)).toEqual([{ ...listed, from: "2027-02-01", to: "2027-02-28" }]);
    expect(await feesOf("2028-01", clientId)).toEqual([{ ...listed, from: "2028-01-01", to: "2028-01-14" }]);
    expect(await feesOf("2028-02", clientId)).toEqual([]);
    expect((await api.call("GET", "/v1/client-fees?month=2027-02", { as: provider.providerToken })).status).toBe(403);
    expect((await api.call("GET", "/v1/client-fees?month=2027-13", { as: finance })).status).toBe(422);

    // Not charged to the budget: the line's grant is unchanged, and the fee is shown beside it.
    const budget = await api.call("GET", `/v1/budgets/${budgetId}`, { as: worker });
    expect(budget.body.lines[0]).toMatchObject({ clientFee: fee, availableCents: budget.body.lines[0].grantedCents });
    const mine = (await api.call("GET", "/v1/me/budgets", { as: clientToken })).body.items[0];
    expect(mine.budgets[0].lines[0].clientFee).toEqual(fee);
    expect(mine.budgets[0].lines[0].summary).toContain(
      "Maksat tästä palvelusta asiakasmaksua 250,00\u00a0€ kuukaudessa. Hyvinvointialue laskuttaa sen sinulta erikseen; se ei vähennä budjettiasi.",
    );
  });

  it("is refused without its act, with an act not for fees, or at zero, naming the field", async () => {
    const cases = [
      [{ clientFee: { monthlyCents: 25_000 } }, "/body/lines/0/clientFee/legalBasis"],
      [{ clientFee: { ...fee, legalBasis: "vammaispalvelulaki" } }, "/body/lines/0/clientFee/legalBasis"],
      [{ clientFee: { ...fee, monthlyCents: 0 } }, "/body/lines/0/clientFee/monthlyCents"],
    ] as const;
    for (const [line, pointer] of cases) {
      const { decision } = await draftWith(line);
      expect(decision.status).toBe(422);
      expect(decision.body.errors.map((error: { path: string }) => error.path)).toEqual([pointer]);
    }
  });

  it("lists no fee for a decision without one", async () => {
    const { clientId, decision } = await draftWith({});
    expectStatus(await api.call("POST", `/v1/decisions/${decision.body.decisionId}/issue`, { as: worker }), 200, "issue");
    expect(await feesOf("2027-02", clientId)).toEqual([]);
    expect(decision.body.document.sections.map((s: { heading: string }) => s.heading)).not.toContain("Asiakasmaksut");
  });
});

describe("the payment timeline", () => {
  it("shows each event's expected payment date through review, the statement, the run and payment", async () => {
    const { clientToken, decision } = await draftWith({});
    expectStatus(decision, 201, "decision");
    const issued = await api.call("POST", `/v1/decisions/${decision.body.decisionId}/issue`, { as: worker });
    const instrumentId = issued.body.instruments[0].instrumentId as string;
    expectStatus(await api.call("POST", `/v1/instruments/${instrumentId}/accept`, { as: provider.providerToken }), 200, "accept");

    // Recorded 10.3.: approved by 17.3. when the review window ends, March's statement, paid Monday 5.4.
    at("2027-03-10");
    const early = await api.call("POST", "/v1/service-events", { as: provider.providerToken, body: { instrumentId, externalId: "t-10", date: "2027-03-10", quantity: 1 } });
    expectStatus(early, 201, "record 10.3.");
    expect(early.body.expectedPaymentOn).toBe("2027-04-05");
    expectStatus(await api.call("POST", `/v1/service-events/${early.body.eventId}/approve`, { as: worker }), 200, "approve 10.3.");

    // Recorded 30.3.: the window ends 6.4., after March's run, so April's statement pays on 5.5.; approved on 31.3. it makes March.
    at("2027-03-30");
    const late = await api.call("POST", "/v1/service-events", { as: provider.providerToken, body: { instrumentId, externalId: "t-28", date: "2027-03-28", quantity: 1 } });
    expectStatus(late, 201, "record 28.3.");
    expect(late.body.expectedPaymentOn).toBe("2027-05-05");
    const mine = await api.call("GET", `/v1/service-events?instrumentId=${instrumentId}`, { as: clientToken });
    expect(mine.body.items.map((event: { date: string; expectedPaymentOn: string }) => [event.date, event.expectedPaymentOn])).toEqual([
      ["2027-03-28", "2027-05-05"],
      ["2027-03-10", "2027-04-05"],
    ]);
    at("2027-03-31");
    const approved = await api.call("POST", `/v1/service-events/${late.body.eventId}/approve`, { as: worker });
    expect(approved.body.expectedPaymentOn).toBe("2027-04-05");
    await runtime.settle();

    // March's run on 1.4. fixes the execution date; the bank pays a day late, on 6.4.: the actual day is shown.
    at("2027-04-01");
    expectStatus(await api.call("POST", "/v1/settlement-runs", { as: finance, body: { month: "2027-03" } }), 202, "run");
    await runtime.settle();
    const providers = async () =>
      (await api.call("GET", `/v1/service-events?providerId=${provider.providerId}`, { as: provider.providerToken })).body.items.filter(
        (event: { instrumentId: string }) => event.instrumentId === instrumentId,
      );
    expect((await providers()).map((event: { status: string; expectedPaymentOn: string }) => [event.status, event.expectedPaymentOn])).toEqual([
      ["settled", "2027-04-05"],
      ["settled", "2027-04-05"],
    ]);
    at("2027-04-06");
    expectStatus(await api.call("POST", "/v1/settlement-runs/SR-2027-03/paid", { as: finance }), 200, "paid");
    await runtime.settle();
    expect((await providers()).map((event: { status: string; expectedPaymentOn: string }) => [event.status, event.expectedPaymentOn])).toEqual([
      ["paid", "2027-04-06"],
      ["paid", "2027-04-06"],
    ]);
  }, 90_000);
});
