import type { SSTConfig } from "sst";
import { Api } from "./stacks/Api";
import { routeFunctionStacks } from "./stacks/ApiRoutes";
import { Async } from "./stacks/Async";
import { loadDeployConfig } from "./stacks/config";
import { applyLambdaBaseline, defaultFunctionProps } from "./stacks/lambda";
import { Monitoring } from "./stacks/Monitoring";
import { Storage } from "./stacks/Storage";
import { Web } from "./stacks/Web";

/**
 * HB: one set of stacks per welfare area, `npx sst deploy --stage <area>`.
 * Deploy settings come from the environment (stacks/config.ts); see
 * docs/operations.md.
 */
export default {
  config() {
    return { name: "hb", region: process.env.AWS_REGION ?? "eu-north-1" };
  },
  stacks(app) {
    // Validate the settings before any resource is built: one error lists every problem.
    const config = loadDeployConfig(app.stage);
    // Every function: Node.js 22 on Graviton (arm64), ESM bundle with source maps, X-Ray tracing,
    // HB_AREA = stage. Each function adds HB_TABLE_NAME and its own log group (stacks/lambda.ts).
    app.setDefaultFunctionProps(defaultFunctionProps(config));
    app.stack(Monitoring).stack(Storage);
    for (const routeFunctions of routeFunctionStacks) app.stack(routeFunctions);
    app.stack(Api).stack(Async).stack(Web);
    applyLambdaBaseline(app, config);
  },
} satisfies SSTConfig;
