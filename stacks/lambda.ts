/**
 * What every Lambda of the app shares: runtime, architecture, bundling,
 * tracing, environment, a log group with a set retention, and the least
 * privilege the handlers need on the table.
 */
import { type App as CdkApp, RemovalPolicy } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { CfnFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { Function as SstFunction, type FunctionProps, type Stack } from "sst/constructs";
import type { DeployConfig } from "./config";

/** `clients.create` / `audit-trail` → `ClientsCreate` / `AuditTrail`: a stable construct id from a definition's name. */
export const constructId = (name: string): string =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");

/** Default props of every function (sst.config.ts sets them on the app). */
export function defaultFunctionProps(config: DeployConfig): FunctionProps {
  return {
    runtime: "nodejs22.x",
    architecture: "arm_64",
    tracing: "active",
    memorySize: 1024,
    timeout: 10,
    // sourcemap: true keeps the .map file in the bundle (SST otherwise moves it out for its console),
    // so --enable-source-maps turns stack traces back into TypeScript lines.
    nodejs: { format: "esm", sourcemap: true, minify: true },
    environment: {
      HB_AREA: config.stage,
      POWERTOOLS_SERVICE_NAME: "hb",
      NODE_OPTIONS: "--enable-source-maps",
      ...(config.version ? { HB_VERSION: config.version } : {}),
    },
  };
}

export function logGroupFor(scope: Construct, id: string, config: DeployConfig): LogGroup {
  return new LogGroup(scope, id, {
    retention: config.logRetentionDays === 90 ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS,
    removalPolicy: config.productionLike ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
}

/** The handlers' access to the single table: items and index queries; no Scan, no table management, no stream. */
export function tableDataAccess(table: ITable): PolicyStatement[] {
  return [
    new PolicyStatement({
      actions: [
        "dynamodb:GetItem",
        "dynamodb:BatchGetItem",
        "dynamodb:Query",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "dynamodb:BatchWriteItem",
        "dynamodb:ConditionCheckItem",
      ],
      resources: [table.tableArn],
    }),
    new PolicyStatement({ actions: ["dynamodb:Query"], resources: [`${table.tableArn}/index/*`] }),
  ];
}

export interface HbFunctionProps extends Omit<FunctionProps, "logGroup"> {
  readonly handler: string;
  readonly table: ITable;
  readonly config: DeployConfig;
  /** Statements instead of the default table data access (e.g. the seed only puts items). */
  readonly tableAccess?: PolicyStatement[];
}

/** An SST function (bundled with esbuild) with its own log group and access to the table. */
export function hbFunction(stack: Stack, id: string, props: HbFunctionProps): SstFunction {
  const { table, config, tableAccess, environment, permissions, ...rest } = props;
  const fn = new SstFunction(stack, id, {
    ...rest,
    logGroup: logGroupFor(stack, `${id}Logs`, config),
    environment: { HB_TABLE_NAME: table.tableName, ...environment },
  });
  fn.attachPermissions([...(tableAccess ?? tableDataAccess(table)), ...(Array.isArray(permissions) ? permissions : [])]);
  return fn;
}

/**
 * SST and CDK add a few Lambdas of their own (SST's per-stack custom resource
 * handler, the Script runner). They get the same baseline as ours: Graviton
 * (their code is plain JavaScript) and a log group with the stage's
 * retention instead of a never-expiring /aws/lambda group.
 */
export function applyLambdaBaseline(app: CdkApp, config: DeployConfig): void {
  const functions = app.node.findAll().filter((node): node is CfnFunction => node instanceof CfnFunction);
  for (const fn of functions) {
    fn.architectures = ["arm64"];
    const logging = fn.loggingConfig as CfnFunction.LoggingConfigProperty | undefined;
    if (!logging?.logGroup) {
      const logGroup = logGroupFor(fn.node.scope as Construct, "BaselineLogs", config);
      fn.loggingConfig = { ...logging, logGroup: logGroup.logGroupName };
    }
  }
}
