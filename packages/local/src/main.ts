import { existsSync } from "node:fs";
import { join } from "node:path";
import { JavaMissingError } from "./dynamodb";
import { repositoryRoot } from "./handlers";
import { startLocalRuntime } from "./runtime";
import { seedDemo } from "./demo";

const inMemory = process.env.HB_LOCAL_INMEMORY === "1";
const port = Number(process.env.PORT ?? 3000);
// Served even before it is built: until then its pages say how to build it.
const webRoot = join(repositoryRoot, "packages", "web", "dist");

try {
  const runtime = await startLocalRuntime({
    port,
    dataDir: inMemory ? undefined : join(repositoryRoot, ".hb-local"),
    area: process.env.HB_AREA ?? "demo",
    webRoot,
    quiet: process.env.HB_LOCAL_QUIET === "1",
    // Providers' webhooks to a receiver on this machine over http (the README's walk-through); deployed stacks refuse them.
    localWebhookReceivers: process.env.HB_LOCAL_WEBHOOK_RECEIVERS === "1",
    devOrigins: (process.env.HB_LOCAL_WEB_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
  });
  // The README's walk-throughs register their own people and providers: HB_LOCAL_DEMO=0 starts without the demo.
  const people = process.env.HB_LOCAL_DEMO === "0" ? [] : await seedDemo(runtime);
  let stopping = false;
  const shutdown = async (signal: string) => {
    // A second Ctrl-C does not wait; the exit hook still kills Java.
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`\n${signal}: stopping HB local (DynamoDB Local, queues, relay, HTTP)…`);
    await runtime.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  console.log(`
HB local is running at ${runtime.url}  (data: ${inMemory ? "in memory" : ".hb-local/"}; Node ${process.version}, as Lambda's nodejs22.x)

Web app: ${runtime.url}/${existsSync(join(webRoot, "index.html")) ? "" : "  (not built yet: npm run build -w packages/web)"}

  curl ${runtime.url}/v1/health
  TOKEN=$(curl -s "${runtime.url}/dev/token?role=worker&sub=worker-1" | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')
  curl -H "Authorization: Bearer $TOKEN" ${runtime.url}/v1/catalogue/services

${people.length > 0 ? `Demo people (GET /dev/people): ${people.map((person) => person.name).join(", ")}\n` : ""}OpenAPI: ${runtime.url}/v1/openapi.json · Ctrl-C stops everything.
`);
} catch (error) {
  if (error instanceof JavaMissingError) {
    console.error(error.message);
  } else {
    console.error("HB local could not start:", error);
  }
  process.exit(1);
}
