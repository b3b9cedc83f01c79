/**
 * Does the cost of pace stay flat as deliveries pile up? Two instruments of
 * the same monthly grant, one with 5 deliveries this month and one with 400;
 * each read is timed on both and the ratio many/few reported. A ratio near 1
 * means no code path sums events (docs/data-model.md I3, N1).
 *
 *   npx tsx bench/pace.ts [repetitions]
 *
 * Runs on its own in-memory local runtime; absolute times are DynamoDB Local's
 * on this machine, only the ratios measured in one run mean anything.
 */
import { performance } from "node:perf_hooks";
import { getAreaSettings } from "@hb/core/area/repository";
import { businessDate } from "@hb/core/dates";
import { addDays } from "@hb/core/budget/periods";
import { evaluateInstrument } from "@hb/core/drift/repository";
import { startLocalRuntime } from "@hb/local/runtime";
import { apiClient } from "../test/support/api";
import { approvedProvider, type ClientSetup, type ProviderSetup, servedClient, worker } from "../test/support/settlement";

const repetitions = Number(process.argv[2] ?? 200);
const today = "2027-03-20";

const runtime = await startLocalRuntime({ port: 0, quiet: true });
try {
  runtime.clock.set(new Date(`${today}T12:00:00+02:00`));
  const api = apiClient(runtime);
  const provider = await approvedProvider(api, "staff-bench");
  // 40 days a month: 480 days over 2027, enough for 400 one-day deliveries.
  const few = await servedClient(api, provider, 901, "2027-01-01", 40, "month");
  const many = await servedClient(api, provider, 902, "2027-01-01", 40, "month");
  await deliver(api, provider, few, 5);
  await deliver(api, provider, many, 400);
  await runtime.settle(120_000);

  const now = runtime.clock.now();
  const area = await getAreaSettings(businessDate(now));
  const reads: [string, (client: ClientSetup) => Promise<unknown>][] = [
    ["GET /v1/instruments/{id}", (client) => api.call("GET", `/v1/instruments/${client.instrumentId}`, { as: worker })],
    ["GET /v1/budgets/{id}", (client) => api.call("GET", `/v1/budgets/${client.budgetId}`, { as: worker })],
    ["drift evaluation", (client) => evaluateInstrument(client.instrumentId, today, area, now)],
  ];
  console.log(`${repetitions} repetitions each, median ms (5 vs 400 deliveries this month)`);
  for (const [name, read] of reads) {
    const small = await medianMs(() => read(few));
    const large = await medianMs(() => read(many));
    console.log(`${name.padEnd(26)} 5: ${small.toFixed(2)}  400: ${large.toFixed(2)}  ratio ${(large / small).toFixed(2)}`);
  }
} finally {
  await runtime.stop();
}

/** `count` one-day deliveries on the last 14 days (the demo area's recording deadline), 8 at a time. */
async function deliver(api: ReturnType<typeof apiClient>, provider: ProviderSetup, client: ClientSetup, count: number): Promise<void> {
  for (let start = 0; start < count; start += 8) {
    const batch = Array.from({ length: Math.min(8, count - start) }, (_, i) => start + i);
    const responses = await Promise.all(
      batch.map((n) =>
        api.call("POST", "/v1/service-events", {
          as: provider.providerToken,
          body: { instrumentId: client.instrumentId, externalId: `bench-${client.instrumentId}-${n}`, date: addDays(today, -(n % 14)), quantity: 1 },
        }),
      ),
    );
    const refused = responses.find((response) => response.status !== 201);
    if (refused) throw new Error(`recording: ${refused.status} ${JSON.stringify(refused.body)}`);
  }
}

async function medianMs(read: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 10; i += 1) await read();
  const times: number[] = [];
  for (let i = 0; i < repetitions; i += 1) {
    const start = performance.now();
    await read();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
