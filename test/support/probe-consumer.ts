import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { queueConsumer } from "@hb/api/consumer";
import type { TableChangeRecord } from "@hb/core/audit/trail";
import { dynamo, tableName } from "@hb/core/db";

/**
 * A consumer for the pipeline tests, run through the production queue
 * wrapper: it counts every attempt per probe item, keeps the probe's text
 * as it arrived and fails the probes marked as poison.
 */
export const handler = queueConsumer("probe", async (record) => {
  const change = JSON.parse(record.body) as TableChangeRecord;
  const probe = unmarshall(change.dynamodb.NewImage ?? {});
  await dynamo().send(
    new UpdateItemCommand({
      TableName: tableName(),
      Key: marshall({ pk: `PROBE-RESULT#${probe.probeId}`, sk: "RESULT" }),
      // What arrived of the probe's text, so a test sees every character made it through the relay.
      UpdateExpression: `ADD attempts :one SET #type = :type${probe.text === undefined ? "" : ", #text = :text"}`,
      ExpressionAttributeNames: { "#type": "type", ...(probe.text === undefined ? {} : { "#text": "text" }) },
      ExpressionAttributeValues: marshall({ ":one": 1, ":type": "ProbeResult", ...(probe.text === undefined ? {} : { ":text": probe.text }) }),
    }),
  );
  if (probe.poison) throw new Error(`probe ${probe.probeId} is poison`);
});
