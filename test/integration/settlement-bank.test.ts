import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DynamoDBClient, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@hb/api/openapi";
import { routes } from "@hb/api/routes";
import { keys } from "@hb/core/keys";
import { isBankingDay, paymentDate } from "@hb/core/settlement/banking-days";
import { clientConfig } from "@hb/local/dynamodb";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime, testToday } from "../setup/runtime";
import { freshBusinessId, freshPersonalId, personToken, providerApplicationBody } from "../support/fixtures";
import { approvedProvider, type ClientSetup, finance, previousMonth, type ProviderSetup, recordDays, servedClient, worker } from "../support/settlement";

/**
 * Issue 18 through the local runtime: providers whose account or name cannot
 * be paid (registered before the checks at the door existed) among good ones;
 * the run pays the good ones on the right banking day and leaves the bad ones
 * owed with their reasons, and finance is told; the bank's camt.054 with one
 * returned payment reconciles, and finance is told of the return; and every
 * answer is one the OpenAPI document lists.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
const answers: { method: string; path: string; status: number }[] = [];

const today = testToday;
const month = previousMonth(today);

beforeAll(async () => {
  runtime = await startTestRuntime();
  const client = apiClient(runtime);
  api = {
    ...client,
    async call(method, path, options) {
      const response = await client.call(method, path, options);
      answers.push({ method, path, status: response.status });
      return response;
    },
  };
});
afterAll(() => runtime?.stop());

/** Writes the provider's stored account and name directly, as data from before the checks at the door. */
async function corruptProvider(provider: ProviderSetup, fields: { iban?: string; name?: string }) {
  const dynamo = new DynamoDBClient(clientConfig(runtime.dynamoEndpoint));
  const names = Object.keys(fields);
  await dynamo.send(
    new UpdateItemCommand({
      TableName: runtime.tableName,
      Key: marshall(keys.Provider.key({ providerId: provider.providerId })),
      UpdateExpression: `SET ${names.map((name, i) => `#f${i} = :v${i}`).join(", ")}`,
      ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#f${i}`, name])),
      ExpressionAttributeValues: marshall(Object.fromEntries(names.map((name, i) => [`:v${i}`, fields[name as keyof typeof fields]]))),
    }),
  );
  dynamo.destroy();
}

async function paymentFile(runId: string): Promise<string> {
  const response = await fetch(`${runtime.url}/v1/settlement-runs/${runId}/payment-file`, { headers: { authorization: `Bearer ${await api.token(finance)}` } });
  expect(response.status).toBe(200);
  return response.text();
}

describe("accounts and names at the door (issue 18, item 1)", () => {
  it.each([
    ["a Turkish IBAN", { iban: "TR330006100519786457841326" }, "/body/iban", "IBAN_NOT_SEPA"],
    ["a Finnish IBAN with a wrong national check digit", { iban: "FI1513830446621048" }, "/body/iban", "INVALID_IBAN"],
    ["a Swiss IBAN without a BIC", { iban: "CH9300762011623852957" }, "/body/bic", "BIC_REQUIRED"],
    ["a name in Japanese", { name: "株式会社" }, "/body/name", "NAME_NOT_LATIN"],
  ])("refuses %s with 422", async (_, change, path, code) => {
    const response = await api.call("POST", "/v1/provider-applications", { as: personToken(freshPersonalId(), "door-staff"), body: { ...providerApplicationBody(freshBusinessId()), ...change } });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((error: { path: string; code: string }) => [error.path, error.code])).toEqual([[path, code]]);
  });
});

describe("a month with providers that cannot be paid among good ones", () => {
  it("pays the good ones on the settlement day's banking day, leaves the bad ones owed with their reasons, and reconciles the bank's camt.054", async () => {
    const anna = await approvedProvider(api, "bank-anna");
    const bertta = await approvedProvider(api, "bank-bertta");
    const turkki = await approvedProvider(api, "bank-turkki");
    const kanji = await approvedProvider(api, "bank-kanji");
    await corruptProvider(turkki, { iban: "TR330006100519786457841326" });
    await corruptProvider(kanji, { name: "株式会社" });
    const providers = [anna, bertta, turkki, kanji];
    const days = [[{ day: 3, quantity: 4 }], [{ day: 4, quantity: 3 }], [{ day: 5, quantity: 1 }], [{ day: 6, quantity: 2 }]];
    const clients: ClientSetup[] = [];
    for (const [index, provider] of providers.entries()) {
      const client = await servedClient(api, provider, 60 + index, `${month}-01`);
      await recordDays(api, runtime.clock, provider, client, month, days[index]!, `bank-${index}`);
      clients.push(client);
    }
    await runtime.settle();

    const started = await api.call("POST", "/v1/settlement-runs", { as: finance, body: { month } });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ state: "closing", progress: { closedStatementCount: 0 } });
    expect(started.body.progress.statementCount).toBeGreaterThanOrEqual(4);
    await runtime.settle();
    const run = (await api.call("GET", `/v1/settlement-runs/SR-${month}`, { as: finance })).body;
    const expectedDate = paymentDate(month, 5, today);
    expect(run).toMatchObject({ state: "closed", executionDate: expectedDate, messageId: `HB-DEMO-SR-${month}` });
    expect(isBankingDay(run.executionDate)).toBe(true);
    const paymentOf = (provider: ProviderSetup) => run.payments.find((payment: { providerId: string }) => payment.providerId === provider.providerId);
    expect(paymentOf(anna)).toMatchObject({ state: "sent", amountCents: 4 * 7000 });
    expect(paymentOf(bertta)).toMatchObject({ state: "sent", amountCents: 3 * 7000 });
    expect(paymentOf(turkki)).toMatchObject({ state: "excluded", reasonCode: "IBAN_NOT_SEPA", amountCents: 7000 });
    expect(paymentOf(kanji)).toMatchObject({ state: "excluded", reasonCode: "NAME_NOT_WRITABLE", amountCents: 2 * 7000 });
    expect(run).toMatchObject({ paymentCount: 2, paymentsCents: 7 * 7000, excludedCount: 2, excludedCents: 3 * 7000 });

    // The file holds the good payments, on the banking day, and is the same byte for byte when downloaded again.
    const xml = await paymentFile(run.runId);
    expect(await paymentFile(run.runId)).toBe(xml);
    const document = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml).Document.CstmrCdtTrfInitn;
    expect(document.GrpHdr).toMatchObject({ MsgId: `HB-DEMO-SR-${month}`, NbOfTxs: "2", CtrlSum: "490.00" });
    expect(document.PmtInf.ReqdExctnDt).toBe(expectedDate);
    const transfers = [document.PmtInf.CdtTrfTxInf].flat();
    expect(transfers.map((tx: { PmtId: { EndToEndId: string } }) => tx.PmtId.EndToEndId).sort()).toEqual([paymentOf(anna).endToEndId, paymentOf(bertta).endToEndId].sort());

    // Finance is told of each payment left out, with its reason, in its shared inbox; nobody else is.
    const financeInbox = async (language = "fi") => (await api.call("GET", "/v1/notifications?limit=100", { as: finance, headers: { "accept-language": language } })).body;
    const label = new Map([anna, bertta, turkki, kanji].map((provider, index) => [provider.providerId, ["anna", "bertta", "turkki", "kanji"][index]!]));
    const paymentNotices = (page: { items: { kind: string; payment?: { providerId: string; reasonCode: string } }[] }) =>
      page.items
        .filter((item) => item.payment && label.has(item.payment.providerId))
        .map((item) => `${item.kind} ${label.get(item.payment!.providerId)} ${item.payment!.reasonCode}`)
        .sort();
    const inbox = await financeInbox();
    expect(paymentNotices(inbox)).toEqual(["payment-excluded kanji NAME_NOT_WRITABLE", "payment-excluded turkki IBAN_NOT_SEPA"]);
    const turkkiNotice = inbox.items.find((item: { payment?: { providerId: string } }) => item.payment?.providerId === turkki.providerId);
    expect(turkkiNotice).toMatchObject({
      kind: "payment-excluded",
      payment: { runId: run.runId, statementId: paymentOf(turkki).statementId, statementMonth: month, providerName: "Aamurusko Oy", amountCents: 7000, reasonCode: "IBAN_NOT_SEPA" },
    });
    expect(turkkiNotice).not.toHaveProperty("clientId");
    expect(turkkiNotice.text).toBe(
      `Aamurusko Oy: maksu 70,00\u00a0€ (tilitys ${month}) jätettiin pois tilitysajon ${run.runId} maksuaineistosta, koska tili ei ole SEPA-maassa (IBAN_NOT_SEPA). Se on yhä maksamatta; seuraava tilitysajo maksaa sen, kun syy on korjattu.`,
    );
    expect((await financeInbox("en")).items.find((item: { notificationId: string }) => item.notificationId === turkkiNotice.notificationId).text).toContain(
      "was left out of run",
    );
    expect((await api.call("GET", "/v1/notifications?limit=100", { as: worker })).body.items.filter((item: { kind: string }) => item.kind.startsWith("payment-"))).toEqual([]);
    const read = await api.call("POST", `/v1/notifications/${turkkiNotice.notificationId}/read`, { as: "role=finance&sub=finance-2" });
    expect(read.status).toBe(200);
    expect((await financeInbox()).unreadCount).toBe(inbox.unreadCount - 1);

    // The bad ones stay owed and show why; a repeated POST answers 200 and changes nothing.
    const turkkiStatement = (await api.call("GET", `/v1/settlements?providerId=${turkki.providerId}&month=${month}`, { as: finance })).body.items[0];
    expect(turkkiStatement).toMatchObject({ state: "closed", payment: { state: "excluded", reasonCode: "IBAN_NOT_SEPA", runId: run.runId } });
    const again = await api.call("POST", "/v1/settlement-runs", { as: finance, body: { month } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(run);

    // The bank's camt.054: both debits booked on the execution date, Bertta's returned two days later (AC04), one entry of something else.
    const camt = readFileSync(join(import.meta.dirname, "../../packages/core/src/settlement/fixtures/camt.054.001.02-returned.xml"), "utf8")
      .replaceAll("RF722026090000018", paymentOf(anna).endToEndId)
      .replaceAll("RF882026090000021", paymentOf(bertta).endToEndId)
      .replaceAll("HB-DEMO-SR-2026-09", run.messageId)
      .replaceAll("2026-10-05", expectedDate);
    const reconciled = await api.call("POST", `/v1/settlement-runs/${run.runId}/bank-statements`, { as: finance, body: { document: camt } });
    expect(reconciled.status, JSON.stringify(reconciled.body)).toBe(200);
    expect(reconciled.body.matched).toEqual([
      { endToEndId: paymentOf(anna).endToEndId, statementId: paymentOf(anna).statementId, providerId: anna.providerId, outcome: "paid", changed: true, bookingDate: expectedDate },
      { endToEndId: paymentOf(bertta).endToEndId, statementId: paymentOf(bertta).statementId, providerId: bertta.providerId, outcome: "paid", changed: true, bookingDate: expectedDate },
      { endToEndId: paymentOf(bertta).endToEndId, statementId: paymentOf(bertta).statementId, providerId: bertta.providerId, outcome: "returned", changed: true, bookingDate: "2026-10-07", reasonCode: "AC04" },
    ]);
    expect(reconciled.body.unmatched).toEqual([{ endToEndId: "INVOICE-4711", amountCents: 9900, outcome: "paid", reason: "UNKNOWN_END_TO_END_ID" }]);
    await runtime.settle();

    const after = (await api.call("GET", `/v1/settlement-runs/${run.runId}`, { as: finance })).body;
    expect(after.state).toBe("closed");
    expect(after.payments.find((payment: { providerId: string }) => payment.providerId === anna.providerId)).toMatchObject({ state: "paid", bookingDate: expectedDate, source: "camt.054" });
    expect(after.payments.find((payment: { providerId: string }) => payment.providerId === bertta.providerId)).toMatchObject({ state: "returned", reasonCode: "AC04", reason: "Account closed" });
    const statementOf = async (provider: ProviderSetup) => (await api.call("GET", `/v1/settlements?providerId=${provider.providerId}&month=${month}`, { as: finance })).body.items[0];
    expect(await statementOf(anna)).toMatchObject({ state: "paid", payment: { state: "paid", bookingDate: expectedDate } });
    expect(await statementOf(bertta)).toMatchObject({ state: "closed", payment: { state: "returned", reasonCode: "AC04" } });
    const balance = async (index: number) => (await api.call("GET", `/v1/instruments/${clients[index]!.instrumentId}`, { as: worker })).body;
    expect(await balance(0)).toMatchObject({ settledCents: 0, paidCents: 4 * 7000 });
    expect(await balance(1)).toMatchObject({ settledCents: 3 * 7000, paidCents: 0 });
    expect(await balance(2)).toMatchObject({ settledCents: 7000, paidCents: 0 });

    // Finance is told of the returned payment with the bank's reason code, once.
    const returned = (await financeInbox("sv")).items.filter((item: { kind: string }) => item.kind === "payment-returned");
    expect(returned).toHaveLength(1);
    expect(returned[0]).toMatchObject({ payment: { providerId: bertta.providerId, reasonCode: "AC04", reason: "Account closed", amountCents: 3 * 7000, runId: run.runId } });
    expect(returned[0].text).toContain("orsak AC04 (kontot är avslutat)");

    // The same message again changes nothing, and tells nobody again.
    const repeat = await api.call("POST", `/v1/settlement-runs/${run.runId}/bank-statements`, { as: finance, body: { document: camt } });
    expect(repeat.body.matched.map((match: { changed: boolean }) => match.changed)).toEqual([false, false, false]);
    expect(paymentNotices(await financeInbox())).toEqual(["payment-excluded kanji NAME_NOT_WRITABLE", "payment-excluded turkki IBAN_NOT_SEPA", "payment-returned bertta AC04"]);
    expect((await api.call("POST", `/v1/settlement-runs/${run.runId}/bank-statements`, { as: finance, body: { document: "<oops" } })).body.code).toBe("BANK_MESSAGE_INVALID");
  }, 180_000);

  it("every answer this file got is a status the OpenAPI document lists for its route (the local front checks every route the same way: packages/api/src/http.test.ts)", () => {
    const document = openApiDocument(routes) as unknown as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const seen = new Set<string>();
    for (const answer of answers) {
      const route = routes.find(
        (candidate) => candidate.method === answer.method && new RegExp(`^${candidate.path.replace(/\{[^}]+\}/g, "[^/?]+")}(\\?.*)?$`).test(answer.path),
      );
      expect(route, `${answer.method} ${answer.path}`).toMatchObject({ method: answer.method });
      seen.add(`${route!.method} ${route!.path} ${answer.status}`);
      expect(Object.keys(document.paths[route!.path]![route!.method.toLowerCase()]!.responses), `${answer.method} ${answer.path}`).toContain(String(answer.status));
    }
    // The statuses that were missing or changed with issue 18 were all exercised.
    expect([...seen]).toEqual(expect.arrayContaining(["POST /v1/settlement-runs 202", "POST /v1/settlement-runs 200", "POST /v1/settlement-runs/{runId}/bank-statements 200", "POST /v1/settlement-runs/{runId}/bank-statements 422"]));
  });
});
