import { DynamoDBClient, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@hb/core/actor";
import { addDays } from "@hb/core/budget/periods";
import { deleteEvent } from "@hb/core/events/correct";
import { getEvent } from "@hb/core/events/view";
import { keys } from "@hb/core/keys";
import { clientConfig } from "@hb/local/dynamodb";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { personToken } from "../support/fixtures";
import { approvedProvider, finance, type ProviderSetup, servedClient, worker } from "../support/settlement";

/**
 * Pace of a recurring grant (8 days a month of day activities, 70,00 € a day: 560,00 € a month)
 * through the local runtime: each month's use is a running total kept with the balance, the
 * views and the drift rules measure the current month, and a new month starts at zero.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let db: DynamoDBClient;
let provider: ProviderSetup;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  db = new DynamoDBClient(clientConfig(runtime.dynamoEndpoint));
  provider = await approvedProvider(api, "staff-period");
});
afterEach(() => runtime.clock.reset());
afterAll(() => runtime?.stop());

const at = (date: string) => runtime.clock.set(new Date(`${date}T12:00:00+02:00`));
const monthly = (individual: number, validFrom: string) => servedClient(api, provider, individual, validFrom, 8, "month");

async function record(instrumentId: string, externalId: string, date: string, quantity: number): Promise<string> {
  const response = await api.call("POST", "/v1/service-events", { as: provider.providerToken, body: { instrumentId, externalId, date, quantity } });
  if (response.status !== 201) throw new Error(`recording ${date}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.eventId as string;
}

const paceOf = async (instrumentId: string) => (await api.call("GET", `/v1/instruments/${instrumentId}`, { as: worker })).body.pace;

/** The instrument's period-use items as stored: first day of the month → used cents. */
async function storedPeriodUse(instrumentId: string): Promise<Record<string, number>> {
  const { Items } = await db.send(
    new QueryCommand({
      TableName: runtime.tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :period)",
      ExpressionAttributeValues: marshall({ ":pk": keys.PeriodUse.pk({ instrumentId }), ":period": keys.PeriodUse.sk.prefix }),
      ConsistentRead: true,
    }),
  );
  return Object.fromEntries((Items ?? []).map((item) => unmarshall(item)).map((item) => [item.periodStart, item.usedCents]));
}

/** What the events say each month used: amount less credits, by the month of the delivery. */
async function periodUseFromEvents(instrumentId: string): Promise<Record<string, number>> {
  const events = (await api.call("GET", `/v1/service-events?instrumentId=${instrumentId}&limit=100`, { as: worker })).body.items as {
    date: string;
    amountCents: number;
    creditedCents?: number;
  }[];
  const sums: Record<string, number> = {};
  for (const event of events) {
    const month = `${event.date.slice(0, 7)}-01`;
    sums[month] = (sums[month] ?? 0) + event.amountCents - (event.creditedCents ?? 0);
  }
  return sums;
}

describe("pace of a grant per month", () => {
  it("keeps each month's use through records, corrections that move a delivery to another month, deletions and credits", async () => {
    at("2027-02-10");
    const { instrumentId } = await monthly(41, "2027-01-01");
    const feb2 = await record(instrumentId, "p-feb2", "2027-02-02", 1);
    await record(instrumentId, "p-feb3", "2027-02-03", 1);

    at("2027-03-05");
    const mar1 = await record(instrumentId, "p-mar1", "2027-03-01", 2);
    const mar2 = await record(instrumentId, "p-mar2", "2027-03-02", 1);
    await record(instrumentId, "p-mar3", "2027-03-03", 1);
    await record(instrumentId, "p-feb27", "2027-02-27", 1);
    expect(await storedPeriodUse(instrumentId)).toEqual({ "2027-02-01": 21_000, "2027-03-01": 28_000 });

    // A correction moves 2.3. (one day) to 28.2. as two days: 7 000 leaves March, 14 000 enters February.
    const moved = await api.call("PATCH", `/v1/service-events/${mar2}`, { as: provider.providerToken, body: { date: "2027-02-28", quantity: 2 } });
    expect(moved.status).toBe(200);
    expect(moved.body.instrument.pace.period).toEqual({ from: "2027-03-01", to: "2027-03-31", grantedCents: 56_000, usedCents: 21_000 });
    expect((await api.call("DELETE", `/v1/service-events/${mar1}`, { as: provider.providerToken })).status).toBe(204);

    // A settled February delivery credited in part: February used that much less.
    expect((await api.call("POST", `/v1/service-events/${feb2}/approve`, { as: worker })).status).toBe(200);
    await runtime.settle();
    expect((await api.call("POST", "/v1/settlement-runs", { as: finance, body: { month: "2027-02" } })).status).toBe(202);
    await runtime.settle();
    const credit = await api.call("POST", `/v1/service-events/${feb2}/credits`, {
      as: worker,
      body: { amountCents: 3_000, reasonCode: "WRONG_QUANTITY", explanation: "Lyhyempi päivä." },
    });
    expect(credit.status).toBe(201);

    // February 7 000 + 7 000 + 7 000 + 14 000 − 3 000; March 7 000.
    expect(await storedPeriodUse(instrumentId)).toEqual({ "2027-02-01": 32_000, "2027-03-01": 7_000 });
    expect(await storedPeriodUse(instrumentId)).toEqual(await periodUseFromEvents(instrumentId));
    expect(await paceOf(instrumentId)).toMatchObject({
      period: { from: "2027-03-01", to: "2027-03-31", grantedCents: 56_000, usedCents: 7_000 },
      expectedToDateCents: 9_032, // 56 000 × 5 / 31
      elapsedFraction: 0.1613,
    });
    at("2027-02-28");
    expect((await paceOf(instrumentId)).period).toEqual({ from: "2027-02-01", to: "2027-02-28", grantedCents: 56_000, usedCents: 32_000 });
    // A month nobody has delivered in yet starts at zero.
    at("2027-04-02");
    expect((await paceOf(instrumentId)).period).toEqual({ from: "2027-04-01", to: "2027-04-30", grantedCents: 56_000, usedCents: 0 });
  });

  it("undoes what a delivery is now when it is deleted, though a correction moved it to another month after it was read", async () => {
    at("2027-03-10");
    const { instrumentId } = await monthly(44, "2027-01-01");
    const eventId = await record(instrumentId, "stale-delete", "2027-02-24", 3);
    // What a deletion racing the correction below had read.
    const stale = await getEvent(eventId);
    const moved = await api.call("PATCH", `/v1/service-events/${eventId}`, { as: provider.providerToken, body: { date: "2027-03-09", quantity: 3 } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await storedPeriodUse(instrumentId)).toEqual({ "2027-02-01": 0, "2027-03-01": 21_000 });
    await deleteEvent(stale!, { actor: systemActor("test-stale-delete"), requestId: "stale-delete", now: runtime.clock.now() });
    expect(await storedPeriodUse(instrumentId)).toEqual({ "2027-02-01": 0, "2027-03-01": 0 });
    expect((await api.call("GET", `/v1/instruments/${instrumentId}`, { as: worker })).body.recordedCents).toBe(0);
  });

  it("adds parallel deliveries into their month exactly once", async () => {
    at("2027-03-20");
    const { instrumentId } = await monthly(42, "2027-01-01");
    const days = Array.from({ length: 12 }, (_, i) => `2027-03-${String(i + 8).padStart(2, "0")}`);
    const responses = await Promise.all([
      ...days.map((date) => api.call("POST", "/v1/service-events", { as: provider.providerToken, body: { instrumentId, externalId: `par-${date}`, date, quantity: 1 } })),
      ...[1, 2, 3, 4].map(() => api.call("POST", "/v1/service-events", { as: provider.providerToken, body: { instrumentId, externalId: "par-2027-03-08", date: "2027-03-08", quantity: 1 } })),
    ]);
    expect(responses.filter((response) => response.status === 201)).toHaveLength(12);
    expect(responses.every((response) => response.status === 201 || response.status === 200)).toBe(true);
    expect(await storedPeriodUse(instrumentId)).toEqual({ "2027-03-01": 84_000 });
    const instrument = (await api.call("GET", `/v1/instruments/${instrumentId}`, { as: worker })).body;
    expect(instrument.recordedCents).toBe(84_000);
    expect(instrument.pace.period.usedCents).toBe(84_000);
  });

  it("keeps every month's use equal to its deliveries under arbitrary concurrent records, corrections and deletions (property)", async () => {
    // 10.3.2027: deliveries from 24.2. on can still be recorded (14 days), so every sequence crosses a month.
    const day = fc.integer({ min: 0, max: 14 }).map((offset) => addDays("2027-02-24", offset));
    const delivery = fc.record({ kind: fc.constant("record" as const), date: day, quantity: fc.integer({ min: 1, max: 3 }) });
    const op = fc.oneof(
      { arbitrary: delivery, weight: 2 },
      { arbitrary: fc.record({ kind: fc.constant("edit" as const), pick: fc.nat(), date: day, quantity: fc.integer({ min: 1, max: 3 }) }), weight: 3 },
      { arbitrary: fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }), weight: 1 },
    );
    const rounds = fc.tuple(fc.array(delivery, { minLength: 2, maxLength: 5 }), fc.array(fc.array(op, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }));
    let individual = 60;
    let sequences = 0;
    await fc.assert(
      fc.asyncProperty(rounds, async ([first, later]) => {
        at("2027-03-10");
        const { instrumentId } = await monthly((individual += 1), "2027-01-01");
        let eventIds: string[] = [];
        let externalId = 0;
        for (const round of [first, ...later]) {
          // Each round's operations run at the same time; those that lose to each other are refused, never half done.
          const targets = round.map((operation) => ("pick" in operation ? eventIds[operation.pick % Math.max(1, eventIds.length)] : undefined));
          const responses = await Promise.all(
            round.map((operation, index) => {
              const as = provider.providerToken;
              if (operation.kind === "record") {
                const body = { instrumentId, externalId: `prop-${individual}-${(externalId += 1)}`, date: operation.date, quantity: operation.quantity };
                return api.call("POST", "/v1/service-events", { as, body });
              }
              const eventId = targets[index];
              if (!eventId) return Promise.resolve({ status: 404, body: {} });
              if (operation.kind === "edit") return api.call("PATCH", `/v1/service-events/${eventId}`, { as, body: { date: operation.date, quantity: operation.quantity } });
              return api.call("DELETE", `/v1/service-events/${eventId}`, { as });
            }),
          );
          const deleted = new Set<string>();
          responses.forEach((response, index) => {
            expect([200, 201, 204, 404, 409], JSON.stringify(response.body)).toContain(response.status);
            if (response.status === 201) eventIds.push(response.body.eventId as string);
            if (response.status === 204) deleted.add(targets[index]!);
          });
          eventIds = eventIds.filter((eventId) => !deleted.has(eventId));
        }
        // Whatever the rounds did, each sequence also moves a delivery across the month and deletes one.
        const moved = await record(instrumentId, `prop-${individual}-${(externalId += 1)}`, "2027-02-26", 1);
        expect((await api.call("PATCH", `/v1/service-events/${moved}`, { as: provider.providerToken, body: { date: "2027-03-03", quantity: 2 } })).status).toBe(200);
        const gone = await record(instrumentId, `prop-${individual}-${(externalId += 1)}`, "2027-03-09", 1);
        expect((await api.call("DELETE", `/v1/service-events/${gone}`, { as: provider.providerToken })).status).toBe(204);

        const fromEvents = await periodUseFromEvents(instrumentId);
        const stored = Object.fromEntries(Object.entries(await storedPeriodUse(instrumentId)).filter(([, cents]) => cents !== 0));
        expect(stored).toEqual(fromEvents);
        const instrument = (await api.call("GET", `/v1/instruments/${instrumentId}`, { as: worker })).body;
        expect(instrument.pace.period.usedCents).toBe(fromEvents["2027-03-01"] ?? 0);
        expect(instrument.recordedCents).toBe(Object.values(fromEvents).reduce((sum, cents) => sum + cents, 0));
        sequences += 1;
      }),
      { numRuns: 8, endOnFailure: true },
    );
    expect(sequences).toBe(8);
    // Eight sequences of concurrent writes: about 40 s on a quiet 2-core machine, up to 2 minutes under CI's other files.
  }, 300_000);

  it("tells over-use in the month to the worker and the client once, and under-use when the next month starts slowly", async () => {
    at("2027-03-01");
    const { instrumentId, budgetId, personalId } = await monthly(43, "2027-03-01");
    const clientToken = personToken(personalId, "client-43");
    // Evaluated on the day it was issued, before the clock moves on.
    await runtime.settle();
    // 22.3.: 560,00 € × 22 / 31 = 397,42 € expected, over-use above 457,03 €; seven days are 490,00 €.
    at("2027-03-22");
    await record(instrumentId, "fast", "2027-03-22", 7);
    await runtime.settle();

    const kinds = async (as: string) =>
      ((await api.call("GET", "/v1/notifications?limit=100", { as })).body.items as { kind: string; instrumentId: string }[])
        .filter((item) => item.instrumentId === instrumentId)
        .map((item) => item.kind)
        .sort();
    expect(await kinds(worker)).toEqual(["overuse"]);
    expect(await kinds(clientToken)).toEqual(["overuse"]);
    const line = (await api.call("GET", `/v1/budgets/${budgetId}`, { as: worker })).body.lines[0];
    expect(line.pace).toMatchObject({
      driftStatus: "overuse",
      expectedToDateCents: 39_742,
      projectedAtEndCents: 69_045, // 49 000 × 31 / 22
      period: { from: "2027-03-01", to: "2027-03-31", grantedCents: 56_000, usedCents: 49_000 },
    });
    const mine = (await api.call("GET", "/v1/me/budgets", { as: clientToken })).body.items[0];
    expect(mine.budgets[0].lines[0].pace.period.usedCents).toBe(49_000);
    expect(mine.instruments[0].pace.driftStatus).toBe("overuse");

    // 1.4. the month's use starts at zero: over-use is over, quietly. 8.4. (8/30 of April) nothing used yet: under-use, to the worker and the client.
    at("2027-04-01");
    await runtime.runSchedule("drift-daily");
    expect((await paceOf(instrumentId)).driftStatus).toBe("on-track");
    at("2027-04-08");
    await runtime.runSchedule("drift-daily");
    await runtime.runSchedule("drift-daily");
    expect((await paceOf(instrumentId)).driftStatus).toBe("underuse");
    expect(await kinds(worker)).toEqual(["overuse", "underuse"]);
    expect(await kinds(clientToken)).toEqual(["overuse", "underuse"]);
  });
});
