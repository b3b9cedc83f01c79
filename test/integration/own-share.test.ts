import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { approvedProvider, type ProviderSetup, worker } from "../support/settlement";
import { assistance, draftVoucher, expectStatus, issueVoucher, newClient } from "../support/vouchers";

/**
 * Issue 13, item 2: the client's own share of a voucher. 10 h/month of personal assistance by a
 * voucher worth 36,00 € an hour; the provider charges 38,00 € (2,00 € an hour is the client's),
 * and on 20.1.2027 announces 40,00 € from 1.2. (4,00 € an hour).
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let provider: ProviderSetup;
let otherProvider: ProviderSetup;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  provider = await approvedProvider(api, "staff-own-share");
  otherProvider = await approvedProvider(api, "staff-own-share-other");
});
afterEach(() => runtime.clock.reset());
afterAll(() => runtime?.stop());

// Helsinki winter time.
const at = (date: string) => runtime.clock.set(new Date(`${date}T12:00:00+02:00`));

const get = async (path: string, as: string) => {
  const response = await api.call("GET", path, { as });
  expectStatus(response, 200, path);
  return response.body;
};

const plain = (text: string) => text.replace(/\u00a0/g, " ");

/** A client with 10 h/month for 2027 by a 36,00 € voucher, the provider chosen and accepted, issued on 4.1.2027. */
async function voucherClient() {
  at("2027-01-04");
  const { clientId, clientToken } = await newClient(api, "Aino", "Avustettava");
  const { decisionId } = await draftVoucher(api, clientId, [assistance(10)], { decidedOn: "2027-01-04" });
  const instrumentId = await issueVoucher(api, decisionId, clientToken, provider);
  return { clientId, clientToken, instrumentId };
}

/** `hours` of a weekday morning from 9:00 on `date` (Helsinki winter time). */
const morning = (instrumentId: string, date: string, hours: number, externalId: string) =>
  api.call("POST", "/v1/service-events", {
    as: provider.providerToken,
    body: { instrumentId, externalId, start: `${date}T09:00:00+02:00`, end: `${date}T${String(9 + hours).padStart(2, "0")}:00:00+02:00` },
  });

describe("a delivery dated before the provider's first price", () => {
  it("takes that first price (a late recording of a day before the provider was approved)", async () => {
    at("2027-01-10");
    const late = await approvedProvider(api, "staff-own-share-late");
    const { clientId, clientToken } = await newClient(api, "Leo", "Myöhäinen");
    const { decisionId } = await draftVoucher(api, clientId, [assistance(10)]);
    const instrumentId = await issueVoucher(api, decisionId, clientToken, late);
    at("2027-01-11");
    const delivered = await api.call("POST", "/v1/service-events", {
      as: late.providerToken,
      body: { instrumentId, externalId: "os-before-first-price", start: "2027-01-08T09:00:00+02:00", end: "2027-01-08T11:00:00+02:00" },
    });
    expectStatus(delivered, 201, "delivery 8.1.");
    expect(delivered.body).toMatchObject({ amountCents: 7_200, clientShareCents: 400 });
  });
});

describe("a provider's price rise from the 1st of next month", () => {
  it("is shown to the client before it applies and used for the own share after it", async () => {
    const { clientToken, instrumentId } = await voucherClient();

    at("2027-01-20");
    const january = await morning(instrumentId, "2027-01-19", 2, "os-0119");
    expectStatus(january, 201, "delivery 19.1.");
    // The budget pays the voucher's 2 × 36,00 €; the client's 2 × 2,00 € is never charged to it.
    expect(january.body).toMatchObject({ amountCents: 7_200, clientShareCents: 400 });

    // A price cannot change backwards.
    const past = await api.call("PUT", `/v1/providers/${provider.providerId}/prices`, {
      as: provider.providerToken,
      body: { effectiveFrom: "2027-01-19", prices: [{ serviceCode: "HENKILOKOHTAINEN_APU", unitPriceCents: 4000 }] },
    });
    expect(past.status).toBe(422);
    expect(past.body.errors).toEqual([expect.objectContaining({ path: "/body/effectiveFrom", code: "EFFECTIVE_FROM_IN_PAST" })]);

    const rise = await api.call("PUT", `/v1/providers/${provider.providerId}/prices`, {
      as: provider.providerToken,
      body: { effectiveFrom: "2027-02-01", prices: [{ serviceCode: "HENKILOKOHTAINEN_APU", unitPriceCents: 4000 }] },
    });
    expectStatus(rise, 200, "price rise");
    // Only the service named changes; the day service keeps its price.
    expect(rise.body.prices).toEqual([
      expect.objectContaining({ serviceCode: "HENKILOKOHTAINEN_APU", unitPriceCents: 3800, coming: { unitPriceCents: 4000, effectiveFrom: "2027-02-01" } }),
      expect.objectContaining({ serviceCode: "PAIVATOIMINTA", unitPriceCents: 7500 }),
    ]);
    expect(rise.body.prices[1].coming).toBeUndefined();

    // The choice screen: the price in force and the coming change with its date, each with the client's share.
    const offers = await get(`/v1/providers?serviceCode=HENKILOKOHTAINEN_APU&instrumentId=${instrumentId}&limit=100`, clientToken);
    expect(offers.items.find((offer: { providerId: string }) => offer.providerId === provider.providerId)).toMatchObject({
      unitPriceCents: 3800,
      clientShareCents: 200,
      coming: { unitPriceCents: 4000, effectiveFrom: "2027-02-01", clientShareCents: 400 },
    });
    expect(offers.items.find((offer: { providerId: string }) => offer.providerId === otherProvider.providerId).coming).toBeUndefined();

    // The client's own view says it in plain language, the coming change included.
    const mine = await get("/v1/me/budgets", clientToken);
    const voucher = mine.items[0].instruments.find((instrument: { instrumentId: string }) => instrument.instrumentId === instrumentId);
    expect(plain(voucher.ownShareSummary)).toBe("Maksat itse 2,00 € tunnilta, tässä kuussa yhteensä 4,00 €. 1.2.2027 alkaen maksat itse 4,00 € tunnilta.");

    at("2027-02-03");
    // A late recording of January is at January's price; February's delivery at the new one.
    const lateJanuary = await morning(instrumentId, "2027-01-29", 3, "os-0129");
    expectStatus(lateJanuary, 201, "delivery 29.1.");
    expect(lateJanuary.body.clientShareCents).toBe(600);
    const february = await morning(instrumentId, "2027-02-02", 2, "os-0202");
    expectStatus(february, 201, "delivery 2.2.");
    expect(february.body).toMatchObject({ amountCents: 7_200, clientShareCents: 800 });

    const prices = await get(`/v1/providers/${provider.providerId}/prices`, provider.providerToken);
    expect(prices.prices[0]).toMatchObject({ serviceCode: "HENKILOKOHTAINEN_APU", unitPriceCents: 4000, effectiveFrom: "2027-02-01" });
    expect(prices.prices[0].coming).toBeUndefined();

    // A correction prices the share again: 3 h × 4,00 €.
    const edited = await api.call("PATCH", `/v1/service-events/${february.body.eventId}`, {
      as: provider.providerToken,
      body: { start: "2027-02-02T09:00:00+02:00", end: "2027-02-02T12:00:00+02:00" },
    });
    expectStatus(edited, 200, "correction");
    expect(edited.body.clientShareCents).toBe(1_200);

    // The event view carries it.
    const events = await get(`/v1/service-events?instrumentId=${instrumentId}`, worker);
    expect(events.items.map((event: { clientShareCents: number }) => event.clientShareCents)).toEqual([1_200, 600, 400]);

    // What the provider may invoice, as the client sees it per month ...
    const januaryShare = await get("/v1/me/own-share?month=2027-01", clientToken);
    expect(januaryShare.items).toHaveLength(1);
    expect(januaryShare.items[0]).toMatchObject({ totalCents: 1_000, providers: [{ providerId: provider.providerId, totalCents: 1_000 }] });
    expect(januaryShare.items[0].providers[0].lines.map((line: { date: string; clientShareCents: number }) => [line.date, line.clientShareCents])).toEqual([
      ["2027-01-19", 400],
      ["2027-01-29", 600],
    ]);
    const thisMonth = await get("/v1/me/own-share", clientToken);
    expect(thisMonth).toMatchObject({ month: "2027-02", items: [{ totalCents: 1_200 }] });

    // ... and as the provider does: per client by name, no identity code nor client id.
    const invoiced = await get(`/v1/providers/${provider.providerId}/own-share?month=2027-01`, provider.providerToken);
    expect(invoiced.totalCents).toBe(1_000);
    expect(invoiced.items).toEqual([{ firstName: "Aino", lastName: "Avustettava", instrumentNumbers: [voucher.number], eventCount: 2, totalCents: 1_000 }]);
    expect(JSON.stringify(invoiced)).not.toMatch(/clientId|personalId/);

    // Another provider's staff do not see it.
    const other = await api.call("GET", `/v1/providers/${provider.providerId}/own-share?month=2027-01`, { as: otherProvider.providerToken });
    expect(other.status).toBe(403);
  });

  it("refuses a coming change for a service the provider does not price yet, and cancels one with the price in force", async () => {
    at("2027-03-01");
    const prices = (body: object) => api.call("PUT", `/v1/providers/${otherProvider.providerId}/prices`, { as: otherProvider.providerToken, body });
    // From today the list replaces the list in force: the day service is no longer priced ...
    expectStatus(await prices({ prices: [{ serviceCode: "HENKILOKOHTAINEN_APU", unitPriceCents: 3800 }] }), 200, "list from today");
    // ... so it cannot be given a coming price: a new service is priced from today.
    const refused = await prices({ effectiveFrom: "2027-04-01", prices: [{ serviceCode: "PAIVATOIMINTA", unitPriceCents: 7900 }] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: "/body/prices/0/serviceCode", code: "SERVICE_NOT_PRICED" })]);

    const put = (unitPriceCents: number) => prices({ effectiveFrom: "2027-04-01", prices: [{ serviceCode: "HENKILOKOHTAINEN_APU", unitPriceCents }] });
    const announced = await put(3900);
    expectStatus(announced, 200, "announce");
    expect(announced.body.prices).toEqual([expect.objectContaining({ unitPriceCents: 3800, coming: { unitPriceCents: 3900, effectiveFrom: "2027-04-01" } })]);
    const cancelled = await put(3800);
    expectStatus(cancelled, 200, "cancel");
    expect(cancelled.body.prices[0].coming).toBeUndefined();
    const afterwards = await get(`/v1/providers/${otherProvider.providerId}/prices`, worker);
    expect(afterwards.prices).toEqual([expect.objectContaining({ serviceCode: "HENKILOKOHTAINEN_APU", unitPriceCents: 3800 })]);
    expect(afterwards.prices[0].coming).toBeUndefined();
  });
});
