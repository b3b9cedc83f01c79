import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { type Api, freshBusinessId, freshPersonalId, personToken, providerApplicationBody, workerToken } from "../support/fixtures";

/**
 * The identity code never reaches a log line: every line the handlers, the
 * authorizer and the consumers write while people sign in with their codes,
 * are looked up, registered and invited is captured and searched.
 */
let runtime: LocalRuntime;
let api: Api;
const lines: string[] = [];
const writes = { stdout: process.stdout.write.bind(process.stdout), stderr: process.stderr.write.bind(process.stderr) };

beforeAll(async () => {
  // Every level, so that a debug line with a code would be caught too.
  process.env.POWERTOOLS_LOG_LEVEL = "DEBUG";
  for (const stream of ["stdout", "stderr"] as const) {
    process[stream].write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      lines.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return (writes[stream] as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write;
  }
  runtime = await startTestRuntime({ quiet: false });
  api = apiClient(runtime);
});
afterAll(async () => {
  await runtime?.stop();
  process.stdout.write = writes.stdout as typeof process.stdout.write;
  process.stderr.write = writes.stderr as typeof process.stderr.write;
});

describe("logs", () => {
  it("hold no personal identity code of a client, a representative or provider staff", async () => {
    const client = freshPersonalId();
    const representative = freshPersonalId();
    const staff = freshPersonalId();
    const member = freshPersonalId();
    const created = await api.call("POST", "/v1/clients", {
      as: workerToken,
      body: { personalId: client, firstName: "Loki", lastName: "Tarkastus", municipality: "Inari", language: "fi" },
    });
    expect(created.status).toBe(201);
    const clientId = created.body.clientId;
    expect((await api.call("GET", `/v1/clients?personalId=${client}`, { as: workerToken })).status).toBe(200);
    expect((await api.call("GET", `/v1/clients/${clientId}`, { as: personToken(client) })).status).toBe(200);
    expect(
      (
        await api.call("POST", `/v1/clients/${clientId}/representatives`, {
          as: workerToken,
          body: { personalId: representative, name: "Lokin Edustaja", relationship: "veli", permission: "view", basis: "suomifi-mandate" },
        })
      ).status,
    ).toBe(201);
    expect((await api.call("GET", `/v1/clients/${clientId}`, { as: personToken(representative) })).status).toBe(200);
    // Refused and invalid requests log too.
    expect((await api.call("POST", `/v1/clients/${clientId}/support-plans`, { as: personToken(representative), body: { wishes: "x", goals: [], preferredServices: [] } })).status).toBe(403);
    expect((await api.call("GET", `/v1/clients?personalId=${client.slice(0, 10)}X`, { as: workerToken })).status).toBe(422);
    const applied = await api.call("POST", "/v1/provider-applications", { as: personToken(staff), body: providerApplicationBody(freshBusinessId()) });
    const approved = await api.call("POST", `/v1/provider-applications/${applied.body.applicationId}/decision`, {
      as: "role=admin&sub=admin-1",
      body: { outcome: "approved", reason: "OK" },
    });
    expect(
      (await api.call("POST", `/v1/providers/${approved.body.providerId}/members`, { as: personToken(staff), body: { personalId: member, name: "Loki Jäsen" } })).status,
    ).toBe(201);
    expect((await api.call("GET", `/v1/providers/${approved.body.providerId}/members`, { as: personToken(member) })).status).toBe(200);
    await runtime.settle();

    const text = lines.join("");
    // The capture works: the requests above were logged.
    expect(text).toContain('"request served"');
    expect(text).toContain('"request refused"');
    for (const code of [client, representative, staff, member]) {
      expect(text).not.toContain(code);
      expect(text).not.toContain(code.replace(/[-+A-Z]/g, ""));
    }
  });
});
