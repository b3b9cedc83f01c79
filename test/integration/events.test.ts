import { DynamoDBClient, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@hb/core/budget/periods";
import { keys } from "@hb/core/keys";
import { finnishHoliday } from "@hb/core/pricing/index";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import { clientConfig } from "@hb/local/dynamodb";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime, testToday, testNow } from "../setup/runtime";
import { personToken } from "../support/fixtures";
import { approvedProvider, type ProviderSetup } from "../support/settlement";

/** Service events against the balance: pricing, refusals, idempotency and concurrency through the local front. */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let db: DynamoDBClient;
const worker = "role=worker&sub=worker-1";
/** Provider A serves every journey of this file; provider B's staff is a wrong caller for A's events. */
let providerA: ProviderSetup;
let providerB: ProviderSetup;
let provider: string;
let otherProvider: string;
const today = testToday;

/** Helsinki offset on a date (+02:00 or +03:00), so local wall-clock times can be written as instants. */
function at(date: string, time: string): string {
  for (const offset of ["+02:00", "+03:00"]) {
    const instant = new Date(`${date}T${time}:00${offset}`);
    const local = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Helsinki", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
    if (local === time) return `${date}T${time}:00${offset}`;
  }
  throw new Error(`no Helsinki offset for ${date} ${time}`);
}

/** The most recent date before today (within `days`) that satisfies `test`. */
function recent(test: (date: string, weekday: number) => boolean, days = 12): string {
  for (let back = 1; back <= days; back += 1) {
    const date = addDays(today, -back);
    if (test(date, new Date(`${date}T12:00:00Z`).getUTCDay())) return date;
  }
  throw new Error("no such recent date");
}
const weekday = recent((date, day) => day >= 1 && day <= 5 && !finnishHoliday(date));
const saturday = recent((date, day) => day === 6 && !finnishHoliday(date));

interface Journey {
  clientId: string;
  /** The client signs in with it. */
  personalId: string;
  budgetId: string;
  hourly: string;
  daily: string;
}

async function journey(individual: number, activate = true): Promise<Journey> {
  const personalId = personalIdOf(individual);
  const client = await api.call("POST", "/v1/clients", {
    as: worker,
    body: { personalId, firstName: "Eino", lastName: "Testi", municipality: "Kemi", language: "fi" },
  });
  const clientId = client.body.clientId as string;
  const plan = await api.call("POST", `/v1/clients/${clientId}/service-plans`, {
    as: worker,
    body: {
      validFrom: addDays(today, -40),
      validTo: addDays(today, 300),
      services: [
        { serviceCode: "HENKILOKOHTAINEN_APU", content: "Apu", quantity: 10, unit: "hour", per: "month", unitCostCents: 3600, costBasis: "reference-price" },
        { serviceCode: "PAIVATOIMINTA", content: "Päivätoiminta", quantity: 10, unit: "day", per: "validity", unitCostCents: 7000, costBasis: "reference-price" },
      ],
      followUp: { intervalDays: 90, method: "puhelu" },
    },
  });
  const budget = await api.call("POST", `/v1/service-plans/${plan.body.planId}/budget`, { as: worker });
  const decision = await api.call("POST", `/v1/budgets/${budget.body.budgetId}/decisions`, {
    as: worker,
    body: {
      decidedOn: addDays(today, -40),
      legalBasis: "vammaispalvelulaki",
      decisionMaker: { name: "S", title: "t" },
      lines: [
        { lineId: "L1", paymentMethod: "payment-commitment", providerId: providerA.providerId },
        { lineId: "L2", paymentMethod: "payment-commitment", providerId: providerA.providerId },
      ],
    },
  });
  const issued = await api.call("POST", `/v1/decisions/${decision.body.decisionId}/issue`, { as: worker });
  const [hourly, daily] = issued.body.instruments.map((instrument: { instrumentId: string }) => instrument.instrumentId) as [string, string];
  // Acceptance by the provider is its own route; here the instruments start accepted.
  if (activate) for (const id of [hourly, daily]) await setItem(keys.Instrument.key({ instrumentId: id }), { status: "active" });
  return { clientId, personalId, budgetId: budget.body.budgetId, hourly, daily };
}

/** The personal identity code of this file's person number `individual`. */
function personalIdOf(individual: number): string {
  const nine = `010180${String(individual + 100).padStart(3, "0")}`;
  return `010180-${nine.slice(6)}${personalIdCheckCharacter(nine)}`;
}

async function setItem(key: { pk: string; sk: string }, fields: Record<string, unknown>): Promise<void> {
  const names = Object.fromEntries(Object.keys(fields).map((field, index) => [`#f${index}`, field]));
  const values = Object.fromEntries(Object.values(fields).map((value, index) => [`:v${index}`, value]));
  await db.send(
    new UpdateItemCommand({
      TableName: runtime.tableName,
      Key: marshall(key),
      UpdateExpression: `SET ${Object.keys(fields).map((_, index) => `#f${index} = :v${index}`).join(", ")}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: marshall(values),
    }),
  );
}

const record = (body: Record<string, unknown>, as = provider) => api.call("POST", "/v1/service-events", { as, body });
let externalIds = 0;
const timed = (instrumentId: string, date: string, from: string, to: string, toDate = date) => ({
  instrumentId,
  externalId: `ext-${(externalIds += 1)}`,
  start: at(date, from),
  end: at(toDate, to),
});

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  db = new DynamoDBClient(clientConfig(runtime.dynamoEndpoint));
  providerA = await approvedProvider(api, "staff-1");
  providerB = await approvedProvider(api, "staff-b");
  provider = providerA.providerToken;
  otherProvider = providerB.providerToken;
});
afterAll(async () => {
  db?.destroy();
  await runtime?.stop();
});

describe("recording service events", () => {
  it("prices by time band and takes the amount off the balance at once, everywhere", async () => {
    const j = await journey(1);
    const day = await record(timed(j.hourly, weekday, "09:00", "11:00"));
    expect(day.status).toBe(201);
    expect(day.body).toMatchObject({ status: "recorded", amountCents: 7200, quantity: 2, bands: [{ code: "WEEKDAY_DAY", minutes: 120 }] });
    const evening = await record(timed(j.hourly, saturday, "19:00", "21:00"));
    expect(evening.body).toMatchObject({ amountCents: 14_400, bands: [{ code: "HOLIDAY_EVE", minutes: 120, multiplier: 2 }] });
    const crossing = await record(timed(j.hourly, weekday, "17:00", "19:00"));
    expect(crossing.body.amountCents).toBe(3600 + 4140);

    const used = 7200 + 14_400 + 7740;
    expect(crossing.body.instrument).toMatchObject({ recordedCents: used });
    const instrument = await api.call("GET", `/v1/instruments/${j.hourly}`, { as: worker });
    expect(instrument.body.availableCents).toBe(instrument.body.grantedCents - used);
    const budget = await api.call("GET", `/v1/budgets/${j.budgetId}`, { as: worker });
    expect(budget.body.lines[0]).toMatchObject({ recordedCents: used, availableCents: budget.body.lines[0].grantedCents - used });
    const mine = await api.call("GET", "/v1/me/budgets", { as: personToken(j.personalId, "c1") });
    expect(mine.body.items[0].instruments.find((i: { instrumentId: string }) => i.instrumentId === j.hourly).recordedCents).toBe(used);
  });

  it("refuses what may not be recorded, each with its code", async () => {
    const j = await journey(2);
    const waiting = await journey(3, false);
    const codeOf = async (body: Record<string, unknown>, as = provider) => {
      const response = await record(body, as);
      return `${response.status} ${response.body.code}${response.body.errors ? ` ${response.body.errors.map((e: { code: string }) => e.code).join(",")}` : ""}`;
    };
    expect(await codeOf(timed(waiting.hourly, weekday, "09:00", "10:00"))).toBe("409 INSTRUMENT_NOT_ACTIVE");
    expect(await codeOf(timed(j.hourly, weekday, "09:00", "10:00"), otherProvider)).toBe("403 FORBIDDEN");
    expect(await codeOf(timed(j.hourly, addDays(today, -60), "09:00", "10:00"))).toBe("422 OUTSIDE_VALIDITY");
    expect(await codeOf({ instrumentId: j.daily, externalId: "late", date: addDays(today, -20), quantity: 1 })).toBe("422 RECORDING_DEADLINE_PASSED");
    expect(await codeOf({ instrumentId: j.daily, externalId: "future", date: addDays(today, 1), quantity: 1 })).toBe("422 VALIDATION_FAILED EVENT_IN_FUTURE");
    expect(await codeOf({ ...timed(j.hourly, weekday, "09:00", "09:30"), end: at(addDays(weekday, 1), "09:31") })).toBe("422 VALIDATION_FAILED TOO_LONG");
    expect(await codeOf({ instrumentId: j.daily, externalId: "zero", date: weekday, quantity: 0 })).toBe("422 VALIDATION_FAILED too_small");
    expect(await codeOf(timed(j.daily, weekday, "09:00", "10:00"))).toBe("422 VALIDATION_FAILED REQUIRED");
    expect(await codeOf({ instrumentId: j.daily, externalId: "too-much", date: weekday, quantity: 11 })).toBe("409 INSUFFICIENT_BALANCE");

    expect((await record(timed(j.hourly, weekday, "12:00", "14:00"))).status).toBe(201);
    expect(await codeOf(timed(j.hourly, weekday, "13:00", "15:00"))).toBe("409 OVERLAPPING_EVENT");
    // Back to back is not an overlap.
    expect((await record(timed(j.hourly, weekday, "14:00", "15:00"))).status).toBe(201);
  });

  it("counts a repeated event once and refuses the same externalId with another payload", async () => {
    const j = await journey(4);
    const body = { instrumentId: j.daily, externalId: "visit-42", date: weekday, quantity: 2 };
    const results = await Promise.all(Array.from({ length: 6 }, () => record(body)));
    expect(results.map((result) => result.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((result) => result.body.eventId)).size).toBe(1);
    expect((await api.call("GET", `/v1/instruments/${j.daily}`, { as: worker })).body.recordedCents).toBe(14_000);
    const changed = await record({ ...body, quantity: 3 });
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe("DUPLICATE_EVENT");
  });

  it("answers a repeated Idempotency-Key with the first result, and refuses the key for another request", async () => {
    const j = await journey(11);
    const headers = { "idempotency-key": "approve-batch-7" };
    const first = await api.call("POST", "/v1/service-events", { as: provider, headers, body: { instrumentId: j.daily, externalId: "idem-1", date: weekday, quantity: 1 } });
    expect(first.status).toBe(201);
    const again = await api.call("POST", "/v1/service-events", { as: provider, headers, body: { instrumentId: j.daily, externalId: "idem-1", date: weekday, quantity: 1 } });
    expect(again.status).toBe(201);
    expect(again.body.eventId).toBe(first.body.eventId);
    const other = await api.call("POST", "/v1/service-events", { as: provider, headers, body: { instrumentId: j.daily, externalId: "idem-2", date: weekday, quantity: 1 } });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect((await api.call("GET", `/v1/instruments/${j.daily}`, { as: worker })).body.recordedCents).toBe(7000);
    // The same key from another caller is that caller's own key.
    const approve = await api.call("POST", `/v1/service-events/${first.body.eventId}/approve`, { as: worker, headers });
    expect(approve.status).toBe(200);
    const approveAgain = await api.call("POST", `/v1/service-events/${first.body.eventId}/approve`, { as: worker, headers });
    expect(approveAgain.status).toBe(200);
    expect(approveAgain.body.status).toBe("approved");
    const bad = await api.call("POST", "/v1/service-events", { as: provider, headers: { "idempotency-key": "has spaces" }, body: { instrumentId: j.daily, externalId: "idem-3", date: weekday, quantity: 1 } });
    expect(bad.body.errors[0].path).toBe("/headers/idempotency-key");
  });

  it("never overspends: 50 parallel events against a balance for exactly 10 → exactly 10 accepted", async () => {
    const j = await journey(5);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) => record({ instrumentId: j.daily, externalId: `day-${index}`, date: weekday, quantity: 1 })),
    );
    const statuses = results.map((result) => `${result.status} ${result.body.code ?? ""}`.trim());
    expect(statuses.filter((status) => status === "201")).toHaveLength(10);
    expect(statuses.filter((status) => status === "409 INSUFFICIENT_BALANCE")).toHaveLength(40);
    const instrument = await api.call("GET", `/v1/instruments/${j.daily}`, { as: worker });
    expect(instrument.body).toMatchObject({ grantedCents: 70_000, recordedCents: 70_000, availableCents: 0 });
    const line = (await api.call("GET", `/v1/budgets/${j.budgetId}`, { as: worker })).body.lines[1];
    expect(line).toMatchObject({ recordedCents: 70_000, availableCents: 0 });
  });

  it("moves an approved event's amount from recorded to approved, once", async () => {
    const j = await journey(6);
    const event = await record({ instrumentId: j.daily, externalId: "to-approve", date: weekday, quantity: 1 });
    expect((await api.call("POST", `/v1/service-events/${event.body.eventId}/approve`, { as: provider })).status).toBe(403);
    const approved = await api.call("POST", `/v1/service-events/${event.body.eventId}/approve`, { as: worker });
    expect(approved.body).toMatchObject({ status: "approved", approvedBy: { sub: "worker-1" } });
    expect((await api.call("GET", `/v1/instruments/${j.daily}`, { as: worker })).body).toMatchObject({ recordedCents: 0, approvedCents: 7000, availableCents: 63_000 });
    const again = await api.call("POST", `/v1/service-events/${event.body.eventId}/approve`, { as: worker });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("EVENT_NOT_RECORDED");
  });

  it("lets the provider delete a recorded event: the amount and the time slot are free again", async () => {
    const j = await journey(9);
    const event = await record(timed(j.hourly, weekday, "09:00", "11:00"));
    expect((await api.call("DELETE", `/v1/service-events/${event.body.eventId}`, { as: otherProvider })).status).toBe(403);
    expect((await api.call("DELETE", `/v1/service-events/${event.body.eventId}`, { as: provider })).status).toBe(204);
    expect((await api.call("GET", `/v1/instruments/${j.hourly}`, { as: worker })).body).toMatchObject({ recordedCents: 0 });
    const again = await record(timed(j.hourly, weekday, "09:00", "11:00"));
    expect(again.status).toBe(201);
    await api.call("POST", `/v1/service-events/${again.body.eventId}/approve`, { as: worker });
    const approved = await api.call("DELETE", `/v1/service-events/${again.body.eventId}`, { as: provider });
    expect(approved.status).toBe(409);
    expect(approved.body.code).toBe("EVENT_NOT_RECORDED");
  });

  it("lets the provider correct a recorded event: priced again, only the difference moves, overlaps still refused", async () => {
    const j = await journey(10);
    const event = await record(timed(j.hourly, weekday, "09:00", "11:00"));
    await record(timed(j.hourly, weekday, "13:00", "14:00"));
    const patch = (id: string, body: object, as = provider) => api.call("PATCH", `/v1/service-events/${id}`, { as, body });
    const longer = await patch(event.body.eventId, { start: at(weekday, "09:00"), end: at(weekday, "12:00"), note: "Kesti kauemmin" });
    expect(longer.status).toBe(200);
    expect(longer.body).toMatchObject({ amountCents: 10_800, quantity: 3, note: "Kesti kauemmin", instrument: { recordedCents: 10_800 + 3600 } });
    const overlapping = await patch(event.body.eventId, { start: at(weekday, "12:00"), end: at(weekday, "13:30") });
    expect(overlapping.body.code).toBe("OVERLAPPING_EVENT");
    // The old slot is free again after a move.
    expect((await patch(event.body.eventId, { start: at(weekday, "07:00"), end: at(weekday, "08:00") })).body.amountCents).toBe(3600);
    expect((await record(timed(j.hourly, weekday, "10:00", "11:00"))).status).toBe(201);
    expect((await patch(event.body.eventId, { note: "x" }, otherProvider)).status).toBe(403);
    // A note alone changes no amount and leaves the balance where it was.
    const noted = await patch(event.body.eventId, { note: "Asiakas pyysi aikaisemmin" });
    expect(noted.status).toBe(200);
    expect(noted.body).toMatchObject({ note: "Asiakas pyysi aikaisemmin", amountCents: 3600, instrument: { recordedCents: 3600 + 3600 + 3600 } });
    expect((await patch(event.body.eventId, {})).body.errors[0].code).toBe("NO_CHANGES");

    const days = await record({ instrumentId: j.daily, externalId: "days", date: weekday, quantity: 2 });
    expect((await patch(days.body.eventId, { date: weekday, quantity: 11 })).body.code).toBe("INSUFFICIENT_BALANCE");
    expect((await patch(days.body.eventId, { date: weekday, quantity: 10 })).body.instrument.availableCents).toBe(0);
    await api.call("POST", `/v1/service-events/${days.body.eventId}/approve`, { as: worker });
    expect((await patch(days.body.eventId, { note: "myöhässä" })).body.code).toBe("EVENT_NOT_RECORDED");
  });

  it("takes a day's delivery from the first minute of its Helsinki date, not before", async () => {
    const j = await journey(13);
    // 00:30 in Helsinki is still the previous day in UTC.
    runtime.clock.set(new Date(at(today, "00:30")));
    try {
      expect((await record({ instrumentId: j.daily, externalId: "just-today", date: today, quantity: 1 })).status).toBe(201);
      const tomorrow = await record({ instrumentId: j.daily, externalId: "tomorrow", date: addDays(today, 1), quantity: 1 });
      expect(tomorrow.body.errors?.[0]?.code).toBe("EVENT_IN_FUTURE");
    } finally {
      runtime.clock.reset();
    }
  });

  it("approves events left recorded once the area's review window has passed, and only those", async () => {
    const j = await journey(8);
    const due = await record({ instrumentId: j.daily, externalId: "due", date: weekday, quantity: 1 });
    // Eight days on (the demo area's window is 7 days) another delivery is recorded, then the hourly run comes.
    runtime.clock.set(new Date(testNow.getTime() + 8 * 86_400_000));
    try {
      const fresh = await record({ instrumentId: j.daily, externalId: "fresh", date: weekday, quantity: 1 });
      // Every event of this file recorded before the move is due by now; `due` is among them, `fresh` is not.
      const run = await fetch(`${runtime.url}/dev/schedules/review-window`, { method: "POST" });
      expect(((await run.json()) as { approved: number }).approved).toBeGreaterThanOrEqual(1);
      const events = await api.call("GET", `/v1/service-events?instrumentId=${j.daily}`, { as: worker });
      const statusOf = (id: string) => events.body.items.find((event: { eventId: string }) => event.eventId === id);
      expect(statusOf(due.body.eventId)).toMatchObject({ status: "approved", approvedBy: { sub: "system:review-window" } });
      expect(statusOf(fresh.body.eventId).status).toBe("recorded");
      expect((await api.call("GET", `/v1/instruments/${j.daily}`, { as: worker })).body).toMatchObject({ recordedCents: 7000, approvedCents: 7000 });
      // A second run finds nothing left to do.
      expect(await runtime.runSchedule("review-window")).toEqual({ approved: 0 });
    } finally {
      runtime.clock.reset();
    }
  });

  it("prices a public holiday in the Sunday and holiday band, judged by the time the request arrived", async () => {
    const j = await journey(12);
    let holiday = addDays(today, 1);
    while (!finnishHoliday(holiday) || new Date(`${holiday}T12:00:00Z`).getUTCDay() === 0) holiday = addDays(holiday, 1);
    const clock = (method: string, body?: object) =>
      fetch(`${runtime.url}/dev/clock`, { method, body: body && JSON.stringify(body) }).then(async (response) => ({ status: response.status, body: (await response.json()) as { shifted?: boolean } }));
    expect((await clock("PUT", { now: "next Tuesday" })).status).toBe(422);
    // The day after the holiday, local time: a delivery on the holiday is now in the past and within the deadline.
    const moved = await clock("PUT", { now: `${addDays(holiday, 1)}T12:00:00+02:00` });
    expect(moved.body).toMatchObject({ shifted: true });
    try {
      const event = await record(timed(j.hourly, holiday, "10:00", "12:00"));
      expect(event.body).toMatchObject({ amountCents: 14_400, bands: [{ code: "SUNDAY_HOLIDAY", minutes: 120, multiplier: 2 }] });
      expect((await record(timed(j.hourly, addDays(holiday, 2), "10:00", "11:00"))).body.errors[0].code).toBe("EVENT_IN_FUTURE");
    } finally {
      expect((await clock("DELETE")).body.shifted).toBe(false);
    }
    expect((await record(timed(j.hourly, holiday, "13:00", "14:00"))).body.errors[0].code).toBe("EVENT_IN_FUTURE");
  });

  it("lists events by instrument and by provider to those who may see them", async () => {
    const j = await journey(7);
    await record({ instrumentId: j.daily, externalId: "listed-1", date: weekday, quantity: 1 });
    await record({ instrumentId: j.daily, externalId: "listed-2", date: addDays(weekday, -1), quantity: 1 });
    const byInstrument = await api.call("GET", `/v1/service-events?instrumentId=${j.daily}&limit=1`, { as: personToken(j.personalId, "c7") });
    expect(byInstrument.body.items).toHaveLength(1);
    const next = await api.call("GET", `/v1/service-events?instrumentId=${j.daily}&limit=1&cursor=${encodeURIComponent(byInstrument.body.nextCursor)}`, { as: worker });
    expect([byInstrument.body.items[0].externalId, next.body.items[0].externalId]).toEqual(["listed-1", "listed-2"]);
    expect((await api.call("GET", `/v1/service-events?providerId=${providerA.providerId}`, { as: provider })).status).toBe(200);
    expect((await api.call("GET", `/v1/service-events?providerId=${providerA.providerId}`, { as: otherProvider })).status).toBe(403);
    // Another client: a person whose own record is not the instrument's client.
    const other = await api.call("POST", "/v1/clients", { as: worker, body: { personalId: personalIdOf(99), firstName: "Olli", lastName: "Muu", municipality: "Kemi", language: "fi" } });
    expect(other.status).toBe(201);
    expect((await api.call("GET", `/v1/service-events?instrumentId=${j.daily}`, { as: personToken(personalIdOf(99), "c-other") })).status).toBe(403);
    expect((await api.call("GET", "/v1/service-events", { as: worker })).status).toBe(422);
  });
});
