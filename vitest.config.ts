import { defineConfig } from "vitest/config";

/** Files that need DynamoDB Local and the local runtime; everything under packages/ and functions/ is pure code. */
const needsDynamoDb = { globalSetup: ["test/setup/dynamodb.ts"] };

export default defineConfig({
  test: {
    pool: "forks",
    // Two at a time on a 2-core machine: the integration files and DynamoDB Local now use both cores
    // between them, and a third file only stretched every file's waits past their timeouts.
    maxWorkers: 2,
    // Business metrics are CloudWatch's, in Lambda: in tests they would be JSON lines on stdout.
    env: { POWERTOOLS_LOG_LEVEL: "SILENT", POWERTOOLS_METRICS_DISABLED: "true" },
    // The longest integration tests take 10–15 s on a quiet 2-core machine and up to four times that
    // in CI's full run; 120 s leaves room for a loaded one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // `npm test` runs every project; `npm run test:unit` (no database, seconds) is the inner loop.
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "packages/web/scripts/*.test.ts", "functions/**/*.test.ts", "test/docs.test.ts"],
          exclude: ["**/node_modules/**"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: "infra", include: ["test/infra/**/*.test.ts"], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts", "test/e2e/**/*.test.ts"],
          sequence: { groupOrder: 0 },
          ...needsDynamoDb,
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
          expect: { poll: { timeout: 10_000 } },
          ...needsDynamoDb,
        },
      },
    ],
  },
});
