import { SQSClient } from "@aws-sdk/client-sqs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueDepth, sqsConfig } from "@hb/local/queues";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { approvedProvider, type ClientSetup, finance, type ProviderSetup, servedClient, sumsOfLines, worker } from "../support/settlement";

/**
 * Settlement under arbitrary sequences of recording, approval, credits,
 * month runs and payments, through the local runtime with the production
 * pipes: placement runs concurrently with the operations, through the real
 * stream relay, queue and consumer. Each sequence lives in a year of its own
 * (a run closes a month for every provider), January to March: the clock
 * stands on the 20th of the sequence's current month and moves a month on
 * between phases, so a run of an earlier month is always of an ended month
 * and the current month's run is refused.
 *
 * Checked after each sequence, once everything is placed: (a) the statements
 * owe what was approved less what was credited, (b) every balance follows
 * its events, (c) every statement's totals are the sums of its lines; and
 * every event and credit is on exactly one statement, closed statements hold
 * only their run's settled or paid events, negative nets are carried once.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let sqs: SQSClient;
/** Two providers for every sequence: a sequence tells its statements by its year. */
let providers: ProviderSetup[];

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  sqs = new SQSClient(sqsConfig(runtime.sqsEndpoint));
  providers = [await approvedProvider(api, "prop-staff-a"), await approvedProvider(api, "prop-staff-b")];
});
afterAll(async () => {
  sqs?.destroy();
  await runtime?.stop();
});

type Op =
  /** A delivery, approved at once by a worker unless `approve` is false. */
  | { kind: "record"; client: number; day: number; quantity: number; approve: boolean }
  /** `any`: approve some event whatever its state (mostly refused), else one still recorded. */
  | { kind: "approve"; pick: number; any: boolean }
  /** `any`: credit some event whatever its state, else a settled or paid one; `percent` of what remains (over 100: refused). */
  | { kind: "credit"; pick: number; percent: number; any: boolean }
  /** `back` months before the current one (0: the current month, which has not ended); `placedFirst`: once every approved event is placed, else at once. */
  | { kind: "run"; back: number; placedFirst: boolean }
  | { kind: "pay"; back: number };

const recordArbitrary = fc.record({
  kind: fc.constant("record" as const),
  client: fc.nat(1),
  day: fc.integer({ min: 6, max: 19 }),
  quantity: fc.integer({ min: 1, max: 3 }),
  approve: fc.constantFrom(true, true, true, false),
});
const creditArbitrary = fc.record({
  kind: fc.constant("credit" as const),
  pick: fc.nat(99),
  percent: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constant(100), fc.integer({ min: 101, max: 130 })),
  any: fc.constantFrom(false, false, false, false, true),
});
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 1, arbitrary: recordArbitrary },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("approve" as const), pick: fc.nat(99), any: fc.constantFrom(false, false, false, true) }) },
  { weight: 2, arbitrary: creditArbitrary },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("run" as const), back: fc.constantFrom(0, 1, 2), placedFirst: fc.constantFrom(false, false, false, true) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("pay" as const), back: fc.integer({ min: 1, max: 2 }) }) },
);
/**
 * Three months. Each but the first usually opens with the run of the month
 * before (which has just ended), mostly once its approved events are placed;
 * then come deliveries, some credits, and then anything: deliveries,
 * approvals, credits, runs of any month (the current one is refused), payments.
 */
const phaseArbitrary = fc
  .tuple(
    fc.array(recordArbitrary, { minLength: 1, maxLength: 3 }),
    fc.option(fc.constantFrom(true, true, true, false), { freq: 6 }),
    fc.array(creditArbitrary, { maxLength: 3 }),
    fc.array(opArbitrary, { maxLength: 3 }),
  )
  .map(([records, runPrevious, credits, ops]): Op[] => [
    ...(runPrevious === null ? [] : [{ kind: "run" as const, back: 1, placedFirst: runPrevious }]),
    ...records,
    ...credits,
    ...ops,
  ]);
const sequenceArbitrary = fc.array(phaseArbitrary, { minLength: 3, maxLength: 3 });

interface Line {
  kind: "event" | "credit" | "carry-over";
  eventId?: string;
  creditId?: string;
  fromStatementId?: string;
  date: string;
  amountCents: number;
  serviceCode?: string;
  instrumentNumber?: string;
}
interface StatementView {
  statementId: string;
  providerId: string;
  month: string;
  state: "open" | "closed" | "paid";
  eventsCents: number;
  creditsCents: number;
  netCents: number;
  eventCount: number;
  creditCount: number;
  byService: Record<string, unknown>;
  byInstrument: Record<string, unknown>;
  runId?: string;
  lines: Line[];
}
interface EventView {
  eventId: string;
  instrumentId: string;
  date: string;
  status: "recorded" | "approved" | "settled" | "paid";
  amountCents: number;
  creditedCents?: number;
  statementId?: string;
  runId?: string;
  approvedBy?: { sub: string };
}
interface CreditMade {
  creditId: string;
  eventId: string;
  providerId: string;
  amountCents: number;
  date: string;
}

/** What the sequences exercised, so a generator that stops reaching settlement fails loudly. */
const coverage = { runs: 0, settledEvents: 0, creditAttempts: 0, credits: 0, carryOvers: 0 };

let year = 1999;
let individual = 100;
let externalSerial = 0;
const sum = (amounts: readonly number[]) => amounts.reduce((total, amount) => total + amount, 0);

/** Every page of a list. */
async function all<T>(path: string, as: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const response = await api.call("GET", `${path}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { as });
    expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(200);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
  } while (cursor);
  return items;
}

async function runSequence(phases: Op[][]): Promise<void> {
  year += 1;
  if (year > 2025) throw new Error("out of years: each sequence needs a year of its own");
  const months = [1, 2, 3].map((month) => `${year}-0${month}`);
  const setClock = (phase: number) => runtime.clock.set(new Date(`${months[phase]}-20T10:00:00Z`));
  const log: string[] = [];

  setClock(0);
  // Fresh clients (a plan valid for the sequence's year), one of each provider.
  const owner = [0, 1];
  const clients: ClientSetup[] = await Promise.all(owner.map((providerIndex) => servedClient(api, providers[providerIndex]!, (individual += 1), `${year}-01-01`)));
  const providerOfInstrument = new Map(clients.map((client, index) => [client.instrumentId, providers[owner[index]!]!.providerId]));

  const eventIds: string[] = [];
  const credits: CreditMade[] = [];
  const runMonths = new Set<string>();
  const fetchEvents = async (): Promise<Map<string, EventView>> => {
    const found = new Map<string, EventView>();
    for (const client of clients) {
      for (const event of await all<EventView>(`/v1/service-events?instrumentId=${client.instrumentId}`, worker)) found.set(event.eventId, event);
    }
    return found;
  };
  /** The sequence's statements (its year's) of both providers. */
  const readStatements = async (): Promise<StatementView[]> => {
    const statements: StatementView[] = [];
    for (const provider of providers) {
      const own = await all<StatementView>(`/v1/settlements?providerId=${provider.providerId}`, finance);
      statements.push(...own.filter((statement) => statement.month.startsWith(`${year}-`)));
    }
    return statements;
  };
  /** The events as last read; read again after anything that changes them behind the operations' backs (runs, payments). */
  let cached: Map<string, EventView> | undefined;
  const events = async () => (cached ??= await fetchEvents());
  /** Until every approved event is on a statement (cheaper than draining every queue, the audit trail's too). */
  const placed = () =>
    expect
      .poll(
        async () => {
          cached = await fetchEvents();
          return [...cached.values()].filter((event) => event.status === "approved" && !event.statementId).map((event) => event.eventId);
        },
        { timeout: 30_000, interval: 100 },
      )
      .toEqual([]);

  for (const [phase, ops] of phases.entries()) {
    setClock(phase);
    const month = months[phase]!;
    for (const op of ops) {
      log.push(`${month} ${JSON.stringify(op)}`);
      switch (op.kind) {
        case "record": {
          const client = clients[op.client]!;
          const date = `${month}-${String(op.day).padStart(2, "0")}`;
          const response = await api.call("POST", "/v1/service-events", {
            as: providers[owner[op.client]!]!.providerToken,
            body: { instrumentId: client.instrumentId, externalId: `prop-${(externalSerial += 1)}`, date, quantity: op.quantity },
          });
          cached = undefined;
          if (response.status === 201) {
            eventIds.push(response.body.eventId);
            if (op.approve) expect((await api.call("POST", `/v1/service-events/${response.body.eventId}/approve`, { as: worker })).status).toBe(200);
          } else {
            expect(response.body.code, JSON.stringify(response.body)).toBe("INSUFFICIENT_BALANCE");
            expect(response.status).toBe(422);
            const balance = (await api.call("GET", `/v1/instruments/${client.instrumentId}`, { as: worker })).body;
            expect(balance.availableCents).toBeLessThan(op.quantity * 7000);
          }
          break;
        }
        case "approve": {
          const known = await events();
          const candidates = op.any ? eventIds : eventIds.filter((id) => known.get(id)?.status === "recorded");
          if (candidates.length === 0) break;
          const event = known.get(candidates[op.pick % candidates.length]!)!;
          const response = await api.call("POST", `/v1/service-events/${event.eventId}/approve`, { as: worker });
          if (event.status === "recorded" && response.status === 200) {
            event.status = "approved";
            break;
          }
          expect(response.status, JSON.stringify(response.body)).toBe(409);
          expect(response.body.code).toBe("EVENT_NOT_RECORDED");
          // Only the review window's automatic approval may have come first.
          cached = undefined;
          if (event.status === "recorded") expect((await events()).get(event.eventId)?.approvedBy?.sub).toMatch(/^system:/);
          break;
        }
        case "credit": {
          coverage.creditAttempts += 1;
          const known = await events();
          const settled = (id: string) => ["settled", "paid"].includes(known.get(id)!.status);
          const candidates = op.any ? eventIds : eventIds.filter(settled);
          if (candidates.length === 0) break;
          const event = known.get(candidates[op.pick % candidates.length]!)!;
          const remaining = settled(event.eventId) ? event.amountCents - (event.creditedCents ?? 0) : 0;
          const amountCents = Math.max(1, Math.round(((settled(event.eventId) ? remaining : event.amountCents) * op.percent) / 100));
          const response = await api.call("POST", `/v1/service-events/${event.eventId}/credits`, {
            as: worker,
            body: { amountCents, reasonCode: "OTHER", explanation: "Ominaisuustesti." },
          });
          if (!settled(event.eventId)) {
            expect([response.status, response.body.code], JSON.stringify(response.body)).toEqual([409, "EVENT_NOT_SETTLED"]);
          } else if (amountCents > remaining) {
            expect([response.status, response.body.code], JSON.stringify(response.body)).toEqual([422, "CREDIT_EXCEEDS_EVENT"]);
          } else {
            expect(response.status, JSON.stringify(response.body)).toBe(201);
            expect(response.body.event).toMatchObject({ amountCents: event.amountCents, creditedCents: (event.creditedCents ?? 0) + amountCents });
            event.creditedCents = (event.creditedCents ?? 0) + amountCents;
            credits.push({ creditId: response.body.creditId, eventId: event.eventId, providerId: providerOfInstrument.get(event.instrumentId)!, amountCents, date: response.body.date });
          }
          break;
        }
        case "run": {
          if (phase - op.back < 0) break;
          const runMonth = months[phase - op.back]!;
          if (op.placedFirst) await placed();
          cached = undefined;
          const response = await api.call("POST", "/v1/settlement-runs", { as: finance, body: { month: runMonth } });
          if (op.back === 0) {
            expect([response.status, response.body.code], JSON.stringify(response.body)).toEqual([409, "MONTH_NOT_ENDED"]);
          } else {
            expect(response.status, JSON.stringify(response.body)).toBe(runMonths.has(runMonth) ? 200 : 202);
            expect(response.body).toMatchObject({ runId: `SR-${runMonth}`, month: runMonth });
            // Its steps run on the settlement-run queue.
            await runtime.settle(60_000);
            const settled = await api.call("GET", `/v1/settlement-runs/SR-${runMonth}`, { as: finance });
            expect(["closed", "paid"]).toContain(settled.body.state);
            runMonths.add(runMonth);
          }
          break;
        }
        case "pay": {
          if (phase - op.back < 0) break;
          const runMonth = months[phase - op.back]!;
          const response = await api.call("POST", `/v1/settlement-runs/SR-${runMonth}/paid`, { as: finance });
          // The events follow on the settlement-run queue.
          await runtime.settle(60_000);
          cached = undefined;
          if (runMonths.has(runMonth)) {
            expect(response.status, JSON.stringify(response.body)).toBe(200);
            expect(response.body.state).toBe("paid");
          } else {
            expect([response.status, response.body.code]).toEqual([404, "NOT_FOUND"]);
          }
          break;
        }
      }
    }
  }

  // Back to today's date: nothing of the sequence's year is due for the review window's automatic approval any more,
  // so nothing but the pipeline changes the sequence's data from here on.
  runtime.clock.reset();
  await placed();
  await runtime.settle(60_000);
  // Every credit given is placed too (polled; the checks below name what is missing if one never is).
  await expect
    .poll(async () => (await readStatements()).flatMap((statement) => statement.lines).filter((line) => line.kind === "credit").length, {
      timeout: 15_000,
      interval: 200,
    })
    .toBe(credits.length)
    .catch(() => undefined);
  const context = `\n${log.join("\n")}`;

  // One consistent reading: the events are read again at the end and must not have changed meanwhile.
  let snapshot: Awaited<ReturnType<typeof read>>;
  async function read() {
    const final = await fetchEvents();
    const statements = await readStatements();
    const balances = await Promise.all(
      clients.map(async (client) => ({
        client,
        instrument: (await api.call("GET", `/v1/instruments/${client.instrumentId}`, { as: worker })).body,
        line: (await api.call("GET", `/v1/budgets/${client.budgetId}`, { as: worker })).body.lines[0],
      })),
    );
    const runs = await Promise.all([...runMonths].map(async (runMonth) => (await api.call("GET", `/v1/settlement-runs/SR-${runMonth}`, { as: finance })).body));
    return { final, statements, balances, runs };
  }
  for (let attempt = 1; ; attempt += 1) {
    snapshot = await read();
    if (JSON.stringify([...(await fetchEvents()).values()]) === JSON.stringify([...snapshot.final.values()])) break;
    if (attempt === 5) throw new Error(`the events kept changing under the checks${context}`);
    await placed();
  }
  const { final, statements, balances, runs } = snapshot;
  const byId = new Map(statements.map((statement) => [statement.statementId, statement]));
  const lines = statements.flatMap((statement) => statement.lines.map((line) => ({ statement, line })));

  // (c) Every statement's header and running totals are the sums of its lines.
  for (const statement of statements) {
    const { eventsCents, creditsCents, netCents, eventCount, creditCount, byService, byInstrument } = statement;
    expect({ eventsCents, creditsCents, netCents, eventCount, creditCount, byService, byInstrument }, `statement ${statement.statementId}${context}`).toEqual(
      sumsOfLines(statement.lines),
    );
  }

  // Each approved-or-later event is on exactly one statement, the one it names, never earlier than its month; a closed statement holds only settled or paid events of its run.
  for (const event of final.values()) {
    const onLines = lines.filter(({ line }) => line.kind === "event" && line.eventId === event.eventId);
    if (event.status === "recorded") {
      expect(onLines, `recorded event ${event.eventId}${context}`).toHaveLength(0);
      expect(event.statementId).toBeUndefined();
      continue;
    }
    expect(onLines, `event ${event.eventId} (${event.status}, ${event.date})${context}`).toHaveLength(1);
    const { statement, line } = onLines[0]!;
    expect(line.amountCents).toBe(event.amountCents);
    expect(event.statementId).toBe(statement.statementId);
    expect(statement.month >= event.date.slice(0, 7), `event of ${event.date} on ${statement.statementId}${context}`).toBe(true);
    const expected = statement.state === "open" ? "approved" : statement.state === "paid" ? "paid" : "settled";
    expect(event.status, `event ${event.eventId} on a ${statement.state} statement${context}`).toBe(expected);
    if (statement.state !== "open") expect(event.runId).toBe(statement.runId);
  }

  // Each credit given is on exactly one statement of its provider, as a negative line, never earlier than the day it was given.
  for (const credit of credits) {
    const onLines = lines.filter(({ line }) => line.kind === "credit" && line.creditId === credit.creditId);
    const sameDay = credits.filter((other) => other.eventId === credit.eventId && other.date === credit.date).length;
    expect(onLines, `credit ${credit.creditId} of event ${credit.eventId} on ${credit.date} (${sameDay} credits of that event that day)${context}`).toHaveLength(1);
    const { statement, line } = onLines[0]!;
    expect(statement.providerId).toBe(credit.providerId);
    expect(line.amountCents).toBe(-credit.amountCents);
    expect(statement.month >= credit.date.slice(0, 7)).toBe(true);
  }
  expect(lines.filter(({ line }) => line.kind === "credit")).toHaveLength(credits.length);

  // A closed statement whose credits exceed its events carries its net, once, to a later statement of the same provider.
  const carries = lines.filter(({ line }) => line.kind === "carry-over");
  for (const { statement, line } of carries) {
    const from = byId.get(line.fromStatementId!);
    expect(from, `carried from ${line.fromStatementId}${context}`).toMatchObject({ providerId: statement.providerId });
    expect(from!.state).not.toBe("open");
    expect(from!.netCents).toBeLessThan(0);
    expect(line.amountCents).toBe(from!.netCents);
    expect(statement.month > from!.month).toBe(true);
  }
  for (const statement of statements.filter((s) => s.state !== "open" && s.netCents < 0)) {
    expect(carries.filter(({ line }) => line.fromStatementId === statement.statementId), `carry of ${statement.statementId}${context}`).toHaveLength(1);
  }

  coverage.runs += runMonths.size;
  coverage.settledEvents += [...final.values()].filter((event) => event.status === "settled" || event.status === "paid").length;
  coverage.credits += credits.length;
  coverage.carryOvers += carries.length;

  // (a) What the statements owe is what was approved less what was credited. A carry-over line repeats a closed
  // statement's negative net in a later statement (the closed one never changes), so it is taken out once.
  const approvedOrLater = sum([...final.values()].filter((event) => event.status !== "recorded").map((event) => event.amountCents));
  const credited = sum(credits.map((credit) => credit.amountCents));
  const carried = sum(carries.map(({ line }) => line.amountCents));
  expect(sum(statements.map((statement) => statement.netCents)) - carried, `Σ net − carried${context}`).toBe(approvedOrLater - credited);
  // Money view: what the runs' payment files paid plus what the open statements still owe.
  let paymentsCents = 0;
  for (const run of runs) {
    expect(["closed", "paid"]).toContain(run.state);
    paymentsCents += run.paymentsCents;
    for (const payment of run.payments as { statementId: string; amountCents: number }[]) {
      expect(byId.get(payment.statementId)?.netCents).toBe(payment.amountCents);
    }
  }
  const openNet = sum(statements.filter((statement) => statement.state === "open").map((statement) => statement.netCents));
  expect(paymentsCents + openNet, `payments + open${context}`).toBe(approvedOrLater - credited);

  // (b) Balances of every instrument and its budget line follow the events.
  for (const { client, instrument, line } of balances) {
    const mine = [...final.values()].filter((event) => event.instrumentId === client.instrumentId);
    const of = (status: EventView["status"]) => sum(mine.filter((event) => event.status === status).map((event) => event.amountCents - (event.creditedCents ?? 0)));
    for (const [what, balance] of [["instrument", instrument], ["budget line", line]] as const) {
      const label = `${what} of ${client.instrumentId}${context}`;
      expect({ recordedCents: balance.recordedCents, approvedCents: balance.approvedCents, settledCents: balance.settledCents, paidCents: balance.paidCents }, label).toEqual({
        recordedCents: of("recorded"),
        approvedCents: of("approved"),
        settledCents: of("settled"),
        paidCents: of("paid"),
      });
      const used = balance.recordedCents + balance.approvedCents + balance.settledCents + balance.paidCents;
      expect(balance.availableCents, label).toBe(Math.max(0, balance.grantedCents - used));
      expect(balance.availableCents).toBeGreaterThanOrEqual(0);
    }
  }
}

describe("settlement under arbitrary operation sequences", () => {
  it("keeps statements, runs and balances consistent", async () => {
    try {
      await fc.assert(
        fc.asyncProperty(sequenceArbitrary, async (phases) => {
          try {
            await runSequence(phases);
          } finally {
            runtime.clock.reset();
          }
        }),
        { numRuns: 8, endOnFailure: true },
      );
    } finally {
      runtime.clock.reset();
    }
    // Nothing the pipe forwarded was given up on.
    await runtime.settle(40_000);
    expect(await queueDepth(sqs, runtime.queues.get("settlement")!.dlqUrl), "settlement DLQ").toBe(0);
    expect(coverage.runs).toBeGreaterThan(0);
    expect(coverage.settledEvents).toBeGreaterThan(0);
    expect(coverage.creditAttempts).toBeGreaterThan(0);
  }, 420_000); // every run and every paid marking now waits for its steps on the settlement-run queue
});
