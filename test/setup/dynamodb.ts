import type { TestProject } from "vitest/node";
import { type LocalDynamoDb, startDynamoDbLocal } from "@hb/local/dynamodb";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/**
 * One DynamoDB Local (in memory) per test run, whichever projects need it: the integration and
 * browser projects each name this setup, and vitest runs it once per project in the same process,
 * so the first starts Java and the last to finish stops it. Each test file makes its own table.
 */
const shared = globalThis as typeof globalThis & { hbDynamoDb?: { started: Promise<LocalDynamoDb>; users: number } };

export default async function setup(project: TestProject) {
  if (!shared.hbDynamoDb) {
    // Lambda runs nodejs22.x; npm test runs the Node 22 of the `node` devDependency (node_modules/.bin first on PATH).
    console.log(`HB tests on Node ${process.version} (${process.execPath})`);
    shared.hbDynamoDb = { started: startDynamoDbLocal(), users: 0 };
  }
  const entry = shared.hbDynamoDb;
  entry.users += 1;
  const dynamo = await entry.started;
  project.provide("dynamoEndpoint", dynamo.endpoint);
  return async () => {
    entry.users -= 1;
    if (entry.users > 0) return;
    shared.hbDynamoDb = undefined;
    await dynamo.stop();
  };
}
