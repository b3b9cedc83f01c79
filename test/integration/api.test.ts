import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routes } from "@hb/api/routes";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { personToken } from "../support/fixtures";
import { approvedProvider } from "../support/settlement";

let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
const worker = "role=worker&sub=worker-1";
const admin = "role=admin&sub=admin-1";

/** A valid personal identity code for a given individual number, so each test gets its own person. */
function personalId(individual: number, sign = "-"): string {
  const nine = `150585${String(individual).padStart(3, "0")}`;
  return `150585${sign}${String(individual).padStart(3, "0")}${personalIdCheckCharacter(nine)}`;
}

const newClient = (id: string, extra: Record<string, unknown> = {}) => ({
  personalId: id,
  firstName: "Aino",
  lastName: "Virtanen",
  municipality: "Rovaniemi",
  language: "fi",
  ...extra,
});

/** Registers a client with the code; the client's own token (they sign in with the code). */
async function clientWith(code: string, sub: string): Promise<{ clientId: string; token: string }> {
  const created = await api.call("POST", "/v1/clients", { as: worker, body: newClient(code) });
  expect(created.status).toBe(201);
  return { clientId: created.body.clientId, token: personToken(code, sub) };
}

/** Registers the person with the code as the client's representative (`view`); their token. */
async function representativeOf(clientId: string, code: string, sub: string): Promise<string> {
  const added = await api.call("POST", `/v1/clients/${clientId}/representatives`, {
    as: worker,
    body: { personalId: code, name: "Eero Edustaja", relationship: "veli", permission: "view", basis: "client-authorisation" },
  });
  expect(added.status).toBe(201);
  return personToken(code, sub);
}

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
});
afterAll(() => runtime?.stop());

describe("meta routes", () => {
  it("answers health without a token", async () => {
    const response = await api.call("GET", "/v1/health");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: "ok", area: "demo" });
  });

  it("documents every route of the route table, and nothing else, in OpenAPI 3.1", async () => {
    const { status, body } = await api.call("GET", "/v1/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    const documented = Object.entries(body.paths as Record<string, Record<string, { operationId: string }>>).flatMap(
      ([path, operations]) => Object.entries(operations).map(([method, operation]) => `${method.toUpperCase()} ${path} ${operation.operationId}`),
    );
    expect(documented.sort()).toEqual(routes.map((route) => `${route.method} ${route.path} ${route.id}`).sort());
    const createClient = body.paths["/v1/clients"].post;
    expect(createClient.requestBody.content["application/json"].schema.$ref).toBe("#/components/schemas/CreateClient");
    expect(createClient.responses["422"].content["application/problem+json"]).toEqual({ schema: { $ref: "#/components/schemas/Problem" } });
    expect(body.paths["/v1/health"].get.security).toEqual([]);
  });

  it("answers an unknown route with a problem, not a stack trace", async () => {
    const response = await api.call("GET", "/v1/no-such-thing", { as: worker });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body.code).toBe("ROUTE_NOT_FOUND");
  });

  it("refuses a missing or forged token with 401", async () => {
    expect((await api.call("GET", "/v1/catalogue/services")).body.code).toBe("UNAUTHENTICATED");
    const forged = await api.call("GET", "/v1/catalogue/services", { headers: { authorization: "Bearer abc.def.ghi" } });
    expect(forged.status).toBe(401);
  });

  it("refuses an unknown role at /dev/token", async () => {
    const response = await fetch(`${runtime.url}/dev/token?role=superuser`);
    expect(response.status).toBe(422);
  });
});

describe("catalogue", () => {
  it("lets every role read the 8 demo services, page by page with an opaque cursor", async () => {
    const client = await clientWith(personalId(11), "catalogue-client");
    const callers = {
      worker,
      client: client.token,
      representative: await representativeOf(client.clientId, personalId(12), "catalogue-rep"),
      provider: (await approvedProvider(api, "catalogue-provider")).providerToken,
      finance: "role=finance",
      admin: "role=admin",
    };
    for (const [role, as] of Object.entries(callers)) {
      const response = await api.call("GET", "/v1/catalogue/services", { as });
      expect(response.status, role).toBe(200);
      expect(response.body.items).toHaveLength(8);
    }
    const codes: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = cursor ? `limit=3&cursor=${encodeURIComponent(cursor)}` : "limit=3";
      const { body } = await api.call("GET", `/v1/catalogue/services?${query}`, { as: worker });
      codes.push(...body.items.map((service: { code: string }) => service.code));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(codes).size).toBe(8);
    expect(codes).toContain("HENKILOKOHTAINEN_APU");
  });

  it("refuses a tampered cursor and an out-of-range limit", async () => {
    const tampered = await api.call("GET", "/v1/catalogue/services?cursor=bm90LWEta2V5", { as: worker });
    expect(tampered.status).toBe(400);
    expect(tampered.body.code).toBe("INVALID_CURSOR");
    const limit = await api.call("GET", "/v1/catalogue/services?limit=1000", { as: worker });
    expect(limit.status).toBe(422);
    expect(limit.body.errors[0].path).toBe("/query/limit");
  });

  it("lets an admin create and then change a service; the version counts changes", async () => {
    const service = {
      unit: "visit",
      referenceUnitCostCents: 4500,
      timeBanded: false,
      bundles: ["HEBU_PAIVATOIMINTA_HAPU_KOTIHOITO"],
      name: { fi: "Tukikäynti", sv: "Stödbesök", en: "Support visit" },
    };
    const created = await api.call("PUT", "/v1/catalogue/services/TUKIKAYNTI", { as: admin, body: service });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: "TUKIKAYNTI", version: 1, referenceUnitCostCents: 4500 });
    const changed = await api.call("PUT", "/v1/catalogue/services/TUKIKAYNTI", {
      as: admin,
      body: { ...service, referenceUnitCostCents: 4800 },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, referenceUnitCostCents: 4800 });
  });

  it("refuses catalogue changes from a worker, unknown bundles and bad fields", async () => {
    const body = { unit: "hour", referenceUnitCostCents: 100, timeBanded: true, bundles: ["NOPE"], name: { fi: "x", en: "x" } };
    expect((await api.call("PUT", "/v1/catalogue/services/X_Y", { as: worker, body })).status).toBe(403);
    const unknownBundle = await api.call("PUT", "/v1/catalogue/services/X_Y", { as: admin, body });
    expect(unknownBundle.status).toBe(422);
    expect(unknownBundle.body).toMatchObject({ code: "UNKNOWN_BUNDLE", errors: [{ path: "/body/bundles/0" }] });
    const bad = await api.call("PUT", "/v1/catalogue/services/lower", {
      as: admin,
      body: { ...body, unit: "week", referenceUnitCostCents: 1.5 },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(
      ["/body/referenceUnitCostCents", "/body/unit", "/params/code"].sort(),
    );
  });
});

describe("clients", () => {
  it("registers a client and finds it by personal identity code, however it is typed", async () => {
    const code = personalId(101, "Y");
    const created = await api.call("POST", "/v1/clients", { as: worker, body: newClient(code) });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/v1/clients/${created.body.clientId}`);
    expect(created.headers.get("etag")).toBe('"1"');
    expect(created.body).toMatchObject({ personalId: code, birthDate: "1985-05-15", hbStatus: "not-started", version: 1 });

    const found = await api.call("GET", `/v1/clients?personalId=${encodeURIComponent(` ${code.toLowerCase()} `)}`, { as: worker });
    expect(found.status).toBe(200);
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0]).toMatchObject({ clientId: created.body.clientId, personalId: code });

    // Same date, number and check character but another century sign is another person's code.
    const other = await api.call("GET", `/v1/clients?personalId=${personalId(101, "-")}`, { as: worker });
    expect(other.body.items).toEqual([]);
  });

  it("refuses a second client with the same code, also under concurrent requests", async () => {
    const code = personalId(202);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => api.call("POST", "/v1/clients", { as: worker, body: newClient(code) })),
    );
    expect(results.filter((result) => result.status === 201)).toHaveLength(1);
    const refused = results.filter((result) => result.status === 409);
    expect(refused).toHaveLength(7);
    expect(refused[0]!.body.code).toBe("DUPLICATE_CLIENT");
  });

  it("answers a bad code with 422 problem+json naming the field, in the caller's language", async () => {
    const bad = personalId(303).slice(0, -1) + "X";
    const fi = await api.call("POST", "/v1/clients", { as: worker, body: newClient(bad) });
    expect(fi.status).toBe(422);
    expect(fi.headers.get("content-type")).toBe("application/problem+json");
    expect(fi.body).toMatchObject({
      type: "urn:hb:problem:validation-failed",
      status: 422,
      code: "VALIDATION_FAILED",
      errors: [{ path: "/body/personalId", code: "INVALID_PERSONAL_ID" }],
    });
    expect(fi.body.detail).toMatch(/Korjaa/);
    const sv = await api.call("POST", "/v1/clients", { as: worker, body: newClient(bad), headers: { "accept-language": "sv-FI, en;q=0.5" } });
    expect(sv.body.errors[0].message).toMatch(/Personbeteckningen/);
    const en = await api.call("GET", `/v1/clients?personalId=${bad}`, { as: worker, headers: { "accept-language": "en" } });
    expect(en.status).toBe(422);
    expect(en.body.errors[0]).toMatchObject({ path: "/query/personalId", message: expect.stringMatching(/not a valid/) });
  });

  it("refuses malformed JSON, a wrong content type and unknown fields with 4xx", async () => {
    const malformed = await api.call("POST", "/v1/clients", { as: worker, body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe("MALFORMED_REQUEST");
    const wrongType = await api.call("POST", "/v1/clients", {
      as: worker,
      body: "personalId=1",
      headers: { "content-type": "text/plain" },
    });
    expect(wrongType.status).toBe(415);
    const extra = await api.call("POST", "/v1/clients", { as: worker, body: newClient(personalId(304), { role: "admin" }) });
    expect(extra.status).toBe(422);
    expect(extra.body.errors[0].code).toBe("unrecognized_keys");
    const empty = await api.call("POST", "/v1/clients", { as: worker });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].path).toBe("/body");
  });

  it("shows a client only to workers, to the client and to representatives named on the record", async () => {
    const { clientId, token } = await clientWith(personalId(405), "c-405");
    const own = await api.call("GET", `/v1/clients/${clientId}`, { as: token });
    expect(own.status).toBe(200);
    expect(own.body.firstName).toBe("Aino");
    expect(own.body.personalId).toBeUndefined();
    expect(own.body.birthDate).toBeUndefined();

    const other = await clientWith(personalId(407), "c-1");
    const otherClient = await api.call("GET", `/v1/clients/${clientId}`, { as: other.token });
    expect(otherClient.status).toBe(403);
    expect(otherClient.body.code).toBe("FORBIDDEN");
    // Representing some client is not enough: this client's record must name the representative.
    const unnamed = await api.call("GET", `/v1/clients/${clientId}`, { as: await representativeOf(other.clientId, personalId(408), "r-1") });
    expect(unnamed.status).toBe(403);
    const named = await api.call("GET", `/v1/clients/${clientId}`, { as: await representativeOf(clientId, personalId(409), "r-2") });
    expect(named.status).toBe(200);
    const asProvider = await api.call("GET", `/v1/clients/${clientId}`, { as: (await approvedProvider(api, "p1")).providerToken });
    expect(asProvider.status).toBe(403);
    expect((await api.call("POST", "/v1/clients", { as: token, body: newClient(personalId(406)) })).status).toBe(403);
  });

  it("shows a worker the code on the record (opened from its sealed form); change answers leave it out", async () => {
    const code = personalId(410);
    const { body: created } = await api.call("POST", "/v1/clients", { as: worker, body: newClient(code) });
    const read = await api.call("GET", `/v1/clients/${created.clientId}`, { as: worker });
    expect(read.body).toMatchObject({ clientId: created.clientId, personalId: code, birthDate: "1985-05-15" });
    const changed = await api.call("PATCH", `/v1/clients/${created.clientId}`, { as: worker, body: { municipality: "Inari" } });
    expect(changed.status).toBe(200);
    expect(changed.body.personalId).toBeUndefined();
    expect(changed.body.birthDate).toBe("1985-05-15");
    const status = await api.call("POST", `/v1/clients/${created.clientId}/hb-status`, { as: worker, body: { status: "active", reason: "Haluaa HB:n" } });
    expect(status.status).toBe(200);
    expect(status.body.personalId).toBeUndefined();
  });

  it("tells a worker 404 for an unknown id and 422 for a malformed one", async () => {
    const missing = await api.call("GET", "/v1/clients/00000000-0000-4000-8000-000000000099", { as: worker });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toMatch(/client/);
    const malformed = await api.call("GET", "/v1/clients/not-an-id", { as: worker });
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors[0].path).toBe("/params/clientId");
  });

  it("changes a client with If-Match and refuses a stale version with 412", async () => {
    const { body: client } = await api.call("POST", "/v1/clients", { as: worker, body: newClient(personalId(507)) });
    const changed = await api.call("PATCH", `/v1/clients/${client.clientId}`, {
      as: worker,
      body: { municipality: "Kemi", language: "sv" },
      headers: { "if-match": '"1"' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ municipality: "Kemi", language: "sv", version: 2, firstName: "Aino" });
    expect(changed.headers.get("etag")).toBe('"2"');
    const stale = await api.call("PATCH", `/v1/clients/${client.clientId}`, {
      as: worker,
      body: { municipality: "Tornio" },
      headers: { "if-match": '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe("VERSION_MISMATCH");
    const nothing = await api.call("PATCH", `/v1/clients/${client.clientId}`, { as: worker, body: {} });
    expect(nothing.status).toBe(422);
    expect(nothing.body.errors[0].code).toBe("NO_CHANGES");
    const personalIdChange = await api.call("PATCH", `/v1/clients/${client.clientId}`, { as: worker, body: { personalId: personalId(508) } });
    expect(personalIdChange.status).toBe(422);
    const missing = await api.call("PATCH", "/v1/clients/00000000-0000-4000-8000-000000000098", { as: worker, body: { municipality: "Kemi" } });
    expect(missing.status).toBe(404);
  });

  it("audits every read and write in the request itself, and what changed through the change stream", async () => {
    const code = personalId(609);
    const { body: client } = await api.call("POST", "/v1/clients", { as: worker, body: newClient(code) });
    await api.call("GET", `/v1/clients/${client.clientId}`, { as: worker, headers: { "x-hb-purpose": "palvelutarpeen arviointi" } });
    await api.call("PATCH", `/v1/clients/${client.clientId}`, { as: "role=worker&sub=worker-2", body: { lastName: "Korhonen" } });
    await runtime.settle();
    const { status, body } = await api.call("GET", `/v1/audit?clientId=${client.clientId}`, { as: admin });
    expect(status).toBe(200);
    const entries = body.items as { kind: string; action: string; actor: { sub: string }; purpose?: string; changedFields?: string[] }[];
    expect(entries.map((entry) => `${entry.kind}:${entry.action}:${entry.actor.sub}`).sort()).toEqual(
      [
        "write:clients.create:worker-1",
        "read:clients.get:worker-1",
        "write:clients.patch:worker-2",
        "change:INSERT:worker-1",
        "change:MODIFY:worker-2",
      ].sort(),
    );
    expect(entries.find((entry) => entry.kind === "read")?.purpose).toBe("palvelutarpeen arviointi");
    expect(entries.find((entry) => entry.action === "MODIFY")?.changedFields).toEqual(["lastName"]);
    expect(JSON.stringify(body)).not.toContain(code);
    expect((await api.call("GET", `/v1/audit?clientId=${client.clientId}`, { as: worker })).status).toBe(403);
  });
});
