import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { dynamo, isConditionalCheckFailed, queryAll, tableName } from "../db";
import { keys } from "../keys";
import type { Change } from "./contributions";

/**
 * The clients in HB as statistics see them, for the month-end job (month-end.ts): one item per
 * client, `CLIENT#<id>` / `STATS-LISTING` (erased with the client), in the sparse gsi3 under
 * `STATS-IN-HB` while the client is active, with the number of representatives. Written from the
 * client's records, each only over an older version, so duplicates and reordering agree.
 */
export interface ListedClient {
  readonly clientId: string;
  readonly representatives: number;
}

export async function listingWrite(change: Change): Promise<void> {
  const after = change.newImage;
  if (!after || after.type !== "Client" || typeof after.clientId !== "string" || typeof after.version !== "number") return;
  const representatives = Array.isArray(after.representatives) ? after.representatives.length : 0;
  const listed = after.hbStatus === "active" ? keys.StatisticsListing.gsi3({ clientId: after.clientId }) : {};
  try {
    await dynamo().send(
      new PutItemCommand({
        TableName: tableName(),
        Item: marshall({ ...keys.StatisticsListing.key({ clientId: after.clientId }), type: "StatisticsListing", clientId: after.clientId, version: after.version, representatives, ...listed }),
        ConditionExpression: "attribute_not_exists(pk) OR version < :version",
        ExpressionAttributeValues: marshall({ ":version": after.version }),
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}

/** Every client in HB now: one Query of the sparse index (a page per thousand or so clients), never a scan. */
export async function listedClients(): Promise<ListedClient[]> {
  const items = await queryAll({ IndexName: "gsi3", KeyConditionExpression: "gsi3pk = :pk", ExpressionAttributeValues: marshall({ ":pk": keys.StatisticsListing.gsi3.pk({}) }) });
  return items.map((item) => ({ clientId: String(item.clientId), representatives: Number(item.representatives ?? 0) }));
}
