/**
 * Per-stage deploy settings, read from the environment when the stack is
 * synthesized (`npx sst deploy --stage <area>`) and validated before any
 * resource is built, so a wrong setting fails the synth, not the running API.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAreaFile } from "@hb/core/area/settings";
import { type IdentitySettings, parseIdentitySettings } from "@hb/core/identity/settings";
import { parseWeb, type WebSettings } from "./web-settings";

/**
 * Stages whose data is disposable: the shared `dev` stage, the `test` stage
 * the infrastructure tests synthesize, `demo` (the demo area of areas/demo.json,
 * whose issuers are placeholders: a showcase, never an area's data, and what
 * `npm run synth -- --stage demo` builds with no settings), and personal or preview stages named
 * `dev-<name>`, `test-<name>` or `pr-<number>`. Every other stage name is a
 * welfare area (e.g. `lappi`, `pirha`) and is production-like: its data is
 * retained and protected, and its settings must be given explicitly. An
 * unknown name is production-like on purpose: a typo keeps data, it never
 * deletes it.
 */
export function isProductionLike(stage: string): boolean {
  return !/^(dev|test)(-[a-z0-9-]+)?$|^demo$|^pr-[0-9]+$/.test(stage);
}

export interface DeployConfig {
  readonly stage: string;
  readonly productionLike: boolean;
  /** The identity providers the area trusts and how their tokens map to HB (docs/operations.md#identity). */
  readonly identity: IdentitySettings;
  /** The file the identity settings came from, relative to the repository root. */
  readonly identityFile: string;
  /** Where alarm notifications are e-mailed; none when unset (subscribe to the topic yourself). */
  readonly alarmEmail?: string;
  /** Browser origins allowed by CORS; empty = no CORS headers at all. */
  readonly corsOrigins: readonly string[];
  /**
   * Retention of every function's log group and of the API access log:
   * 90 days on production-like stages (a monthly settlement cycle plus time
   * to investigate a complaint; logs hold request ids and sometimes client
   * ids, so not longer: the legally required who-read-what record is the
   * audit log in the table, not these logs), 14 days elsewhere.
   */
  readonly logRetentionDays: 14 | 90;
  /** The area settings file seeded into the table, relative to the repository root. */
  readonly areaFile: string;
  /** The area file's content, for the seed's change detection. */
  readonly areaFileContent: string;
  /** Build identifier (e.g. the git commit) reported by GET /v1/health; optional. */
  readonly version?: string;
  /** Delivery of notifications beyond the inbox (the notify consumer); nothing set = the inbox only. */
  readonly notify: NotifySettings;
  /** The web app's site (stacks/Web.ts). */
  readonly web: WebSettings;
  /**
   * `HB_RESTORED_TABLE_STREAM_ARN`: the stream of a table restored from point-in-time recovery that
   * the stack uses instead of the table it created (docs/operations.md#restoring-from-point-in-time-recovery).
   */
  readonly restoredTable?: { readonly tableName: string; readonly streamArn: string };
}

export interface NotifySettings {
  /** `HB_NOTIFY_WEBHOOK_URL`: receives every notification, signed with a secret the stack generates. */
  readonly webhookUrl?: string;
  /** `HB_NOTIFY_EMAIL_FROM`: the SES-verified sender of the team mail; set with `emailTo`. */
  readonly emailFrom?: string;
  /** `HB_NOTIFY_EMAIL_TO` (comma list): the area's team mailbox for workers' notifications. */
  readonly emailTo: readonly string[];
}

type Env = Readonly<Record<string, string | undefined>>;

/** The repository root: sst and vitest both run from it. */
const root = (): string => process.cwd();

const STAGE_NAME = /^[a-z][a-z0-9-]{0,29}$/;

const list = (value: string | undefined): string[] =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

class ConfigError extends Error {
  constructor(stage: string, problems: readonly string[]) {
    super(`Invalid deploy settings for stage "${stage}":\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`warning: ${message}`);
}

/**
 * The area's trusted issuers: `HB_IDENTITY_FILE`, else `areas/<stage>.identity.json`; stages whose
 * data is disposable fall back to the demo's, whose placeholder issuers trust nobody.
 */
function findIdentity(stage: string, productionLike: boolean, env: Env, problems: string[]): { path: string; settings: IdentitySettings } | undefined {
  const own = join("areas", `${stage}.identity.json`);
  const named = env.HB_IDENTITY_FILE?.trim();
  const path = named || (existsSync(join(root(), own)) ? own : productionLike ? undefined : join("areas", "demo.identity.json"));
  if (!path) {
    problems.push(`identity settings ${own} are missing: list the area's trusted issuers there (start from areas/demo.identity.json; docs/operations.md#identity)`);
    return undefined;
  }
  if (!existsSync(join(root(), path))) {
    problems.push(`HB_IDENTITY_FILE ${path} does not exist`);
    return undefined;
  }
  if (!named && path !== own) warnOnce(`stage "${stage}": no ${own}, using ${path}, whose placeholder issuers trust nobody`);
  let settings: IdentitySettings;
  try {
    settings = parseIdentitySettings(JSON.parse(readFileSync(join(root(), path), "utf8")));
  } catch (error) {
    problems.push(`${path} is not valid identity settings: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  for (const issuer of settings.issuers) {
    const url = new URL(issuer.issuer);
    // API Gateway's JWT authorizer and OIDC discovery both need https.
    if (url.protocol !== "https:") problems.push(`${path}: issuer ${issuer.name} "${issuer.issuer}" must be an https URL`);
    if (url.search || url.hash) problems.push(`${path}: issuer ${issuer.name} "${issuer.issuer}" must not have a query or fragment`);
  }
  return { path, settings };
}

function parseOrigins(stage: string, productionLike: boolean, value: string | undefined, problems: string[]): string[] {
  const origins = list(value);
  for (const origin of origins) {
    if (origin === "*") {
      if (productionLike) problems.push(`HB_CORS_ORIGINS must list origins on production-like stage "${stage}", not "*"`);
      continue;
    }
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || url.origin !== origin) {
      problems.push(`HB_CORS_ORIGINS entry "${origin}" is not an origin (scheme://host[:port], no path or trailing slash)`);
    } else if (url.protocol !== "https:" && !(url.hostname === "localhost" && !productionLike)) {
      problems.push(`HB_CORS_ORIGINS entry "${origin}" must be https (http://localhost only on non-production stages)`);
    }
  }
  return origins;
}

function findAreaFile(stage: string, productionLike: boolean, problems: string[]): { path: string; content: string } | undefined {
  const own = join("areas", `${stage}.json`);
  const path = existsSync(join(root(), own))
    ? own
    : productionLike
      ? undefined
      : join("areas", "demo.json");
  if (!path) {
    problems.push(
      `area file ${own} is missing: a production-like stage seeds its own catalogue, prices and settings. ` +
        `Add ${own} (start from areas/demo.json) or deploy a non-production stage (dev, test, dev-<name>, pr-<n>).`,
    );
    return undefined;
  }
  const content = readFileSync(join(root(), path), "utf8");
  try {
    const file = parseAreaFile(JSON.parse(content));
    if (productionLike && file.area.code !== stage) {
      problems.push(`${path} is for area "${file.area.code}", not for stage "${stage}"`);
    }
  } catch (error) {
    problems.push(`${path} is not a valid area file: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { path, content };
}

const EMAIL = /^[^\s@,<>]+@[^\s@,<>]+\.[^\s@,<>]+$/;

function parseNotify(stage: string, productionLike: boolean, env: Env, problems: string[]): NotifySettings {
  const webhookUrl = env.HB_NOTIFY_WEBHOOK_URL?.trim() || undefined;
  if (webhookUrl) {
    let url: URL | undefined;
    try {
      url = new URL(webhookUrl);
    } catch {
      problems.push(`HB_NOTIFY_WEBHOOK_URL "${webhookUrl}" is not a URL`);
    }
    if (url && url.protocol !== "https:" && (productionLike || url.protocol !== "http:")) {
      problems.push(`HB_NOTIFY_WEBHOOK_URL must be an https URL${productionLike ? ` on production-like stage "${stage}"` : ""}`);
    }
    // The URL is in the function's environment and the template; the receiver authenticates HB by the signature.
    if (url && (url.username || url.password)) problems.push("HB_NOTIFY_WEBHOOK_URL must not carry credentials (user:password@); receivers check the signature");
  }
  const emailFrom = env.HB_NOTIFY_EMAIL_FROM?.trim() || undefined;
  const emailTo = list(env.HB_NOTIFY_EMAIL_TO);
  if (emailFrom && !EMAIL.test(emailFrom)) problems.push(`HB_NOTIFY_EMAIL_FROM "${emailFrom}" is not an e-mail address (no display name)`);
  for (const address of emailTo) if (!EMAIL.test(address)) problems.push(`HB_NOTIFY_EMAIL_TO entry "${address}" is not an e-mail address`);
  if (emailTo.length > 50) problems.push("HB_NOTIFY_EMAIL_TO lists more than 50 addresses (SES's limit); name one team mailbox");
  if (Boolean(emailFrom) !== emailTo.length > 0) problems.push("HB_NOTIFY_EMAIL_FROM and HB_NOTIFY_EMAIL_TO must be set together");
  return { webhookUrl, emailFrom, emailTo };
}

/** Reads and validates the deploy settings of `stage`; throws one error listing every problem. */
export function loadDeployConfig(stage: string, env: Env = process.env): DeployConfig {
  const problems: string[] = [];
  if (!STAGE_NAME.test(stage)) {
    problems.push("the stage name must be 1-30 lower-case letters, digits or hyphens, starting with a letter");
  }
  const productionLike = isProductionLike(stage);

  if (env.HB_JWT_ISSUER !== undefined || env.HB_JWT_AUDIENCE !== undefined) {
    problems.push("HB_JWT_ISSUER and HB_JWT_AUDIENCE are replaced by the trusted issuers in areas/<stage>.identity.json (docs/operations.md#identity)");
  }
  const identity = STAGE_NAME.test(stage) ? findIdentity(stage, productionLike, env, problems) : undefined;

  const alarmEmail = env.HB_ALARM_EMAIL?.trim() || undefined;
  if (alarmEmail && !/^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(alarmEmail)) {
    problems.push(`HB_ALARM_EMAIL "${alarmEmail}" is not an e-mail address`);
  }
  if (!alarmEmail && productionLike) {
    warnOnce(`stage "${stage}": HB_ALARM_EMAIL not set, alarms go to an SNS topic nobody is subscribed to yet`);
  }

  const corsOrigins = parseOrigins(stage, productionLike, env.HB_CORS_ORIGINS, problems);
  const area = STAGE_NAME.test(stage) ? findAreaFile(stage, productionLike, problems) : undefined;
  const notify = parseNotify(stage, productionLike, env, problems);
  const web = parseWeb(stage, productionLike, env, identity?.settings, problems);
  // The site's own origin may call the API (and fetch the client's export) without being listed again.
  const webOrigin = web.domain && `https://${web.domain}`;
  const restoredTable = parseRestoredTable(env.HB_RESTORED_TABLE_STREAM_ARN, problems);
  if (webOrigin && !corsOrigins.includes(webOrigin) && !corsOrigins.includes("*")) corsOrigins.push(webOrigin);

  if (problems.length > 0 || !area || !identity) throw new ConfigError(stage, problems);
  return {
    stage,
    productionLike,
    identity: identity.settings,
    identityFile: identity.path,
    alarmEmail,
    corsOrigins,
    logRetentionDays: productionLike ? 90 : 14,
    areaFile: area.path,
    areaFileContent: area.content,
    version: env.HB_VERSION?.trim() || undefined,
    notify,
    web,
    ...(restoredTable ? { restoredTable } : {}),
  };
}

function parseRestoredTable(value: string | undefined, problems: string[]): DeployConfig["restoredTable"] {
  const streamArn = value?.trim();
  if (!streamArn) return undefined;
  // The stream's ARN names its table: one setting cannot name a table and another table's stream.
  const match = /^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\d{12}:table\/([A-Za-z0-9_.-]{3,255})\/stream\/[0-9T:.-]+$/.exec(streamArn);
  if (!match) {
    problems.push(`HB_RESTORED_TABLE_STREAM_ARN "${streamArn}" is not a DynamoDB stream ARN (aws dynamodb describe-table --query Table.LatestStreamArn)`);
    return undefined;
  }
  return { tableName: match[1]!, streamArn };
}
