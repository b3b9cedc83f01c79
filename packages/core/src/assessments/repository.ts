import { randomUUID } from "node:crypto";
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { assertKnownServices } from "../catalogue/repository";
import { changeStamp, dynamo, tableName } from "../db";
import { compareDates } from "../budget/periods";
import { businessDate } from "../dates";
import { DomainError } from "../errors";
import { keys } from "../keys";
import { type Page, pageOfPartition } from "../pagination";
import type { Assessment, CreateAssessmentBody } from "./schemas";

function toAssessment(item: Record<string, unknown>): Assessment {
  const { assessmentId, clientId, assessedOn, needs, recordedBy, createdAt } = item;
  return { assessmentId, clientId, assessedOn, needs, recordedBy, createdAt } as Assessment;
}

export async function createAssessment(
  clientId: string,
  body: CreateAssessmentBody,
  ctx: RequestContext,
): Promise<Assessment> {
  // Judged on the request's business clock, not the machine's.
  if (compareDates(body.assessedOn, businessDate(ctx.now)) > 0) {
    throw new DomainError("VALIDATION_FAILED", {}, [{ path: "/body/assessedOn", code: "DATE_IN_FUTURE" }]);
  }
  await assertKnownServices(
    body.needs.flatMap((need, i) =>
      need.serviceCodes.map((code, j) => ({ code, path: `/body/needs/${i}/serviceCodes/${j}` })),
    ),
  );
  const assessment: Assessment = {
    assessmentId: randomUUID(),
    clientId,
    assessedOn: body.assessedOn,
    needs: body.needs,
    recordedBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
    createdAt: ctx.now.toISOString(),
  };
  await dynamo().send(
    new PutItemCommand({
      TableName: tableName(),
      Item: marshall(
        {
          ...keys.Assessment.key({ clientId, createdAt: assessment.createdAt, assessmentId: assessment.assessmentId }),
          type: "Assessment",
          ...assessment,
          ...changeStamp(clientId, ctx),
        },
        { removeUndefinedValues: true },
      ),
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  return assessment;
}

/** A client's assessments, newest first. */
export async function listAssessments(clientId: string, limit: number, cursor?: string): Promise<Page<Assessment>> {
  // In the client's partition by creation time: newest first is a backwards Query.
  return pageOfPartition(keys.Assessment.pk({ clientId }), keys.Assessment.sk.prefix, limit, cursor, toAssessment);
}
