import { GetItemCommand, PutItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, isConditionalCheckFailed, tableName } from "../db";
import type { AreaFile, AreaSettings, Bundle } from "./settings";

/** Area-wide items share the partition `AREA`: settings, bundles and the service catalogue (small, read together). */
export const AREA_PK = "AREA";

export async function getAreaSettings(): Promise<AreaSettings> {
  const result = await dynamo().send(
    new GetItemCommand({ TableName: tableName(), Key: marshall({ pk: AREA_PK, sk: "SETTINGS" }) }),
  );
  if (!result.Item) throw new Error("area settings are missing: seed the area first");
  const { pk: _pk, sk: _sk, type: _type, ...settings } = unmarshall(result.Item);
  return settings as AreaSettings;
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
 * Writes the area file's settings, bundles and services where they are
 * missing. Existing items are kept: once seeded, the area owns its data and
 * changes it through the API, so a redeploy never overwrites those changes.
 */
export async function seedArea(file: AreaFile, now: Date): Promise<{ written: number; kept: number }> {
  const items: Record<string, unknown>[] = [
    { pk: AREA_PK, sk: "SETTINGS", type: "AreaSettings", ...file.area, timeBands: file.timeBands.bands },
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
