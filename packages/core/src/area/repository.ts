import { PutItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, getItem, isConditionalCheckFailed, queryAll, tableName } from "../db";
import { type Kept, keptFor } from "../kept";
import { keys } from "../keys";
import type { AreaFile, AreaSettings, Bundle } from "./settings";

/**
 * Area-wide items share the partition `AREA`: settings, bundles and the
 * service catalogue (small, read together). Settings are kept as versions,
 * `SETTINGS#<effectiveFrom>`, never overwritten once in force (decision 81).
 * Stacks seeded before versions hold one item `SETTINGS`, which sorts before
 * every version: it answers until the seed copies it as the first version.
 */
const legacySettingsKey = keys.AreaSettings.key({});
export const settingsVersionKey = (effectiveFrom: string) => keys.AreaSettingsVersion.key({ effectiveFrom });
/** The seeded version applies to everything before the first change. */
export const FIRST_VERSION_FROM = "2000-01-01";

export interface StoredSettingsVersion extends AreaSettings {
  effectiveFrom: string;
  madeBy?: { sub: string; roles: string[] };
  /** Absent on the item of a stack seeded before versions. */
  madeAt?: string;
}

function toVersion(item: Record<string, unknown>): StoredSettingsVersion {
  const { pk: _pk, sk: _sk, type: _type, effectiveFrom, ...settings } = item;
  return { ...(settings as unknown as Omit<StoredSettingsVersion, "effectiveFrom">), effectiveFrom: (effectiveFrom as string | undefined) ?? FIRST_VERSION_FROM };
}

/**
 * How long a container answers settings from the versions it read (decision 103). A request read
 * them up to four times; a version written elsewhere is seen here within this long, and one written
 * in this container at once (`forgetAreaSettings`).
 */
const SETTINGS_CACHE_MS = 60_000;
/** By table: a process may run local runtimes of several tables side by side. */
const versionsByTable = new Map<string, Kept<StoredSettingsVersion[]>>();

/** Every version, oldest first, as read at most once a minute per container and table. */
function readVersions(): Promise<StoredSettingsVersion[]> {
  const table = tableName();
  let versions = versionsByTable.get(table);
  if (!versions) versionsByTable.set(table, (versions = keptFor(SETTINGS_CACHE_MS, listSettingsVersions)));
  return versions.get();
}

/** This container wrote settings (a change, the seed): the next read takes them from the table. */
export function forgetAreaSettings(): void {
  versionsByTable.clear();
}

/** The version in force on `on` (a business date): the latest version from that day or before. */
export async function getAreaSettings(on: string): Promise<AreaSettings> {
  const inForce = (await readVersions()).filter((version) => version.effectiveFrom <= on).at(-1);
  if (!inForce) throw new Error("area settings are missing: seed the area first");
  // A copy: callers own what they are given, and the versions read stay as read.
  return structuredClone(inForce);
}

/** Every version, oldest first (an area changes its rules a few times a year). */
export async function listSettingsVersions(): Promise<StoredSettingsVersion[]> {
  const items = await queryAll({
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    // The legacy item and every version.
    ExpressionAttributeValues: marshall({ ":pk": legacySettingsKey.pk, ":prefix": keys.AreaSettings.sk.prefix }),
  });
  // Until the seed has copied it, the item of a stack seeded before versions is the first version.
  const copied = items.some((item) => item.sk === settingsVersionKey(FIRST_VERSION_FROM).sk);
  return items.filter((item) => !(copied && item.sk === legacySettingsKey.sk)).map(toVersion);
}

export async function listBundles(): Promise<Bundle[]> {
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: marshall({ ":pk": keys.Bundle.pk({}), ":prefix": keys.Bundle.sk.prefix }),
    }),
  );
  return (result.Items ?? []).map((item) => {
    const { code, name } = unmarshall(item);
    return { code, name } as Bundle;
  });
}

/**
 * Writes the area file's settings (as the first version), bundles and
 * services where they are missing. Existing items are kept: once seeded, the
 * area owns its data and changes it through the API, so a redeploy never
 * overwrites those changes. A stack seeded before versions gets its settings
 * item copied as the first version, not the file, which may have changed
 * since without effect.
 */
export async function seedArea(file: AreaFile, now: Date): Promise<{ written: number; kept: number }> {
  const legacy = await getItem<Record<string, unknown>>(legacySettingsKey);
  const { pk: _pk, sk: _sk, type: _type, ...seeded } = legacy ?? { ...file.area, timeBands: file.timeBands.bands };
  const items: Record<string, unknown>[] = [
    { ...settingsVersionKey(FIRST_VERSION_FROM), type: "AreaSettingsVersion", ...seeded, effectiveFrom: FIRST_VERSION_FROM, madeAt: now.toISOString() },
    ...file.bundles.map((bundle) => ({ ...keys.Bundle.key({ code: bundle.code }), type: "Bundle", ...bundle })),
    ...file.services.map((service) => ({
      ...keys.Service.key({ code: service.code }),
      type: "Service",
      ...service,
      version: 1,
      updatedAt: now.toISOString(),
    })),
  ];
  let written = 0;
  for (const item of items) {
    try {
      await dynamo().send(
        new PutItemCommand({
          TableName: tableName(),
          Item: marshall(item, { removeUndefinedValues: true }),
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      written += 1;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
  forgetAreaSettings();
  return { written, kept: items.length - written };
}
