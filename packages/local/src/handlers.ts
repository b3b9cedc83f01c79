import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * Loads a handler named like the stack names it (`functions/api/clients.create`),
 * so the local runtime runs exactly the code Lambda runs.
 */
export async function loadHandler<T>(spec: string): Promise<T> {
  const dot = spec.lastIndexOf(".");
  const file = join(repositoryRoot, `${spec.slice(0, dot)}.ts`);
  const name = spec.slice(dot + 1);
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const handler = module[name];
  if (typeof handler !== "function") throw new Error(`${file} has no exported handler ${name}`);
  return handler as T;
}

/** The parts of Lambda's Context our handlers and Powertools read. */
export function lambdaContext(functionName: string, requestId: string, timeoutSeconds = 30) {
  const deadline = Date.now() + timeoutSeconds * 1000;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:eu-north-1:000000000000:function:${functionName}`,
    memoryLimitInMB: "512",
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
