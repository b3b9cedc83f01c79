import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "@hb/local/dynamodb";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/** Starts AWS's DynamoDB Local (in memory) once per test run; stopped, Java included, when the run ends. */
export default async function setup(project: TestProject) {
  // Lambda runs nodejs22.x; npm test runs the Node 22 of the `node` devDependency (node_modules/.bin first on PATH).
  console.log(`HB tests on Node ${process.version} (${process.execPath})`);
  const dynamo = await startDynamoDbLocal();
  project.provide("dynamoEndpoint", dynamo.endpoint);
  return () => dynamo.stop();
}
