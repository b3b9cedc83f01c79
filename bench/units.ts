/**
 * DynamoDB requests and capacity units per service event and per read,
 * measured on the local runtime with every pipe and consumer: the inputs of the
 * cost model (bench/cost.ts, docs/cost.md). Every table request is counted,
 * both tables, request paths and consumers together. DynamoDB Local reports
 * no consumed capacity, so units are AWS's rules applied to each request: a
 * read 1 unit per 4 KB (half if eventually consistent), a write 1 per KB,
 * twice in a transaction; sizes are the marshalled items' (an update's the
 * item it returns, at least 1 KB; a query's the items it returned).
 *
 *   npx tsx bench/units.ts
 *
 * Phases: an event's life (recorded by its provider, approved by a worker, then
 * every consumer: audit trail, settlement, drift, provider events), the month's
 * settlement run, and a worker reading a client's budget. Units depend on item
 * sizes, which are the local demo's; request counts are exact.
 */
import { dynamo } from "@hb/core/db";
import { startLocalRuntime } from "@hb/local/runtime";
import { apiClient } from "../test/support/api";
import { approvedProvider, recordDays, runMonth, servedClient, worker } from "../test/support/settlement";

// As in vitest.config.ts: the pinned SDK releases run on Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const days = 14; // recordDays records on days 1–14 of a month

const totals = { requests: 0, read: 0, write: 0 };
type Input = Record<string, any>;
const kb = (item: unknown) => Buffer.byteLength(JSON.stringify(item ?? {})) / 1024;
const readUnits = (bytesKb: number, consistent: boolean) => Math.max(1, Math.ceil(bytesKb / 4)) * (consistent ? 1 : 0.5);
const writeUnits = (bytesKb: number) => Math.max(1, Math.ceil(bytesKb));

/** The units AWS would bill for one request, from its input and output. */
function units(command: string, input: Input, output: Input): { read: number; write: number } {
  switch (command) {
    case "GetItemCommand":
      return { read: readUnits(kb(output.Item), input.ConsistentRead === true), write: 0 };
    case "QueryCommand":
    case "ScanCommand":
      return { read: readUnits((output.Items ?? []).reduce((sum: number, item: unknown) => sum + kb(item), 0), input.ConsistentRead === true), write: 0 };
    case "BatchGetItemCommand":
      return {
        read: Object.entries(output.Responses ?? {}).reduce(
          (sum, [table, items]) => sum + (items as unknown[]).reduce((s: number, item) => s + readUnits(kb(item), input.RequestItems?.[table]?.ConsistentRead === true), 0),
          0,
        ),
        write: 0,
      };
    case "TransactGetItemsCommand":
      return { read: (output.Responses ?? []).reduce((sum: number, response: Input) => sum + 2 * readUnits(kb(response.Item), true), 0), write: 0 };
    case "PutItemCommand":
      return { read: 0, write: writeUnits(kb(input.Item)) };
    case "UpdateItemCommand":
    case "DeleteItemCommand":
      return { read: 0, write: writeUnits(kb(output.Attributes)) };
    case "BatchWriteItemCommand":
      return { read: 0, write: Object.values(input.RequestItems ?? {}).flat().reduce((sum: number, request: any) => sum + writeUnits(kb(request.PutRequest?.Item)), 0) };
    case "TransactWriteItemsCommand":
      return { read: 0, write: (input.TransactItems ?? []).reduce((sum: number, item: Input) => sum + 2 * writeUnits(kb(item.Put?.Item)), 0) };
    default:
      return { read: 0, write: 0 };
  }
}

const runtime = await startLocalRuntime({ port: 0, quiet: true });
try {
  const api = apiClient(runtime);
  const provider = await approvedProvider(api, "staff-bench-units");
  const client = await servedClient(api, provider, 953, "2026-06-01", 40);
  await runtime.settle(60_000);

  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const used = units(context.commandName ?? "", args.input as Input, result.output as Input);
      totals.requests += 1;
      totals.read += used.read;
      totals.write += used.write;
      return result;
    },
    { step: "initialize", name: "benchUnits" },
  );
  const phase = async (name: string, per: number, work: () => Promise<unknown>) => {
    const before = { ...totals };
    await work();
    await runtime.settle(120_000);
    const per1 = (key: keyof typeof totals) => ((totals[key] - before[key]) / per).toFixed(1).padStart(8);
    console.log(`${name.padEnd(44)} ${per1("requests")} ${per1("read")} ${per1("write")}`);
  };

  console.log(`${"per".padEnd(44)} requests    reads   writes`);
  await phase(`event: recorded, approved, consumed (${days})`, days, () =>
    recordDays(api, runtime.clock, provider, client, "2026-06", Array.from({ length: days }, (_, index) => ({ day: index + 1, quantity: 1 })), "bench-units"),
  );
  await phase(`event: the month's settlement run (${days})`, days, () => runMonth(api, runtime, "2026-06"));
  await phase("read: a worker's GET /v1/budgets/{id} (20)", 20, async () => {
    for (let index = 0; index < 20; index += 1) await api.call("GET", `/v1/budgets/${client.budgetId}`, { as: worker });
  });
} finally {
  await runtime.stop();
}
