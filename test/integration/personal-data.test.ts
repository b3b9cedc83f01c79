import { readdirSync, readFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ScanCommand } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { dynamo } from "@hb/core/db";
import { auditTrailPipe, type PipeDefinition } from "@hb/core/pipes";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import { startLocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";

const worker = "role=worker&sub=worker-1";

/** A code of its own per test, and every form it could be stored in: as typed, without the century sign, digits only. */
function codeForms(individual: string) {
  const code = `130352-${individual}${personalIdCheckCharacter(`130352${individual}`)}`;
  return { code, forms: [code, code.replace("-", ""), code.slice(0, 6) + code.slice(7, 10)] };
}

const newClient = (personalId: string, lastName: string) => ({ personalId, firstName: "Aino", lastName, municipality: "Inari", language: "fi" });

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("personal identity codes at rest", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "hb-at-rest-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("DynamoDB Local's data files hold no code in any form after a client is created, read, found and changed", async () => {
    const { code, forms } = codeForms("771");
    const runtime = await startLocalRuntime({ port: 0, dataDir, tableName: "hb-local", quiet: true });
    const lastName = "Kivirannan-Lokitesti";
    try {
      const api = apiClient(runtime);
      const created = await api.call("POST", "/v1/clients", { as: worker, body: newClient(code, lastName) });
      expect(created.status).toBe(201);
      const clientId: string = created.body.clientId;
      expect((await api.call("GET", `/v1/clients/${clientId}`, { as: worker })).body.personalId).toBe(code);
      expect((await api.call("GET", `/v1/clients?personalId=${code}`, { as: worker })).body.items[0].clientId).toBe(clientId);
      expect((await api.call("PATCH", `/v1/clients/${clientId}`, { as: worker, body: { municipality: "Utsjoki" } })).status).toBe(200);
      await runtime.settle(); // the audit trail has written its change entries too
    } finally {
      await runtime.stop(); // DynamoDB Local has written everything to its files
    }
    const files = filesUnder(join(dataDir, "dynamodb"));
    expect(files.some((file) => file.endsWith(".db"))).toBe(true);
    const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
    // The scan sees the data: the client's name is stored in clear, and so is its sealed code.
    expect(bytes.includes(Buffer.from(lastName))).toBe(true);
    expect(bytes.includes(Buffer.from("pd1.A256GCM."))).toBe(true);
    for (const form of forms) expect(bytes.includes(Buffer.from(form)), form).toBe(false);
    // Nor anything else the runtime keeps in its data directory (keys, checkpoints).
    for (const file of filesUnder(dataDir)) {
      for (const form of forms) expect(readFileSync(file).includes(Buffer.from(form)), `${file}: ${form}`).toBe(false);
    }
  }, 180_000);
});

describe("personal identity codes in motion", () => {
  it("the table's stream records and the audit-trail queue's messages of a client change hold only the sealed code", async () => {
    // The audit-trail pipe's filters, with a consumer that keeps each message body as it arrived.
    const capturePipe: PipeDefinition = {
      ...auditTrailPipe,
      name: "capture",
      consumer: { ...auditTrailPipe.consumer, handler: "test/support/capture-consumer.handler" },
    };
    const runtime = await startTestRuntime({ pipes: [capturePipe] });
    try {
      const api = apiClient(runtime);
      const { code, forms } = codeForms("772");
      const created = await api.call("POST", "/v1/clients", { as: worker, body: newClient(code, "Virtasen-Virtatesti") });
      expect(created.status).toBe(201);
      await api.call("PATCH", `/v1/clients/${created.body.clientId}`, { as: worker, body: { lastName: "Korhosen-Virtatesti" } });
      await runtime.settle();

      const scanned = await dynamo().send(new ScanCommand({ TableName: runtime.tableName, ConsistentRead: true }));
      const bodies = (scanned.Items ?? [])
        .map((item) => unmarshall(item))
        .filter((item) => item.type === "CapturedMessage")
        .map((item) => String(item.body))
        .filter((body) => body.includes(created.body.clientId));
      // INSERT and MODIFY of the client, each carrying the sealed code in its images.
      expect(bodies.filter((body) => JSON.parse(body).dynamodb.NewImage?.type?.S === "Client").map((body) => JSON.parse(body).eventName).sort()).toEqual([
        "INSERT",
        "MODIFY",
      ]);
      for (const body of bodies) {
        expect(body).toContain("pd1.A256GCM.");
        for (const form of forms) expect(body.includes(form), form).toBe(false);
      }
    } finally {
      await runtime.stop();
    }
  });
});
