import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { queueConsumer } from "@hb/api/consumer";
import { dynamo, tableName } from "@hb/core/db";

/** Keeps the raw body of every message it receives, for tests that look at what a queue (and so its DLQ) holds. */
export const handler = queueConsumer("capture", async (record) => {
  await dynamo().send(
    new PutItemCommand({
      TableName: tableName(),
      Item: marshall({ pk: `CAPTURED#${record.messageId}`, sk: "CAPTURED", type: "CapturedMessage", body: record.body }),
    }),
  );
});
