import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { businessDate } from "@hb/core/dates";
import { type PipeDefinition, pipes, statisticsPipe } from "@hb/core/pipes";
import { seedDemo } from "@hb/local/demo";
import { startLocalRuntime } from "@hb/local/runtime";

/**
 * A local runtime on the run's DynamoDB Local with a table of its own, so test files never see each other's data.
 * `webRoot` serves a built web app next to the API; `seed` adds the demo people of `npm start` (GET /dev/people).
 * The statistics consumer runs only where a suite asks for it (`pipes`): it adds several writes per
 * stream record, and no other suite's behaviour depends on it, so elsewhere it only slowed DynamoDB Local.
 */
/**
 * Every test runtime's business clock starts here (and `clock.reset()` returns here): a Wednesday in
 * November, no public holiday near, so no test depends on the day it runs. Tests take "today" from it.
 */
export const testNow = new Date("2026-11-25T10:00:00Z");
/** `testNow` as a business date in Europe/Helsinki. */
export const testToday = businessDate(testNow);

const pipesButStatistics: readonly PipeDefinition[] = pipes.filter((pipe) => pipe !== statisticsPipe);

export async function startTestRuntime(
  options: {
    pipes?: readonly PipeDefinition[];
    visibilityTimeoutSeconds?: number;
    devOrigins?: readonly string[];
    quiet?: boolean;
    webRoot?: string;
    seed?: boolean;
    localWebhookReceivers?: boolean;
  } = {},
) {
  const { seed, ...runtimeOptions } = options;
  const runtime = await startLocalRuntime({
    port: 0,
    dynamoEndpoint: inject("dynamoEndpoint"),
    tableName: `hb-test-${randomUUID()}`,
    quiet: true,
    // A test runs the review window, drift and retention when it means to (runtime.runSchedule), never between its steps.
    scheduleTimers: false,
    pipes: pipesButStatistics,
    clockStartsAt: testNow,
    ...runtimeOptions,
  });
  if (seed) await seedDemo(runtime);
  return runtime;
}

export { apiClient } from "../support/api";
