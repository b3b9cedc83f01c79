/**
 * One-off backfill of a stack whose provider applications were made before
 * the area's queue (issue 14): each application without queue keys gets them
 * for its status. Run by an operator with the `0003-queue-provider-applications` migration (`npm run migrate`),
 * never by a request: it scans the table. Idempotent: a second run finds nothing to do.
 */
import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { dynamo, isConditionalCheckFailed, scanByType, tableName } from "../db";
import { toApplication } from "./application";
import { applicationKey, applicationQueueKeys } from "./repository";

export async function backfillApplicationQueue(): Promise<{ readonly queued: number }> {
  let queued = 0;
  for await (const item of scanByType("ProviderApplication")) {
    if (item.gsi1pk) continue;
    const application = toApplication(item);
    const keys = applicationQueueKeys(application);
    try {
      await dynamo().send(
        new UpdateItemCommand({
          TableName: tableName(),
          Key: marshall(applicationKey(application.applicationId)),
          UpdateExpression: "SET gsi1pk = :pk, gsi1sk = :sk",
          // A decision or reply meanwhile wrote its own keys (and may have changed the status read here).
          ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(gsi1pk) AND #status = :status",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: marshall({ ":pk": keys.gsi1pk, ":sk": keys.gsi1sk, ":status": application.status }),
        }),
      );
      queued += 1;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
  return { queued };
}
