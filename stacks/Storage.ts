/**
 * What an area's data lives in: the single table and the audit table (built
 * from the shared table definitions), the payment-file and client-export
 * buckets, the personal-ID HMAC key, the KMS key that seals personal identity
 * codes, and the seed that writes the area's settings file into the table.
 */
import { createHash } from "node:crypto";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { Key } from "aws-cdk-lib/aws-kms";
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import { Script, type StackContext } from "sst/constructs";
import { auditTableDefinition, type TableDefinition, tableDefinition } from "@hb/core/table";
import { type DeployConfig, loadDeployConfig } from "./config";
import { hbFunction, noGrants } from "./lambda";

type Protection = Pick<DeployConfig, "stage" | "productionLike">;

/**
 * A table exactly as its definition says (the local runtime builds its
 * tables from the same definitions). All key attributes are strings, as in
 * `createTableInput`; indexes project ALL, as there.
 */
export function createTable(scope: Construct, config: Protection, definition: TableDefinition = tableDefinition, id = "Table"): Table {
  const key = (name: string) => ({ name, type: AttributeType.STRING });
  const table = new Table(scope, id, {
    partitionKey: key(definition.partitionKey),
    sortKey: key(definition.sortKey),
    billingMode: BillingMode.PAY_PER_REQUEST,
    ...(definition.streamViewType ? { stream: StreamViewType[definition.streamViewType] } : {}),
    timeToLiveAttribute: definition.ttlAttribute,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: definition.pointInTimeRecovery },
    // KMS key managed by AWS (aws/dynamodb): encrypted at rest, every use in CloudTrail, no key to lose or rotate.
    encryption: TableEncryption.AWS_MANAGED,
    deletionProtection: config.productionLike,
    removalPolicy: config.productionLike ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
  for (const index of definition.globalIndexes) {
    table.addGlobalSecondaryIndex({
      indexName: index.indexName,
      partitionKey: key(index.partitionKey),
      sortKey: key(index.sortKey),
    });
  }
  return table;
}

/** Payment files (SEPA credit transfers) hold names and IBANs: private, encrypted, TLS only, versioned. */
export function createPaymentFilesBucket(scope: Construct, config: Protection): Bucket {
  return new Bucket(scope, "PaymentFiles", {
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    versioned: true,
    lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(7) }],
    // Not emptied on removal of a dev stage either: `sst remove` fails on a non-empty bucket, by design.
    removalPolicy: config.productionLike ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
}

/**
 * Client exports hold everything on a client, the personal identity code
 * included: private, encrypted, TLS only like the payment files, and gone a
 * day after they were written (the download link lives 5 minutes). Not
 * versioned, so an expired export does not live on as an old version. The
 * area's browser front ends may fetch a link (GET only).
 */
export function createClientExportsBucket(scope: Construct, config: Protection & Pick<DeployConfig, "corsOrigins">): Bucket {
  return new Bucket(scope, "ClientExports", {
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    lifecycleRules: [{ expiration: Duration.days(1), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
    ...(config.corsOrigins.length > 0
      ? { cors: [{ allowedMethods: [HttpMethods.GET], allowedOrigins: [...config.corsOrigins], maxAge: 3600 }] }
      : {}),
    removalPolicy: config.productionLike ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
}

/**
 * The HMAC key of personal-ID lookups. Always retained, never rotated: a new
 * key makes every stored lookup item unfindable. On production-like stages
 * it has a fixed name, so re-creating a deleted stack stops with "already
 * exists" instead of silently generating a second key.
 */
export function createPersonalIdKey(scope: Construct, config: Protection): Secret {
  return new Secret(scope, "PersonalIdKey", {
    secretName: config.productionLike ? `hb/${config.stage}/personal-id-key` : undefined,
    description: `HB ${config.stage}: HMAC key of personal identity code lookups. Never rotate or delete: lookups depend on it.`,
    generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
    removalPolicy: RemovalPolicy.RETAIN,
  });
}

/** The append-only audit log (`auditTableDefinition`), protected and retained like the main table. */
export const createAuditTable = (scope: Construct, config: Protection): Table =>
  createTable(scope, config, auditTableDefinition, "AuditTable");

/**
 * The customer-managed KMS key that wraps the data keys sealing personal
 * identity codes (packages/core/src/personal-data). Yearly automatic
 * rotation keeps old values openable; losing the key loses every code, so
 * production-like stages retain it.
 */
export function createPersonalDataKey(scope: Construct, config: Protection): Key {
  return new Key(scope, "PersonalDataKey", {
    alias: `alias/hb/${config.stage}/personal-data`,
    description: `HB ${config.stage}: wraps the data keys that seal personal identity codes. Never delete: sealed codes depend on it.`,
    enableKeyRotation: true,
    pendingWindow: Duration.days(30),
    removalPolicy: config.productionLike ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
}

export function Storage({ stack, app }: StackContext) {
  const config = loadDeployConfig(app.stage);
  // After a restore the stack serves the restored table; the one it created stays (retained) until removed by hand.
  const table = config.restoredTable
    ? Table.fromTableAttributes(stack, "RestoredTable", { tableName: config.restoredTable.tableName, tableStreamArn: config.restoredTable.streamArn })
    : createTable(stack, config);
  const auditTable = createAuditTable(stack, config);
  const bucket = createPaymentFilesBucket(stack, config);
  const clientExports = createClientExportsBucket(stack, config);
  const personalIdKey = createPersonalIdKey(stack, config);
  const personalDataKey = createPersonalDataKey(stack, config);
  const data = { table, auditTable, personalIdKey, personalDataKey };

  // The seed writes what is missing and keeps what the area has changed through the API (seedArea).
  // It runs when the stack is created and again when the area file or the table changes.
  const seed = hbFunction(stack, "AreaSeed", {
    handler: "functions/area-seed.handler",
    description: `Seeds the area settings of ${config.areaFile} into the table (create-if-missing)`,
    data,
    config,
    grants: noGrants,
    // GetItem: a stack seeded before settings versions has its settings item copied as the first version.
    extraStatements: [new PolicyStatement({ actions: ["dynamodb:GetItem", "dynamodb:PutItem"], resources: [table.tableArn] })],
    copyFiles: [{ from: config.areaFile, to: "area.json" }],
    timeout: 60,
    enableLiveDev: false,
  });
  // The suffix runs the seed once more on stacks seeded before settings versions, which copies their settings as the first version.
  const areaFileHash = `${createHash("sha256").update(config.areaFileContent).digest("hex")}:settings-versions`;
  new Script(stack, "AreaSeedScript", {
    onCreate: seed,
    onUpdate: seed,
    params: { tableName: table.tableName, areaFile: config.areaFile, areaFileHash },
    version: areaFileHash,
  });

  stack.addOutputs({
    TableName: table.tableName,
    AuditTableName: auditTable.tableName,
    PaymentFilesBucket: bucket.bucketName,
    ClientExportsBucket: clientExports.bucketName,
    PersonalIdKeySecretArn: personalIdKey.secretArn,
    PersonalDataKeyArn: personalDataKey.keyArn,
  });
  return { data, bucket, clientExports };
}
