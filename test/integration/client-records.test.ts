import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { businessDate } from "@hb/core/dates";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime, testToday, testNow } from "../setup/runtime";
import { personToken } from "../support/fixtures";
import { approvedProvider } from "../support/settlement";

let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
const worker = "role=worker&sub=worker-1";
const admin = "role=admin&sub=admin-1";
const missingClient = "00000000-0000-4000-8000-000000000099";

let nextIndividual = 100;
/** A valid personal identity code of a new person. */
function personalId(): string {
  const individual = String((nextIndividual += 1)).padStart(3, "0");
  return `010190-${individual}${personalIdCheckCharacter(`010190${individual}`)}`;
}

/** The personal identity code of each client made here, by client id: the client signs in with it. */
const clientCodes = new Map<string, string>();
async function newClient(): Promise<string> {
  const code = personalId();
  const created = await api.call("POST", "/v1/clients", {
    as: worker,
    body: { personalId: code, firstName: "Eino", lastName: "Mäkinen", municipality: "Kemi", language: "fi" },
  });
  expect(created.status).toBe(201);
  clientCodes.set(created.body.clientId, code);
  return created.body.clientId as string;
}
/** The client's own token. */
const clientToken = (clientId: string, sub: string) => personToken(clientCodes.get(clientId)!, sub);

const assessment = (extra: Record<string, unknown> = {}) => ({
  assessedOn: "2025-03-14",
  needs: [
    { area: "liikkuminen", description: "Tarvitsee saattajan asiointimatkoille.", serviceCodes: ["HENKILOKOHTAINEN_APU"] },
    { area: "asuminen", description: "Tarvitsee tukea arjen askareissa kotona.", serviceCodes: [] },
  ],
  ...extra,
});

const supportPlan = (extra: Record<string, unknown> = {}) => ({
  wishes: "Haluan käydä itse kaupassa ja harrastaa uintia.",
  goals: ["Uimahalliin kerran viikossa", "Oma koti vuoden sisällä"],
  preferredServices: ["HENKILOKOHTAINEN_APU"],
  ...extra,
});

/** The body that registers the person with the code as a representative. */
const representative = (code: string, permission: "view" | "act", extra: Record<string, unknown> = {}) => ({
  personalId: code,
  name: "Liisa Mäkinen",
  relationship: "sisar",
  permission,
  basis: "client-authorisation",
  ...extra,
});

/** The entry a registration makes, as the API shows it: with its id, without the personal identity code. */
const entryOf = ({ personalId: _code, ...entry }: ReturnType<typeof representative>) => ({ representativeId: expect.any(String), ...entry });

/** The representative's id in the client's register, by the entry's name. */
const idOf = (client: { representatives: { name: string; representativeId: string }[] }, name: string) =>
  client.representatives.find((entry) => entry.name === name)!.representativeId;

/** Every refusal is problem+json with a stable code and a message, never a 500. */
function expectProblem(response: { status: number; headers: Headers; body: any }, status: number, code?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.body).toMatchObject({ status, type: expect.stringMatching(/^urn:hb:problem:/), title: expect.any(String), detail: expect.any(String) });
  if (code) expect(response.body.code).toBe(code);
}

const paths = (response: { body: any }): string[] => (response.body.errors ?? []).map((error: { path: string }) => error.path).sort();

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
});
afterAll(() => runtime?.stop());

describe("service needs assessments", () => {
  it("lets a worker record an assessment; the worker, the client and a representative read it", async () => {
    const clientId = await newClient();
    const created = await api.call("POST", `/v1/clients/${clientId}/assessments`, {
      as: worker,
      body: assessment({ assessedOn: testToday, needs: [{ area: "  asuminen ", description: "Tukea kotona.", serviceCodes: ["TUETTU_ASUMINEN", "KOTIHOITO"] }] }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      clientId,
      assessedOn: testToday,
      needs: [{ area: "asuminen", description: "Tukea kotona.", serviceCodes: ["TUETTU_ASUMINEN", "KOTIHOITO"] }],
      recordedBy: { sub: "worker-1", roles: ["worker"] },
    });
    expect(created.body.assessmentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(created.body.createdAt)).not.toBeNaN();

    const representativeCode = personalId();
    expect((await api.call("POST", `/v1/clients/${clientId}/representatives`, { as: worker, body: representative(representativeCode, "view") })).status).toBe(201);
    for (const as of [worker, clientToken(clientId, "c-a1"), personToken(representativeCode, "rep-a1")]) {
      const listed = await api.call("GET", `/v1/clients/${clientId}/assessments`, { as });
      expect(listed.status, as).toBe(200);
      expect(listed.body.items).toEqual([created.body]);
      expect(listed.body.nextCursor).toBeUndefined();
    }
  });

  it("lists newest first, page by page, and refuses a cursor of another list", async () => {
    const clientId = await newClient();
    const ids: string[] = [];
    for (const assessedOn of ["2024-01-10", "2024-06-10", "2025-01-10"]) {
      const created = await api.call("POST", `/v1/clients/${clientId}/assessments`, { as: worker, body: assessment({ assessedOn }) });
      expect(created.status).toBe(201);
      ids.push(created.body.assessmentId);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const first = await api.call("GET", `/v1/clients/${clientId}/assessments?limit=2`, { as: worker });
    expect(first.status).toBe(200);
    expect(first.body.items.map((item: { assessmentId: string }) => item.assessmentId)).toEqual([ids[2], ids[1]]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.call("GET", `/v1/clients/${clientId}/assessments?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`, {
      as: worker,
    });
    expect(second.status).toBe(200);
    expect(second.body.items.map((item: { assessmentId: string }) => item.assessmentId)).toEqual([ids[0]]);
    expect(second.body.nextCursor).toBeUndefined();

    // A cursor is only good for the list it came from.
    const otherClient = await newClient();
    const foreign = await api.call(
      "GET",
      `/v1/clients/${otherClient}/assessments?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      { as: worker },
    );
    expectProblem(foreign, 400, "INVALID_CURSOR");
    const catalogue = await api.call("GET", "/v1/catalogue/services?limit=1", { as: worker });
    const wrongList = await api.call(
      "GET",
      `/v1/clients/${clientId}/assessments?cursor=${encodeURIComponent(catalogue.body.nextCursor)}`,
      { as: worker },
    );
    expectProblem(wrongList, 400, "INVALID_CURSOR");
    expectProblem(await api.call("GET", `/v1/clients/${clientId}/assessments?cursor=bm90LWEta2V5`, { as: worker }), 400, "INVALID_CURSOR");
  });

  it("refuses bad input with 4xx problem+json naming the fields", async () => {
    const clientId = await newClient();
    const url = `/v1/clients/${clientId}/assessments`;
    const post = (body: unknown, headers?: Record<string, string>) => api.call("POST", url, { as: worker, body, headers });

    const empty = await api.call("POST", url, { as: worker });
    expectProblem(empty, 422, "VALIDATION_FAILED");
    expect(paths(empty)).toEqual(["/body"]);
    expect(paths(await post({}))).toEqual(["/body/assessedOn", "/body/needs"]);
    const extra = await post(assessment({ score: 5 }));
    expectProblem(extra, 422, "VALIDATION_FAILED");
    expect(extra.body.errors[0]).toMatchObject({ path: "/body", code: "unrecognized_keys" });
    const extraInNeed = await post(assessment({ needs: [{ area: "a", description: "b", serviceCodes: [], priority: 1 }] }));
    expect(extraInNeed.body.errors[0]).toMatchObject({ path: "/body/needs/0", code: "unrecognized_keys" });
    const wrongTypes = await post({ assessedOn: 20250314, needs: "liikkuminen" });
    expectProblem(wrongTypes, 422, "VALIDATION_FAILED");
    expect(paths(wrongTypes)).toEqual(["/body/assessedOn", "/body/needs"]);
    const wrongNeedTypes = await post(assessment({ needs: [{ area: 1, description: null, serviceCodes: "KOTIHOITO" }] }));
    expect(paths(wrongNeedTypes)).toEqual(["/body/needs/0/area", "/body/needs/0/description", "/body/needs/0/serviceCodes"]);

    const impossible = await post(assessment({ assessedOn: "2026-02-30" }));
    expectProblem(impossible, 422, "VALIDATION_FAILED");
    expect(impossible.body.errors).toEqual([expect.objectContaining({ path: "/body/assessedOn", code: "invalid_format" })]);
    expect(paths(await post(assessment({ assessedOn: "14.3.2025" })))).toEqual(["/body/assessedOn"]);
    const tomorrow = businessDate(new Date(testNow.getTime() + 2 * 86_400_000));
    const future = await post(assessment({ assessedOn: tomorrow }), { "accept-language": "en" });
    expectProblem(future, 422, "VALIDATION_FAILED");
    expect(future.body.errors).toEqual([{ path: "/body/assessedOn", code: "DATE_IN_FUTURE", message: "The date cannot be in the future." }]);
    // The future is the request's business day, which the local clock moves, not the machine's.
    runtime.clock.set(new Date(testNow.getTime() - 3 * 86_400_000));
    try {
      const early = await post(assessment({ assessedOn: testToday }), { "accept-language": "sv" });
      expect(early.body.errors).toEqual([{ path: "/body/assessedOn", code: "DATE_IN_FUTURE", message: "Datumet kan inte ligga i framtiden." }]);
    } finally {
      runtime.clock.reset();
    }

    const noNeeds = await post(assessment({ needs: [] }));
    expect(noNeeds.body.errors[0]).toMatchObject({ path: "/body/needs", code: "too_small" });
    const tooMany = await post(assessment({ needs: Array.from({ length: 51 }, () => ({ area: "a", description: "b", serviceCodes: [] })) }));
    expect(tooMany.body.errors[0]).toMatchObject({ path: "/body/needs", code: "too_big" });
    const tooLong = await post(
      assessment({ needs: [{ area: "x".repeat(101), description: "y".repeat(2001), serviceCodes: [] }, { area: " ", description: "", serviceCodes: [] }] }),
    );
    expect(paths(tooLong)).toEqual(["/body/needs/0/area", "/body/needs/0/description", "/body/needs/1/area", "/body/needs/1/description"]);

    const unknown = await post(
      assessment({
        needs: [
          { area: "liikkuminen", description: "Saattaja", serviceCodes: ["HENKILOKOHTAINEN_APU"] },
          { area: "asuminen", description: "Tuki", serviceCodes: ["KOTIHOITO", "EI_OLE", "lowercase"] },
        ],
      }),
      { "accept-language": "sv" },
    );
    expectProblem(unknown, 422, "UNKNOWN_SERVICE");
    expect(unknown.body.detail).toContain("EI_OLE");
    expect(unknown.body.errors).toEqual([
      { path: "/body/needs/1/serviceCodes/1", code: "UNKNOWN_SERVICE", message: expect.stringMatching(/tjänsteförteckning/) },
      { path: "/body/needs/1/serviceCodes/2", code: "UNKNOWN_SERVICE", message: expect.stringMatching(/tjänsteförteckning/) },
    ]);

    expectProblem(await post("{not json"), 400, "MALFORMED_REQUEST");
    expectProblem(await api.call("POST", url, { as: worker, body: "x", headers: { "content-type": "text/plain" } }), 415, "UNSUPPORTED_MEDIA_TYPE");
    const missing = await api.call("POST", `/v1/clients/${missingClient}/assessments`, { as: worker, body: assessment() });
    expectProblem(missing, 404, "NOT_FOUND");
    const malformed = await api.call("POST", "/v1/clients/not-an-id/assessments", { as: worker, body: assessment() });
    expectProblem(malformed, 422, "VALIDATION_FAILED");
    expect(paths(malformed)).toEqual(["/params/clientId"]);

    // Nothing of the refused requests was written.
    expect((await api.call("GET", url, { as: worker })).body.items).toEqual([]);

    expectProblem(await api.call("GET", `/v1/clients/${missingClient}/assessments`, { as: worker }), 404, "NOT_FOUND");
    expect(paths(await api.call("GET", "/v1/clients/123/assessments", { as: worker }))).toEqual(["/params/clientId"]);
    for (const limit of ["0", "101", "abc", "1.5"]) {
      const badLimit = await api.call("GET", `${url}?limit=${limit}`, { as: worker });
      expectProblem(badLimit, 422, "VALIDATION_FAILED");
      expect(paths(badLimit)).toEqual(["/query/limit"]);
    }
  });

  it("audits a read of the assessments in the request, and the write from the change stream", async () => {
    const clientId = await newClient();
    await api.call("POST", `/v1/clients/${clientId}/assessments`, { as: worker, body: assessment() });
    await api.call("GET", `/v1/clients/${clientId}/assessments`, { as: "role=worker&sub=worker-2", headers: { "x-hb-purpose": "seuranta" } });
    await runtime.settle();
    const { status, body } = await api.call("GET", `/v1/audit?clientId=${clientId}`, { as: admin });
    expect(status).toBe(200);
    const entries = body.items as { kind: string; action: string; entity?: string; actor: { sub: string }; purpose?: string }[];
    expect(entries.find((entry) => entry.kind === "read" && entry.action === "assessments.list")).toMatchObject({
      actor: { sub: "worker-2" },
      purpose: "seuranta",
    });
    expect(entries.find((entry) => entry.kind === "write" && entry.action === "assessments.create")?.actor.sub).toBe("worker-1");
    expect(entries.find((entry) => entry.kind === "change" && entry.entity === "Assessment")).toMatchObject({
      action: "INSERT",
      actor: { sub: "worker-1" },
    });
  });
});

describe("support plans", () => {
  it("lets a client write its own support plan; the writer is kept from the token", async () => {
    const clientId = await newClient();
    const asClient = clientToken(clientId, "c-sp1");
    const created = await api.call("POST", `/v1/clients/${clientId}/support-plans`, {
      as: asClient,
      body: supportPlan({ writtenWith: "omatyöntekijä" }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      clientId,
      wishes: "Haluan käydä itse kaupassa ja harrastaa uintia.",
      goals: ["Uimahalliin kerran viikossa", "Oma koti vuoden sisällä"],
      preferredServices: ["HENKILOKOHTAINEN_APU"],
      writtenWith: "omatyöntekijä",
      writtenBy: { sub: "c-sp1", roles: ["client", "applicant"] },
    });
    expect(created.body.supportPlanId).toMatch(/^[0-9a-f-]{36}$/);
    // writtenBy cannot be claimed in the body.
    const claimed = await api.call("POST", `/v1/clients/${clientId}/support-plans`, {
      as: asClient,
      body: supportPlan({ writtenBy: { sub: "worker-1", roles: ["worker"] } }),
    });
    expectProblem(claimed, 422, "VALIDATION_FAILED");

    const byWorker = await api.call("POST", `/v1/clients/${clientId}/support-plans`, {
      as: worker,
      body: supportPlan({ goals: [], preferredServices: [] }),
    });
    expect(byWorker.status).toBe(201);
    expect(byWorker.body.writtenBy).toEqual({ sub: "worker-1", roles: ["worker"] });
    expect(byWorker.body).not.toHaveProperty("writtenWith");

    for (const as of [worker, asClient]) {
      const listed = await api.call("GET", `/v1/clients/${clientId}/support-plans`, { as });
      expect(listed.status).toBe(200);
      expect(listed.body.items).toEqual([byWorker.body, created.body]);
    }
    const first = await api.call("GET", `/v1/clients/${clientId}/support-plans?limit=1`, { as: worker });
    expect(first.body.items).toEqual([byWorker.body]);
    const second = await api.call("GET", `/v1/clients/${clientId}/support-plans?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`, {
      as: worker,
    });
    expect(second.body.items).toEqual([created.body]);
    // DynamoDB cannot know the page was the last one; the page after it is empty and has no cursor.
    if (second.body.nextCursor) {
      const third = await api.call("GET", `/v1/clients/${clientId}/support-plans?limit=1&cursor=${encodeURIComponent(second.body.nextCursor)}`, {
        as: worker,
      });
      expect(third.body).toEqual({ items: [] });
    }

    // Another client's token does not reach this client.
    const otherClient = await api.call("POST", `/v1/clients/${clientId}/support-plans`, {
      as: clientToken(await newClient(), "c-other"),
      body: supportPlan(),
    });
    expectProblem(otherClient, 403, "FORBIDDEN");
  });

  it("refuses bad input with 4xx problem+json naming the fields", async () => {
    const clientId = await newClient();
    const url = `/v1/clients/${clientId}/support-plans`;
    const post = (body: unknown, headers?: Record<string, string>) => api.call("POST", url, { as: worker, body, headers });

    expect(paths(await api.call("POST", url, { as: worker }))).toEqual(["/body"]);
    expect(paths(await post({}))).toEqual(["/body/goals", "/body/preferredServices", "/body/wishes"]);
    const extra = await post(supportPlan({ budget: 1000 }));
    expect(extra.body.errors[0]).toMatchObject({ path: "/body", code: "unrecognized_keys" });
    const wrongTypes = await post({ wishes: 5, goals: "uinti", preferredServices: [1], writtenWith: false });
    expectProblem(wrongTypes, 422, "VALIDATION_FAILED");
    expect(paths(wrongTypes)).toEqual(["/body/goals", "/body/preferredServices/0", "/body/wishes", "/body/writtenWith"]);
    const tooLong = await post(
      supportPlan({ wishes: "x".repeat(5001), goals: ["ok", "y".repeat(501), ""], writtenWith: "z".repeat(201) }),
    );
    expect(paths(tooLong)).toEqual(["/body/goals/1", "/body/goals/2", "/body/wishes", "/body/writtenWith"]);
    expect(paths(await post(supportPlan({ wishes: "   " })))).toEqual(["/body/wishes"]);
    expect(paths(await post(supportPlan({ goals: Array.from({ length: 31 }, (_, i) => `tavoite ${i}`) })))).toEqual(["/body/goals"]);
    const unknown = await post(supportPlan({ preferredServices: ["KOTIHOITO", "NOPE"] }), { "accept-language": "en" });
    expectProblem(unknown, 422, "UNKNOWN_SERVICE");
    expect(unknown.body.errors).toEqual([
      { path: "/body/preferredServices/1", code: "UNKNOWN_SERVICE", message: "This service is not in the area's service catalogue." },
    ]);
    expect(unknown.body.detail).toBe("The service NOPE is not in the area's service catalogue. Check the service code.");
    expectProblem(await post("[1,"), 400, "MALFORMED_REQUEST");
    expectProblem(await api.call("POST", `/v1/clients/${missingClient}/support-plans`, { as: worker, body: supportPlan() }), 404, "NOT_FOUND");
    expect(paths(await api.call("POST", "/v1/clients/x/support-plans", { as: worker, body: supportPlan() }))).toEqual(["/params/clientId"]);
    expect((await api.call("GET", url, { as: worker })).body.items).toEqual([]);

    expectProblem(await api.call("GET", `/v1/clients/${missingClient}/support-plans`, { as: worker }), 404, "NOT_FOUND");
    expect(paths(await api.call("GET", "/v1/clients/x/support-plans", { as: worker }))).toEqual(["/params/clientId"]);
    expectProblem(await api.call("GET", `${url}?limit=0`, { as: worker }), 422, "VALIDATION_FAILED");
    expectProblem(await api.call("GET", `${url}?cursor=%7B%7D`, { as: worker }), 400, "INVALID_CURSOR");
  });
});

describe("representatives", () => {
  it("adds and replaces a representative; view may read, act may also write a support plan; a removed one is refused again", async () => {
    const clientId = await newClient();
    const url = `/v1/clients/${clientId}/representatives`;
    const viewerCode = personalId();
    const actorCode = personalId();
    const viewer = personToken(viewerCode, "rep-view");
    const actor = personToken(actorCode, "rep-act");

    // Before being named on the record a person reaches nothing.
    expectProblem(await api.call("GET", `/v1/clients/${clientId}`, { as: viewer }), 403, "FORBIDDEN");

    const added = await api.call("POST", url, { as: worker, body: representative(viewerCode, "view") });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ clientId, version: 2, representatives: [entryOf(representative(viewerCode, "view"))] });
    // The representative's personal identity code never leaves the API.
    expect(JSON.stringify(added.body.representatives)).not.toContain(viewerCode);
    // A change answer does not open the sealed code: only GET /v1/clients/{clientId} shows it (to workers).
    expect(added.body.personalId).toBeUndefined();
    expect((await api.call("GET", `/v1/clients/${clientId}`, { as: worker })).body.personalId).toMatch(/^010190-\d{3}[0-9A-Y]$/);
    expect(added.headers.get("etag")).toBe('"2"');
    const second = await api.call("POST", url, { as: worker, body: representative(actorCode, "view", { name: "Matti Mäkinen", relationship: "isä" }) });
    expect(second.status).toBe(201);
    const replaced = await api.call("POST", url, { as: worker, body: representative(actorCode, "act", { name: "Matti Mäkinen", relationship: "edunvalvoja" }) });
    expect(replaced.status).toBe(200);
    expect(replaced.body.version).toBe(4);
    expect(replaced.body.representatives).toEqual([
      entryOf(representative(viewerCode, "view")),
      entryOf(representative(actorCode, "act", { name: "Matti Mäkinen", relationship: "edunvalvoja" })),
    ]);
    // Replaced, not added: the entry keeps its id.
    const actorId = idOf(second.body, "Matti Mäkinen");
    expect(idOf(replaced.body, "Matti Mäkinen")).toBe(actorId);
    // The same entry again changes nothing.
    const same = await api.call("POST", url, { as: worker, body: representative(viewerCode, "view") });
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(4);

    const seen = await api.call("GET", `/v1/clients/${clientId}`, { as: viewer });
    expect(seen.status).toBe(200);
    expect(seen.body.personalId).toBeUndefined();
    expect((await api.call("GET", `/v1/clients/${clientId}/support-plans`, { as: viewer })).status).toBe(200);
    expect((await api.call("GET", `/v1/clients/${clientId}/assessments`, { as: viewer })).status).toBe(200);
    expectProblem(await api.call("POST", `/v1/clients/${clientId}/support-plans`, { as: viewer, body: supportPlan() }), 403, "FORBIDDEN");

    const written = await api.call("POST", `/v1/clients/${clientId}/support-plans`, { as: actor, body: supportPlan({ writtenWith: "asiakas" }) });
    expect(written.status).toBe(201);
    expect(written.body.writtenBy).toEqual({ sub: "rep-act", roles: ["representative", "applicant"] });

    const unnamed = personToken(personalId(), "rep-nobody");
    expectProblem(await api.call("GET", `/v1/clients/${clientId}/assessments`, { as: unnamed }), 403, "FORBIDDEN");
    expectProblem(await api.call("POST", `/v1/clients/${clientId}/support-plans`, { as: unnamed, body: supportPlan() }), 403, "FORBIDDEN");
    // A representative with `act` on another client does not reach this one.
    const elsewhereCode = personalId();
    const elsewhere = await newClient();
    expect((await api.call("POST", `/v1/clients/${elsewhere}/representatives`, { as: worker, body: representative(elsewhereCode, "act") })).status).toBe(201);
    expectProblem(
      await api.call("GET", `/v1/clients/${clientId}/support-plans`, { as: personToken(elsewhereCode, "rep-elsewhere") }),
      403,
      "FORBIDDEN",
    );

    const removed = await api.call("DELETE", `${url}/${actorId}`, { as: worker });
    expect(removed.status).toBe(204);
    expect(removed.body).toBeUndefined();
    expectProblem(await api.call("POST", `/v1/clients/${clientId}/support-plans`, { as: actor, body: supportPlan() }), 403, "FORBIDDEN");
    expectProblem(await api.call("GET", `/v1/clients/${clientId}`, { as: actor }), 403, "FORBIDDEN");
    const again = await api.call("DELETE", `${url}/${actorId}`, { as: worker, headers: { "accept-language": "en" } });
    expectProblem(again, 404, "NOT_FOUND");
    expect(again.body.detail).toBe("The representative was not found.");

    const after = await api.call("GET", `/v1/clients/${clientId}`, { as: worker });
    expect(after.body).toMatchObject({ version: 5, representatives: [entryOf(representative(viewerCode, "view"))] });
  });

  it("removes a representative by its id, and refuses a token subject (URL-encoded) in its place", async () => {
    const clientId = await newClient();
    const added = await api.call("POST", `/v1/clients/${clientId}/representatives`, { as: worker, body: representative(personalId(), "view") });
    expect(added.status).toBe(201);
    const subject = "oidc|suomi.fi/abc 123";
    const bySubject = await api.call("DELETE", `/v1/clients/${clientId}/representatives/${encodeURIComponent(subject)}`, { as: worker });
    expectProblem(bySubject, 422, "VALIDATION_FAILED");
    expect(paths(bySubject)).toEqual(["/params/subject"]);
    const removed = await api.call("DELETE", `/v1/clients/${clientId}/representatives/${added.body.representatives[0].representativeId}`, { as: worker });
    expect(removed.status).toBe(204);
    expect((await api.call("GET", `/v1/clients/${clientId}`, { as: worker })).body.representatives).toEqual([]);
  });

  it("keeps every one of concurrent additions, and allows at most 20", async () => {
    const clientId = await newClient();
    const url = `/v1/clients/${clientId}/representatives`;
    const codes = Array.from({ length: 21 }, () => personalId());
    const nth = (i: number, permission: "view" | "act" = "view") => representative(codes[i]!, permission, { name: `Edustaja ${i}` });
    const concurrent = await Promise.all(Array.from({ length: 8 }, (_, i) => api.call("POST", url, { as: worker, body: nth(i) })));
    expect(concurrent.map((response) => response.status)).toEqual(Array(8).fill(201));
    const client = (await api.call("GET", `/v1/clients/${clientId}`, { as: worker })).body;
    expect(client.representatives.map((entry: { name: string }) => entry.name).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `Edustaja ${i}`).sort(),
    );
    expect(client.version).toBe(9);
    // Each of them reaches the client: the register's lookup items were written with the list.
    for (let i = 0; i < 8; i += 1) expect((await api.call("GET", `/v1/clients/${clientId}`, { as: personToken(codes[i]!, `rep-${i}`) })).status).toBe(200);

    for (let i = 8; i < 20; i += 1) {
      expect((await api.call("POST", url, { as: worker, body: nth(i) })).status).toBe(201);
    }
    const full = await api.call("POST", url, { as: worker, body: nth(20), headers: { "accept-language": "en" } });
    expectProblem(full, 422, "TOO_MANY_REPRESENTATIVES");
    expect(full.body.detail).toMatch(/at most 20/);
    // Replacing an entry is still possible when the list is full.
    expect((await api.call("POST", url, { as: worker, body: nth(19, "act") })).status).toBe(200);
  });

  it("refuses bad input with 4xx problem+json naming the fields", async () => {
    const clientId = await newClient();
    const url = `/v1/clients/${clientId}/representatives`;
    const post = (body: unknown) => api.call("POST", url, { as: worker, body });

    expect(paths(await api.call("POST", url, { as: worker }))).toEqual(["/body"]);
    expect(paths(await post({}))).toEqual(["/body/basis", "/body/name", "/body/permission", "/body/personalId", "/body/relationship"]);
    const code = personalId();
    const extra = await post(representative(code, "view", { clientIds: [clientId] }));
    expect(extra.body.errors[0]).toMatchObject({ path: "/body", code: "unrecognized_keys" });
    const wrong = await post({ personalId: 1, name: ["x"], relationship: null, permission: "admin", basis: "friend" });
    expectProblem(wrong, 422, "VALIDATION_FAILED");
    expect(paths(wrong)).toEqual(["/body/basis", "/body/name", "/body/permission", "/body/personalId", "/body/relationship"]);
    const tooLong = await post(representative("s".repeat(201), "act", { name: "n".repeat(101), relationship: " " }));
    expect(paths(tooLong)).toEqual(["/body/name", "/body/personalId", "/body/relationship"]);
    expect(paths(await post(representative("", "view")))).toEqual(["/body/personalId"]);
    expectProblem(await post("{"), 400, "MALFORMED_REQUEST");
    expectProblem(await api.call("POST", `/v1/clients/${missingClient}/representatives`, { as: worker, body: representative(code, "view") }), 404, "NOT_FOUND");
    expect(paths(await api.call("POST", "/v1/clients/nope/representatives", { as: worker, body: representative(code, "view") }))).toEqual([
      "/params/clientId",
    ]);
    expect((await api.call("GET", `/v1/clients/${clientId}`, { as: worker })).body).toMatchObject({ version: 1, representatives: [] });

    const nobody = "00000000-0000-4000-8000-00000000b0d7";
    const unknownSubject = await api.call("DELETE", `${url}/${nobody}`, { as: worker });
    expectProblem(unknownSubject, 404, "NOT_FOUND");
    expect(unknownSubject.body.detail).toMatch(/representative/);
    expectProblem(await api.call("DELETE", `/v1/clients/${missingClient}/representatives/${nobody}`, { as: worker }), 404, "NOT_FOUND");
    const malformed = await api.call("DELETE", `/v1/clients/nope/representatives/${"s".repeat(201)}`, { as: worker });
    expectProblem(malformed, 422, "VALIDATION_FAILED");
    expect(paths(malformed)).toEqual(["/params/clientId", "/params/subject"]);
  });
});

describe("who may call the client-record routes", () => {
  it("refuses provider, finance and admin tokens on every route, and clients and representatives on the workers' routes", async () => {
    const clientId = await newClient();
    const actingCode = personalId();
    const registered = await api.call("POST", `/v1/clients/${clientId}/representatives`, { as: worker, body: representative(actingCode, "act") });
    expect(registered.status).toBe(201);
    const actingId = registered.body.representatives[0].representativeId as string;
    const calls: [string, string, unknown][] = [
      ["POST", `/v1/clients/${clientId}/assessments`, assessment()],
      ["GET", `/v1/clients/${clientId}/assessments`, undefined],
      ["POST", `/v1/clients/${clientId}/support-plans`, supportPlan()],
      ["GET", `/v1/clients/${clientId}/support-plans`, undefined],
      ["POST", `/v1/clients/${clientId}/representatives`, representative(personalId(), "act")],
      ["DELETE", `/v1/clients/${clientId}/representatives/${actingId}`, undefined],
    ];
    // A provider's staff, finance, admin, and a staff token with several groups at once.
    const staff = [(await approvedProvider(api, "p-1")).providerToken, "role=finance&sub=f-1", admin, "role=finance,admin&sub=x"];
    for (const as of staff) {
      for (const [method, path, body] of calls) expectProblem(await api.call(method, path, { as, body }), 403, "FORBIDDEN");
    }
    const ownClient = clientToken(clientId, "c-x");
    const actingRepresentative = personToken(actingCode, "rep-x");
    for (const as of [ownClient, actingRepresentative]) {
      for (const [method, path, body] of calls.filter(([method, path]) => method !== "GET" && !path.endsWith("/support-plans"))) {
        expectProblem(await api.call(method, path, { as, body }), 403, "FORBIDDEN");
      }
    }
    for (const [method, path, body] of calls) expectProblem(await api.call(method, path, { body }), 401, "UNAUTHENTICATED");
    // Nothing was written by the refused calls.
    const client = (await api.call("GET", `/v1/clients/${clientId}`, { as: worker })).body;
    expect(client.representatives.map((entry: { representativeId: string }) => entry.representativeId)).toEqual([actingId]);
    expect((await api.call("GET", `/v1/clients/${clientId}/assessments`, { as: worker })).body.items).toEqual([]);
    expect((await api.call("GET", `/v1/clients/${clientId}/support-plans`, { as: worker })).body.items).toEqual([]);
  });

  it("documents the routes in OpenAPI with their request schemas", async () => {
    const { body } = await api.call("GET", "/v1/openapi.json");
    const createAssessment = body.paths["/v1/clients/{clientId}/assessments"].post;
    expect(createAssessment.operationId).toBe("assessments.create");
    expect(createAssessment.requestBody.content["application/json"].schema.$ref).toBe("#/components/schemas/CreateAssessment");
    expect(createAssessment.responses["422"].description).toContain("UNKNOWN_SERVICE");
    expect(body.paths["/v1/clients/{clientId}/support-plans"].post.requestBody.content["application/json"].schema.$ref).toBe(
      "#/components/schemas/CreateSupportPlan",
    );
    expect(body.paths["/v1/clients/{clientId}/representatives"].post.requestBody.content["application/json"].schema.$ref).toBe(
      "#/components/schemas/PutRepresentative",
    );
    expect(body.paths["/v1/clients/{clientId}/representatives/{subject}"].delete.responses["204"]).toEqual({ description: "Removed" });
    expect(body.components.schemas.Representative).toMatchObject({ type: "object", properties: { representativeId: { type: "string", format: "uuid" } } });
  });
});
