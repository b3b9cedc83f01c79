import { marshall } from "@aws-sdk/util-dynamodb";
import type { Context, SQSEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@hb/core/budget/periods";
import { lambdaContext } from "@hb/local/handlers";
import type { LocalRuntime } from "@hb/local/runtime";
import { handler as driftConsumer } from "../../functions/consumers/drift";
import { apiClient, startTestRuntime, testToday } from "../setup/runtime";
import { freshPersonalId, personToken } from "../support/fixtures";
import { approvedProvider, type ProviderSetup, servedClient, worker } from "../support/settlement";

/** Drift through the local runtime: instrument changes → drift queue → notifications, once per change of state; gaps by the daily job. */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let provider: ProviderSetup;
const today = testToday;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  provider = await approvedProvider(api, "staff-drift");
});
afterAll(() => runtime?.stop());

/** 20 days of day activities (1 400,00 €) over 365 days from `validFrom`, accepted by the provider; the client's own token. */
async function clientWithDays(individual: number, validFrom: string) {
  const served = await servedClient(api, provider, individual, validFrom, 20);
  return { ...served, clientToken: personToken(served.personalId, `client-${individual}`) };
}

const record = (instrumentId: string, externalId: string, date: string, quantity: number) =>
  api.call("POST", "/v1/service-events", { as: provider.providerToken, body: { instrumentId, externalId, date, quantity } });

const inbox = async (as: string, language = "fi") => (await api.call("GET", "/v1/notifications?limit=100", { as, headers: { "accept-language": language } })).body;
const kindsOf = (page: { items: { kind: string; threshold?: number; instrumentId: string }[] }, instrumentId: string) =>
  page.items
    .filter((item) => item.instrumentId === instrumentId)
    .map((item) => (item.threshold ? `${item.kind}:${item.threshold}` : item.kind))
    .sort();

describe("budget drift notifications", () => {
  it("tells over-use and the 75 % and 90 % thresholds once each, to the worker, the client and (near exhaustion) the provider", async () => {
    const { instrumentId, clientToken, clientId } = await clientWithDays(11, addDays(today, -10));
    // Eleven days in, 42,19 € was expected: one day (70,00 €) is over-use.
    expect((await record(instrumentId, "d1", addDays(today, -3), 1)).status).toBe(201);
    await runtime.settle();
    expect((await record(instrumentId, "d2", addDays(today, -2), 14)).status).toBe(201); // 15 days = 75 %
    await runtime.settle();
    expect((await record(instrumentId, "d3", addDays(today, -1), 3)).status).toBe(201); // 18 days = 90 %
    await runtime.settle();

    expect(kindsOf(await inbox(worker), instrumentId)).toEqual(["overuse", "threshold:0.75", "threshold:0.9"]);
    const mine = await inbox(clientToken);
    expect(kindsOf(mine, instrumentId)).toEqual(["overuse", "threshold:0.75", "threshold:0.9"]);
    expect(mine.unreadCount).toBe(3);
    expect(mine.items.find((item: { threshold?: number }) => item.threshold === 0.9).text).toBe("Budjetistasi palveluun Päivätoiminta on käytetty 90 %.");
    expect((await inbox(clientToken, "sv")).items.find((item: { threshold?: number }) => item.threshold === 0.9).text).toBe("Av din budget för Dagverksamhet har 90 % använts.");
    const providers = await inbox(provider.providerToken);
    expect(kindsOf(providers, instrumentId)).toEqual(["threshold:0.9"]);
    expect(providers.items[0]).not.toHaveProperty("clientId");

    // Redelivered and late records of the same instrument change nothing.
    const record0 = { eventID: "again", eventName: "MODIFY", dynamodb: { NewImage: marshall({ type: "Instrument", instrumentId }) } };
    const batch = { Records: [1, 2, 3].map((n) => ({ messageId: `m${n}`, body: JSON.stringify(record0), attributes: { ApproximateReceiveCount: "1" } })) } as unknown as SQSEvent;
    expect((await driftConsumer(batch, lambdaContext("drift", "r1") as Context)).batchItemFailures).toEqual([]);
    await runtime.settle();
    expect(kindsOf(await inbox(worker), instrumentId)).toEqual(["overuse", "threshold:0.75", "threshold:0.9"]);

    // Reading: the unread count drops once; another client's notification is unknown to this one.
    const first = mine.items[0];
    const read = await api.call("POST", `/v1/notifications/${first.notificationId}/read`, { as: clientToken });
    expect(Date.parse(read.body.readAt)).toBeGreaterThanOrEqual(Date.parse(first.createdAt));
    await api.call("POST", `/v1/notifications/${first.notificationId}/read`, { as: clientToken });
    expect((await inbox(clientToken)).unreadCount).toBe(2);
    const someone = freshPersonalId();
    const other = await api.call("POST", "/v1/clients", { as: worker, body: { personalId: someone, firstName: "Toinen", lastName: "Asiakas", municipality: "Oulu", language: "fi" } });
    expect(other.status).toBe(201);
    const stranger = personToken(someone, "someone");
    expect((await api.call("POST", `/v1/notifications/${first.notificationId}/read`, { as: stranger })).status).toBe(404);
    expect(mine.items.every((item: { clientId: string }) => item.clientId === clientId)).toBe(true);
  });

  it("finds a gap no delivery triggers with the daily job, once, and tells the client what to do", async () => {
    // Valid from 19 days ago: fewer than the gap's 21 days, so the relay finds no gap in the new
    // instrument whether it runs before or after the delivery below; long enough that one day is not over-use.
    const { instrumentId, clientToken } = await clientWithDays(12, addDays(today, -19));
    expect((await record(instrumentId, "g1", addDays(today, -5), 1)).status).toBe(201);
    await runtime.settle();
    expect(kindsOf(await inbox(worker), instrumentId)).toEqual([]);
    // Seventeen days on, 22 days have passed since the last delivery (the demo area's gap is 21).
    runtime.clock.set(new Date(`${addDays(today, 17)}T06:00:00+02:00`));
    try {
      const run = (await runtime.runSchedule("drift-daily")) as { evaluated: number; notifications: number };
      expect(run.notifications).toBeGreaterThanOrEqual(1);
      expect((await runtime.runSchedule("drift-daily")) as { notifications: number }).toMatchObject({ notifications: 0 });
    } finally {
      runtime.clock.reset();
    }
    expect(kindsOf(await inbox(worker), instrumentId)).toEqual(["gap"]);
    const mine = await inbox(clientToken);
    expect(kindsOf(mine, instrumentId)).toEqual(["gap"]);
    expect(mine.items[0]).toMatchObject({ idleDays: 22 });
    expect(mine.items[0].text).toBe("Et ole käyttänyt palvelua Päivätoiminta 22 päivään. Jos palvelu ei sovi sinulle, ota yhteyttä omatyöntekijääsi.");
    expect((await inbox(clientToken, "en")).items[0].text).toBe("You have not used Day activities for 22 days. If the service does not suit you, contact your social worker.");
  });
});
