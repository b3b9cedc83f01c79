import { DeleteItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { dynamo, tableName } from "@hb/core/db";
import { backfillWorkList } from "@hb/core/instruments/work-list-backfill";
import { keys } from "@hb/core/keys";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { approvedProvider, type ProviderSetup } from "../support/settlement";
import { assistance, draftVoucher, expectStatus, issueVoucher, newClient } from "../support/vouchers";

/**
 * Issue 14, item 1: the provider's work list. Aamurusko is chosen for Aino's voucher (awaiting its
 * acceptance) and serves Bertta's (accepted); Koivu is another provider.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let aamurusko: ProviderSetup;
let koivu: ProviderSetup;
let aino: { clientToken: string; personalId: string; instrumentId: string; number: string };
let bertta: { clientToken: string; instrumentId: string; number: string };

const at = (date: string) => runtime.clock.set(new Date(`${date}T12:00:00+02:00`));

async function voucherOf(firstName: string, accept: boolean) {
  const { clientId, clientToken, personalId } = await newClient(api, firstName, "Esimerkki");
  const { decisionId } = await draftVoucher(api, clientId, [assistance(10)], { decidedOn: "2027-01-04" });
  const instrumentId = await issueVoucher(api, decisionId, clientToken, aamurusko, accept);
  const number = (await api.call("GET", `/v1/instruments/${instrumentId}`, { as: clientToken })).body.number as string;
  return { clientToken, personalId, instrumentId, number };
}

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  aamurusko = await approvedProvider(api, "staff-work-list");
  koivu = await approvedProvider(api, "staff-work-list-other");
  at("2027-01-04");
  aino = await voucherOf("Aino", false);
  bertta = await voucherOf("Bertta", true);
});
afterEach(() => at("2027-01-04"));
afterAll(() => runtime?.stop());

const workList = (provider: ProviderSetup, query = "", as = provider.providerToken) =>
  api.call("GET", `/v1/providers/${provider.providerId}/instruments${query}`, { as });
const numbersOf = (body: { items: { number: string }[] }) => body.items.map((item) => item.number);

describe("the provider's work list", () => {
  it("lists the vouchers addressed to it by status, newest first, with the client's name and nothing that identifies them further", async () => {
    const awaiting = await workList(aamurusko, "?status=awaiting-acceptance");
    expectStatus(awaiting, 200, "awaiting");
    expect(numbersOf(awaiting.body)).toEqual([aino.number]);
    const [item] = awaiting.body.items;
    expect(item).toMatchObject({ instrumentId: aino.instrumentId, workListStatus: "awaiting-acceptance", client: { firstName: "Aino", lastName: "Esimerkki" }, availableCents: 432_000 });
    expect(item.clientId).toBeUndefined();
    // Not the identity code, under any name (a pattern for codes would also match pieces of the UUIDs).
    expect(JSON.stringify(awaiting.body)).not.toContain(aino.personalId);
    expect(JSON.stringify(awaiting.body)).not.toMatch(/personalId/);

    expect(numbersOf((await workList(aamurusko, "?status=active")).body)).toEqual([bertta.number]);
    expect(numbersOf((await workList(aamurusko)).body)).toEqual([bertta.number, aino.number]);
    expect((await workList(aamurusko, "?status=ended")).body.items).toEqual([]);
    expect((await workList(koivu)).body.items).toEqual([]);
  });

  it("moves an accepted voucher to active, and everything past its last day to ended", async () => {
    const other = await voucherOf("Cecilia", false);
    expect(numbersOf((await workList(aamurusko, "?status=awaiting-acceptance")).body)).toContain(other.number);
    expectStatus(await api.call("POST", `/v1/instruments/${other.instrumentId}/accept`, { as: aamurusko.providerToken }), 200, "acceptance");
    expect(numbersOf((await workList(aamurusko, "?status=awaiting-acceptance")).body)).not.toContain(other.number);
    expect(numbersOf((await workList(aamurusko, "?status=active")).body)).toContain(other.number);

    at("2028-01-02");
    const ended = await workList(aamurusko, "?status=ended");
    expect(numbersOf(ended.body)).toEqual(expect.arrayContaining([aino.number, bertta.number, other.number]));
    expect(ended.body.items.every((item: { workListStatus: string }) => item.workListStatus === "ended")).toBe(true);
    expect((await workList(aamurusko, "?status=active")).body.items).toEqual([]);
  });

  it("pages with a cursor that only fits its own list", async () => {
    const first = await workList(aamurusko, "?limit=1");
    expectStatus(first, 200, "first page");
    expect(first.body.items).toHaveLength(1);
    const second = await workList(aamurusko, `?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].number < first.body.items[0].number).toBe(true);
    // Another provider's list does not take it.
    const foreign = await workList(koivu, `?cursor=${first.body.nextCursor}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe("INVALID_CURSOR");
  });

  it("is its own staff's only: another provider's staff get 403 and the client 403", async () => {
    expect((await workList(aamurusko, "", koivu.providerToken)).status).toBe(403);
    expect((await workList(aamurusko, "", aino.clientToken)).status).toBe(403);
  });
});

describe("finding an instrument by its number", () => {
  it("finds one addressed to the provider, now or before a switch; to anyone else the number is unknown", async () => {
    const find = (number: string, as: string) => api.call("GET", `/v1/instruments?number=${number}`, { as });
    const found = await find(bertta.number, aamurusko.providerToken);
    expectStatus(found, 200, "by number");
    expect(found.body).toMatchObject({ instrumentId: bertta.instrumentId, number: bertta.number, client: { firstName: "Bertta" }, workListStatus: "active" });
    expect(found.body.clientId).toBeUndefined();
    const unknown = await find(bertta.number, koivu.providerToken);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe("NOT_FOUND");
    expect((await find("HB-2027-999999", aamurusko.providerToken)).status).toBe(404);
    const malformed = await find("HB-27-1", aamurusko.providerToken);
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors[0].path).toBe("/query/number");

    // Bertta switches to Koivu from 1.2.: Koivu's list has it, Aamurusko's no longer does, and both find it by number.
    expectStatus(
      await api.call("POST", `/v1/instruments/${bertta.instrumentId}/provider`, { as: bertta.clientToken, body: { providerId: koivu.providerId, effectiveFrom: "2027-02-01" } }),
      200,
      "switch",
    );
    expect(numbersOf((await workList(koivu, "?status=awaiting-acceptance")).body)).toEqual([bertta.number]);
    expect(numbersOf((await workList(aamurusko)).body)).not.toContain(bertta.number);
    expectStatus(await find(bertta.number, koivu.providerToken), 200, "the new provider");
    expectStatus(await find(bertta.number, aamurusko.providerToken), 200, "the provider before the switch");
  });
});

describe("a stack upgraded from before the work list", () => {
  it("gets the index keys and number lookups of its instruments from the backfill, once", async () => {
    const old = await voucherOf("Doris", true);
    // As an instrument issued before this change was stored: no gsi2 keys, no number lookup.
    await dynamo().send(
      new UpdateItemCommand({ TableName: tableName(), Key: marshall(keys.Instrument.key({ instrumentId: old.instrumentId })), UpdateExpression: "REMOVE gsi2pk, gsi2sk" }),
    );
    await dynamo().send(new DeleteItemCommand({ TableName: tableName(), Key: marshall(keys.InstrumentNumber.key({ number: old.number })) }));
    expect(numbersOf((await workList(aamurusko)).body)).not.toContain(old.number);
    expect((await api.call("GET", `/v1/instruments?number=${old.number}`, { as: aamurusko.providerToken })).status).toBe(404);

    const first = await backfillWorkList();
    expect(first.indexed).toBe(1);
    expect(first.numbered).toBe(1);
    expect(numbersOf((await workList(aamurusko, "?status=active")).body)).toContain(old.number);
    expectStatus(await api.call("GET", `/v1/instruments?number=${old.number}`, { as: aamurusko.providerToken }), 200, "by number after the backfill");
    expect(await backfillWorkList()).toEqual({ indexed: 0, numbered: 0 });
  });
});
