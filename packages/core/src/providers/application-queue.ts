import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, tableName } from "../db";
import { decodeListCursor, encodeCursor, type Page } from "../pagination";
import { toApplication } from "./application";
import { applicationQueuePk } from "./repository";
import type { ApplicationStatus, ProviderApplication } from "./schemas";

/**
 * The admin's work queue (decision 82): one page of the applications in
 * `status`, oldest first, so the one waiting longest is at the top (gsi1,
 * eventually consistent like every list).
 */
export async function listApplications(status: ApplicationStatus, limit: number, cursor: string | undefined): Promise<Page<ProviderApplication>> {
  const pk = applicationQueuePk(status);
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: marshall({ ":pk": pk }),
      ScanIndexForward: true,
      Limit: limit,
      ExclusiveStartKey: decodeListCursor(cursor, { index: "gsi1", pk }),
    }),
  );
  return { items: (result.Items ?? []).map((item) => toApplication(unmarshall(item))), nextCursor: encodeCursor(result.LastEvaluatedKey) };
}
