import { DynamoDBClient, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keys } from "@hb/core/keys";
import { getCurrentServicePlan, getServicePlan } from "@hb/core/service-plans/repository";
import { servicePlanSchema } from "@hb/core/service-plans/schemas";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { freshPersonalId, personToken } from "../support/fixtures";
import { approvedProvider } from "../support/settlement";

let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let table: DynamoDBClient;
const worker = "role=worker&sub=worker-1";

/** Every call of this file: bad input and refusals are 4xx, never a 500. */
async function call(method: string, path: string, options: Parameters<ReturnType<typeof apiClient>["call"]>[2] = {}) {
  const response = await api.call(method, path, options);
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
  return response;
}

function personalId(individual: number): string {
  const nine = `150585${String(individual).padStart(3, "0")}`;
  return `150585-${String(individual).padStart(3, "0")}${personalIdCheckCharacter(nine)}`;
}

let nextIndividual = 2;
/** The personal identity code of each client made here, by client id: the client signs in with it. */
const personalIds = new Map<string, string>();
async function newClient(): Promise<string> {
  const code = personalId(nextIndividual++);
  const { status, body } = await call("POST", "/v1/clients", {
    as: worker,
    body: { personalId: code, firstName: "Aino", lastName: "Virtanen", municipality: "Rovaniemi", language: "fi" },
  });
  expect(status).toBe(201);
  personalIds.set(body.clientId, code);
  return body.clientId as string;
}

/** Names the person on the client's register of representatives. */
async function addRepresentative(clientId: string, code: string, permission: "view" | "act"): Promise<void> {
  const added = await call("POST", `/v1/clients/${clientId}/representatives`, {
    as: worker,
    body: { personalId: code, name: "Eero Virtanen", relationship: "isä", permission, basis: "client-authorisation" },
  });
  expect(added.status).toBe(201);
}

/** Changes the client record directly: the hb-status route is not this file's subject. */
async function setOnClient(clientId: string, fields: Record<string, unknown>): Promise<void> {
  const names = Object.fromEntries(Object.keys(fields).map((field, index) => [`#f${index}`, field]));
  const values = Object.fromEntries(Object.values(fields).map((value, index) => [`:f${index}`, value]));
  await table.send(
    new UpdateItemCommand({
      TableName: runtime.tableName,
      Key: marshall(keys.Client.key({ clientId })),
      UpdateExpression: `SET ${Object.keys(names).map((name, index) => `${name} = :f${index}`).join(", ")}`,
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: marshall(values),
    }),
  );
}

const assistance = {
  serviceCode: "HENKILOKOHTAINEN_APU",
  content: "Apu kodin ulkopuolella: asiointi, harrastukset ja opiskelu",
  quantity: 40,
  unit: "hour",
  per: "month",
  unitCostCents: 3600,
  costBasis: "reference-price",
};
const dayActivities = {
  serviceCode: "PAIVATOIMINTA",
  content: "Päivätoiminta neljänä päivänä viikossa",
  quantity: 4,
  unit: "day",
  per: "week",
  unitCostCents: 7250,
  costBasis: "existing-service",
  basisNote: "Nykyisen päivätoiminnan hinta 72,50 €/pv",
};

const planBody = (overrides: Record<string, unknown> = {}) => ({
  validFrom: "2027-01-01",
  validTo: "2027-12-31",
  services: [assistance, dayActivities],
  followUp: { intervalDays: 90, method: "Tapaaminen asiakkaan kotona" },
  ...overrides,
});

const plansOf = (clientId: string) => `/v1/clients/${clientId}/service-plans`;

async function refused(body: unknown, clientId: string, language = "en") {
  const response = await call("POST", plansOf(clientId), { as: worker, body, headers: { "accept-language": language } });
  expect(response.status, JSON.stringify(response.body)).toBe(422);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return response.body as { code: string; errors: { path: string; code: string; message: string }[] };
}
const pathsAndCodes = (problem: { errors: { path: string; code: string }[] }) =>
  problem.errors.map(({ path, code }) => ({ path, code }));

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  table = new DynamoDBClient({
    endpoint: runtime.dynamoEndpoint,
    region: "eu-north-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
});
afterAll(async () => {
  table?.destroy();
  await runtime?.stop();
});

describe("service plans: versions", () => {
  it("creates version 1, then version 2 that supersedes it; both stay readable, newest first", async () => {
    const clientId = await newClient();
    const first = await call("POST", plansOf(clientId), { as: worker, body: planBody() });
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(`/v1/service-plans/${first.body.planId}`);
    expect(servicePlanSchema.parse(first.body)).toEqual(first.body);
    expect(first.body).toMatchObject({
      clientId,
      version: 1,
      status: "current",
      validFrom: "2027-01-01",
      validTo: "2027-12-31",
      services: [assistance, dayActivities],
      followUp: { intervalDays: 90, method: "Tapaaminen asiakkaan kotona" },
      createdBy: { sub: "worker-1", roles: ["worker"] },
    });
    expect(Date.parse(first.body.createdAt)).not.toBeNaN();

    const second = await call("POST", plansOf(clientId), {
      as: "role=worker&sub=worker-2",
      body: planBody({ services: [{ ...assistance, quantity: 52.5, costBasis: "agreed", basisNote: "Sovittu hinta" }] }),
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ version: 2, status: "current", createdBy: { sub: "worker-2" } });
    expect(second.body.services[0].quantity).toBe(52.5);

    const list = await call("GET", plansOf(clientId), { as: worker });
    expect(list.status).toBe(200);
    expect(list.body.items.map((plan: { version: number; status: string }) => `${plan.version}:${plan.status}`)).toEqual([
      "2:current",
      "1:superseded",
    ]);
    expect(list.body.nextCursor).toBeUndefined();
    expect(list.body.items[1]).toEqual({ ...first.body, status: "superseded" });

    const old = await call("GET", `/v1/service-plans/${first.body.planId}`, { as: worker });
    expect(old.status).toBe(200);
    expect(old.body).toEqual({ ...first.body, status: "superseded" });
    expect((await call("GET", `/v1/service-plans/${second.body.planId}`, { as: worker })).body).toEqual(second.body);

    // The functions the budget reads the plan through.
    expect(await getServicePlan(first.body.planId)).toEqual({ ...first.body, status: "superseded" });
    expect(await getServicePlan(second.body.planId)).toEqual(second.body);
    expect(await getCurrentServicePlan(clientId)).toEqual(second.body);
    expect(await getServicePlan("00000000-0000-4000-8000-000000000000")).toBeUndefined();
    expect(await getCurrentServicePlan(await newClient())).toBeUndefined();
  });

  it("gives 8 concurrent plans for one client each version once, and leaves exactly one current", async () => {
    const clientId = await newClient();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        call("POST", plansOf(clientId), { as: worker, body: planBody({ followUp: { intervalDays: 30 + index, method: "Puhelu" } }) }),
      ),
    );
    for (const result of results) expect([201, 409]).toContain(result.status);
    const created = results.filter((result) => result.status === 201).map((result) => result.body);
    for (const result of results.filter((each) => each.status === 409)) expect(result.body.code).toBe("CONCURRENT_CHANGE");
    expect(created.length).toBeGreaterThanOrEqual(1);
    const versions = created.map((plan) => plan.version as number).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: created.length }, (_, index) => index + 1));

    const { body } = await call("GET", plansOf(clientId), { as: worker });
    const items = body.items as { planId: string; version: number; status: string }[];
    expect(items.map((plan) => plan.version)).toEqual([...versions].reverse());
    expect(items.filter((plan) => plan.status === "current").map((plan) => plan.version)).toEqual([created.length]);
    // The plan under its own id agrees with its version slot.
    for (const plan of items) expect((await getServicePlan(plan.planId))?.status).toBe(plan.status);
  });

  it("pages through the versions with an opaque cursor that belongs to one client's list", async () => {
    const clientId = await newClient();
    for (let index = 0; index < 3; index += 1) expect((await call("POST", plansOf(clientId), { as: worker, body: planBody() })).status).toBe(201);
    const versions: number[] = [];
    let cursor: string | undefined;
    let firstCursor: string | undefined;
    do {
      const query = cursor ? `limit=2&cursor=${encodeURIComponent(cursor)}` : "limit=2";
      const { status, body } = await call("GET", `${plansOf(clientId)}?${query}`, { as: worker });
      expect(status).toBe(200);
      versions.push(...body.items.map((plan: { version: number }) => plan.version));
      cursor = body.nextCursor;
      firstCursor ??= cursor;
    } while (cursor);
    expect(versions).toEqual([3, 2, 1]);

    const otherClient = await newClient();
    const foreign = await call("GET", `${plansOf(otherClient)}?cursor=${encodeURIComponent(firstCursor!)}`, { as: worker });
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe("INVALID_CURSOR");
    const catalogueCursor = (await call("GET", "/v1/catalogue/services?limit=1", { as: worker })).body.nextCursor as string;
    expect((await call("GET", `${plansOf(clientId)}?cursor=${catalogueCursor}`, { as: worker })).body.code).toBe("INVALID_CURSOR");
    expect((await call("GET", `${plansOf(clientId)}?cursor=bm90LWEta2V5`, { as: worker })).status).toBe(400);
    expect((await call("GET", `${plansOf(clientId)}?limit=0`, { as: worker })).body.errors[0].path).toBe("/query/limit");
    expect((await call("GET", plansOf(otherClient), { as: worker })).body).toEqual({ items: [] });
  });
});

describe("service plans: validation", () => {
  let clientId: string;
  beforeAll(async () => {
    clientId = await newClient();
  });

  it("refuses a service the catalogue lacks, and a unit that is not the catalogue's, naming each line", async () => {
    const unknown = await refused(
      planBody({ services: [assistance, { ...dayActivities, serviceCode: "EI_OLE" }, { ...dayActivities, serviceCode: "KOTIHOITO" }] }),
      clientId,
    );
    expect(unknown.code).toBe("UNKNOWN_SERVICE");
    expect(pathsAndCodes(unknown)).toEqual([
      { path: "/body/services/1/serviceCode", code: "UNKNOWN_SERVICE" },
      { path: "/body/services/2/unit", code: "UNIT_MISMATCH" },
    ]);
    expect(unknown.errors[0]!.message).toMatch(/not in the area's service catalogue/);

    const mismatch = await refused(planBody({ services: [{ ...assistance, unit: "day" }] }), clientId, "sv");
    expect(mismatch.code).toBe("UNIT_MISMATCH");
    expect(pathsAndCodes(mismatch)).toEqual([{ path: "/body/services/0/unit", code: "UNIT_MISMATCH" }]);
    expect(mismatch.errors[0]!.message).toMatch(/Enheten/);
    expect((mismatch as unknown as { detail: string }).detail).toMatch(/HENKILOKOHTAINEN_APU.*hour/);
  });

  it("refuses an end before the start, a date that does not exist and a validity over five years", async () => {
    const backwards = await refused(planBody({ validFrom: "2027-06-01", validTo: "2027-05-31" }), clientId);
    expect(backwards.code).toBe("VALIDATION_FAILED");
    expect(pathsAndCodes(backwards)).toEqual([{ path: "/body/validTo", code: "VALID_TO_BEFORE_VALID_FROM" }]);
    expect(backwards.errors[0]!.message).toMatch(/end date cannot be before/);

    const noSuchDay = await refused(planBody({ validFrom: "2027-02-29" }), clientId);
    expect(pathsAndCodes(noSuchDay)).toEqual([{ path: "/body/validFrom", code: "invalid_format" }]);
    const badDates = await refused(planBody({ validFrom: "2027-04-31", validTo: "31.12.2027" }), clientId);
    expect(badDates.errors.map((error) => error.path).sort()).toEqual(["/body/validFrom", "/body/validTo"]);
    const lastCentury = await refused(planBody({ validFrom: "1999-12-31" }), clientId);
    expect(pathsAndCodes(lastCentury)).toEqual([{ path: "/body/validFrom", code: "invalid_format" }]);

    const tooLong = await refused(planBody({ validFrom: "2027-01-01", validTo: "2032-01-01" }), clientId);
    expect(pathsAndCodes(tooLong)).toEqual([{ path: "/body/validTo", code: "VALIDITY_TOO_LONG" }]);
    const leapTooLong = await refused(planBody({ validFrom: "2028-02-29", validTo: "2033-03-01" }), clientId);
    expect(pathsAndCodes(leapTooLong)).toEqual([{ path: "/body/validTo", code: "VALIDITY_TOO_LONG" }]);

    // Exactly five years, and a single day, are fine.
    const fiveYears = await call("POST", plansOf(clientId), { as: worker, body: planBody({ validFrom: "2027-01-01", validTo: "2031-12-31" }) });
    expect(fiveYears.status).toBe(201);
    const oneDay = await call("POST", plansOf(clientId), { as: worker, body: planBody({ validFrom: "2028-02-29", validTo: "2028-02-29" }) });
    expect(oneDay.status).toBe(201);
  });

  it("refuses a quantity or cost that is not positive, too precise or too large", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ quantity: 0 }, "quantity", "too_small"],
      [{ quantity: -2 }, "quantity", "too_small"],
      [{ quantity: 1.234 }, "quantity", "TOO_MANY_DECIMALS"],
      [{ quantity: 0.1 + 0.2 }, "quantity", "TOO_MANY_DECIMALS"],
      [{ quantity: 100_000.01 }, "quantity", "too_big"],
      [{ unitCostCents: 0 }, "unitCostCents", "too_small"],
      [{ unitCostCents: -3600 }, "unitCostCents", "too_small"],
      [{ unitCostCents: 36.5 }, "unitCostCents", "invalid_type"],
      [{ unitCostCents: 100_000_001 }, "unitCostCents", "too_big"],
    ];
    for (const [change, field, code] of cases) {
      const problem = await refused(planBody({ services: [dayActivities, { ...assistance, ...change }] }), clientId);
      expect(pathsAndCodes(problem), JSON.stringify(change)).toEqual([{ path: `/body/services/1/${field}`, code }]);
    }
    const ok = await call("POST", plansOf(clientId), {
      as: worker,
      body: planBody({ services: [{ ...assistance, quantity: 0.01 }, { ...dayActivities, quantity: 100_000, unitCostCents: 100_000_000 }] }),
    });
    expect(ok.status).toBe(201);
  });

  it("refuses a service twice, no services or too many, a euro not costing 100 cents and a bad follow-up", async () => {
    const twice = await refused(planBody({ services: [assistance, dayActivities, { ...assistance, quantity: 2 }] }), clientId);
    expect(pathsAndCodes(twice)).toEqual([{ path: "/body/services/2/serviceCode", code: "DUPLICATE_SERVICE" }]);
    expect(pathsAndCodes(await refused(planBody({ services: [] }), clientId))).toEqual([{ path: "/body/services", code: "too_small" }]);
    const many = Array.from({ length: 21 }, () => assistance);
    expect(pathsAndCodes(await refused(planBody({ services: many }), clientId))).toEqual([{ path: "/body/services", code: "too_big" }]);
    const euro = { ...assistance, unit: "euro", quantity: 500, unitCostCents: 3600 };
    expect(pathsAndCodes(await refused(planBody({ services: [euro] }), clientId))).toEqual([
      { path: "/body/services/0/unitCostCents", code: "EURO_UNIT_COST" },
    ]);
    const followUp = await refused(planBody({ followUp: { intervalDays: 6, method: " " } }), clientId);
    expect(pathsAndCodes(followUp)).toEqual([
      { path: "/body/followUp/intervalDays", code: "too_small" },
      { path: "/body/followUp/method", code: "too_small" },
    ]);
    const rare = await refused(planBody({ followUp: { intervalDays: 731, method: "x" } }), clientId);
    expect(pathsAndCodes(rare)).toEqual([{ path: "/body/followUp/intervalDays", code: "too_big" }]);
  });

  it("refuses extra fields, wrong types, too-long texts and bodies that are not JSON objects", async () => {
    const before = (await call("GET", plansOf(clientId), { as: worker })).body.items.length as number;
    const extra = await refused(
      { ...planBody({ services: [{ ...assistance, grantedCents: 1 }], followUp: { intervalDays: 30, method: "x", by: "w" } }), status: "current" },
      clientId,
    );
    expect(pathsAndCodes(extra).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: "/body", code: "unrecognized_keys" },
      { path: "/body/followUp", code: "unrecognized_keys" },
      { path: "/body/services/0", code: "unrecognized_keys" },
    ]);
    const types = await refused(
      planBody({ validFrom: 20270101, services: [{ ...assistance, quantity: "40", unit: "week", per: "year", costBasis: "cheap" }], followUp: "monthly" }),
      clientId,
    );
    expect(pathsAndCodes(types).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: "/body/followUp", code: "invalid_type" },
      { path: "/body/services/0/costBasis", code: "invalid_value" },
      { path: "/body/services/0/per", code: "invalid_value" },
      { path: "/body/services/0/quantity", code: "invalid_type" },
      { path: "/body/services/0/unit", code: "invalid_value" },
      { path: "/body/validFrom", code: "invalid_type" },
    ]);
    const long = await refused(
      planBody({
        services: [{ ...assistance, content: "a".repeat(2001), basisNote: "b".repeat(1001), serviceCode: "lower case" }],
        followUp: { intervalDays: 30, method: "m".repeat(501) },
      }),
      clientId,
    );
    expect(pathsAndCodes(long).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: "/body/followUp/method", code: "too_big" },
      { path: "/body/services/0/basisNote", code: "too_big" },
      { path: "/body/services/0/content", code: "too_big" },
      { path: "/body/services/0/serviceCode", code: "invalid_format" },
    ]);
    const blank = await refused(planBody({ services: [{ ...assistance, content: "   " }] }), clientId);
    expect(pathsAndCodes(blank)).toEqual([{ path: "/body/services/0/content", code: "too_small" }]);
    expect(pathsAndCodes(await refused([planBody()], clientId))).toEqual([{ path: "/body", code: "invalid_type" }]);
    expect((await refused(undefined, clientId)).errors[0]!.path).toBe("/body");

    const malformed = await call("POST", plansOf(clientId), { as: worker, body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe("MALFORMED_REQUEST");
    const text = await call("POST", plansOf(clientId), { as: worker, body: "plan", headers: { "content-type": "text/plain" } });
    expect(text.status).toBe(415);
    // None of the refused requests made a plan.
    expect((await call("GET", plansOf(clientId), { as: worker })).body.items).toHaveLength(before);
  });

  it("answers 404 for an unknown client or plan and 422 for malformed ids", async () => {
    const missing = await call("POST", plansOf("00000000-0000-4000-8000-000000000099"), { as: worker, body: planBody() });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe("NOT_FOUND");
    expect((await call("GET", plansOf("00000000-0000-4000-8000-000000000099"), { as: worker })).status).toBe(404);
    const malformed = await call("POST", plansOf("not-an-id"), { as: worker, body: planBody() });
    expect(malformed.status).toBe(422);
    expect(pathsAndCodes(malformed.body)).toEqual([{ path: "/params/clientId", code: "invalid_format" }]);
    expect((await call("GET", plansOf("not-an-id"), { as: worker })).body.errors[0].path).toBe("/params/clientId");
    const noPlan = await call("GET", "/v1/service-plans/00000000-0000-4000-8000-000000000098", { as: worker, headers: { "accept-language": "en" } });
    expect(noPlan.status).toBe(404);
    expect(noPlan.body.detail).toMatch(/service plan/);
    expect((await call("GET", "/v1/service-plans/42", { as: worker })).body.errors[0].path).toBe("/params/planId");
  });
});

describe("service plans: who may", () => {
  it("lets only workers make plans; the client and named representatives read their own", async () => {
    const clientId = await newClient();
    const other = await newClient();
    const { body: plan } = await call("POST", plansOf(clientId), { as: worker, body: planBody() });
    const { body: otherPlan } = await call("POST", plansOf(other), { as: worker, body: planBody() });
    const asClient = personToken(personalIds.get(clientId)!, "c-1");
    const actingRepresentative = freshPersonalId();
    await addRepresentative(clientId, actingRepresentative, "act");
    const provider = (await approvedProvider(api, "p-1")).providerToken;

    for (const caller of [asClient, personToken(actingRepresentative, "r-act"), provider, "role=finance&sub=f-1", "role=admin&sub=a-1"]) {
      const response = await call("POST", plansOf(clientId), { as: caller, body: planBody() });
      expect(response.status, caller).toBe(403);
      expect(response.body.code).toBe("FORBIDDEN");
    }

    const own = await call("GET", plansOf(clientId), { as: asClient });
    expect(own.status).toBe(200);
    expect(own.body.items.map((item: { planId: string }) => item.planId)).toEqual([plan.planId]);
    expect((await call("GET", `/v1/service-plans/${plan.planId}`, { as: asClient })).status).toBe(200);
    expect((await call("GET", plansOf(other), { as: asClient })).status).toBe(403);
    expect((await call("GET", `/v1/service-plans/${otherPlan.planId}`, { as: asClient })).status).toBe(403);
    for (const caller of [provider, "role=finance&sub=f-1", "role=admin&sub=a-1"]) {
      expect((await call("GET", plansOf(clientId), { as: caller })).status, caller).toBe(403);
      expect((await call("GET", `/v1/service-plans/${plan.planId}`, { as: caller })).status, caller).toBe(403);
    }

    // A representative reads only once the client record names them.
    const representativeCode = freshPersonalId();
    const representative = personToken(representativeCode, "r-1");
    expect((await call("GET", plansOf(clientId), { as: representative })).status).toBe(403);
    await addRepresentative(clientId, representativeCode, "view");
    expect((await call("GET", plansOf(clientId), { as: representative })).status).toBe(200);
    expect((await call("GET", `/v1/service-plans/${plan.planId}`, { as: representative })).status).toBe(200);
  });

  it("refuses a plan for a client who has declined or ended HB, and keeps the earlier versions", async () => {
    const clientId = await newClient();
    expect((await call("POST", plansOf(clientId), { as: worker, body: planBody() })).status).toBe(201);
    for (const hbStatus of ["declined", "ended"]) {
      await setOnClient(clientId, { hbStatus });
      const response = await call("POST", plansOf(clientId), { as: worker, body: planBody(), headers: { "accept-language": "en" } });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: "HB_DECLINED", type: "urn:hb:problem:hb-declined" });
      expect(response.body.detail).toMatch(/declined personal budgeting/);
    }
    const list = await call("GET", plansOf(clientId), { as: worker });
    expect(list.body.items.map((plan: { version: number; status: string }) => `${plan.version}:${plan.status}`)).toEqual(["1:current"]);
    await setOnClient(clientId, { hbStatus: "active" });
    expect((await call("POST", plansOf(clientId), { as: worker, body: planBody() })).body.version).toBe(2);
  });

  it("audits the reads in the request and the writes from the change stream", async () => {
    const clientId = await newClient();
    const { body: plan } = await call("POST", plansOf(clientId), { as: worker, body: planBody() });
    await call("GET", plansOf(clientId), { as: worker, headers: { "x-hb-purpose": "seuranta" } });
    await call("GET", `/v1/service-plans/${plan.planId}`, { as: worker });
    await runtime.settle();
    const { body } = await call("GET", `/v1/audit?clientId=${clientId}&limit=100`, { as: "role=admin&sub=a-1" });
    const actions = (body.items as { kind: string; action: string }[]).map((entry) => `${entry.kind}:${entry.action}`);
    expect(actions).toEqual(
      expect.arrayContaining(["write:servicePlans.create", "read:servicePlans.list", "read:servicePlans.get", "change:INSERT"]),
    );
  });
});
