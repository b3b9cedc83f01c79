import { PutItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, getItem, isConditionalCheckFailed, queryAll, tableName } from "../db";
import type { AreaFile, AreaSettings, Bundle } from "./settings";

/** Area-wide items share the partition `AREA`: settings, bundles and the service catalogue (small, read together). */
export const AREA_PK = "AREA";

/**
 * Settings are kept as versions, `SETTINGS#<effectiveFrom>`, never
 * overwritten once in force (decision 81). Stacks seeded before versions
 * hold one item `SETTINGS`, which sorts before every version: it answers
 * until the seed copies it as the first version.
 */
const LEGACY_SETTINGS_SK = "SETTINGS";
export const settingsVersionKey = (effectiveFrom: string) => ({ pk: AREA_PK, sk: `SETTINGS#${effectiveFrom}` });
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

/** The version in force on `on` (a business date): one Query of one item, the latest version from that day or before. */
export async function getAreaSettings(on: string): Promise<AreaSettings> {
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :legacy AND :on",
      ExpressionAttributeValues: marshall({ ":pk": AREA_PK, ":legacy": LEGACY_SETTINGS_SK, ":on": settingsVersionKey(on).sk }),
      ScanIndexForward: false,
      Limit: 1,
    }),
  );
  const item = result.Items?.[0];
  if (!item) throw new Error("area settings are missing: seed the area first");
  return toVersion(unmarshall(item));
}

/** Every version, oldest first (an area changes its rules a few times a year). */
export async function listSettingsVersions(): Promise<StoredSettingsVersion[]> {
  const items = await queryAll({
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: marshall({ ":pk": AREA_PK, ":prefix": LEGACY_SETTINGS_SK }),
  });
  // Until the seed has copied it, the item of a stack seeded before versions is the first version.
  const copied = items.some((item) => item.sk === settingsVersionKey(FIRST_VERSION_FROM).sk);
  return items.filter((item) => !(copied && item.sk === LEGACY_SETTINGS_SK)).map(toVersion);
}

export async function listBundles(): Promise<Bundle[]> {
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: marshall({ ":pk": AREA_PK, ":prefix": "BUNDLE#" }),
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
  const legacy = await getItem<Record<string, unknown>>({ pk: AREA_PK, sk: LEGACY_SETTINGS_SK });
  const { pk: _pk, sk: _sk, type: _type, ...seeded } = legacy ?? { ...file.area, timeBands: file.timeBands.bands };
  const items: Record<string, unknown>[] = [
    { ...settingsVersionKey(FIRST_VERSION_FROM), type: "AreaSettingsVersion", ...seeded, effectiveFrom: FIRST_VERSION_FROM, madeAt: now.toISOString() },
    ...file.bundles.map((bundle) => ({ pk: AREA_PK, sk: `BUNDLE#${bundle.code}`, type: "Bundle", ...bundle })),
    ...file.services.map((service) => ({
      pk: AREA_PK,
      sk: `SERVICE#${service.code}`,
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
  return { written, kept: items.length - written };
}
