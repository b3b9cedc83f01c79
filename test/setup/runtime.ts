import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import type { PipeDefinition } from "@hb/core/pipes";
import { startLocalRuntime } from "@hb/local/runtime";

/** A local runtime on the run's DynamoDB Local with a table of its own, so test files never see each other's data. */
export function startTestRuntime(
  options: { pipes?: readonly PipeDefinition[]; visibilityTimeoutSeconds?: number; devOrigins?: readonly string[]; quiet?: boolean } = {},
) {
  return startLocalRuntime({
    port: 0,
    dynamoEndpoint: inject("dynamoEndpoint"),
    tableName: `hb-test-${randomUUID()}`,
    quiet: true,
    // A test runs the review window, drift and retention when it means to (runtime.runSchedule), never between its steps.
    scheduleTimers: false,
    ...options,
  });
}

export { apiClient } from "../support/api";
