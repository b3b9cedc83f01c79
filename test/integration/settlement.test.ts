import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidCreditorReference } from "@hb/core/settlement/creditor-reference";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime, testToday } from "../setup/runtime";
import { approvedProvider, type ClientSetup, finance, previousMonth, type ProviderSetup, servedClient, worker } from "../support/settlement";

/**
 * Settlement through the local runtime: approved events reach the provider's
 * statement through the stream and the settlement queue; a run closes the
 * month, settles, and writes a pain.001 file; paid moves the balances.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;

const today = testToday;
const month = previousMonth(today);

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
});
afterAll(() => runtime?.stop());

/** Records and approves day-activity events on the given days of `month`, as if it were the 15th of that month. */
async function deliver(provider: ProviderSetup, client: ClientSetup, days: readonly { day: number; quantity: number }[], prefix: string) {
  runtime.clock.set(new Date(`${month}-15T12:00:00+02:00`));
  try {
    const ids: string[] = [];
    for (const { day, quantity } of days) {
      const recorded = await api.call("POST", "/v1/service-events", {
        as: provider.providerToken,
        body: { instrumentId: client.instrumentId, externalId: `${prefix}-${day}`, date: `${month}-${String(day).padStart(2, "0")}`, quantity },
      });
      expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
      const approved = await api.call("POST", `/v1/service-events/${recorded.body.eventId}/approve`, { as: worker });
      expect(approved.status).toBe(200);
      ids.push(recorded.body.eventId);
    }
    return ids;
  } finally {
    runtime.clock.reset();
  }
}

const balanceOf = async (instrumentId: string) => (await api.call("GET", `/v1/instruments/${instrumentId}`, { as: worker })).body;

describe("settlement of a month", () => {
  it("builds statements from approved events, runs the month into a pain.001 whose sums match, and pays", async () => {
    const anna = await approvedProvider(api, "staff-anna");
    const bertta = await approvedProvider(api, "staff-bertta");
    const first = await servedClient(api, anna, 11, `${month}-01`);
    const second = await servedClient(api, bertta, 12, `${month}-01`);
    const annaEvents = await deliver(anna, first, [{ day: 3, quantity: 1 }, { day: 4, quantity: 2 }, { day: 10, quantity: 1 }], "a");
    await deliver(bertta, second, [{ day: 5, quantity: 3 }], "b");
    await runtime.settle();

    const statements = await api.call("GET", `/v1/settlements?month=${month}`, { as: finance });
    expect(statements.status).toBe(200);
    const annaStatement = statements.body.items.find((s: { providerId: string }) => s.providerId === anna.providerId);
    expect(annaStatement).toMatchObject({ state: "open", eventsCents: 4 * 7000, netCents: 4 * 7000, eventCount: 3, byService: { PAIVATOIMINTA: { amountCents: 28_000, count: 3 } } });
    expect(annaStatement.lines.map((line: { eventId: string }) => line.eventId).sort()).toEqual([...annaEvents].sort());
    // A provider reads its own statements only, and sees clients only as instrument numbers.
    const own = await api.call("GET", `/v1/settlements?providerId=${anna.providerId}&month=${month}`, { as: anna.providerToken });
    expect(own.body.items).toHaveLength(1);
    expect(JSON.stringify(own.body)).not.toContain(first.clientId);
    expect((await api.call("GET", `/v1/settlements?providerId=${bertta.providerId}`, { as: anna.providerToken })).status).toBe(403);

    expect((await api.call("POST", "/v1/settlement-runs", { as: finance, body: { month: today.slice(0, 7) } })).body.code).toBe("MONTH_NOT_ENDED");
    const started = await api.call("POST", "/v1/settlement-runs", { as: finance, body: { month } });
    expect(started.status).toBe(202);
    expect(started.headers.get("location")).toBe(`/v1/settlement-runs/SR-${month}`);
    expect(started.body).toMatchObject({ runId: `SR-${month}`, state: "closing", progress: { statementCount: 2, closedStatementCount: 0 }, payments: [] });
    await runtime.settle();
    const run = await api.call("GET", `/v1/settlement-runs/SR-${month}`, { as: finance });
    expect(run.body).toMatchObject({
      runId: `SR-${month}`,
      state: "closed",
      progress: { statementCount: 2, closedStatementCount: 2 },
      eventsCents: 49_000,
      netCents: 49_000,
      paymentsCents: 49_000,
      paymentCount: 2,
      excludedCount: 0,
      messageId: `HB-DEMO-SR-${month}`,
    });
    const again = await api.call("POST", "/v1/settlement-runs", { as: finance, body: { month } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(run.body);

    const file = await fetch(`${runtime.url}/v1/settlement-runs/${run.body.runId}/payment-file`, {
      headers: { authorization: `Bearer ${await api.token(finance)}` },
    });
    expect(file.headers.get("content-type")).toMatch(/^application\/xml/);
    const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(await file.text());
    const initiation = xml.Document.CstmrCdtTrfInitn;
    expect(xml.Document["@_xmlns"]).toBe("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");
    expect(initiation.GrpHdr.CtrlSum).toBe("490.00");
    expect(initiation.GrpHdr.NbOfTxs).toBe("2");
    const transfers = [initiation.PmtInf.CdtTrfTxInf].flat();
    for (const transfer of transfers) {
      const reference = transfer.RmtInf.Strd.CdtrRefInf.Ref as string;
      expect(isValidCreditorReference(reference)).toBe(true);
      const payment = run.body.payments.find((p: { creditorReference: string }) => p.creditorReference === reference);
      const provider = [anna, bertta].find((p) => p.providerId === payment.providerId)!;
      expect(transfer.CdtrAcct.Id.IBAN).toBe(provider.iban.replace(/\s/g, ""));
      expect(transfer.Amt.InstdAmt["#text"]).toBe(provider === anna ? "280.00" : "210.00");
      expect(payment.amountCents).toBe(provider === anna ? 28_000 : 21_000);
    }

    // Settled: the amounts left `approved`; an approval after the run goes to the next month's statement.
    expect(await balanceOf(first.instrumentId)).toMatchObject({ approvedCents: 0, settledCents: 28_000, paidCents: 0 });
    const closed = await api.call("GET", `/v1/settlements?providerId=${anna.providerId}&month=${month}`, { as: finance });
    expect(closed.body.items[0]).toMatchObject({ state: "closed", runId: run.body.runId });
    expect(isValidCreditorReference(closed.body.items[0].creditorReference)).toBe(true);

    const paid = await api.call("POST", `/v1/settlement-runs/${run.body.runId}/paid`, { as: finance });
    expect(paid.body).toMatchObject({ state: "paid", paidHow: "manual", paidBy: { sub: "finance-1" } });
    expect(paid.body.payments.map((payment: { state: string; source: string }) => [payment.state, payment.source])).toEqual([["paid", "manual"], ["paid", "manual"]]);
    expect((await api.call("POST", `/v1/settlement-runs/${run.body.runId}/paid`, { as: finance })).body.state).toBe("paid");
    // The events, statements and balances follow on the settlement-run queue.
    await runtime.settle();
    expect(await balanceOf(first.instrumentId)).toMatchObject({ settledCents: 0, paidCents: 28_000, availableCents: 40 * 7000 - 28_000 });
    const event = await api.call("GET", `/v1/service-events?instrumentId=${first.instrumentId}`, { as: worker });
    expect(event.body.items.map((e: { status: string }) => e.status)).toEqual(["paid", "paid", "paid"]);

    // A credit returns money to the client at once and reaches Anna's next statement as a negative line.
    const credit = await api.call("POST", `/v1/service-events/${annaEvents[1]}/credits`, {
      as: worker,
      body: { amountCents: 7000, reasonCode: "WRONG_QUANTITY", explanation: "Yksi päivä, ei kaksi." },
    });
    expect(credit.status).toBe(201);
    expect(credit.body.event).toMatchObject({ amountCents: 14_000, creditedCents: 7000 });
    expect(await balanceOf(first.instrumentId)).toMatchObject({ paidCents: 21_000, availableCents: 40 * 7000 - 21_000 });
    const tooMuch = await api.call("POST", `/v1/service-events/${annaEvents[1]}/credits`, {
      as: worker,
      body: { amountCents: 7001, reasonCode: "OTHER", explanation: "x" },
    });
    expect(tooMuch.body.code).toBe("CREDIT_EXCEEDS_EVENT");
    await runtime.settle();
    const later = await api.call("GET", `/v1/settlements?providerId=${anna.providerId}&month=${today.slice(0, 7)}`, { as: anna.providerToken });
    expect(later.body.items[0]).toMatchObject({ state: "open", creditsCents: 7000, netCents: -7000 });
    expect(later.body.items[0].lines[0]).toMatchObject({ kind: "credit", amountCents: -7000, reasonCode: "WRONG_QUANTITY", explanation: "Yksi päivä, ei kaksi." });
  }, 120_000);
});
