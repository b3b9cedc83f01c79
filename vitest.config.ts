import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One DynamoDB Local per run (vitest 5 runs the root globalSetup once, for every project); each test
    // file makes its own table in it.
    globalSetup: ["test/setup/dynamodb.ts"],
    pool: "forks",
    // Most integration files wait on DynamoDB Local and the local queues more than they compute: three
    // at a time on a 2-core machine take about three quarters of the time one at a time does.
    maxWorkers: 3,
    env: { POWERTOOLS_LOG_LEVEL: "SILENT" },
    // The longest integration tests take 10–15 s on a quiet 2-core machine; 60 s leaves room for a loaded one.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "api",
          include: ["packages/*/src/**/*.test.ts", "packages/web/scripts/*.test.ts", "functions/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["test/browser/**", "**/node_modules/**"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // A page waits on the browser, the local runtime and its queues at once: the browser suite runs after
        // the rest, on a quiet machine, so its waits measure the app and not the other files' load.
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
