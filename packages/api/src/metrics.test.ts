import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiHandler } from "./http";
import { MetricUnit, metrics } from "./metrics";
import { defineRoute } from "./route";

/** A public money route: the metric step needs no caller, only the route's `metric` and its answer. */
const paid = z.object({ amountCents: z.number() });
const route = defineRoute({
  ...{ id: "probe.pay", method: "POST", path: "/v1/probe", roles: "public", subject: { from: "none" }, handler: "none" },
  summary: "A money route for this test",
  tags: ["probe"],
  query: z.object({ dryRun: z.enum(["true", "false"]).optional() }),
  response: { status: 201, description: "Paid", also: [{ status: 200, description: "Paid before" }], schema: paid },
  metric: { name: "ProbePaid", amount: "amountCents" },
  problems: [],
});

const context = { awsRequestId: "r-1", functionName: "probe", getRemainingTimeInMillis: () => 10_000 } as unknown as Context;
const call = (status: number, query: Record<string, string> = {}) =>
  apiHandler(route, async () => ({ status, body: { amountCents: 1250 } }))(
    { rawPath: "/v1/probe", headers: {}, queryStringParameters: query, requestContext: { requestId: "r-1", timeEpoch: Date.now() } } as unknown as APIGatewayProxyEventV2,
    context,
  );

afterEach(() => vi.restoreAllMocks());

describe("a money route's business metric", () => {
  it("is the answer's amount, once per operation done", async () => {
    const added = vi.spyOn(metrics, "addMetric");
    expect((await call(201)).statusCode).toBe(201);
    expect(added).toHaveBeenCalledExactlyOnceWith("ProbePaid", MetricUnit.NoUnit, 1250);
  });

  it("is not counted for a repeat (a status in response.also) or a dry run", async () => {
    const added = vi.spyOn(metrics, "addMetric");
    await call(200);
    await call(201, { dryRun: "true" });
    expect(added).not.toHaveBeenCalled();
  });
});
