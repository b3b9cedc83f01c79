import { randomUUID } from "node:crypto";
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { assertKnownServices } from "../catalogue/repository";
import { changeStamp, dynamo, tableName } from "../db";
import { keys } from "../keys";
import { type Page, pageOfPartition } from "../pagination";
import type { CreateSupportPlanBody, SupportPlan } from "./schemas";

function toSupportPlan(item: Record<string, unknown>): SupportPlan {
  const { supportPlanId, clientId, wishes, goals, preferredServices, writtenWith, writtenBy, createdAt } = item;
  return {
    supportPlanId, clientId, wishes, goals, preferredServices,
    ...(writtenWith !== undefined ? { writtenWith } : {}),
    writtenBy, createdAt,
  } as SupportPlan;
}

/** Writes a support plan; `writtenBy` is the caller of the request, never a field of the body. */
export async function createSupportPlan(
  clientId: string,
  body: CreateSupportPlanBody,
  ctx: RequestContext,
): Promise<SupportPlan> {
  await assertKnownServices(
    body.preferredServices.map((code, i) => ({ code, path: `/body/preferredServices/${i}` })),
  );
  const plan: SupportPlan = {
    supportPlanId: randomUUID(),
    clientId,
    wishes: body.wishes,
    goals: body.goals,
    preferredServices: body.preferredServices,
    ...(body.writtenWith !== undefined ? { writtenWith: body.writtenWith } : {}),
    writtenBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
    createdAt: ctx.now.toISOString(),
  };
  await dynamo().send(
    new PutItemCommand({
      TableName: tableName(),
      Item: marshall(
        { ...keys.SupportPlan.key({ clientId, createdAt: plan.createdAt, supportPlanId: plan.supportPlanId }), type: "SupportPlan", ...plan, ...changeStamp(clientId, ctx) },
        { removeUndefinedValues: true },
      ),
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  return plan;
}

/** A client's support plans, newest first. */
export async function listSupportPlans(clientId: string, limit: number, cursor?: string): Promise<Page<SupportPlan>> {
  // In the client's partition by creation time: newest first is a backwards Query.
  return pageOfPartition(keys.SupportPlan.pk({ clientId }), keys.SupportPlan.sk.prefix, limit, cursor, toSupportPlan);
}
