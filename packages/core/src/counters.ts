import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, tableName } from "./db";
import { keys } from "./keys";

/**
 * Reserves `count` consecutive numbers of a yearly series (e.g. instrument
 * numbers HB-2026-000123) with one atomic ADD. A transaction that fails after
 * reserving leaves a gap; numbers are unique, not gapless.
 */
export async function reserveNumbers(series: string, year: string, count: number): Promise<number[]> {
  const { Attributes } = await dynamo().send(
    new UpdateItemCommand({
      TableName: tableName(),
      Key: marshall(keys.Counter.key({ series, year })),
      UpdateExpression: "ADD #value :count SET #type = :type",
      ExpressionAttributeNames: { "#value": "value", "#type": "type" },
      ExpressionAttributeValues: marshall({ ":count": count, ":type": "Counter" }),
      ReturnValues: "UPDATED_NEW",
    }),
  );
  const last = Number(unmarshall(Attributes ?? {}).value);
  return Array.from({ length: count }, (_, index) => last - count + 1 + index);
}

export const formatNumber = (prefix: string, year: string, value: number): string =>
  `${prefix}-${year}-${String(value).padStart(6, "0")}`;
