import { randomUUID } from "node:crypto";
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { assertKnownServices } from "../catalogue/repository";
import { changeStamp, dynamo, tableName } from "../db";
import { type Page, pageOfPartition } from "../pagination";
import type { CreateSupportPlanBody, SupportPlan } from "./schemas";

const clientPk = (clientId: string) => `CLIENT#${clientId}`;
const PREFIX = "SUPPORTPLAN#";

/** Support plans live in the client's partition, sorted by creation time: newest first is a backwards Query. */
export const supportPlanKey = (clientId: string, createdAt: string, supportPlanId: string) => ({
  pk: clientPk(clientId),
  sk: `${PREFIX}${createdAt}#${supportPlanId}`,
});


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
        { ...supportPlanKey(clientId, plan.createdAt, plan.supportPlanId), type: "SupportPlan", ...plan, ...changeStamp(clientId, ctx) },
        { removeUndefinedValues: true },
      ),
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  return plan;
}

/** A client's support plans, newest first. */
export async function listSupportPlans(clientId: string, limit: number, cursor?: string): Promise<Page<SupportPlan>> {
  return pageOfPartition(clientPk(clientId), PREFIX, limit, cursor, toSupportPlan);
}
