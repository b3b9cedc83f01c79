import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { dynamo, tableName } from "@hb/core/db";
import { keys } from "@hb/core/keys";
import { backfillApplicationQueue } from "@hb/core/providers/application-queue-backfill";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { freshBusinessId, freshPersonalId, personToken, providerApplicationBody } from "../support/fixtures";
import { expectStatus } from "../support/vouchers";

/** Issue 14, item 4: the area's queue of provider applications and the applicant's answer to an information request. */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
const admin = "role=admin&sub=admin-queue";
const worker = "role=worker&sub=worker-queue";

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
});
afterEach(() => runtime.clock.reset());
afterAll(() => runtime?.stop());

const at = (instant: string) => runtime.clock.set(new Date(instant));
const codeOf = (response: { status: number; body: { code?: string } }) => `${response.status} ${response.body?.code ?? ""}`.trim();

async function apply(staff: string) {
  const token = personToken(freshPersonalId(), staff);
  const applied = await api.call("POST", "/v1/provider-applications", { as: token, body: providerApplicationBody(freshBusinessId()) });
  expectStatus(applied, 201, "application");
  return { applicationId: applied.body.applicationId as string, token };
}
const decide = (applicationId: string, outcome: string) =>
  api.call("POST", `/v1/provider-applications/${applicationId}/decision`, { as: admin, body: { outcome, reason: `Päätös: ${outcome}.` } });
const queue = async (query: string, as = admin) => {
  const response = await api.call("GET", `/v1/provider-applications${query}`, { as });
  expectStatus(response, 200, `queue ${query}`);
  return response.body as { items: { applicationId: string; status: string }[]; nextCursor?: string };
};
const ids = (page: { items: { applicationId: string }[] }) => page.items.map((item) => item.applicationId);

describe("the queue of provider applications", () => {
  it("lists each status oldest first, pages through it, and moves an application as it is decided", async () => {
    const applied = [];
    for (const [index, staff] of ["staff-q1", "staff-q2", "staff-q3", "staff-q4"].entries()) {
      at(`2027-02-0${index + 1}T09:00:00+02:00`);
      applied.push(await apply(staff));
    }
    const [first, second, third, fourth] = applied.map((application) => application.applicationId);

    expect(ids(await queue(""))).toEqual([first, second, third, fourth]);
    const page1 = await queue("?status=pending&limit=3");
    expect(ids(page1)).toEqual([first, second, third]);
    const page2 = await queue(`?status=pending&limit=3&cursor=${encodeURIComponent(page1.nextCursor!)}`);
    expect(ids(page2)).toEqual([fourth]);
    expect(page2.nextCursor).toBeUndefined();

    expectStatus(await decide(first!, "approved"), 200, "approval");
    expectStatus(await decide(second!, "rejected"), 200, "rejection");
    expectStatus(await decide(third!, "info-requested"), 200, "information request");
    expect(ids(await queue("?status=pending", worker))).toEqual([fourth]);
    expect(ids(await queue("?status=approved"))).toEqual([first]);
    expect(ids(await queue("?status=rejected"))).toEqual([second]);
    expect(ids(await queue("?status=info-requested"))).toEqual([third]);
  });

  it("backfills applications made before the queue under their status", async () => {
    const { applicationId } = await apply("staff-before-queue");
    expectStatus(await decide(applicationId, "info-requested"), 200, "information request");
    // As an application of an earlier release: no queue keys.
    await dynamo().send(
      new UpdateItemCommand({ TableName: tableName(), Key: marshall(keys.ProviderApplication.key({ applicationId })), UpdateExpression: "REMOVE gsi1pk, gsi1sk" }),
    );
    expect(ids(await queue("?status=info-requested"))).not.toContain(applicationId);
    expect(await backfillApplicationQueue()).toEqual({ queued: 1 });
    expect(ids(await queue("?status=info-requested"))).toContain(applicationId);
    expect(await backfillApplicationQueue()).toEqual({ queued: 0 });
  });

  it("refuses a cursor of another status' queue and an unknown status", async () => {
    const { applicationId } = await apply("staff-q5");
    await apply("staff-q6");
    const page = await queue("?status=pending&limit=1");
    expect(page.nextCursor).toEqual(expect.any(String));
    expect(codeOf(await api.call("GET", `/v1/provider-applications?status=approved&cursor=${encodeURIComponent(page.nextCursor!)}`, { as: admin }))).toBe(
      "400 INVALID_CURSOR",
    );
    const unknown = await api.call("GET", "/v1/provider-applications?status=maybe", { as: admin });
    expect(codeOf(unknown)).toBe("422 VALIDATION_FAILED");
    expect(unknown.body.errors[0].path).toBe("/query/status");
    expectStatus(await decide(applicationId, "rejected"), 200, "tidy up");
  });
});

describe("answering an information request", () => {
  it("keeps the request with the answer, makes the application pending again and decidable, and takes one answer per request", async () => {
    at("2027-03-01T09:00:00+02:00");
    const { applicationId, token } = await apply("staff-reply");
    expect(codeOf(await api.call("POST", `/v1/provider-applications/${applicationId}/replies`, { as: token, body: { message: "Liian aikaisin." } }))).toBe(
      "409 APPLICATION_NOT_AWAITING_REPLY",
    );
    at("2027-03-02T09:00:00+02:00");
    expectStatus(await decide(applicationId, "info-requested"), 200, "information request");

    const stranger = personToken(freshPersonalId(), "staff-stranger");
    expect(codeOf(await api.call("POST", `/v1/provider-applications/${applicationId}/replies`, { as: stranger, body: { message: "Minä vastaan." } }))).toBe(
      "403 FORBIDDEN",
    );

    at("2027-03-03T10:00:00+02:00");
    const replied = await api.call("POST", `/v1/provider-applications/${applicationId}/replies`, {
      as: token,
      body: { message: "Omavalvontasuunnitelma on liitteenä." },
    });
    expectStatus(replied, 200, "reply");
    expect(replied.body.status).toBe("pending");
    expect(replied.body.decision).toBeUndefined();
    expect(replied.body.replies).toEqual([
      {
        infoRequest: { reason: "Päätös: info-requested.", decidedBy: { sub: "admin-queue", roles: ["admin"] }, decidedAt: expect.stringMatching(/^2027-03-02T07:00:00\./) },
        message: "Omavalvontasuunnitelma on liitteenä.",
        repliedBy: { sub: "staff-reply" },
        repliedAt: expect.stringMatching(/^2027-03-03T08:00:00\./),
      },
    ]);
    expect(codeOf(await api.call("POST", `/v1/provider-applications/${applicationId}/replies`, { as: token, body: { message: "Toinen vastaus." } }))).toBe(
      "409 APPLICATION_NOT_AWAITING_REPLY",
    );
    expect(ids(await queue("?status=pending"))).toContain(applicationId);
    expect(ids(await queue("?status=info-requested"))).not.toContain(applicationId);

    // The applicant reads its answer back; the area decides again.
    const read = await api.call("GET", `/v1/provider-applications/${applicationId}`, { as: token });
    expect(read.body.replies).toHaveLength(1);
    const approved = await decide(applicationId, "approved");
    expectStatus(approved, 200, "approval after the answer");
    expect(approved.body.replies).toHaveLength(1);
    expect(ids(await queue("?status=approved"))).toContain(applicationId);
  });

  it("refuses an empty answer in the caller's language", async () => {
    const { applicationId, token } = await apply("staff-empty");
    expectStatus(await decide(applicationId, "info-requested"), 200, "information request");
    const empty = await api.call("POST", `/v1/provider-applications/${applicationId}/replies`, {
      as: token,
      body: { message: "" },
      headers: { "accept-language": "sv" },
    });
    expect(codeOf(empty)).toBe("422 VALIDATION_FAILED");
    expect(empty.body.errors[0].path).toBe("/body/message");
    expect(empty.headers.get("content-language")).toBe("sv");
  });
});
