import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { assistance, draftVoucher, expectStatus, issueVoucher, newClient } from "../support/vouchers";
import { approvedProvider, type ProviderSetup, worker } from "../support/settlement";

/**
 * Issue 13, items 1, 4 and 5: late cancellations and no-shows by the area's rules (the demo area
 * pays a late cancellation of personal assistance at 50 %, at most 2 a month, and no no-shows),
 * a hard cap on a month's hours, and dry runs that answer exactly what the real call would.
 * Personal assistance at 36,00 €/h, weekday daytime (multiplier 1), 10 h/month by voucher in 2027.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let provider: ProviderSetup;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  provider = await approvedProvider(api, "staff-delivery-rules");
});
afterEach(() => runtime.clock.reset());
afterAll(() => runtime?.stop());

const at = (date: string) => runtime.clock.set(new Date(`${date}T20:00:00+02:00`));

/** A client with 10 h/month of personal assistance for 2027 by voucher (`periodCap` on the plan line), the provider chosen and accepted. */
async function voucherClient(periodCap?: "hard" | "soft") {
  at("2027-01-04");
  const { clientId, clientToken } = await newClient(api, "Aino", "Avustettava");
  const service = { ...assistance(10), ...(periodCap ? { periodCap } : {}) };
  const { budgetId, decisionId } = await draftVoucher(api, clientId, [service], { decidedOn: "2027-01-04" });
  const instrumentId = await issueVoucher(api, decisionId, clientToken, provider);
  return { clientId, clientToken, budgetId, instrumentId };
}

let sequence = 0;
/** `hours` from 10:00 on a (winter-time) weekday `date`; `dryRun` adds ?dryRun=true. */
const record = (instrumentId: string, date: string, hours: number, options: { kind?: string; dryRun?: boolean; externalId?: string; headers?: Record<string, string> } = {}) =>
  api.call("POST", `/v1/service-events${options.dryRun ? "?dryRun=true" : ""}`, {
    as: provider.providerToken,
    ...(options.headers ? { headers: options.headers } : {}),
    body: {
      instrumentId,
      externalId: options.externalId ?? `dr-${(sequence += 1)}`,
      start: `${date}T10:00:00+02:00`,
      end: new Date(Date.parse(`${date}T10:00:00+02:00`) + hours * 3_600_000).toISOString(),
      ...(options.kind ? { kind: options.kind } : {}),
    },
  });

const get = async (path: string, as = worker) => {
  const response = await api.call("GET", path, { as });
  expectStatus(response, 200, path);
  return response.body;
};

describe("late cancellations and no-shows", () => {
  it("bills a late cancellation at the area's 50 %, shows its kind to the worker and the client, and refuses a no-show", async () => {
    const client = await voucherClient();
    at("2027-01-20");
    const cancelled = await record(client.instrumentId, "2027-01-19", 2, { kind: "late-cancellation" });
    expectStatus(cancelled, 201, "late cancellation");
    // 2 h × 36,00 € = 72,00 €, of which half.
    expect(cancelled.body).toMatchObject({ kind: "late-cancellation", quantity: 2, amountCents: 3_600, instrument: { recordedCents: 3_600 } });
    const delivered = await record(client.instrumentId, "2027-01-18", 2);
    expect(delivered.body).toMatchObject({ kind: "delivered", amountCents: 7_200 });

    for (const as of [worker, client.clientToken]) {
      const listed = await get(`/v1/service-events?instrumentId=${client.instrumentId}`, as);
      expect(listed.items.map((event: { kind: string; amountCents: number }) => [event.kind, event.amountCents])).toEqual([
        ["late-cancellation", 3_600],
        ["delivered", 7_200],
      ]);
    }

    const noShow = await record(client.instrumentId, "2027-01-15", 2, { kind: "no-show" });
    expect(noShow.status).toBe(422);
    expect(noShow.body).toMatchObject({ code: "EVENT_KIND_NOT_BILLABLE" });
    expect((await get(`/v1/instruments/${client.instrumentId}`)).recordedCents).toBe(3_600 + 7_200);
  });

  it("refuses a third late cancellation in a month, counts a deleted one out, and starts again in the next month", async () => {
    const client = await voucherClient();
    at("2027-01-29");
    const first = await record(client.instrumentId, "2027-01-25", 1, { kind: "late-cancellation" });
    expectStatus(first, 201, "first");
    expectStatus(await record(client.instrumentId, "2027-01-26", 1, { kind: "late-cancellation" }), 201, "second");
    const third = await record(client.instrumentId, "2027-01-27", 1, { kind: "late-cancellation" });
    expect(third.status).toBe(422);
    expect(third.body).toMatchObject({ code: "EVENT_KIND_LIMIT_REACHED" });
    // Deliveries are not limited.
    expectStatus(await record(client.instrumentId, "2027-01-27", 1), 201, "a delivery");

    expectStatus(await api.call("DELETE", `/v1/service-events/${first.body.eventId}`, { as: provider.providerToken }), 204, "delete");
    expectStatus(await record(client.instrumentId, "2027-01-28", 1, { kind: "late-cancellation" }), 201, "after the delete");

    at("2027-02-02");
    expectStatus(await record(client.instrumentId, "2027-02-01", 1, { kind: "late-cancellation" }), 201, "next month");
  });

  it("prices a corrected cancellation at the share again", async () => {
    const client = await voucherClient();
    at("2027-01-20");
    const cancelled = await record(client.instrumentId, "2027-01-19", 2, { kind: "late-cancellation" });
    expectStatus(cancelled, 201, "late cancellation");
    const edited = await api.call("PATCH", `/v1/service-events/${cancelled.body.eventId}`, {
      as: provider.providerToken,
      body: { start: "2027-01-19T10:00:00+02:00", end: "2027-01-19T13:00:00+02:00" },
    });
    expectStatus(edited, 200, "correction");
    expect(edited.body).toMatchObject({ kind: "late-cancellation", amountCents: 5_400, instrument: { recordedCents: 5_400 } });
  });
});

describe("a hard cap on the month's quantity", () => {
  it("accepts the 10th hour of a 10-hour month, refuses the 11th, and accepts the next month's", async () => {
    const client = await voucherClient("hard");
    expect((await get(`/v1/instruments/${client.instrumentId}`)).periodCap).toBe("hard");
    at("2027-01-29");
    for (const [date, hours] of [["2027-01-25", 3], ["2027-01-26", 3], ["2027-01-27", 3]] as const) {
      expectStatus(await record(client.instrumentId, date, hours), 201, date);
    }
    expectStatus(await record(client.instrumentId, "2027-01-28", 1), 201, "the 10th hour");
    const eleventh = await record(client.instrumentId, "2027-01-22", 1);
    expect(eleventh.status).toBe(422);
    expect(eleventh.body).toMatchObject({ code: "PERIOD_CAP_EXCEEDED" });
    // A late cancellation is no service given: it does not count in the month's hours.
    expectStatus(await record(client.instrumentId, "2027-01-21", 1, { kind: "late-cancellation" }), 201, "a cancellation");

    at("2027-02-02");
    expectStatus(await record(client.instrumentId, "2027-02-01", 1), 201, "February's first hour");
  });

  it("refuses a correction past the cap and frees the hours of a deleted delivery", async () => {
    const client = await voucherClient("hard");
    at("2027-01-29");
    const long = await record(client.instrumentId, "2027-01-25", 8);
    expectStatus(long, 201, "8 h");
    const short = await record(client.instrumentId, "2027-01-26", 2);
    expectStatus(short, 201, "2 h");
    const longer = await api.call("PATCH", `/v1/service-events/${short.body.eventId}`, {
      as: provider.providerToken,
      body: { start: "2027-01-26T10:00:00+02:00", end: "2027-01-26T13:00:00+02:00" },
    });
    expect(longer.status).toBe(422);
    expect(longer.body).toMatchObject({ code: "PERIOD_CAP_EXCEEDED" });
    expectStatus(await api.call("DELETE", `/v1/service-events/${long.body.eventId}`, { as: provider.providerToken }), 204, "delete");
    expectStatus(await record(client.instrumentId, "2027-01-27", 8), 201, "8 h again");
  });

  it("without a hard cap (soft, the default) the 11th hour is recorded", async () => {
    const client = await voucherClient();
    expect((await get(`/v1/instruments/${client.instrumentId}`)).periodCap).toBeUndefined();
    at("2027-01-29");
    expectStatus(await record(client.instrumentId, "2027-01-25", 10), 201, "10 h");
    expectStatus(await record(client.instrumentId, "2027-01-26", 1), 201, "the 11th hour");
  });
});

describe("a dry run", () => {
  it("answers the price and kind of the real call and writes nothing: no event, no balance, no externalId claim, no Idempotency-Key record", async () => {
    const client = await voucherClient("hard");
    at("2027-01-20");
    const headers = { "idempotency-key": "dry-run-then-real" };
    const dry = await record(client.instrumentId, "2027-01-19", 2, { kind: "late-cancellation", externalId: "dry-1", dryRun: true, headers });
    expectStatus(dry, 200, "dry run");
    expect(dry.body).toMatchObject({ dryRun: true, kind: "late-cancellation", amountCents: 3_600, instrument: { recordedCents: 0 } });
    expect(dry.headers.get("location")).toBeNull();
    expect((await get(`/v1/service-events?instrumentId=${client.instrumentId}`)).items).toEqual([]);

    const real = await record(client.instrumentId, "2027-01-19", 2, { kind: "late-cancellation", externalId: "dry-1", headers });
    expectStatus(real, 201, "the real call");
    expect(real.body).toMatchObject({ kind: "late-cancellation", amountCents: dry.body.amountCents, bands: dry.body.bands });
    expect(real.body.dryRun).toBeUndefined();
  });

  it("predicts a refusal with the same status and code", async () => {
    const client = await voucherClient("hard");
    at("2027-01-29");
    expectStatus(await record(client.instrumentId, "2027-01-25", 10), 201, "10 h");
    for (const [date, kind] of [["2027-01-26", undefined], ["2027-01-27", "no-show"]] as const) {
      const dry = await record(client.instrumentId, date, 1, { dryRun: true, ...(kind ? { kind } : {}) });
      const real = await record(client.instrumentId, date, 1, kind ? { kind } : {});
      expect(dry.status).toBe(422);
      expect([real.status, real.body.code]).toEqual([dry.status, dry.body.code]);
    }
  });

  it("agrees with the real call on status, code and amount for random deliveries", async () => {
    const client = await voucherClient("hard");
    at("2027-01-29");
    const delivery = fc.record({
      day: fc.integer({ min: 11, max: 28 }),
      hour: fc.integer({ min: 6, max: 20 }),
      minutes: fc.integer({ min: 15, max: 300 }),
      kind: fc.constantFrom(undefined, "delivered", "late-cancellation", "no-show"),
    });
    await fc.assert(
      fc.asyncProperty(delivery, async ({ day, hour, minutes, kind }) => {
        const start = new Date(Date.parse(`2027-01-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00+02:00`));
        const body = {
          instrumentId: client.instrumentId,
          externalId: `dr-prop-${(sequence += 1)}`,
          start: start.toISOString(),
          end: new Date(start.getTime() + minutes * 60_000).toISOString(),
          ...(kind ? { kind } : {}),
        };
        const dry = await api.call("POST", "/v1/service-events?dryRun=true", { as: provider.providerToken, body });
        const real = await api.call("POST", "/v1/service-events", { as: provider.providerToken, body });
        const outcome = (response: typeof dry) =>
          response.status < 300 ? { ok: true, amountCents: response.body.amountCents, kind: response.body.kind } : { status: response.status, code: response.body.code };
        expect(outcome(dry)).toEqual(outcome(real));
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
