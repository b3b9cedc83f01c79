/**
 * Does a statistics read cost the same however many events its month holds? Two months, one
 * with 10 service events and one with 10 000 (20 clients, 4 services, time bands), counted by
 * the rebuild (the same contributions the statistics consumer adds); then
 * `GET /v1/statistics` of each month, total and by service, is timed and the ratio
 * 10 000 / 10 reported with the items and bytes each read returned.
 *
 *   npx tsx bench/statistics.ts [repetitions]
 *
 * Runs on its own in-memory local runtime (no pipes: the rebuild counts); absolute times are
 * DynamoDB Local's on this machine, only the ratios measured in one run mean anything.
 */
import { BatchWriteItemCommand, type BatchWriteItemCommandOutput, type WriteRequest } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { performance } from "node:perf_hooks";
import { dynamo } from "@hb/core/db";
import { keys } from "@hb/core/keys";
import { rebuildStatistics } from "@hb/core/statistics/rebuild";
import { startLocalRuntime } from "@hb/local/runtime";
import { apiClient } from "../test/support/api";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const repetitions = Number(process.argv[2] ?? 100);
const admin = "role=admin&sub=admin-bench";
const services = ["HENKILOKOHTAINEN_APU", "KOTIHOITO", "PAIVATOIMINTA", "VIERIHOITO"];
const bands = ["WEEKDAY_DAY", "WEEKDAY_EVENING", "SATURDAY", "SUNDAY"];

const runtime = await startLocalRuntime({ port: 0, quiet: true, pipes: [], scheduleTimers: false });
try {
  const api = apiClient(runtime);
  const put = async (items: Record<string, unknown>[]) => {
    for (let i = 0; i < items.length; i += 25) {
      let batch: WriteRequest[] | undefined = items.slice(i, i + 25).map((item) => ({ PutRequest: { Item: marshall(item) } }));
      while (batch && batch.length > 0) {
        const result: BatchWriteItemCommandOutput = await dynamo().send(new BatchWriteItemCommand({ RequestItems: { [runtime.tableName]: batch } }));
        batch = result.UnprocessedItems?.[runtime.tableName];
      }
    }
  };
  const clients = Array.from({ length: 20 }, (_, i) => ({
    ...keys.Client.key({ clientId: `bench-${i}` }),
    type: "Client",
    clientId: `bench-${i}`,
    birthDate: `19${40 + i * 3}-05-0${1 + (i % 9)}`,
    municipality: ["Rovaniemi", "Kemi", "Tornio", "Inari"][i % 4],
    hbStatus: "active",
    createdAt: "2026-12-01T08:00:00.000Z",
    updatedAt: "2026-12-01T08:00:00.000Z",
  }));
  await put(clients);
  const events = (month: string, count: number) =>
    Array.from({ length: count }, (_, n) => ({
      ...keys.ServiceEvent.key({ eventId: `bench-${month}-${n}` }),
      type: "ServiceEvent",
      eventId: `bench-${month}-${n}`,
      clientId: `bench-${n % 20}`,
      serviceCode: services[n % 4],
      date: `${month}-${String(1 + (n % 28)).padStart(2, "0")}`,
      amountCents: 3600,
      bands: [{ code: bands[n % 4], multiplier: 1, minutes: 60, amountCents: 3600 }],
      status: n % 3 === 0 ? "paid" : "approved",
      ...(n % 3 === 0 ? { paidAt: `2027-04-0${1 + (n % 9)}T10:00:00.000Z` } : {}),
    }));
  const started = performance.now();
  await put([...events("2027-01", 10), ...events("2027-02", 10_000)]);
  const rebuilt = await rebuildStatistics(new Date());
  console.log(`wrote 10 010 events and rebuilt ${rebuilt.cells} cells in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const read = (month: string, by: string) => api.call("GET", `/v1/statistics?from=${month}&to=${month}${by}`, { as: admin });
  const check = await read("2027-02", "");
  if (check.body.items[0].indicators["events.count"] !== 10_000) throw new Error(`counted ${JSON.stringify(check.body.items[0].indicators)}`);
  console.log(`${repetitions} repetitions each, median ms (10 vs 10 000 events in the month)`);
  for (const by of ["", "&by=serviceCode", "&by=municipality"]) {
    const few = await medianMs(() => read("2027-01", by));
    const many = await medianMs(() => read("2027-02", by));
    const [a, b] = [await read("2027-01", by), await read("2027-02", by)];
    const size = (r: { body: unknown }) => JSON.stringify(r.body).length;
    console.log(
      `GET /v1/statistics${by.padEnd(17)} 10: ${few.toFixed(2)}  10 000: ${many.toFixed(2)}  ratio ${(many / few).toFixed(2)}` +
        `  (rows ${a.body.items.length} / ${b.body.items.length}, bytes ${size(a)} / ${size(b)})`,
    );
  }
} finally {
  await runtime.stop();
}

async function medianMs(call: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 10; i += 1) await call();
  const times: number[] = [];
  for (let i = 0; i < repetitions; i += 1) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
