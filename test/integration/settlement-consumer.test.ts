import { randomUUID } from "node:crypto";
import { ReceiveMessageCommand, SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { Context, SQSEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PipeDefinition, settlementPipe, settlementRunPipe } from "@hb/core/pipes";
import { lambdaContext } from "@hb/local/handlers";
import { queueDepth, sqsConfig } from "@hb/local/queues";
import type { LocalRuntime } from "@hb/local/runtime";
import { handler } from "../../functions/consumers/settlement";
import { apiClient, startTestRuntime, testToday } from "../setup/runtime";
import {
  approvedProvider,
  type ClientSetup,
  finance,
  previousMonth,
  type ProviderSetup,
  recordDays,
  runMonth,
  servedClient,
  shiftMonth,
  sumsOfLines,
  worker,
} from "../support/settlement";

/**
 * The settlement consumer on its own, fed hand-built SQS batches of stream
 * records as the pipe forwards them: duplicates, reordering, bad records in
 * the middle of a batch, a month closed between two deliveries, and a poison
 * record going through the real queue to its DLQ.
 *
 * The runtime runs the production settlement queue, DLQ and consumer, but
 * the relay forwards nothing to it (no filter): an event or credit reaches a
 * statement only through the records these tests deliver, so every placement
 * below is one the test caused. (One runtime per file: a runtime sets the
 * process's table name and endpoints, so a second one would take them over.)
 */
const deliveredOnly: PipeDefinition = { ...settlementPipe, filters: [] };

let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let sqs: SQSClient;

beforeAll(async () => {
  runtime = await startTestRuntime({ pipes: [deliveredOnly, settlementRunPipe] });
  api = apiClient(runtime);
  sqs = new SQSClient(sqsConfig(runtime.sqsEndpoint));
});
afterAll(async () => {
  sqs?.destroy();
  await runtime?.stop();
});

const today = testToday;
const currentMonth = today.slice(0, 7);
/**
 * Each case has months of its own (m(1) is the previous month), so a run in
 * one never closes another's statements: duplicates m(1), out-of-order m(2)
 * (run), two credits m(6) (run), bad records m(3), late event m(4) (run; the
 * late events go to m(3), which is run afterwards), DLQ m(5). Credits are
 * given today, so they go to the current month's statement.
 */
const m = (back: number) => shiftMonth(previousMonth(today), 1 - back);

let individual = 20;
async function providerAndClient(staff: string, validFrom: string): Promise<{ provider: ProviderSetup; client: ClientSetup }> {
  const provider = await approvedProvider(api, staff);
  const client = await servedClient(api, provider, (individual += 1), validFrom);
  return { provider, client };
}

/** A stream record as the pipe forwards it; the consumer reads only the type and id of the new image and reads the item again. */
const streamRecord = (eventName: "INSERT" | "MODIFY" | "REMOVE", image?: Record<string, unknown>) =>
  JSON.stringify({
    eventID: randomUUID().replace(/-/g, ""),
    eventName,
    eventVersion: "1.1",
    eventSource: "aws:dynamodb",
    awsRegion: "eu-north-1",
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
      ...(image ? { NewImage: marshall(image) } : {}),
      StreamViewType: "NEW_AND_OLD_IMAGES",
    },
  });
const eventRecord = (eventId: string) => streamRecord("MODIFY", { type: "ServiceEvent", eventId, status: "approved" });
const creditRecord = (creditId: string) => streamRecord("INSERT", { type: "Credit", creditId });

/** Delivers one SQS batch to the consumer, as Lambda's event source mapping would; returns the message ids and the failed ones. */
async function deliver(bodies: readonly string[]): Promise<{ ids: string[]; failed: string[] }> {
  const ids = bodies.map(() => randomUUID());
  const event: SQSEvent = {
    Records: bodies.map((body, index) => ({
      messageId: ids[index]!,
      receiptHandle: `receipt-${ids[index]}`,
      body,
      attributes: { ApproximateReceiveCount: "1", SentTimestamp: String(Date.now()), SenderId: "pipe", ApproximateFirstReceiveTimestamp: String(Date.now()) },
      messageAttributes: {},
      md5OfBody: "",
      eventSource: "aws:sqs",
      eventSourceARN: "arn:aws:sqs:eu-north-1:000000000000:hb-settlement",
      awsRegion: "eu-north-1",
    })),
  };
  const response = await handler(event, lambdaContext("hb-settlement", randomUUID(), settlementPipe.consumer.timeoutSeconds) as Context);
  return { ids, failed: response.batchItemFailures.map((failure) => failure.itemIdentifier) };
}

interface StatementLineView {
  kind: string;
  eventId?: string;
  creditId?: string;
  amountCents: number;
  serviceCode?: string;
  instrumentNumber?: string;
}

async function statementOf(providerId: string, month: string) {
  const response = await api.call("GET", `/v1/settlements?providerId=${providerId}&month=${month}`, { as: finance });
  expect(response.status).toBe(200);
  expect(response.body.items.length).toBeLessThanOrEqual(1);
  return response.body.items[0] as (Record<string, unknown> & { statementId: string; state: string; lines: StatementLineView[] }) | undefined;
}

/** The header and the running totals agree with the lines. */
function expectConsistent(statement: Record<string, unknown> & { lines: StatementLineView[] }) {
  const { eventsCents, creditsCents, netCents, eventCount, creditCount, byService, byInstrument } = statement;
  expect({ eventsCents, creditsCents, netCents, eventCount, creditCount, byService, byInstrument }).toEqual(sumsOfLines(statement.lines));
}

const eventLineIds = (statement: { lines: StatementLineView[] }) =>
  statement.lines.filter((line) => line.kind === "event").map((line) => line.eventId!).sort();

async function eventsOf(instrumentId: string): Promise<Map<string, Record<string, any>>> {
  const response = await api.call("GET", `/v1/service-events?instrumentId=${instrumentId}&limit=100`, { as: worker });
  expect(response.status).toBe(200);
  return new Map(response.body.items.map((event: { eventId: string }) => [event.eventId, event]));
}

const balanceOf = async (instrumentId: string) => (await api.call("GET", `/v1/instruments/${instrumentId}`, { as: worker })).body;
const sum = (amounts: readonly number[]) => amounts.reduce((total, amount) => total + amount, 0);

describe("settlement consumer", () => {
  it("places an event once however often its record is delivered, in one batch or in later ones", async () => {
    const month = m(1);
    const { provider, client } = await providerAndClient("dup-staff", `${month}-01`);
    const events = await recordDays(api, runtime.clock, provider, client, month, [
      { day: 3, quantity: 1 },
      { day: 4, quantity: 2 },
      { day: 5, quantity: 1 },
    ], "dup");
    const [first, second, third] = events.map((event) => eventRecord(event.eventId)) as [string, string, string];

    // Duplicates in one batch are processed concurrently by the batch processor: they race for the claim.
    expect((await deliver([first, first, second, first, first])).failed).toEqual([]);
    expect((await deliver([first, second, third, third, second])).failed).toEqual([]);
    expect((await deliver([third, first])).failed).toEqual([]);

    const statement = (await statementOf(provider.providerId, month))!;
    expect(statement).toMatchObject({ state: "open", month, eventCount: 3, creditCount: 0, eventsCents: 4 * 7000, creditsCents: 0, netCents: 4 * 7000 });
    expect(eventLineIds(statement)).toEqual(events.map((event) => event.eventId).sort());
    expectConsistent(statement);
    for (const event of (await eventsOf(client.instrumentId)).values()) {
      expect(event).toMatchObject({ status: "approved", statementId: statement.statementId });
    }
    // Placement moves no money: the amounts stay approved until a run settles them.
    expect(await balanceOf(client.instrumentId)).toMatchObject({ approvedCents: 4 * 7000, settledCents: 0, availableCents: 40 * 7000 - 4 * 7000 });
  });

  it("places shuffled events and credits that arrive before stale event records exactly once, with totals equal to the lines", async () => {
    const month = m(2);
    const { provider, client } = await providerAndClient("order-staff", `${month}-01`);
    const quantities = [1, 2, 3, 1, 2, 3, 1, 2];
    const events = await recordDays(api, runtime.clock, provider, client, month, quantities.map((quantity, index) => ({ day: index + 1, quantity })), "order");
    const record = (index: number) => eventRecord(events[index]!.eventId);

    // Days delivered out of order, across batches, some twice.
    expect((await deliver([record(5), record(2), record(7)])).failed).toEqual([]);
    expect((await deliver([record(0), record(6), record(5), record(3)])).failed).toEqual([]);
    expect((await deliver([record(1), record(4), record(2), record(7)])).failed).toEqual([]);

    const placed = (await statementOf(provider.providerId, month))!;
    expect(eventLineIds(placed)).toEqual(events.map((event) => event.eventId).sort());
    expect(placed).toMatchObject({ eventCount: 8, eventsCents: sum(events.map((event) => event.amountCents)), netCents: 15 * 7000 });
    expectConsistent(placed);

    const { run } = await runMonth(api, runtime, month);
    expect(run).toMatchObject({ state: "closed", eventsCents: 15 * 7000, paymentsCents: 15 * 7000 });
    const closed = (await statementOf(provider.providerId, month))!;
    expect(closed.state).toBe("closed");

    // A delivery of this month, and credits of settled events: the credits' records come before the event records.
    const recent = await api.call("POST", "/v1/service-events", {
      as: provider.providerToken,
      body: { instrumentId: client.instrumentId, externalId: "order-now", date: today, quantity: 1 },
    });
    expect(recent.status, JSON.stringify(recent.body)).toBe(201);
    expect((await api.call("POST", `/v1/service-events/${recent.body.eventId}/approve`, { as: worker })).status).toBe(200);
    const credit = async (eventIndex: number, amountCents: number) => {
      const response = await api.call("POST", `/v1/service-events/${events[eventIndex]!.eventId}/credits`, {
        as: worker,
        body: { amountCents, reasonCode: "WRONG_PRICE", explanation: "Hinta korjattu." },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      return response.body.creditId as string;
    };
    const credits = [await credit(0, 3000), await credit(1, events[1]!.amountCents), await credit(2, 1000)];

    expect((await deliver([creditRecord(credits[2]!), creditRecord(credits[0]!)])).failed).toEqual([]);
    expect((await deliver([eventRecord(recent.body.eventId), creditRecord(credits[1]!), record(0), creditRecord(credits[0]!), record(1)])).failed).toEqual([]);
    expect((await deliver([creditRecord(credits[1]!), eventRecord(recent.body.eventId), record(0)])).failed).toEqual([]);

    // The closed statement is untouched; the credits and the new event are in this month's statement, once each.
    expect(await statementOf(provider.providerId, month)).toEqual(closed);
    const now = (await statementOf(provider.providerId, currentMonth))!;
    expect(now.state).toBe("open");
    expect(now.lines.filter((line) => line.kind === "credit").map((line) => line.creditId).sort()).toEqual([...credits].sort());
    expect(eventLineIds(now)).toEqual([recent.body.eventId]);
    const creditedCents = 3000 + events[1]!.amountCents + 1000;
    expect(now).toMatchObject({ eventsCents: recent.body.amountCents, creditsCents: creditedCents, netCents: recent.body.amountCents - creditedCents, eventCount: 1, creditCount: 3 });
    expectConsistent(now);

    const stored = await eventsOf(client.instrumentId);
    for (const [index, event] of events.entries()) {
      expect(stored.get(event.eventId)).toMatchObject({ status: "settled", statementId: closed.statementId });
      expect(stored.get(event.eventId)!.creditedCents).toBe([3000, event.amountCents, 1000][index] ?? 0);
    }
    expect(await balanceOf(client.instrumentId)).toMatchObject({
      approvedCents: recent.body.amountCents,
      settledCents: 15 * 7000 - creditedCents,
      availableCents: 40 * 7000 - recent.body.amountCents - (15 * 7000 - creditedCents),
    });
  }, 120_000); // the month's run takes its steps on the settlement-run queue

  it("places two credits of one event given on the same day, each once", async () => {
    // Both credits commit (the client gets both amounts back), so both must reach the provider's statement.
    const month = m(6);
    const { provider, client } = await providerAndClient("twice-staff", `${month}-01`);
    const [event] = await recordDays(api, runtime.clock, provider, client, month, [{ day: 7, quantity: 2 }], "twice");
    expect((await deliver([eventRecord(event!.eventId)])).failed).toEqual([]);
    await runMonth(api, runtime, month);
    const credits: string[] = [];
    for (const amountCents of [2500, 4000]) {
      const response = await api.call("POST", `/v1/service-events/${event!.eventId}/credits`, {
        as: worker,
        body: { amountCents, reasonCode: "WRONG_QUANTITY", explanation: "Korjaus." },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      credits.push(response.body.creditId);
    }
    expect(await balanceOf(client.instrumentId)).toMatchObject({ settledCents: 14_000 - 6500 });

    const first = await deliver([creditRecord(credits[0]!)]);
    const second = await deliver([creditRecord(credits[1]!), creditRecord(credits[0]!)]);
    const now = (await statementOf(provider.providerId, currentMonth))!;
    expect(now.lines.filter((line) => line.kind === "credit").map((line) => line.creditId).sort(), "both credits on the statement").toEqual([...credits].sort());
    expect(now).toMatchObject({ creditsCents: 6500, netCents: -6500, creditCount: 2 });
    expectConsistent(now);
    expect([...first.failed, ...second.failed], "records reported as failed (retried until the DLQ)").toEqual([]);
  }, 120_000); // the month's run takes its steps on the settlement-run queue

  it("reports exactly the bad record of a batch as failed and places its batch-mates", async () => {
    const month = m(3);
    const { provider, client } = await providerAndClient("bad-staff", `${month}-01`);
    const events = await recordDays(api, runtime.clock, provider, client, month, [1, 2, 3, 4, 5, 6].map((day) => ({ day, quantity: 1 })), "bad");
    const record = (index: number) => eventRecord(events[index]!.eventId);

    const notJson = await deliver([record(0), record(1), "{not json", record(2)]);
    expect(notJson.failed).toEqual([notJson.ids[2]]);
    const unknownType = await deliver([record(3), streamRecord("MODIFY", { type: "Budget", budgetId: client.budgetId }), record(0)]);
    expect(unknownType.failed).toEqual([unknownType.ids[1]]);
    const noImage = await deliver([record(4), streamRecord("REMOVE"), record(5)]);
    expect(noImage.failed).toEqual([noImage.ids[1]]);

    const statement = (await statementOf(provider.providerId, month))!;
    expect(eventLineIds(statement)).toEqual(events.map((event) => event.eventId).sort());
    expect(statement).toMatchObject({ eventCount: 6, eventsCents: 6 * 7000, netCents: 6 * 7000 });
    expectConsistent(statement);
  });

  it("puts an event approved or delivered after its month's run into the next month's statement, never into the closed one", async () => {
    const month = m(4);
    const next = shiftMonth(month, 1);
    const { provider, client } = await providerAndClient("late-staff", `${month}-01`);
    const onTime = await recordDays(api, runtime.clock, provider, client, month, [{ day: 2, quantity: 1 }, { day: 3, quantity: 2 }], "late-a");
    // Approved before the run, but its record arrives only after it.
    const [delayed] = await recordDays(api, runtime.clock, provider, client, month, [{ day: 5, quantity: 1 }], "late-b");
    // Still recorded at the run, approved after it.
    const [approvedLate] = await recordDays(api, runtime.clock, provider, client, month, [{ day: 6, quantity: 3 }], "late-c", { approve: false });
    expect((await deliver(onTime.map((event) => eventRecord(event.eventId)))).failed).toEqual([]);
    // A record of an event that is not approved (yet): the consumer reads the item again and leaves it alone.
    expect((await deliver([eventRecord(approvedLate!.eventId)])).failed).toEqual([]);
    expect((await eventsOf(client.instrumentId)).get(approvedLate!.eventId)).not.toHaveProperty("statementId");

    const { run } = await runMonth(api, runtime, month);
    expect(run).toMatchObject({ eventsCents: 3 * 7000, netCents: 3 * 7000 });
    const closed = (await statementOf(provider.providerId, month))!;
    expect(closed).toMatchObject({ state: "closed", eventCount: 2, eventsCents: 3 * 7000 });

    expect((await api.call("POST", `/v1/service-events/${approvedLate!.eventId}/approve`, { as: worker })).status).toBe(200);
    expect((await deliver([eventRecord(approvedLate!.eventId), eventRecord(delayed!.eventId)])).failed).toEqual([]);
    expect((await deliver([eventRecord(delayed!.eventId), eventRecord(approvedLate!.eventId), eventRecord(onTime[0]!.eventId)])).failed).toEqual([]);

    expect(await statementOf(provider.providerId, month)).toEqual(closed);
    const following = (await statementOf(provider.providerId, next))!;
    expect(following).toMatchObject({ state: "open", eventCount: 2, eventsCents: 4 * 7000, netCents: 4 * 7000 });
    expect(eventLineIds(following)).toEqual([delayed!.eventId, approvedLate!.eventId].sort());
    expectConsistent(following);
    const stored = await eventsOf(client.instrumentId);
    for (const late of [delayed!, approvedLate!]) expect(stored.get(late.eventId)).toMatchObject({ status: "approved", statementId: following.statementId });
    for (const event of onTime) expect(stored.get(event.eventId)).toMatchObject({ status: "settled", statementId: closed.statementId, runId: `SR-${month}` });
    expect(await balanceOf(client.instrumentId)).toMatchObject({ approvedCents: 4 * 7000, settledCents: 3 * 7000 });

    // The next month's run settles them.
    const { run: nextRun } = await runMonth(api, runtime, next);
    expect(nextRun.payments.find((payment: { providerId: string }) => payment.providerId === provider.providerId)).toMatchObject({ amountCents: 4 * 7000 });
    expect(await balanceOf(client.instrumentId)).toMatchObject({ approvedCents: 0, settledCents: 7 * 7000 });
  }, 120_000); // the month's run takes its steps on the settlement-run queue

  it("moves a poison record to the DLQ through the real queue after maxReceiveCount receives, placing its batch-mates once", async () => {
    const month = m(5);
    const { provider, client } = await providerAndClient("dlq-staff", `${month}-01`);
    const events = await recordDays(api, runtime.clock, provider, client, month, [1, 2, 3, 4].map((day) => ({ day, quantity: 1 })), "dlq");
    const poison = streamRecord("MODIFY", { type: "Budget", budgetId: client.budgetId });
    const bodies = [...events.map((event) => eventRecord(event.eventId)), poison, eventRecord(events[1]!.eventId), eventRecord(events[3]!.eventId)];
    const { queueUrl, dlqUrl } = runtime.queues.get("settlement")!;
    const sent = await sqs.send(
      new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: bodies.map((body, index) => ({ Id: String(index), MessageBody: body })) }),
    );
    expect(sent.Failed ?? []).toEqual([]);

    await expect.poll(() => queueDepth(sqs, dlqUrl), { timeout: 30_000, interval: 250 }).toBe(1);
    await expect.poll(() => queueDepth(sqs, queueUrl), { timeout: 10_000, interval: 250 }).toBe(0);
    const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, MaxNumberOfMessages: 10 }));
    expect(Messages.map((message) => message.Body)).toEqual([poison]);

    const statement = (await statementOf(provider.providerId, month))!;
    expect(eventLineIds(statement)).toEqual(events.map((event) => event.eventId).sort());
    expect(statement).toMatchObject({ state: "open", eventCount: 4, eventsCents: 4 * 7000, netCents: 4 * 7000 });
    expectConsistent(statement);
  }, 60_000);
});
