import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { dynamo, isConditionalCheckFailed, tableName } from "../db";
import { DomainError } from "../errors";
import { requireApplication } from "./application";
import { applicationKey, applicationQueuePk } from "./repository";
import type { ApplicationReplyBody, ProviderApplication } from "./schemas";

const notAwaitingReply = (status: string) => new DomainError("APPLICATION_NOT_AWAITING_REPLY", { status });

/**
 * The applicant answers an information request (decision 82): the request
 * and the answer are kept together in `replies`, the decision is cleared and
 * the application is pending again, back in the admin's queue by its first
 * day. Only the request that was read is answered: a second reply, or one
 * racing a new decision, is 409 `APPLICATION_NOT_AWAITING_REPLY`.
 */
export async function replyToApplication(application: ProviderApplication, body: ApplicationReplyBody, ctx: RequestContext): Promise<ProviderApplication> {
  const request = application.decision;
  if (application.status !== "info-requested" || !request) throw notAwaitingReply(application.status);
  const reply = {
    infoRequest: { reason: request.reason, decidedBy: request.decidedBy, decidedAt: request.decidedAt },
    message: body.message,
    repliedBy: { sub: ctx.actor.sub },
    repliedAt: ctx.now.toISOString(),
  };
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(applicationKey(application.applicationId)),
        UpdateExpression:
          "SET #status = :pending, gsi1pk = :queue, replies = list_append(if_not_exists(replies, :none), :reply), updatedAt = :now REMOVE decision",
        ConditionExpression: "#status = :info AND decision.decidedAt = :asked",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: marshall({
          ":pending": "pending",
          ":queue": applicationQueuePk("pending"),
          ":reply": [reply],
          ":none": [],
          ":now": reply.repliedAt,
          ":info": "info-requested",
          ":asked": request.decidedAt,
        }),
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    throw notAwaitingReply((await requireApplication(application.applicationId)).status);
  }
  const { decision: _answered, ...rest } = application;
  return { ...rest, status: "pending", replies: [...(application.replies ?? []), reply] };
}
