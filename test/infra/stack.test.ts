/**
 * Synthesizes the whole app offline (stage `test`, no AWS) exactly as
 * `sst deploy` does — through sst.config.ts — and checks the templates
 * against the shared definitions: adding a route, an index or a pipe is
 * checked here without touching this file.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { App as CdkApp, Stack as CdkStack, Duration } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { getStack, type StaticSite } from "sst/constructs";
import { beforeAll, describe, expect, it } from "vitest";
import { grantsOf, routeKey } from "@hb/api/route";
import { routes } from "@hb/api/routes";
import { notifyPipe, pipes, visibilityTimeoutSeconds } from "@hb/core/pipes";
import { schedules } from "@hb/core/schedules";
import { Schedule } from "aws-cdk-lib/aws-events";
import { auditTableDefinition, tableDefinition } from "@hb/core/table";
import { auditLogActions, tableActions } from "@hb/core/grants";
import { kmsEncryptionContext } from "@hb/core/personal-data/data-keys";
import { synthesizeOffline } from "../../stacks/offline";
import { Api, accessLogFormat, apiThrottle } from "../../stacks/Api";
import { routeFunctionStacks } from "../../stacks/ApiRoutes";
import { Async, notifyDelivery, oldestMessageAlarmSeconds } from "../../stacks/Async";
import { Web } from "../../stacks/Web";
import { Monitoring } from "../../stacks/Monitoring";
import { createAuditTable, createClientExportsBucket, createPaymentFilesBucket, createPersonalDataKey, createPersonalIdKey, createTable, Storage } from "../../stacks/Storage";
import { Code, Function as LambdaFunction, Runtime } from "aws-cdk-lib/aws-lambda";
import { loadDeployConfig, type NotifySettings } from "../../stacks/config";

/** CloudFormation template JSON. */
type Json = any;
interface Resource {
  readonly Type: string;
  readonly Properties: Json;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

const deployEnv = {
  // Citizens through a Suomi.fi broker and staff through Entra ID: HB's Lambda authorizer.
  HB_IDENTITY_FILE: "test/infra/fixtures/identity.two-issuers.json",
  HB_CORS_ORIGINS: "https://desk.example.fi,https://oma.example.fi",
  HB_ALARM_EMAIL: "hb-ops@example.fi",
  // The web app on the area's own host name, signing people in through the Suomi.fi broker of identity.two-issuers.json.
  HB_WEB_DOMAIN: "hb.example.fi",
  HB_WEB_CERTIFICATE_ARN: "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012",
  HB_WEB_OIDC_ISSUER: "https://tunnistus.example.fi/realms/citizens",
  HB_WEB_OIDC_CLIENT_ID: "hb-web-test",
  HB_WEB_OIDC_SCOPE: "openid profile",
  HB_WEB_ACL_ARN: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/hb-test/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
};
/** Monitoring, Storage, the stacks of route functions (ApiRoutes1, …), Api, Async and Web. */
const stackNames = ["Monitoring", "Storage", ...routeFunctionStacks.map((stack) => stack.name), "Api", "Async", "Web"];
type StackName = string;

let templates: Record<StackName, Json> & { Monitoring: Json; Storage: Json; Api: Json; Async: Json; Web: Json };
let seedArtifactDir: string;

const resourcesOf = (template: Json, type: string): [string, Resource][] =>
  Object.entries(template.Resources as Record<string, Resource>).filter(([, resource]) => resource.Type === type);
const allResources = (type: string): [string, Resource][] =>
  stackNames.flatMap((name) => resourcesOf(templates[name], type));
const only = <T>(items: readonly T[], what: string): T => {
  expect(items, what).toHaveLength(1);
  return items[0]!;
};
const refTo = (value: Json): string | undefined => value?.Ref ?? value?.["Fn::GetAtt"]?.[0];

const hbFunctions = () =>
  allResources("AWS::Lambda::Function").filter(([, fn]) => String(fn.Properties.Handler).startsWith("functions/"));
const functionByHandler = (template: Json, handler: string): [string, Resource] =>
  only(
    resourcesOf(template, "AWS::Lambda::Function").filter(([, fn]) => fn.Properties.Handler === handler),
    `one function with handler ${handler}`,
  );
/** A route's function, wherever its stack of route functions is: [template, logical id, resource]. */
const routeFunctionByHandler = (handler: string): [Json, string, Resource] => {
  const found = routeFunctionStacks.flatMap((stack) =>
    resourcesOf(templates[stack.name], "AWS::Lambda::Function")
      .filter(([, fn]) => fn.Properties.Handler === handler)
      .map(([id, fn]) => [templates[stack.name], id, fn] as [Json, string, Resource]),
  );
  return only(found, `one route function with handler ${handler}`);
};

/** Every statement of the inline policies attached to the role of `functionId`. */
const statementsOf = (template: Json, roleRefHolder: string): Json[] => {
  const role = refTo(template.Resources[roleRefHolder].Properties.Role);
  return resourcesOf(template, "AWS::IAM::Policy")
    .filter(([, policy]) => policy.Properties.Roles.some((r: Json) => refTo(r) === role))
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement);
};
const actionsOf = (statements: Json[]): string[] => statements.flatMap((s) => [s.Action].flat());

beforeAll(async () => {
  Object.assign(process.env, deployEnv);
  await synthesizeOffline("test"); // the same synth as `npm run synth`, with stand-in bundles
  const stacks: Record<string, Parameters<typeof getStack>[0]> = {
    Monitoring,
    Storage,
    Api,
    Async,
    Web,
    ...Object.fromEntries(routeFunctionStacks.map((stack) => [stack.name, stack])),
  };
  templates = Object.fromEntries(
    stackNames.map((name) => [name, Template.fromStack(getStack(stacks[name]!)).toJSON()]),
  ) as Record<string, Json> as typeof templates;
  seedArtifactDir = join(".sst", "artifacts", getStack(Storage).node.findChild("AreaSeed").node.addr);
}, 600_000);

describe("functions", () => {
  it("carry none of the local runtime's switches (unsigned DynamoDB calls, in-process response checks)", () => {
    const functions = hbFunctions();
    expect(functions.length).toBeGreaterThan(30);
    for (const [id, fn] of functions) {
      const names = Object.keys(fn.Properties.Environment?.Variables ?? {});
      expect(names.filter((name) => name.startsWith("HB_LOCAL_") || name === "HB_CHECK_RESPONSES"), id).toEqual([]);
    }
  });
});

describe("table (Storage), from tableDefinition", () => {
  const table = () =>
    only(
      resourcesOf(templates.Storage, "AWS::DynamoDB::Table").filter(([, t]) => t.Properties.StreamSpecification),
      "one table with a stream",
    )[1];

  it("has the defined primary key, every defined GSI and string key attributes", () => {
    const { Properties: p } = table();
    expect(p.KeySchema).toEqual([
      { AttributeName: tableDefinition.partitionKey, KeyType: "HASH" },
      { AttributeName: tableDefinition.sortKey, KeyType: "RANGE" },
    ]);
    expect(p.GlobalSecondaryIndexes).toHaveLength(tableDefinition.globalIndexes.length);
    for (const index of tableDefinition.globalIndexes) {
      expect(p.GlobalSecondaryIndexes).toContainEqual({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      });
    }
    const keys = [tableDefinition.partitionKey, tableDefinition.sortKey, ...tableDefinition.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey])];
    expect(p.AttributeDefinitions).toEqual(expect.arrayContaining(keys.map((name) => ({ AttributeName: name, AttributeType: "S" }))));
    expect(p.AttributeDefinitions).toHaveLength(new Set(keys).size);
  });

  it("is on-demand, streams both images, expires by the TTL attribute, has PITR and encryption", () => {
    const { Properties: p } = table();
    expect(p.BillingMode).toBe("PAY_PER_REQUEST");
    expect(p.StreamSpecification).toEqual({ StreamViewType: tableDefinition.streamViewType });
    expect(p.StreamSpecification.StreamViewType).toBe("NEW_AND_OLD_IMAGES");
    expect(p.TimeToLiveSpecification).toEqual({ AttributeName: tableDefinition.ttlAttribute, Enabled: true });
    expect(p.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(p.SSESpecification).toEqual({ SSEEnabled: true }); // KMS, AWS managed key (aws/dynamodb)
  });

  it("may be destroyed on the test stage", () => {
    const t = table();
    expect(t.Properties.DeletionProtectionEnabled).toBe(false);
    expect(t.DeletionPolicy).toBe("Delete");
  });
});

describe("audit table (Storage), from auditTableDefinition", () => {
  const auditTable = () => only(resourcesOf(templates.Storage, "AWS::DynamoDB::Table").filter(([id]) => id.startsWith("AuditTable")), "one audit table")[1];

  it("has the defined keys and by-day index, no stream, expires entries by TTL, has PITR and encryption", () => {
    const { Properties: p } = auditTable();
    expect(p.KeySchema).toEqual([
      { AttributeName: auditTableDefinition.partitionKey, KeyType: "HASH" },
      { AttributeName: auditTableDefinition.sortKey, KeyType: "RANGE" },
    ]);
    expect(p.GlobalSecondaryIndexes.map((index: Json) => index.IndexName)).toEqual(["gsi1"]);
    expect(p.StreamSpecification).toBeUndefined();
    expect(p.BillingMode).toBe("PAY_PER_REQUEST");
    expect(p.TimeToLiveSpecification).toEqual({ AttributeName: "expiresAt", Enabled: true });
    expect(p.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(p.SSESpecification).toEqual({ SSEEnabled: true });
  });
});

/** The bucket whose logical id starts with `name` (PaymentFiles, ClientExports), encrypted, private and TLS-only as every bucket of the app. */
function protectedBucket(name: string): Resource {
  const [bucketId, bucket] = only(
    resourcesOf(templates.Storage, "AWS::S3::Bucket").filter(([id]) => id.startsWith(name)),
    `one ${name} bucket`,
  );
  expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe("AES256");
  expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
    BlockPublicAcls: true,
    BlockPublicPolicy: true,
    IgnorePublicAcls: true,
    RestrictPublicBuckets: true,
  });
  const [, policy] = only(
    resourcesOf(templates.Storage, "AWS::S3::BucketPolicy").filter(([, p]) => refTo(p.Properties.Bucket) === bucketId),
    `one policy of the ${name} bucket`,
  );
  expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
    expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
  );
  return bucket;
}

describe("buckets, personal-ID key and area seed (Storage)", () => {
  it("the personal-data key is a customer-managed KMS key with yearly rotation and an alias naming the stage", () => {
    const [keyId, key] = only(resourcesOf(templates.Storage, "AWS::KMS::Key"), "one KMS key");
    expect(key.Properties).toMatchObject({ EnableKeyRotation: true, PendingWindowInDays: 30 });
    expect(key.Properties.KeySpec ?? "SYMMETRIC_DEFAULT").toBe("SYMMETRIC_DEFAULT"); // AES-256, the only spec GenerateDataKey takes
    expect(key.DeletionPolicy).toBe("Delete"); // the test stage; production-like stages retain it (below)
    const [, alias] = only(resourcesOf(templates.Storage, "AWS::KMS::Alias"), "one alias");
    expect(alias.Properties.AliasName).toBe("alias/hb/test/personal-data");
    expect(refTo(alias.Properties.TargetKeyId)).toBe(keyId);
  });

  it("has the payment-file and client-export buckets and no other", () => {
    expect(resourcesOf(templates.Storage, "AWS::S3::Bucket").map(([id]) => id.replace(/[A-F0-9]{8}$/, "")).sort()).toEqual(["ClientExports", "PaymentFiles"]);
  });

  it("the payment-file bucket is encrypted, private, TLS-only and versioned", () => {
    expect(protectedBucket("PaymentFiles").Properties.VersioningConfiguration).toEqual({ Status: "Enabled" });
  });

  it("the client-export bucket is encrypted, private and TLS-only, unversioned, and expires its files after a day", () => {
    const bucket = protectedBucket("ClientExports");
    expect(bucket.Properties.VersioningConfiguration).toBeUndefined();
    expect(bucket.Properties.LifecycleConfiguration.Rules).toContainEqual(expect.objectContaining({ ExpirationInDays: 1, Status: "Enabled" }));
    // The area's browser front ends may fetch a download link, and only those.
    expect(bucket.Properties.CorsConfiguration.CorsRules).toEqual([
      { AllowedMethods: ["GET"], AllowedOrigins: ["https://desk.example.fi", "https://oma.example.fi", "https://hb.example.fi"], MaxAge: 3600 },
    ]);
  });

  it("the personal-ID key is a generated 64-character secret that is always retained", () => {
    const [, secret] = only(resourcesOf(templates.Storage, "AWS::SecretsManager::Secret"), "one secret");
    expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 64 });
    expect(secret.DeletionPolicy).toBe("Retain");
    expect(secret.UpdateReplacePolicy).toBe("Retain");
  });

  it("the seed runs functions/area-seed.handler with the area file bundled as area.json and may only put items (and read the settings item of a stack seeded before versions)", () => {
    const [seedId] = functionByHandler(templates.Storage, "functions/area-seed.handler");
    const [, script] = only(resourcesOf(templates.Storage, "Custom::SSTScript"), "one seed script");
    expect(refTo(script.Properties.UserCreateFunction)).toBe(seedId);
    expect(refTo(script.Properties.UserUpdateFunction)).toBe(seedId);
    const tableId = only(resourcesOf(templates.Storage, "AWS::DynamoDB::Table").filter(([id]) => !id.startsWith("AuditTable")), "table")[0];
    const dynamo = statementsOf(templates.Storage, seedId).filter((s) => actionsOf([s]).some((a) => a.startsWith("dynamodb:")));
    expect(dynamo).toEqual([{ Action: ["dynamodb:GetItem", "dynamodb:PutItem"], Effect: "Allow", Resource: { "Fn::GetAtt": [tableId, "Arn"] } }]);
    // The test stage has no areas/test.json, so it seeds the demo area.
    expect(readFileSync(join(seedArtifactDir, "area.json"), "utf8")).toBe(readFileSync("areas/demo.json", "utf8"));
    expect(existsSync(join(seedArtifactDir, "functions", "area-seed.mjs"))).toBe(true);
  });
});

describe("stack sizes", () => {
  it("keeps every stack well under CloudFormation's 500 resources, however many routes there are", () => {
    for (const name of stackNames) {
      expect(Object.keys(templates[name].Resources).length, name).toBeLessThan(450);
    }
    expect(routeFunctionStacks.length).toBe(Math.ceil(routes.length / 40));
  });
});

describe("HTTP API, from routes", () => {
  const apiRoutes = () => resourcesOf(templates.Api, "AWS::ApiGatewayV2::Route");

  it("has exactly one API Gateway route per route definition, with its route key", () => {
    const keys = apiRoutes().map(([, r]) => r.Properties.RouteKey);
    expect(keys.sort()).toEqual(routes.map(routeKey).sort());
    expect(keys.some((key) => / \/dev\//.test(key)), "the local /dev/token route never deploys").toBe(false);
  });

  it("with several issuers puts HB's Lambda authorizer (simple answers, cached per token) on every non-public route and none on the public ones", () => {
    const [authorizerId, authorizer] = only(resourcesOf(templates.Api, "AWS::ApiGatewayV2::Authorizer"), "one authorizer");
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: "REQUEST",
      AuthorizerPayloadFormatVersion: "2.0",
      EnableSimpleResponses: true,
      AuthorizerResultTtlInSeconds: 60,
      IdentitySource: ["$request.header.Authorization"],
    });
    const [authorizerFn, fn] = functionByHandler(templates.Api, "functions/authorizer.handler");
    expect(JSON.stringify(authorizer.Properties.AuthorizerUri)).toContain(authorizerFn);
    const identity = JSON.parse(fn.Properties.Environment.Variables.HB_IDENTITY);
    expect(identity.issuers.map((issuer: { name: string }) => issuer.name)).toEqual(["suomifi", "entra"]);
    for (const route of routes) {
      const [, r] = only(apiRoutes().filter(([, r]) => r.Properties.RouteKey === routeKey(route)), routeKey(route));
      if (route.roles === "public") {
        expect(r.Properties.AuthorizationType, route.id).toBe("NONE");
        expect(r.Properties.AuthorizerId, route.id).toBeUndefined();
      } else {
        expect(r.Properties.AuthorizationType, route.id).toBe("CUSTOM");
        expect(refTo(r.Properties.AuthorizerId), route.id).toBe(authorizerId);
      }
    }
  });

  it("the authorizer reads the table and the HMAC key, nothing else; routes get no lookup of their own", () => {
    const [authorizerFn] = functionByHandler(templates.Api, "functions/authorizer.handler");
    const actions = actionsOf(statementsOf(templates.Api, authorizerFn)).sort();
    expect(actions.filter((action) => action.startsWith("dynamodb:"))).toEqual(["dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Query"]);
    expect(actions).toContain("secretsmanager:GetSecretValue");
    expect(actions.some((action) => action.startsWith("kms:"))).toBe(false);
    const [catalogueTemplate, catalogueFn, catalogue] = routeFunctionByHandler(routes.find((route) => route.id === "catalogue.list")!.handler);
    expect(actionsOf(statementsOf(catalogueTemplate, catalogueFn))).not.toContain("secretsmanager:GetSecretValue");
    expect(catalogue.Properties.Environment.Variables.HB_IDENTITY).toBeUndefined();
  });

  it("sends every route to a Lambda running the route's handler", () => {
    for (const route of routes) {
      const [, r] = only(apiRoutes().filter(([, r]) => r.Properties.RouteKey === routeKey(route)), routeKey(route));
      const integrationId = refTo(r.Properties.Target["Fn::Join"][1][1]);
      const integration = templates.Api.Resources[integrationId!];
      const [template, fnId] = routeFunctionByHandler(route.handler);
      // The function is in its own stack: the integration imports its ARN, exported by that stack.
      const imported = integration.Properties.IntegrationUri["Fn::ImportValue"];
      const exported = Object.values(template.Outputs as Record<string, Json>).find((output) => output.Export?.Name === imported);
      expect(refTo(exported?.Value), route.id).toBe(fnId);
    }
  });

  it("gives the payment-file bucket only to the routes that declare it, with the access they declare, and their timeouts", () => {
    for (const route of routes) {
      const [template, fnId, fn] = routeFunctionByHandler(route.handler);
      const actions = actionsOf(statementsOf(template, fnId).filter((statement) => JSON.stringify(statement.Resource).includes("PaymentFiles")));
      const writes = actions.some((action) => /^s3:(PutObject|\*)/.test(action));
      const reads = actions.some((action) => /^s3:GetObject/.test(action));
      expect(reads, `${route.id} reads the bucket`).toBe(route.paymentFiles !== undefined);
      expect(writes, `${route.id} writes the bucket`).toBe(route.paymentFiles === "read-write");
      expect("HB_PAYMENT_FILES_BUCKET" in fn.Properties.Environment.Variables, route.id).toBe(route.paymentFiles !== undefined);
      expect(fn.Properties.Timeout, route.id).toBe(route.timeoutSeconds ?? 10);
    }
    // The run's last step writes the file on the settlement-run queue; the route serves it (and rebuilds a lost one).
    expect(routes.filter((route) => route.paymentFiles).map((route) => route.id).sort()).toEqual(["settlementRuns.paymentFile"]);
  });

  it("lets only the export route put and get objects under client-exports/ of the export bucket, and nothing else there", () => {
    for (const route of routes) {
      const [template, fnId, fn] = routeFunctionByHandler(route.handler);
      const onExports = statementsOf(template, fnId).filter((statement) => JSON.stringify(statement.Resource).includes("ClientExports"));
      if (route.clientExports) {
        const statement = only(onExports, `${route.id}: one statement on the export bucket`);
        expect([statement.Action].flat().sort(), route.id).toEqual(["s3:GetObject", "s3:PutObject"]);
        expect(JSON.stringify(statement.Resource), route.id).toContain("/client-exports/*");
      } else {
        expect(onExports, route.id).toEqual([]);
      }
      expect("HB_CLIENT_EXPORTS_BUCKET" in fn.Properties.Environment.Variables, route.id).toBe(route.clientExports === true);
    }
    expect(routes.filter((route) => route.clientExports).map((route) => route.id)).toEqual(["clients.export"]);
  });

  it("logs access as JSON without the path or query string, to a log group with retention", () => {
    const [, stage] = only(resourcesOf(templates.Api, "AWS::ApiGatewayV2::Stage"), "one stage");
    const format: string = stage.Properties.AccessLogSettings.Format;
    expect(format).toBe(accessLogFormat);
    expect(JSON.parse(format)).toMatchObject({ routeKey: "$context.routeKey", status: "$context.status" });
    expect(format).not.toMatch(/\$context\.path|querystring|\$request\.|requestOverride|resourcePath/i);
    const logGroup = templates.Api.Resources[refTo(stage.Properties.AccessLogSettings.DestinationArn)!];
    expect(logGroup.Type).toBe("AWS::Logs::LogGroup");
    expect(logGroup.Properties.RetentionInDays).toBe(14);
  });

  it("throttles the stage, allows only the configured CORS origins and outputs its URL", () => {
    const [, stage] = only(resourcesOf(templates.Api, "AWS::ApiGatewayV2::Stage"), "one stage");
    expect(stage.Properties.DefaultRouteSettings).toMatchObject({
      ThrottlingBurstLimit: apiThrottle.burst,
      ThrottlingRateLimit: apiThrottle.rate,
    });
    const [, api] = only(resourcesOf(templates.Api, "AWS::ApiGatewayV2::Api"), "one API");
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual(["https://desk.example.fi", "https://oma.example.fi", "https://hb.example.fi"]);
    expect(Object.keys(templates.Api.Outputs)).toContain("ApiUrl");
  });

  it("alarms on 5xx answers", () => {
    const alarm = only(
      resourcesOf(templates.Api, "AWS::CloudWatch::Alarm").filter(([, a]) => a.Properties.MetricName === "5xx"),
      "one 5xx alarm",
    )[1];
    expect(alarm.Properties.Namespace).toBe("AWS/ApiGateway");
    expect(alarm.Properties.AlarmActions).toHaveLength(1);
  });
});

describe("least privilege, from the routes' grants", () => {
  /** Logical ids of the data resources in the Storage template; other stacks name them through imports that contain them. */
  const ids = () => ({
    table: only(resourcesOf(templates.Storage, "AWS::DynamoDB::Table").filter(([id]) => !id.startsWith("AuditTable")), "table")[0],
    auditTable: only(resourcesOf(templates.Storage, "AWS::DynamoDB::Table").filter(([id]) => id.startsWith("AuditTable")), "audit table")[0],
    secret: only(resourcesOf(templates.Storage, "AWS::SecretsManager::Secret"), "personal-ID secret")[0],
    key: only(resourcesOf(templates.Storage, "AWS::KMS::Key"), "personal-data key")[0],
  });
  /** Every HB function with its template (routes, consumers, schedules, the seed). */
  const functions = () =>
    stackNames.flatMap((name) =>
      resourcesOf(templates[name], "AWS::Lambda::Function")
        .filter(([, fn]) => String(fn.Properties.Handler).startsWith("functions/"))
        .map(([id, fn]) => ({ handler: String(fn.Properties.Handler), env: fn.Properties.Environment.Variables, statements: statementsOf(templates[name], id) })),
    );
  const naming = (statements: Json[], logicalId: string) => statements.filter((s) => JSON.stringify(s.Resource).includes(logicalId));
  const actionsOn = (statements: Json[], logicalId: string) => [...new Set(actionsOf(naming(statements, logicalId)))].sort();
  const routeFunction = (handler: string) => only(functions().filter((fn) => fn.handler === handler), handler);
  const dynamo = (actions: readonly string[]) => actions.map((action) => `dynamodb:${action}`);

  it("gives each route exactly the table, audit, secret and key access its grants name, and public routes none at all", () => {
    const { table, auditTable, secret, key } = ids();
    for (const route of routes) {
      const grants = grantsOf(route);
      const { statements, env } = routeFunction(route.handler);
      const tableExpected =
        grants.table === "none" || grants.table === "health-probe"
          ? dynamo(tableActions[grants.table])
          : [...new Set([...dynamo(tableActions[grants.table]), "dynamodb:Query"])].sort();
      expect(actionsOn(statements, table), `${route.id} main table`).toEqual(tableExpected);
      expect(actionsOn(statements, auditTable), `${route.id} audit table`).toEqual([...dynamo(auditLogActions[grants.auditLog])].sort());
      expect(actionsOn(statements, secret).includes("secretsmanager:GetSecretValue"), `${route.id} secret`).toBe(grants.personalIds.lookup);
      expect(actionsOn(statements, key), `${route.id} key`).toEqual(
        [...(grants.personalIds.reveal ? ["kms:Decrypt"] : []), ...(grants.personalIds.seal ? ["kms:GenerateDataKey"] : [])],
      );
      for (const statement of naming(statements, key)) {
        expect(statement.Condition, route.id).toEqual({ StringEquals: { "kms:EncryptionContext:purpose": kmsEncryptionContext.purpose } });
      }
      expect("HB_PERSONAL_ID_KEY_SECRET_ARN" in env, route.id).toBe(grants.personalIds.lookup);
      expect("HB_PERSONAL_DATA_KEY_ARN" in env, route.id).toBe(grants.personalIds.seal || grants.personalIds.reveal);
      expect("HB_AUDIT_TABLE_NAME" in env, route.id).toBe(grants.auditLog !== "none");
      if (route.roles === "public") {
        // Nothing but the health probe's one GetItem, on its own key only.
        expect(actionsOf(statements).filter((action) => /^(dynamodb|secretsmanager|kms):/.test(action)), route.id).toEqual(
          route.healthProbe ? ["dynamodb:GetItem"] : [],
        );
      }
    }
    expect(routes.filter((route) => route.roles === "public").map((route) => route.id).sort()).toEqual(["health.get", "openapi.get"]);
  });

  it("lets GET routes only read the main table, unless a route declares that it writes", () => {
    const { table } = ids();
    const reads = new Set(dynamo(tableActions.read));
    for (const route of routes.filter((r) => r.method === "GET")) {
      const writes = actionsOn(routeFunction(route.handler).statements, table).filter((action) => !reads.has(action));
      expect(writes, route.id).toEqual(route.tableAccess === "read-write" ? dynamo(["ConditionCheckItem", "DeleteItem", "PutItem", "UpdateItem"]) : []);
    }
    // GET routes that write (besides their audit entries): none today. A new one must be declared and listed here.
    expect(routes.filter((route) => route.method === "GET" && route.tableAccess).map((route) => route.id)).toEqual([]);
  });

  it("lets no function update or delete an audit entry: route functions and the audit-trail consumer only add them, the audit list also reads", () => {
    const { auditTable } = ids();
    const onAudit = functions().map((fn) => ({ handler: fn.handler, actions: actionsOn(fn.statements, auditTable) }));
    for (const { handler, actions } of onAudit) {
      expect(actions.filter((action) => !["dynamodb:PutItem", "dynamodb:Query"].includes(action)), handler).toEqual([]);
    }
    const holders = (action: string) => onAudit.filter((fn) => fn.actions.includes(action)).map((fn) => fn.handler).sort();
    expect(holders("dynamodb:PutItem")).toEqual(
      [
        ...routes.filter((route) => grantsOf(route).auditLog !== "none").map((route) => route.handler),
        ...pipes.filter((pipe) => pipe.auditLog).map((pipe) => pipe.consumer.handler),
        ...schedules.filter((schedule) => schedule.auditLog).map((schedule) => schedule.handler),
      ].sort(),
    );
    // Every authenticated route may audit (its reads of a client, and its refusals); public ones never.
    expect(routes.filter((route) => grantsOf(route).auditLog === "none").map((route) => route.id).sort()).toEqual(["health.get", "openapi.get"]);
    // The audit lists, and the client's export (it carries who read the client's data).
    expect(holders("dynamodb:Query")).toEqual(routes.filter((route) => grantsOf(route).auditLog === "append-read").map((route) => route.handler).sort());
    expect(holders("dynamodb:Query")).toEqual(["functions/api/audit.list", "functions/api/audit.refusals", "functions/api/exports.clientExport"]);
    const anywhere = stackNames.flatMap((name) =>
      resourcesOf(templates[name], "AWS::IAM::Policy").flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Json[]),
    );
    expect(actionsOf(naming(anywhere, auditTable)).filter((a) => /^dynamodb:(UpdateItem|DeleteItem|BatchWriteItem|PartiQL.*|\*)$/.test(a))).toEqual([]);
  });

  it("gives the personal-ID secret and the personal-data key only to the routes that declare them, in every stack", () => {
    const { secret, key } = ids();
    const holders = (logicalId: string, action: string) =>
      functions().filter((fn) => actionsOn(fn.statements, logicalId).includes(action)).map((fn) => fn.handler).sort();
    const declared = (capability: "lookup" | "seal" | "reveal") =>
      routes.filter((route) => grantsOf(route).personalIds[capability]).map((route) => route.handler).sort();
    // With several issuers HB's authorizer looks callers up; routes look up only what they declare.
    expect(holders(secret, "secretsmanager:GetSecretValue")).toEqual([...declared("lookup"), "functions/authorizer.handler"].sort());
    expect(holders(key, "kms:GenerateDataKey")).toEqual(declared("seal"));
    // Besides the routes, the provider-webhook consumer opens the webhooks' sealed signing secrets (and seals none).
    const consumersOpening = pipes.filter((pipe) => pipe.opensSealed).map((pipe) => pipe.consumer.handler);
    expect(consumersOpening).toEqual(["functions/consumers/provider-webhook.handler"]);
    expect(holders(key, "kms:Decrypt")).toEqual([...declared("reveal"), ...consumersOpening].sort());
    expect(declared("reveal")).toEqual(["functions/api/clients.get", "functions/api/exports.clientExport"]);
    // No statement anywhere grants KMS actions on every key.
    const anywhere = stackNames.flatMap((name) =>
      resourcesOf(templates[name], "AWS::IAM::Policy").flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Json[]),
    );
    expect(anywhere.filter((statement) => actionsOf([statement]).some((a) => a.startsWith("kms:")) && statement.Resource === "*")).toEqual([]);
  });
});

describe("async flows, from pipes", () => {
  const queues = () => resourcesOf(templates.Async, "AWS::SQS::Queue");
  const pipeResource = (filters: Json) =>
    only(
      resourcesOf(templates.Async, "AWS::Pipes::Pipe").filter(
        ([, p]) => JSON.stringify(p.Properties.SourceParameters.FilterCriteria.Filters) === JSON.stringify(filters),
      ),
      "one pipe with these filters",
    );

  it("has one EventBridge Pipe per pipe definition", () => {
    expect(resourcesOf(templates.Async, "AWS::Pipes::Pipe")).toHaveLength(pipes.length);
    // The settlement run's last step stores the pain.001 file: its consumer, and no other, needs the bucket.
    expect(pipes.filter((pipe) => pipe.paymentFiles).map((pipe) => pipe.name)).toEqual(["settlement-run"]);
  });

  for (const pipe of pipes) {
    describe(pipe.name, () => {
      const expectedFilters = pipe.filters.map((pattern) => ({ Pattern: JSON.stringify(pattern) }));
      const wiring = () => {
        const [pipeId, p] = pipeResource(expectedFilters);
        const queueId = refTo(p.Properties.Target)!;
        const queue = templates.Async.Resources[queueId] as Resource;
        const dlqId = refTo(queue.Properties.RedrivePolicy?.deadLetterTargetArn)!;
        return { pipeId, p, queueId, queue, dlqId, dlq: templates.Async.Resources[dlqId] as Resource };
      };

      it("reads the table's stream from LATEST with the defined filters into its queue, with retries and a DLQ of its own", () => {
        const { p, queue, queueId } = wiring();
        expect(p.Properties.Source["Fn::ImportValue"]).toMatch(/StreamArn/);
        expect(queue.Type).toBe("AWS::SQS::Queue");
        const stream = p.Properties.SourceParameters.DynamoDBStreamParameters;
        expect(stream).toMatchObject({ StartingPosition: "LATEST", BatchSize: expect.any(Number), MaximumRetryAttempts: expect.any(Number) });
        const pipeDlqId = refTo(stream.DeadLetterConfig.Arn);
        expect(templates.Async.Resources[pipeDlqId!].Type).toBe("AWS::SQS::Queue");
        expect(pipeDlqId).not.toBe(queueId);
      });

      it("the pipe's role may only read the stream and send to its queues", () => {
        const { p, queueId } = wiring();
        const roleId = refTo(p.Properties.RoleArn)!;
        const role = templates.Async.Resources[roleId];
        expect(role.Properties.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({ Service: "pipes.amazonaws.com" });
        const statements = resourcesOf(templates.Async, "AWS::IAM::Policy")
          .filter(([, policy]) => policy.Properties.Roles.some((r: Json) => refTo(r) === roleId))
          .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement);
        expect(new Set(actionsOf(statements))).toEqual(
          new Set(["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams", "sqs:SendMessage"]),
        );
        const send = statements.find((s) => s.Action === "sqs:SendMessage");
        expect([send.Resource].flat().map(refTo)).toContain(queueId);
      });

      it("the queue has the defined visibility timeout and redrives to a DLQ after maxReceiveCount; both are encrypted", () => {
        const { queue, dlq } = wiring();
        expect(queue.Properties.VisibilityTimeout).toBe(visibilityTimeoutSeconds(pipe));
        expect(queue.Properties.RedrivePolicy.maxReceiveCount).toBe(pipe.queue.maxReceiveCount);
        expect(dlq.Type).toBe("AWS::SQS::Queue");
        expect(dlq.Properties.MessageRetentionPeriod).toBe(pipe.queue.dlqRetentionDays * 86_400);
        expect(dlq.Properties.MessageRetentionPeriod).toBeGreaterThan(queue.Properties.MessageRetentionPeriod);
        for (const [, q] of queues()) expect(q.Properties.SqsManagedSseEnabled).toBe(true);
      });

      it("the consumer runs the defined handler from the queue with partial batch failures and the defined limits", () => {
        const { queueId } = wiring();
        const [fnId, fn] = functionByHandler(templates.Async, pipe.consumer.handler);
        expect(fn.Properties.Timeout).toBe(pipe.consumer.timeoutSeconds);
        const [, mapping] = only(
          resourcesOf(templates.Async, "AWS::Lambda::EventSourceMapping").filter(([, m]) => refTo(m.Properties.EventSourceArn) === queueId),
          "one mapping from the queue",
        );
        expect(refTo(mapping.Properties.FunctionName)).toBe(fnId);
        expect(mapping.Properties).toMatchObject({
          FunctionResponseTypes: ["ReportBatchItemFailures"],
          BatchSize: pipe.consumer.batchSize,
          MaximumBatchingWindowInSeconds: pipe.consumer.maxBatchingWindowSeconds,
          ScalingConfig: { MaximumConcurrency: pipe.consumer.maxConcurrency },
        });
      });

      it("the consumer may read and write the payment-file bucket only when the pipe declares it", () => {
        const [fnId, fn] = functionByHandler(templates.Async, pipe.consumer.handler);
        const actions = actionsOf(statementsOf(templates.Async, fnId));
        expect(actions.some((action) => /^s3:PutObject/.test(action)), pipe.name).toBe(pipe.paymentFiles === "read-write");
        expect(actions.some((action) => /^s3:GetObject/.test(action)), pipe.name).toBe(pipe.paymentFiles === "read-write");
        expect("HB_PAYMENT_FILES_BUCKET" in (fn.Properties.Environment?.Variables ?? {}), pipe.name).toBe(pipe.paymentFiles === "read-write");
      });

      it("alarms when the DLQ holds a message and when the oldest message is too old", () => {
        const { queueId, dlqId } = wiring();
        const alarms = resourcesOf(templates.Async, "AWS::CloudWatch::Alarm").map(([, a]) => a.Properties);
        const on = (queue: string, metric: string) =>
          only(
            alarms.filter((a) => a.MetricName === metric && refTo(a.Dimensions?.[0]?.Value) === queue),
            `${metric} alarm on ${queue}`,
          );
        const depth = on(dlqId, "ApproximateNumberOfMessagesVisible");
        expect(depth).toMatchObject({ Threshold: 1, ComparisonOperator: "GreaterThanOrEqualToThreshold", Namespace: "AWS/SQS" });
        expect(depth.AlarmActions).toHaveLength(1);
        const age = on(queueId, "ApproximateAgeOfOldestMessage");
        expect(age.Threshold).toBe(oldestMessageAlarmSeconds(pipe));
        expect(age.Threshold).toBeGreaterThan(pipe.queue.maxReceiveCount * visibilityTimeoutSeconds(pipe));
        expect(age.AlarmActions).toHaveLength(1);
      });
    });
  }
});

describe("schedules, from the schedule definitions", () => {
  it("runs each scheduled job on an EventBridge rule at its rate", () => {
    const rules = stackNames.flatMap((name) => resourcesOf(templates[name], "AWS::Events::Rule"));
    for (const schedule of schedules) {
      // CDK's own rendering of the rate (60 minutes is "rate(1 hour)").
      const expression = Schedule.rate(Duration.minutes(schedule.everyMinutes)).expressionString;
      const rule = rules.find(([, r]) => r.Properties.ScheduleExpression === expression && r.Properties.Description === schedule.description);
      expect(rule?.[1].Properties.Targets, schedule.name).toHaveLength(1);
    }
  });

  it("alarms when a scheduled job fails", () => {
    const alarms = stackNames.flatMap((name) => resourcesOf(templates[name], "AWS::CloudWatch::Alarm"));
    for (const schedule of schedules) {
      const alarm = alarms.find(([, a]) => String(a.Properties.AlarmDescription).includes(`the ${schedule.name} job failed`));
      expect(alarm?.[1].Properties, schedule.name).toMatchObject({ MetricName: "Errors", Namespace: "AWS/Lambda", Threshold: 1 });
    }
  });
});

describe("every Lambda function", () => {
  it("runs nodejs22.x on arm64 and logs to a log group with a retention", () => {
    for (const name of stackNames) {
      for (const [id, fn] of resourcesOf(templates[name], "AWS::Lambda::Function")) {
        expect(fn.Properties.Runtime, `${name}/${id}`).toBe("nodejs22.x");
        expect(fn.Properties.Architectures, `${name}/${id}`).toEqual(["arm64"]);
        const logGroup = templates[name].Resources[refTo(fn.Properties.LoggingConfig?.LogGroup)!];
        expect(logGroup?.Type, `${name}/${id} log group`).toBe("AWS::Logs::LogGroup");
        expect(logGroup.Properties.RetentionInDays, `${name}/${id}`).toBe(14);
      }
    }
    expect(allResources("Custom::LogRetention")).toEqual([]);
  });

  it("HB handlers: one per route, consumer, schedule and the seed, traced, with the table, area, metrics namespace and tracer settings in their environment", () => {
    const handlers = hbFunctions().map(([, fn]) => fn.Properties.Handler);
    expect(handlers.sort()).toEqual(
      [
        ...routes.map((r) => r.handler),
        ...pipes.map((p) => p.consumer.handler),
        ...schedules.map((s) => s.handler),
        "functions/area-seed.handler",
        // Several issuers (identity.two-issuers.json): HB's Lambda authorizer.
        "functions/authorizer.handler",
      ].sort(),
    );
    for (const [id, fn] of hbFunctions()) {
      expect(fn.Properties.TracingConfig, id).toEqual({ Mode: "Active" });
      expect(fn.Properties.Environment.Variables, id).toMatchObject({
        HB_AREA: "test",
        HB_TABLE_NAME: expect.anything(),
        POWERTOOLS_SERVICE_NAME: expect.any(String),
        POWERTOOLS_METRICS_NAMESPACE: "HB",
        POWERTOOLS_TRACER_CAPTURE_ERROR: "false",
        NODE_OPTIONS: "--enable-source-maps",
      });
    }
  });

  it("no policy grants Scan, table management or wildcard actions on the table", () => {
    const actions = stackNames.flatMap((name) =>
      resourcesOf(templates[name], "AWS::IAM::Policy").flatMap(([, p]) => actionsOf(p.Properties.PolicyDocument.Statement)),
    );
    expect(actions.filter((a) => /^dynamodb:(\*|Scan|DeleteTable|UpdateTable|CreateTable)$/.test(a) || a === "*")).toEqual([]);
  });
});

describe("web app (Web)", () => {
  const distribution = () => only(resourcesOf(templates.Web, "AWS::CloudFront::Distribution"), "one distribution")[1].Properties.DistributionConfig;
  const headersPolicy = () => only(resourcesOf(templates.Web, "AWS::CloudFront::ResponseHeadersPolicy"), "one response headers policy");

  it("sends the shared security headers on every answer of the site", () => {
    const [policyId, policy] = headersPolicy();
    expect(refTo(distribution().DefaultCacheBehavior.ResponseHeadersPolicyId)).toBe(policyId);
    const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    // The app calls the API (the Api stack's URL) and the OIDC issuer, nothing else.
    expect(csp).toMatch(/connect-src 'self' ",\{"Fn::ImportValue":"[^"]*Api[^"]*"\}," https:\/\/tunnistus\.example\.fi;/);
    expect(headers.StrictTransportSecurity).toEqual({ AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.FrameOptions).toEqual({ FrameOption: "DENY", Override: true });
    expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: "no-referrer", Override: true });
    expect(policy.Properties.ResponseHeadersPolicyConfig.CustomHeadersConfig.Items).toEqual([
      { Header: "Permissions-Policy", Value: expect.stringContaining("camera=()"), Override: true },
    ]);
  });

  it("answers the app's own routes with index.html, on the area's host name, whose origin the API allows", () => {
    expect(distribution().CustomErrorResponses).toEqual(
      expect.arrayContaining([expect.objectContaining({ ErrorCode: 404, ResponseCode: 200, ResponsePagePath: "/index.html" })]),
    );
    expect(distribution().Aliases).toEqual(["hb.example.fi"]);
    expect(distribution().ViewerCertificate.AcmCertificateArn).toBe(deployEnv.HB_WEB_CERTIFICATE_ARN);
    expect(distribution().WebACLId).toBe(deployEnv.HB_WEB_ACL_ARN);
    const [, api] = only(resourcesOf(templates.Api, "AWS::ApiGatewayV2::Api"), "one HTTP API");
    expect(api.Properties.CorsConfiguration.AllowOrigins).toContain("https://hb.example.fi");
  });

  it("builds the app with the API's URL and the OIDC settings", () => {
    const site = getStack(Web).node.findChild("WebApp") as StaticSite;
    const { environment } = site.getConstructMetadata().data;
    expect(Object.keys(environment).sort()).toEqual(["VITE_HB_API_URL", "VITE_HB_OIDC_AUDIENCE", "VITE_HB_OIDC_CLIENT_ID", "VITE_HB_OIDC_ISSUER", "VITE_HB_OIDC_SCOPE"]);
    expect(environment).toMatchObject({
      VITE_HB_OIDC_ISSUER: "https://tunnistus.example.fi/realms/citizens",
      VITE_HB_OIDC_CLIENT_ID: "hb-web-test",
      VITE_HB_OIDC_AUDIENCE: "hb-portal",
      VITE_HB_OIDC_SCOPE: "openid profile",
    });
    // The API's URL is known only at deploy: SST builds with a placeholder and puts the URL into the files then.
    const [, upload] = only(resourcesOf(templates.Web, "Custom::S3Uploader"), "one upload of the site");
    const replaced = upload.Properties.replaceValues.filter((value: Json) => value.search === "{{ VITE_HB_API_URL }}");
    expect(replaced.map((value: Json) => value.files).sort()).toEqual(["**/*.html", "**/*.js"]);
    for (const value of replaced) expect(JSON.stringify(value.replace)).toMatch(/Fn::ImportValue.*Api/);
  });
});

describe("production-like stage", () => {
  // A full SST synth of a production-like stage needs its areas/<stage>.json (config.test.ts checks
  // that it fails without one); the data resources are built by the same functions here.
  const template = () => {
    const stack = new CdkStack(new CdkApp(), "Lappi");
    const config = { stage: "lappi", productionLike: true, corsOrigins: [] };
    createTable(stack, config);
    createAuditTable(stack, config);
    createPaymentFilesBucket(stack, config);
    createClientExportsBucket(stack, config);
    createPersonalIdKey(stack, config);
    createPersonalDataKey(stack, config);
    return Template.fromStack(stack).toJSON();
  };

  it("protects both tables from deletion and retains the tables, the buckets, the named secret and the personal-data key", () => {
    const t = template();
    const tables = resourcesOf(t, "AWS::DynamoDB::Table");
    expect(tables).toHaveLength(2);
    for (const [, table] of tables) expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    for (const [, resource] of [
      ...tables,
      ...resourcesOf(t, "AWS::S3::Bucket"),
      ...resourcesOf(t, "AWS::SecretsManager::Secret"),
      ...resourcesOf(t, "AWS::KMS::Key"),
    ]) {
      expect(resource.DeletionPolicy).toBe("Retain");
      expect(resource.UpdateReplacePolicy).toBe("Retain");
    }
    expect(only(resourcesOf(t, "AWS::SecretsManager::Secret"), "secret")[1].Properties.Name).toBe("hb/lappi/personal-id-key");
  });
});

describe("notification delivery beyond the inbox (notify consumer)", () => {
  const jwt = { HB_IDENTITY_FILE: deployEnv.HB_IDENTITY_FILE };
  const notifyEnvNames = ["HB_NOTIFY_WEBHOOK_URL", "HB_NOTIFY_WEBHOOK_SECRET_ARN", "HB_NOTIFY_EMAIL_FROM", "HB_NOTIFY_EMAIL_TO"];

  it("without delivery settings (the synthesized test stage) the consumer gets no channel, no secret and no SES permission", () => {
    const [fnId, fn] = functionByHandler(templates.Async, notifyPipe.consumer.handler);
    const variables = Object.keys(fn.Properties.Environment.Variables);
    expect(variables.filter((name) => notifyEnvNames.includes(name))).toEqual([]);
    expect(resourcesOf(templates.Async, "AWS::SecretsManager::Secret")).toEqual([]);
    expect(actionsOf(statementsOf(templates.Async, fnId)).filter((a) => /^(ses|sesv2|secretsmanager):/.test(a))).toEqual([]);
  });

  /** The wiring of the stack, on a stand-in function: a second full synth (esbuild bundling) would take minutes. */
  const wired = (config: { stage: string; productionLike: boolean; notify: NotifySettings }) => {
    const stack = new CdkStack(new CdkApp(), "Notify", { env: { account: "123456789012", region: "eu-north-1" } });
    const fn = new LambdaFunction(stack, "NotifyConsumer", {
      runtime: Runtime.NODEJS_22_X,
      handler: "index.handler",
      code: Code.fromInline("export const handler = async () => {};"),
    });
    notifyDelivery(stack, fn, config);
    const template = Template.fromStack(stack).toJSON();
    const [fnId, resource] = only(resourcesOf(template, "AWS::Lambda::Function"), "the consumer");
    return { template, variables: resource.Properties.Environment?.Variables ?? {}, statements: statementsOf(template, fnId) };
  };
  const everything: NotifySettings = {
    webhookUrl: "https://hooks.lappi.example.fi/hb?token=abc",
    emailFrom: "hb@lappi.example.fi",
    emailTo: ["hb-tiimi@lappi.example.fi"],
  };

  it("a webhook gets a generated 64-character secret, named and retained on production-like stages, that only the consumer reads", () => {
    const { template, variables, statements } = wired({ stage: "lappi", productionLike: true, notify: everything });
    const [secretId, secret] = only(resourcesOf(template, "AWS::SecretsManager::Secret"), "one secret");
    expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 64 });
    expect(secret.Properties.Name).toBe("hb/lappi/notify-webhook-secret");
    expect(secret.DeletionPolicy).toBe("Retain");
    expect(variables).toMatchObject({ HB_NOTIFY_WEBHOOK_URL: everything.webhookUrl, HB_NOTIFY_WEBHOOK_SECRET_ARN: { Ref: secretId } });
    expect(variables).not.toHaveProperty("HB_NOTIFY_WEBHOOK_SECRET"); // the value itself never reaches the template
    const reads = statements.filter((s) => actionsOf([s]).includes("secretsmanager:GetSecretValue"));
    expect(reads).toHaveLength(1);
    expect(reads[0].Resource).toEqual({ Ref: secretId });

    const dev = wired({ stage: "dev", productionLike: false, notify: { webhookUrl: "http://hooks.example.fi/hb", emailTo: [] } });
    const [, devSecret] = only(resourcesOf(dev.template, "AWS::SecretsManager::Secret"), "one secret");
    expect(devSecret.Properties.Name).toBeUndefined();
    expect(devSecret.DeletionPolicy).toBe("Delete");
    expect(actionsOf(dev.statements).filter((a) => a.startsWith("ses:"))).toEqual([]);
    expect(dev.variables).not.toHaveProperty("HB_NOTIFY_EMAIL_FROM");
  });

  it("a team mailbox gets ses:SendEmail on the sender's identity only (its address or domain, as the From address)", () => {
    const { variables, statements } = wired({ stage: "lappi", productionLike: true, notify: everything });
    expect(variables).toMatchObject({ HB_NOTIFY_EMAIL_FROM: "hb@lappi.example.fi", HB_NOTIFY_EMAIL_TO: "hb-tiimi@lappi.example.fi" });
    const ses = statements.filter((s) => actionsOf([s]).some((a) => a.startsWith("ses:")));
    expect(ses).toEqual([
      {
        Action: "ses:SendEmail",
        Effect: "Allow",
        Resource: [
          { "Fn::Join": ["", ["arn:", { Ref: "AWS::Partition" }, ":ses:eu-north-1:123456789012:identity/hb@lappi.example.fi"]] },
          { "Fn::Join": ["", ["arn:", { Ref: "AWS::Partition" }, ":ses:eu-north-1:123456789012:identity/lappi.example.fi"]] },
        ],
        Condition: { StringEquals: { "ses:FromAddress": "hb@lappi.example.fi" } },
      },
    ]);

    const mailOnly = wired({ stage: "lappi", productionLike: true, notify: { emailFrom: everything.emailFrom, emailTo: everything.emailTo } });
    expect(resourcesOf(mailOnly.template, "AWS::SecretsManager::Secret")).toEqual([]);
    expect(mailOnly.variables).not.toHaveProperty("HB_NOTIFY_WEBHOOK_URL");
  });

  it("config: nothing set means the inbox only; the settings are parsed and trimmed", () => {
    expect(loadDeployConfig("dev", jwt).notify).toEqual({ webhookUrl: undefined, emailFrom: undefined, emailTo: [] });
    expect(
      loadDeployConfig("dev", {
        ...jwt,
        HB_NOTIFY_WEBHOOK_URL: " https://hooks.example.fi/hb ",
        HB_NOTIFY_EMAIL_FROM: "hb@example.fi",
        HB_NOTIFY_EMAIL_TO: "tiimi@example.fi, ",
      }).notify,
    ).toEqual({ webhookUrl: "https://hooks.example.fi/hb", emailFrom: "hb@example.fi", emailTo: ["tiimi@example.fi"] });
  });

  it("config: the webhook must be https on production-like stages (http only elsewhere), a URL, without credentials", () => {
    expect(() => loadDeployConfig("lappi", { ...jwt, HB_NOTIFY_WEBHOOK_URL: "http://hooks.example.fi/hb" })).toThrow(
      /HB_NOTIFY_WEBHOOK_URL must be an https URL on production-like stage "lappi"/,
    );
    expect(loadDeployConfig("dev", { ...jwt, HB_NOTIFY_WEBHOOK_URL: "http://hooks.example.fi/hb" }).notify.webhookUrl).toBe("http://hooks.example.fi/hb");
    expect(() => loadDeployConfig("dev", { ...jwt, HB_NOTIFY_WEBHOOK_URL: "ftp://hooks.example.fi/hb" })).toThrow(/must be an https URL/);
    expect(() => loadDeployConfig("dev", { ...jwt, HB_NOTIFY_WEBHOOK_URL: "hooks.example.fi" })).toThrow(/is not a URL/);
    expect(() => loadDeployConfig("dev", { ...jwt, HB_NOTIFY_WEBHOOK_URL: "https://hb:pw@hooks.example.fi/" })).toThrow(/must not carry credentials/);
  });

  it("config: the mailbox needs both a sender and recipients, as plain addresses; every problem is reported at once", () => {
    expect(() => loadDeployConfig("dev", { ...jwt, HB_NOTIFY_EMAIL_FROM: "hb@example.fi" })).toThrow(/must be set together/);
    expect(() => loadDeployConfig("dev", { ...jwt, HB_NOTIFY_EMAIL_TO: "tiimi@example.fi" })).toThrow(/must be set together/);
    expect(() =>
      loadDeployConfig("dev", { ...jwt, HB_NOTIFY_EMAIL_FROM: "HB <hb@example.fi>", HB_NOTIFY_EMAIL_TO: "tiimi", HB_NOTIFY_WEBHOOK_URL: "nope" }),
    ).toThrow(/HB_NOTIFY_WEBHOOK_URL "nope" is not a URL[\s\S]*HB_NOTIFY_EMAIL_FROM "HB <hb@example.fi>" is not an e-mail address[\s\S]*HB_NOTIFY_EMAIL_TO entry "tiimi"/);
  });
});
