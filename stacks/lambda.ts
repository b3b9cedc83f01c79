/**
 * What every Lambda of the app shares: runtime, architecture, bundling,
 * tracing, environment, a log group with a set retention, and the least
 * privilege their grants name (@hb/core/grants).
 */
import { type App as CdkApp, CfnResource, RemovalPolicy } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { IKey } from "aws-cdk-lib/aws-kms";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import { CfnFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { Function as SstFunction, type FunctionProps, type Stack } from "sst/constructs";
import { HEALTH_KEY } from "@hb/core/db";
import { auditLogActions, type Grants, tableActions } from "@hb/core/grants";
import { kmsEncryptionContext } from "@hb/core/personal-data/data-keys";
import { zodLocalesHbUses } from "./bundling";
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
    // Only the zod locales HB answers in (stacks/bundling.ts).
    nodejs: { format: "esm", sourcemap: true, minify: true, esbuild: { plugins: [zodLocalesHbUses] } },
    environment: {
      HB_AREA: config.stage,
      POWERTOOLS_SERVICE_NAME: "hb",
      // Business metrics (packages/api/src/metrics.ts) under this CloudWatch namespace, by service.
      POWERTOOLS_METRICS_NAMESPACE: "HB",
      // Traces keep timings and the fault flag; an error's message and stack stay in the log, where personal data is redacted.
      POWERTOOLS_TRACER_CAPTURE_ERROR: "false",
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

/** What an area's data lives in, as the functions' policies name it. */
interface DataResources {
  readonly table: ITable;
  readonly auditTable: ITable;
  /** HMAC key of personal-ID lookups. */
  readonly personalIdKey: ISecret;
  /** Wraps the data keys that seal personal identity codes. */
  readonly personalDataKey: IKey;
}

/** No access to anything: public routes, and functions that bring their own statements. */
export const noGrants: Grants = { table: "none", auditLog: "none", personalIds: { lookup: false, seal: false, reveal: false } };

/**
 * The IAM statements of a function, from its grants and nothing else: table
 * items and index queries (no Scan, no table management, no stream), audit
 * entries added (never updated or deleted), the lookup secret, and the
 * personal-data key for GenerateDataKey (seal) or Decrypt (reveal), only
 * with HB's encryption context.
 */
function grantStatements(grants: Grants, data: DataResources): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  if (grants.table === "health-probe") {
    statements.push(
      new PolicyStatement({
        actions: ["dynamodb:GetItem"],
        resources: [data.table.tableArn],
        conditions: { "ForAllValues:StringEquals": { "dynamodb:LeadingKeys": [HEALTH_KEY.pk] } },
      }),
    );
  } else if (grants.table !== "none") {
    statements.push(
      new PolicyStatement({ actions: tableActions[grants.table].map((action) => `dynamodb:${action}`), resources: [data.table.tableArn] }),
      new PolicyStatement({ actions: ["dynamodb:Query"], resources: [`${data.table.tableArn}/index/*`] }),
    );
  }
  if (grants.auditLog !== "none") {
    statements.push(
      new PolicyStatement({ actions: auditLogActions[grants.auditLog].map((action) => `dynamodb:${action}`), resources: [data.auditTable.tableArn] }),
    );
  }
  const { lookup, seal, reveal } = grants.personalIds;
  if (lookup) {
    statements.push(new PolicyStatement({ actions: ["secretsmanager:GetSecretValue"], resources: [data.personalIdKey.secretArn] }));
  }
  const keyActions = [...(seal ? ["kms:GenerateDataKey"] : []), ...(reveal ? ["kms:Decrypt"] : [])];
  if (keyActions.length > 0) {
    statements.push(
      new PolicyStatement({
        actions: keyActions,
        resources: [data.personalDataKey.keyArn],
        conditions: { StringEquals: { "kms:EncryptionContext:purpose": kmsEncryptionContext.purpose } },
      }),
    );
  }
  return statements;
}

/** The environment a function's grants need: only the names of what it may use. */
function grantEnvironment(grants: Grants, data: DataResources): Record<string, string> {
  const { lookup, seal, reveal } = grants.personalIds;
  return {
    ...(grants.auditLog !== "none" ? { HB_AUDIT_TABLE_NAME: data.auditTable.tableName } : {}),
    ...(lookup ? { HB_PERSONAL_ID_KEY_SECRET_ARN: data.personalIdKey.secretArn } : {}),
    ...(seal || reveal ? { HB_PERSONAL_DATA_KEY_ARN: data.personalDataKey.keyArn } : {}),
  };
}

interface HbFunctionProps extends Omit<FunctionProps, "logGroup"> {
  readonly handler: string;
  readonly data: DataResources;
  readonly config: DeployConfig;
  /** What the function may do (`grantsOf` for routes); its policy has exactly this. */
  readonly grants: Grants;
  /** Statements beyond the grants (e.g. the seed's PutItem only). */
  readonly extraStatements?: PolicyStatement[];
}

/** An SST function (bundled with esbuild) with its own log group and exactly the access its grants name. */
export function hbFunction(stack: Stack, id: string, props: HbFunctionProps): SstFunction {
  const { data, config, grants, extraStatements, environment, permissions, ...rest } = props;
  const fn = new SstFunction(stack, id, {
    ...rest,
    logGroup: logGroupFor(stack, `${id}Logs`, config),
    environment: { HB_TABLE_NAME: data.table.tableName, ...grantEnvironment(grants, data), ...environment },
  });
  fn.attachPermissions([...grantStatements(grants, data), ...(extraStatements ?? []), ...(Array.isArray(permissions) ? permissions : [])]);
  return fn;
}

/**
 * SST and CDK add a few Lambdas of their own (SST's per-stack custom resource
 * handler, the Script runner, CDK's provider that empties the web app's
 * bucket on removal). They get the same baseline as ours: Graviton (their
 * code is plain JavaScript) and a log group with the stage's retention
 * instead of a never-expiring /aws/lambda group. CDK's providers are plain
 * CfnResources, so they get the same two properties by override.
 */
export function applyLambdaBaseline(app: CdkApp, config: DeployConfig): void {
  for (const node of app.node.findAll()) {
    if (node instanceof CfnFunction) {
      node.architectures = ["arm64"];
      const logging = node.loggingConfig as CfnFunction.LoggingConfigProperty | undefined;
      if (!logging?.logGroup) {
        const logGroup = logGroupFor(node.node.scope as Construct, "BaselineLogs", config);
        node.loggingConfig = { ...logging, logGroup: logGroup.logGroupName };
      }
    } else if (node instanceof CfnResource && node.cfnResourceType === "AWS::Lambda::Function") {
      node.addPropertyOverride("Architectures", ["arm64"]);
      node.addPropertyOverride("LoggingConfig.LogGroup", logGroupFor(node.node.scope as Construct, `${node.node.id}Logs`, config).logGroupName);
    }
  }
}
