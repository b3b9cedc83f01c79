import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from "aws-lambda";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError } from "@hb/core/errors";
import { apiHandler } from "./http";
import { defineRoute, documentedStatuses } from "./route";
import { routes } from "./routes";

/**
 * Locally and in tests (HB_CHECK_RESPONSES=1, set by the local runtime) an
 * answer whose status the route does not document fails as a 500, so every
 * integration test through the local front checks every route's statuses
 * against what the OpenAPI document lists.
 */
const route = defineRoute({
  id: "probe.get",
  method: "GET",
  path: "/v1/probe",
  roles: "public",
  subject: { from: "none" },
  summary: "A route for this test",
  tags: ["probe"],
  handler: "none",
  response: { status: 200, description: "OK", also: [{ status: 202, description: "Accepted" }], schema: z.object({ ok: z.boolean() }) },
  problems: ["MONTH_NOT_ENDED"],
});

const event = { rawPath: "/v1/probe", headers: {}, requestContext: { requestId: "r-1", timeEpoch: Date.now() } } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
const context = { awsRequestId: "r-1", functionName: "probe", getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

const answering = (outcome: { status?: number } | DomainError) =>
  apiHandler(route, async () => {
    if (outcome instanceof DomainError) throw outcome;
    return { ...outcome, body: { ok: true } };
  });

afterEach(() => vi.unstubAllEnvs());

describe("documented statuses", () => {
  it.each([
    ["the route's status", { status: 200 }, 200],
    ["a status in response.also", { status: 202 }, 202],
    ["a documented problem", new DomainError("MONTH_NOT_ENDED", { month: "2026-10" }), 409],
  ])("passes %s through with the check on", async (_, outcome, expected) => {
    vi.stubEnv("HB_CHECK_RESPONSES", "1");
    expect((await answering(outcome)(event, context)).statusCode).toBe(expected);
  });

  it.each([
    ["a success status the route does not list", { status: 201 }, 201],
    ["a problem whose status the route does not list", new DomainError("BANK_MESSAGE_INVALID", { reason: "x" }), 422],
    ["a validation problem of a route that takes no input", new DomainError("VALIDATION_FAILED"), 422],
  ])("answers %s as a 500 with the check on, and as it is without it", async (_, outcome, unchecked) => {
    vi.stubEnv("HB_CHECK_RESPONSES", "1");
    const checked = await answering(outcome)(event, context);
    expect(checked.statusCode).toBe(500);
    expect(JSON.parse(String(checked.body)).code).toBe("INTERNAL_ERROR");
    vi.stubEnv("HB_CHECK_RESPONSES", "0");
    expect((await answering(outcome)(event, context)).statusCode).toBe(unchecked);
  });

  it("documents the middleware's own answers for every route: token, body, parameters, client subject, idempotency", () => {
    for (const each of routes) {
      const statuses = documentedStatuses(each);
      expect(statuses, each.id).toContain(500);
      if (each.roles !== "public") expect(statuses, each.id).toEqual(expect.arrayContaining([401, 403]));
      if (each.body) expect(statuses, each.id).toEqual(expect.arrayContaining([400, 415, 422]));
      if (each.params || each.query) expect(statuses, each.id).toContain(422);
      if (each.subject.from === "param" || each.subject.from === "owner") expect(statuses, each.id).toContain(404);
      if (each.idempotent) expect(statuses, each.id).toEqual(expect.arrayContaining([409, 422]));
    }
  });
});
