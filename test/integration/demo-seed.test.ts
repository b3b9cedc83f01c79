import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryDays, seedDemo } from "@hb/local/demo";
import type { DemoPerson } from "@hb/local/front";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";

/** The demo of `npm start`: every demo person signs in from GET /dev/people and finds something to show. */

let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let people: readonly DemoPerson[];
const as = (key: DemoPerson["key"]) => people.find((person) => person.key === key)!.tokenQuery;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  expect((await api.call("GET", "/dev/people")).body).toEqual({ people: [] });
  people = await seedDemo(runtime);
}, 120_000);
afterAll(() => runtime?.stop());

describe("GET /dev/people", () => {
  it("lists one entry per demo person with the contract's fields", async () => {
    const listed = await api.call("GET", "/dev/people");
    expect(listed.status).toBe(200);
    expect(listed.body.people.map((person: DemoPerson) => person.key)).toEqual(["client", "representative", "provider", "worker", "finance", "admin"]);
    for (const person of listed.body.people as DemoPerson[]) {
      expect(person).toEqual({
        key: person.key,
        name: expect.any(String),
        role: person.key,
        description: { fi: expect.any(String), sv: expect.any(String), en: expect.any(String) },
        tokenQuery: expect.any(String),
      });
    }
    expect(listed.body.people).toEqual(people);
  });

  it("signs each person in with their tokenQuery as their role", async () => {
    for (const person of people) {
      const token = await api.call("GET", `/dev/token?${person.tokenQuery}`);
      expect(token.status, person.key).toBe(200);
      expect(token.body.token, person.key).toEqual(expect.any(String));
    }
    const roles = async (key: DemoPerson["key"]) => {
      const client = await api.call("GET", "/v1/me/budgets", { as: as(key) });
      return client.status;
    };
    expect(await roles("client")).toBe(200);
    expect(await roles("representative")).toBe(200);
    expect(await roles("worker")).toBe(403);
  });
});

describe("the demo's history", () => {
  const mine = async (key: "client" | "representative") => (await api.call("GET", "/v1/me/budgets", { as: as(key) })).body.items[0];

  it("gives Aino a decided budget of three services, one voucher in use and one waiting for her choice", async () => {
    const aino = await mine("client");
    expect(aino.firstName).toBe("Aino");
    expect(aino.budgets).toHaveLength(1);
    expect(aino.budgets[0].lines.length).toBeGreaterThanOrEqual(2);
    const statuses = Object.fromEntries(aino.instruments.map((instrument: any) => [instrument.serviceCode, `${instrument.kind} ${instrument.status}`]));
    expect(statuses).toEqual({
      HENKILOKOHTAINEN_APU: "voucher active",
      PAIVATOIMINTA: "payment-commitment active",
      KOTIHOITO: "voucher awaiting-provider",
    });
    expect((await mine("representative")).clientId).toBe(aino.clientId);
  });

  it("offers two providers for the waiting voucher at different prices, one costing Aino an own share", async () => {
    const aino = await mine("client");
    const waiting = aino.instruments.find((instrument: any) => instrument.status === "awaiting-provider");
    const offers = await api.call("GET", `/v1/providers?serviceCode=${waiting.serviceCode}&instrumentId=${waiting.instrumentId}`, { as: as("client") });
    expect(offers.status).toBe(200);
    expect(offers.body.items.length).toBeGreaterThanOrEqual(2);
    expect(new Set(offers.body.items.map((offer: any) => offer.unitPriceCents)).size).toBeGreaterThanOrEqual(2);
    expect(offers.body.items.some((offer: any) => offer.clientShareCents > 0)).toBe(true);
    expect(offers.body.items.some((offer: any) => offer.clientShareCents === 0)).toBe(true);
  });

  it("has deliveries recorded and approved, seen by the provider's staff and the worker", async () => {
    const aino = await mine("client");
    const assistance = aino.instruments.find((instrument: any) => instrument.serviceCode === "HENKILOKOHTAINEN_APU");
    for (const key of ["provider", "worker"] as const) {
      const events = await api.call("GET", `/v1/service-events?instrumentId=${assistance.instrumentId}`, { as: as(key) });
      expect(events.status, key).toBe(200);
      expect(new Set(events.body.items.map((event: any) => event.status)), key).toEqual(new Set(["recorded", "approved"]));
    }
  });

  it("leaves unread notifications in Aino's inbox and the worker's", async () => {
    const aino = await mine("client");
    const inbox = await api.call("GET", `/v1/notifications?clientId=${aino.clientId}`, { as: as("client") });
    expect(inbox.body.items.filter((notification: any) => !notification.readAt).length).toBeGreaterThanOrEqual(1);
    const worker = await api.call("GET", "/v1/notifications", { as: as("worker") });
    expect(worker.body.items.length).toBeGreaterThanOrEqual(1);
  });

  it("has Aino's support plan, and something for finance and admin to open", async () => {
    const aino = await mine("client");
    const plans = await api.call("GET", `/v1/clients/${aino.clientId}/support-plans`, { as: as("client") });
    expect(plans.body.items).toHaveLength(1);
    expect((await api.call("GET", `/v1/audit?clientId=${aino.clientId}`, { as: as("admin") })).body.items.length).toBeGreaterThan(0);
    expect((await api.call("GET", "/v1/bank-account-changes", { as: as("finance") })).status).toBe(200);
  });

  it("seeds once: a second run on the same data adds nothing", async () => {
    const before = await api.call("GET", "/v1/clients?personalId=120348-2365", { as: as("worker") });
    expect(await seedDemo(runtime)).toEqual(people);
    const after = await api.call("GET", "/v1/clients?personalId=120348-2365", { as: as("worker") });
    expect(after.body.items).toEqual(before.body.items);
    expect((await mine("client")).instruments).toHaveLength(3);
    expect(runtime.clock.shifted).toBe(false);
  });
});

describe("deliveryDays", () => {
  it("spreads up to five weekdays over this month before today", () => {
    expect(deliveryDays("2026-11-28")).toEqual(["2026-11-05", "2026-11-11", "2026-11-17", "2026-11-23", "2026-11-27"]);
  });

  it("takes weekend days too when fewer than two weekdays have passed", () => {
    expect(deliveryDays("2026-11-03")).toEqual(["2026-11-01", "2026-11-02"]);
  });

  it("takes the previous month's days on the 1st", () => {
    expect(deliveryDays("2026-12-01").every((day) => day.startsWith("2026-11-"))).toBe(true);
  });
});
