/**
 * Does closing a month cost O(statements), with a flat cost per statement?
 * Months of 10, 100 and 1 000 statements (one provider each, one event per
 * statement), closed by the same code the settlement-run queue's consumer
 * runs: the run is started, then its steps are taken one after the other
 * until the file is built. Reported per size: DynamoDB requests (exact) and
 * milliseconds (the two smaller sizes are closed five times each, the median
 * run kept), the time of storing the file, and the steps. Then two ratios: of
 * requests per statement (1 000 vs 10), and of the time each added statement
 * costs (100→1 000 vs 10→100). Near 1 (below it: the run's fixed requests
 * weigh more on 10) means nothing in a run grows faster than its statements.
 *
 *   npx tsx bench/settlement-run.ts [small] [middle] [large]
 *
 * Runs on its own in-memory local runtime without queue consumers (the steps
 * are taken here, so no poller latency or audit-trail work is timed). The
 * template provider, client and event come through the API; the statements
 * are made by cloning the provider and the event and placing each clone with
 * the settlement consumer's own `placeEvent`. Absolute times are DynamoDB
 * Local's on this machine: only the ratios measured in one run mean anything.
 *
 * On the dev machine, 2026-11-27, beside a full test run and other agents' work
 * (load average 17 on 2 cores, so the times are slow and noisy):
 *   statements  requests  per statement  run ms  of which file ms  ms per statement  steps
 *           10       100          10.00    4594                63             459.4      2
 *          100       943           9.43   14385                34             143.9      2
 *         1000      9103           9.10   99592               286              99.6     11
 *   requests per statement, 1000 vs 10: ratio 0.91
 *   ms per added statement: 10→100 108.8, 100→1000 94.7: ratio 0.87
 * About 9 requests per statement (close it, its RF number, its lines, settle
 * each event with its instrument and budget line, record its payment) and a
 * fixed few per run and step; a step is at most 200 statement lines.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { type RequestContext, systemActor } from "@hb/core/actor";
import { getAreaSettings } from "@hb/core/area/repository";
import { businessDate } from "@hb/core/dates";
import { dynamo, getItem, tableName } from "@hb/core/db";
import { keys } from "@hb/core/keys";
import { ownedKey } from "@hb/core/ownership";
import { storePaymentFile } from "@hb/core/settlement/files";
import { advanceRun, startRun } from "@hb/core/settlement/close-run";
import { getRun } from "@hb/core/settlement/run-view";
import { placeEvent } from "@hb/core/settlement/placement";
import { startLocalRuntime } from "@hb/local/runtime";
import { apiClient } from "../test/support/api";
import { approvedProvider, recordDays, servedClient } from "../test/support/settlement";

const sizes = [Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 100), Number(process.argv[4] ?? 1000)] as const;
/** Months that have ended by the clock set below: five for each size, whose median run is kept (one for the largest). */
const months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-12"];

const runtime = await startLocalRuntime({ port: 0, quiet: true, pipes: [] });
try {
  const api = apiClient(runtime);
  const provider = await approvedProvider(api, "staff-bench-run");
  const client = await servedClient(api, provider, 951, "2026-06-01", 40);
  const [recorded] = await recordDays(api, runtime.clock, provider, client, "2026-06", [{ day: 3, quantity: 1 }], "bench-run");
  const templateEvent = withoutIndexKeys((await getItem<Record<string, unknown>>(ownedKey("EVENT", recorded!.eventId)))!);
  const templateProvider = withoutIndexKeys((await getItem<Record<string, unknown>>(keys.Provider.key({ providerId: provider.providerId })))!);

  let requests = 0;
  dynamo().middlewareStack.add(
    (next) => (args) => {
      requests += 1;
      return next(args);
    },
    { step: "initialize", name: "benchRequestCounter" },
  );

  runtime.clock.set(new Date("2027-03-20T12:00:00+02:00"));
  const area = await getAreaSettings(businessDate(runtime.clock.now()));

  /** Makes `count` statements in `month`: a provider and one approved event each, placed as the settlement consumer places them. */
  async function statements(month: string, count: number): Promise<void> {
    const ids = Array.from({ length: count }, () => ({ providerId: randomUUID(), eventId: randomUUID() }));
    await inParallel(ids, async ({ providerId, eventId }, index) => {
      await put({ ...templateProvider, pk: keys.Provider.pk({ providerId }), providerId });
      await put({ ...templateEvent, pk: keys.ServiceEvent.pk({ eventId }), eventId, providerId, externalId: `bench-${eventId}`, date: `${month}-${String(1 + (index % 28)).padStart(2, "0")}` });
      const placed = await placeEvent(eventId);
      if (!placed.placed) throw new Error(`event ${eventId} was not placed`);
    });
    // The stream relay reads what the set-up wrote before the timing starts.
    await runtime.settle(300_000);
  }

  /** Starts the month's run and takes its steps until the file is built: what POST /v1/settlement-runs and the queue do. */
  async function close(month: string): Promise<{ ms: number; requests: number; steps: number; fileMs: number }> {
    const now = runtime.clock.now();
    let fileMs = 0;
    const storeFile = async (runId: string, xml: string) => {
      const started = performance.now();
      await storePaymentFile(runId, xml);
      fileMs += performance.now() - started;
    };
    const ctx: RequestContext = { actor: { ...systemActor("finance-bench"), roles: ["finance"] }, requestId: `bench-${month}`, now };
    requests = 0;
    const start = performance.now();
    const { run } = await startRun(month, area, ctx);
    let steps = 0;
    for (;;) {
      const outcome = await advanceRun(run.runId, storeFile, now);
      steps += 1;
      if (outcome === "closed") break;
      if (outcome === "idle") throw new Error(`run ${run.runId} is not closing`);
    }
    const result = { ms: performance.now() - start, requests, steps, fileMs };
    const closed = await getRun(run.runId);
    if (closed?.state !== "closed" || closed.progress.closedStatementCount !== closed.progress.statementCount) throw new Error(`run ${run.runId} did not close: ${JSON.stringify(closed)}`);
    return result;
  }

  type Closed = Awaited<ReturnType<typeof close>>;
  const median = (results: Closed[]) => [...results].sort((a, b) => a.ms - b.ms)[Math.floor(results.length / 2)]!;
  const measured: Closed[] = [];
  for (const [index, size] of sizes.entries()) {
    const ofSize = index === sizes.length - 1 ? months.slice(10, 11) : months.slice(index * 5, index * 5 + 5);
    const results: Closed[] = [];
    for (const month of ofSize) {
      await statements(month, size);
      results.push(await close(month));
    }
    measured.push(median(results));
  }

  console.log("statements  requests  per statement  run ms  of which file ms  ms per statement  steps");
  for (const [index, size] of sizes.entries()) {
    const r = measured[index]!;
    console.log(
      `${String(size).padStart(10)}  ${String(r.requests).padStart(8)}  ${(r.requests / size).toFixed(2).padStart(13)}  ${r.ms.toFixed(0).padStart(6)}  ${r.fileMs.toFixed(0).padStart(16)}  ${(r.ms / size).toFixed(1).padStart(16)}  ${String(r.steps).padStart(5)}`,
    );
  }
  const [few, some, many] = measured as [Closed, Closed, Closed];
  const [a, b, c] = sizes;
  console.log(`requests per statement, ${c} vs ${a}: ratio ${(many.requests / c / (few.requests / a)).toFixed(2)}`);
  // The cost of each statement added: from the smallest to the middle size, and from the middle to the largest.
  const marginalLow = (some.ms - few.ms) / (b - a);
  const marginalHigh = (many.ms - some.ms) / (c - b);
  console.log(`ms per added statement: ${a}→${b} ${marginalLow.toFixed(1)}, ${b}→${c} ${marginalHigh.toFixed(1)}: ratio ${(marginalHigh / marginalLow).toFixed(2)}`);
} finally {
  await runtime.stop();
}

/** A clone must not land in the template's lists (a provider's events, the review window). */
function withoutIndexKeys(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([key]) => !/^gsi\d(pk|sk)$/.test(key)));
}

async function put(item: Record<string, unknown>): Promise<void> {
  await dynamo().send(new PutItemCommand({ TableName: tableName(), Item: marshall(item, { removeUndefinedValues: true }) }));
}

/** 16 at a time: quick to set up without flooding DynamoDB Local. */
async function inParallel<T>(items: readonly T[], work: (item: T, index: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += 16) {
    await Promise.all(items.slice(start, start + 16).map((item, offset) => work(item, start + offset)));
  }
}
