import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { draftVoucher, expectStatus, issueVoucher, newClient } from "../support/vouchers";
import { approvedProvider, type ProviderSetup, worker } from "../support/settlement";

/**
 * Issue 12, item 3: a client switches a voucher's provider from an effective date (decision 60).
 * Day activities for 2027 by voucher; the demo area's recording deadline is 14 days. The old
 * provider keeps its days before the switch (late deliveries, corrections, deletions) until the
 * deadline; the new one records from the switch once it has accepted; no day is ever both's.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let first: ProviderSetup;
let second: ProviderSetup;
let third: ProviderSetup;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  [first, second, third] = await Promise.all([
    approvedProvider(api, "staff-switch-first"),
    approvedProvider(api, "staff-switch-second"),
    approvedProvider(api, "staff-switch-third"),
  ]);
});
afterEach(() => runtime.clock.reset());
afterAll(() => runtime?.stop());

const at = (date: string) => runtime.clock.set(new Date(`${date}T12:00:00+02:00`));

const codeOf = (response: { status: number; body: { code?: string } }) => `${response.status} ${response.body?.code ?? ""}`.trim();

/** A client with 100 days of day activities for 2027 by voucher, issued on 4.1.2027; `chosen` chosen (and accepted unless told not to). */
async function voucherClient(chosen: ProviderSetup, accept = true) {
  at("2027-01-04");
  const { clientId, clientToken } = await newClient(api, "Veikko", "Vaihtaja");
  const days = { serviceCode: "PAIVATOIMINTA", content: "Päivätoiminta", quantity: 100, unit: "day", per: "validity", unitCostCents: 7000, costBasis: "reference-price" };
  const { decisionId } = await draftVoucher(api, clientId, [days], { decidedOn: "2027-01-04" });
  const instrumentId = await issueVoucher(api, decisionId, clientToken, chosen, accept);
  return { clientId, clientToken, instrumentId };
}

const choose = (clientToken: string, instrumentId: string, provider: ProviderSetup, effectiveFrom?: string) =>
  api.call("POST", `/v1/instruments/${instrumentId}/provider`, {
    as: clientToken,
    body: { providerId: provider.providerId, ...(effectiveFrom ? { effectiveFrom } : {}) },
  });

const acceptAs = (provider: ProviderSetup, instrumentId: string) => api.call("POST", `/v1/instruments/${instrumentId}/accept`, { as: provider.providerToken });

/** One day of day activities on `date`. */
const deliver = (provider: ProviderSetup, instrumentId: string, date: string, externalId = `${provider.providerId}-${date}`) =>
  api.call("POST", "/v1/service-events", { as: provider.providerToken, body: { instrumentId, externalId, date, quantity: 1 } });

const inboxOf = async (as: string) => (await api.call("GET", "/v1/notifications?limit=100", { as })).body.items as Record<string, unknown>[];

describe("a switch of provider with an effective date", () => {
  it("keeps the old provider's days before the switch (record, correct, delete, read) until the deadline, and gives the new one the days from it once accepted", async () => {
    const { clientToken, instrumentId } = await voucherClient(first);
    at("2027-03-12");
    const early = await deliver(first, instrumentId, "2027-03-11");
    expectStatus(early, 201, "delivery 11.3. before the switch");

    at("2027-03-20");
    const switched = await choose(clientToken, instrumentId, second, "2027-03-15");
    expectStatus(switched, 200, "switch from 15.3.");
    expect(switched.body).toMatchObject({
      providerId: second.providerId,
      providerFrom: "2027-03-15",
      status: "awaiting-acceptance",
      providers: [{ providerId: first.providerId, from: "2027-01-01", to: "2027-03-14" }],
    });

    // The old provider: a late delivery of its own days, none of the new one's.
    const late = await deliver(first, instrumentId, "2027-03-10");
    expectStatus(late, 201, "the old provider's late delivery of 10.3.");
    expect(codeOf(await deliver(first, instrumentId, "2027-03-16"))).toBe("409 NOT_PROVIDER_ON_DATE");

    // The new provider: nothing before it accepts; then its days only.
    expect(codeOf(await deliver(second, instrumentId, "2027-03-16"))).toBe("409 INSTRUMENT_NOT_ACTIVE");
    expectStatus(await acceptAs(second, instrumentId), 200, "the new provider accepts");
    expectStatus(await deliver(second, instrumentId, "2027-03-16"), 201, "the new provider's 16.3.");
    expect(codeOf(await deliver(second, instrumentId, "2027-03-10", "second-0310"))).toBe("409 NOT_PROVIDER_ON_DATE");
    expect(codeOf(await deliver(second, instrumentId, "2027-03-14", "second-0314"))).toBe("409 NOT_PROVIDER_ON_DATE");

    // The old provider corrects its late delivery within its days, not onto the new provider's.
    const lateId = late.body.eventId as string;
    const corrected = await api.call("PATCH", `/v1/service-events/${lateId}`, { as: first.providerToken, body: { date: "2027-03-09", quantity: 1 } });
    expectStatus(corrected, 200, "correction to 9.3.");
    expect(corrected.body.date).toBe("2027-03-09");
    const moved = await api.call("PATCH", `/v1/service-events/${lateId}`, { as: first.providerToken, body: { date: "2027-03-15", quantity: 1 } });
    expect(codeOf(moved)).toBe("409 NOT_PROVIDER_ON_DATE");
    expectStatus(await api.call("DELETE", `/v1/service-events/${lateId}`, { as: first.providerToken }), 204, "the old provider deletes its late delivery");

    // The old provider reads the instrument and its own events only.
    const seen = await api.call("GET", `/v1/instruments/${instrumentId}`, { as: first.providerToken });
    expectStatus(seen, 200, "the old provider reads the voucher");
    expect(seen.body).toMatchObject({ providerId: second.providerId, status: "active" });
    const ownEvents = await api.call("GET", `/v1/service-events?instrumentId=${instrumentId}`, { as: first.providerToken });
    expect(ownEvents.body.items.map((event: { date: string; providerId: string }) => `${event.providerId === first.providerId ? "first" : "other"} ${event.date}`)).toEqual([
      "first 2027-03-11",
    ]);
    const all = await api.call("GET", `/v1/service-events?instrumentId=${instrumentId}`, { as: worker });
    expect(all.body.items.map((event: { date: string }) => event.date)).toEqual(["2027-03-16", "2027-03-11"]);

    // After the deadline of its days (12.3. + 14 days = 26.3.) the old provider is refused all three.
    at("2027-03-27");
    expect(codeOf(await deliver(first, instrumentId, "2027-03-12"))).toBe("422 RECORDING_DEADLINE_PASSED");
    const earlyId = early.body.eventId as string;
    expect(codeOf(await api.call("PATCH", `/v1/service-events/${earlyId}`, { as: first.providerToken, body: { note: "Korjaus" } }))).toBe(
      "422 RECORDING_DEADLINE_PASSED",
    );
    expect(codeOf(await api.call("DELETE", `/v1/service-events/${earlyId}`, { as: first.providerToken }))).toBe("422 RECORDING_DEADLINE_PASSED");
    // It still reads what it delivered.
    expectStatus(await api.call("GET", `/v1/instruments/${instrumentId}`, { as: first.providerToken }), 200, "the old provider reads after the deadline");
  });

  it("tells the old provider and the client's worker of the switch and the new provider of its choice, in their inboxes", async () => {
    const { clientId, clientToken, instrumentId } = await voucherClient(first);
    at("2027-05-03");
    expectStatus(await choose(clientToken, instrumentId, third, "2027-05-10"), 200, "switch from 10.5.");
    // The switch changes the instrument, so drift may also speak of it (a gap since January): only the switch's own kinds are counted.
    const about = (items: Record<string, unknown>[]) =>
      items.filter((item) => item.instrumentId === instrumentId && String(item.kind).startsWith("provider-"));

    // Newest first: the switch, then its own first choice from the validity's first day.
    const old = about(await inboxOf(first.providerToken));
    expect(old).toEqual([
      expect.objectContaining({ kind: "provider-switched", effectiveFrom: "2027-05-10" }),
      expect.objectContaining({ kind: "provider-chosen", effectiveFrom: "2027-01-01" }),
    ]);
    expect(old[0]).not.toHaveProperty("clientId");
    expect(old[0]!.text).toContain("10.5.2027");

    const chosen = about(await inboxOf(third.providerToken));
    expect(chosen).toEqual([expect.objectContaining({ kind: "provider-chosen", effectiveFrom: "2027-05-10" })]);
    expect(chosen[0]).not.toHaveProperty("clientId");

    const workers = about(await inboxOf(worker));
    expect(workers).toEqual([expect.objectContaining({ kind: "provider-switched", effectiveFrom: "2027-05-10", clientId })]);
    const english = about((await api.call("GET", "/v1/notifications?limit=100", { as: worker, headers: { "accept-language": "en" } })).body.items);
    expect(english[0]!.text).toContain("changed provider from 10 May 2027");
  });

  it("leaves a provider that never accepted with nothing: the next one takes the whole validity", async () => {
    const { clientToken, instrumentId } = await voucherClient(first, false);
    at("2027-02-10");
    const switched = await choose(clientToken, instrumentId, second, "2027-02-01");
    expectStatus(switched, 200, "a choice replacing one never accepted");
    expect(switched.body).toMatchObject({ providerId: second.providerId, providerFrom: "2027-01-01" });
    expect(switched.body).not.toHaveProperty("providers");

    expect(codeOf(await api.call("GET", `/v1/instruments/${instrumentId}`, { as: first.providerToken }))).toBe("403 FORBIDDEN");
    expect(codeOf(await deliver(first, instrumentId, "2027-02-02"))).toBe("403 FORBIDDEN");
    expect(codeOf(await acceptAs(first, instrumentId))).toBe("403 FORBIDDEN");
    expectStatus(await acceptAs(second, instrumentId), 200, "the new provider accepts");
    expectStatus(await deliver(second, instrumentId, "2027-02-02"), 201, "the new provider's 2.2.");
  });

  it("never hands over a day already delivered, a day past the deadline or a day outside the validity", async () => {
    const { clientToken, instrumentId } = await voucherClient(first);
    at("2027-06-20");
    expectStatus(await deliver(first, instrumentId, "2027-06-16"), 201, "delivery 16.6.");
    const delivered = await choose(clientToken, instrumentId, second, "2027-06-15");
    expect(codeOf(delivered)).toBe("422 VALIDATION_FAILED");
    expect(delivered.body.errors).toEqual([expect.objectContaining({ path: "/body/effectiveFrom", code: "EFFECTIVE_FROM_TOO_EARLY" })]);
    expect(delivered.body.errors[0].message).toContain("17.6.2027");

    const stale = await choose(clientToken, instrumentId, second, "2027-06-05"); // before 20.6. − 14 days
    expect(stale.body.errors).toEqual([expect.objectContaining({ path: "/body/effectiveFrom", code: "EFFECTIVE_FROM_TOO_EARLY" })]);
    const outside = await choose(clientToken, instrumentId, second, "2028-01-01");
    expect(outside.body.errors).toEqual([expect.objectContaining({ path: "/body/effectiveFrom", code: "EFFECTIVE_FROM_OUTSIDE_VALIDITY" })]);

    // Without a date: from today.
    const today = await choose(clientToken, instrumentId, second);
    expectStatus(today, 200, "switch from today");
    expect(today.body).toMatchObject({ providerFrom: "2027-06-20", providers: [{ providerId: first.providerId, from: "2027-01-01", to: "2027-06-19" }] });
  });

  it("lets a concurrent switch and delivery on the day both succeed never: exactly one wins, and the day has one provider", async () => {
    for (let round = 0; round < 4; round += 1) {
      const { clientToken, instrumentId } = await voucherClient(first);
      at("2027-08-20");
      const [delivery, switched] = await Promise.all([
        deliver(first, instrumentId, "2027-08-18", `race-${round}`),
        choose(clientToken, instrumentId, second, "2027-08-18"),
      ]);
      const outcome = `${codeOf(delivery)} / ${codeOf(switched)}`;
      expect(["201 / 422 VALIDATION_FAILED", "409 NOT_PROVIDER_ON_DATE / 200"], outcome).toContain(outcome);
      if (switched.status === 200) {
        expectStatus(await acceptAs(second, instrumentId), 200, "the new provider accepts");
        expectStatus(await deliver(second, instrumentId, "2027-08-18", `race-${round}`), 201, "the new provider's 18.8.");
      } else {
        expect(codeOf(await deliver(second, instrumentId, "2027-08-18", `race-${round}`))).toBe("403 FORBIDDEN");
      }
      const events = await api.call("GET", `/v1/service-events?instrumentId=${instrumentId}`, { as: worker });
      expect(new Set(events.body.items.map((event: { providerId: string }) => event.providerId)).size, outcome).toBe(1);
    }
  }, 90_000);
});
