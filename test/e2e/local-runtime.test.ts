import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@hb/local/ports";
import { startLocalRuntime } from "@hb/local/runtime";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import { apiClient } from "../setup/runtime";

const dataDir = mkdtempSync(join(tmpdir(), "hb-local-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Every process below `pid`, from ps. */
function descendants(pid: number): { pid: number; args: string }[] {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), args: match[3]! }));
  const found: { pid: number; args: string }[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const row of rows.filter((candidate) => candidate.ppid === parent)) {
      found.push(row);
      queue.push(row.pid);
    }
  }
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("local runtime", () => {
  it("keeps data and the stream position in its data directory across a restart", async () => {
    const personalId = `010203A123${personalIdCheckCharacter("010203123")}`;
    const first = await startLocalRuntime({ port: 0, dataDir, tableName: "hb-local", quiet: true });
    const api1 = apiClient(first);
    const created = await api1.call("POST", "/v1/clients", {
      as: "role=worker&sub=w1",
      body: { personalId, firstName: "Eino", lastName: "Leino", municipality: "Kemi", language: "fi" },
    });
    expect(created.status).toBe(201);
    await first.settle();
    const auditBefore = await api1.call("GET", `/v1/audit?clientId=${created.body.clientId}`, { as: "role=admin" });
    await first.stop();

    const second = await startLocalRuntime({ port: 0, dataDir, tableName: "hb-local", quiet: true });
    try {
      const api2 = apiClient(second);
      const found = await api2.call("GET", `/v1/clients?personalId=${personalId}`, { as: "role=worker&sub=w1" });
      expect(found.body.items.map((client: { clientId: string }) => client.clientId)).toEqual([created.body.clientId]);
      await second.settle();
      const auditAfter = await api2.call("GET", `/v1/audit?clientId=${created.body.clientId}`, { as: "role=admin" });
      // The restart neither replayed the stream (no second INSERT entry) nor lost the entries.
      const writes = (body: { items: { kind: string }[] }) => body.items.filter((entry) => entry.kind === "change").length;
      expect(writes(auditAfter.body)).toBe(1);
      expect(writes(auditAfter.body)).toBe(writes(auditBefore.body));
    } finally {
      await second.stop();
    }
  }, 120_000);

  it("`npm start` serves the API and SIGTERM stops everything it started, Java included", async () => {
    const port = await freePort();
    const child: ChildProcess = spawn("npm", ["start", "--silent"], {
      cwd: join(import.meta.dirname, "../.."),
      env: { ...process.env, PORT: String(port), HB_LOCAL_INMEMORY: "1", HB_LOCAL_QUIET: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

    await expect.poll(() => output, { timeout: 60_000, interval: 200 }).toContain("HB local is running");
    expect(output).toContain(`http://127.0.0.1:${port}`);
    expect(output).toContain("curl");
    const health = await fetch(`http://127.0.0.1:${port}/v1/health`);
    expect(health.status).toBe(200);

    const started = descendants(child.pid!);
    const java = started.filter((process) => process.args.includes("DynamoDBLocal"));
    expect(java).toHaveLength(1);

    // What Ctrl-C does in a terminal: the signal reaches the whole process group.
    for (const process of [child.pid!, ...started.map((row) => row.pid)]) {
      try {
        globalThis.process.kill(process, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await exited;
    await expect.poll(() => started.filter((process) => alive(process.pid)), { timeout: 10_000 }).toEqual([]);
  }, 120_000);
});
