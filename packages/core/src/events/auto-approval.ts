import { type AttributeValue, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { type Actor, systemActor } from "../actor";
import { addDays } from "../budget/periods";
import { businessDate } from "../dates";
import { dynamo, tableName } from "../db";
import { DomainError } from "../errors";
import { keys } from "../keys";
import { approveEvent } from "./approve";
import type { StoredEvent } from "./view";

/** The system itself, as the actor of automatic approvals in the audit trail. */
export const reviewWindowActor: Actor = systemActor("system:review-window");

/**
 * Approves every event still `recorded` whose review window has ended, from
 * the sparse gsi3 (`REVIEW#<due date>`): one Query per due day, never a scan.
 * Days are looked back `lookbackDays` so a missed run catches up; an event
 * approved meanwhile by a worker is skipped.
 */
export async function approveDueEvents(now: Date, lookbackDays = 30): Promise<{ approved: number }> {
  const today = businessDate(now);
  let approved = 0;
  for (let back = lookbackDays; back >= 0; back -= 1) {
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await dynamo().send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: "gsi3",
          KeyConditionExpression: "gsi3pk = :pk",
          ExpressionAttributeValues: marshall({ ":pk": keys.ServiceEvent.gsi3.pk({ reviewEndsOn: addDays(today, -back) }) }),
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        const event = unmarshall(item) as StoredEvent;
        try {
          await approveEvent(event, { actor: reviewWindowActor, requestId: `review-window-${today}`, now });
          approved += 1;
        } catch (error) {
          if (!(error instanceof DomainError && error.code === "EVENT_NOT_RECORDED")) throw error;
        }
      }
      start = page.LastEvaluatedKey;
    } while (start);
  }
  return { approved };
}
