import { randomUUID } from "node:crypto";
import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { getAreaSettings } from "../area/repository";
import type { DriftStatus } from "../budget/pace";
import { compareDates } from "../budget/periods";
import { batchGet } from "../budget/repository";
import { loadBudgetView, loadInstrumentViews, type ViewContext } from "../budget/view";
import { clientInHbCheck, clientKey, clientNotInHb } from "../clients/repository";
import type { Client } from "../clients/schemas";
import { businessDate } from "../dates";
import { changeStamp, dynamo, tableName } from "../db";
import { DomainError } from "../errors";
import { isOpen, listClientInstruments } from "../instruments/repository";
import { keys } from "../keys";
import { listOwned } from "../ownership";
import { decodeListCursor, encodeCursor, type Page, pageOfPartition } from "../pagination";
import { getCurrentServicePlan, servicePlanSlotKey } from "../service-plans/repository";
import { retrying, transaction, TransactionCancelled } from "../transaction";
import { daysOverdue, laterDate, mostUrgent } from "./due";
import { type FollowUpDueItem, getFollowUpDue, MAX_ATTEMPTS, putFollowUpDue } from "./due-item";
import type { CreateFollowUpBody, DueFollowUp, FollowUp } from "./schemas";

export type { FollowUp } from "./schemas";

function toFollowUp(item: Record<string, unknown>): FollowUp {
  const { followUpId, clientId, planId, planVersion, date, method, findings, goalAttainment, recordedBy, createdAt } = item;
  return { followUpId, clientId, planId, planVersion, date, method, findings, goalAttainment, recordedBy, createdAt } as FollowUp;
}

const refusesFollowUps = (hbStatus: Client["hbStatus"]): boolean => hbStatus === "declined" || hbStatus === "ended";

/**
 * Records a follow-up against the client's current plan and moves the
 * client's next due date, in one transaction: the client still in HB, the
 * plan version still current, the follow-up, and the index item at the
 * version read. A new plan version or another follow-up meanwhile makes it
 * retry from reading, then 409 CONCURRENT_CHANGE.
 */
export async function createFollowUp(
  client: Pick<Client, "clientId" | "hbStatus">,
  body: CreateFollowUpBody,
  ctx: RequestContext,
): Promise<FollowUp> {
  const { clientId } = client;
  if (refusesFollowUps(client.hbStatus)) throw new DomainError("HB_DECLINED");
  // Judged on the request's business clock, not the machine's.
  if (compareDates(body.date, businessDate(ctx.now)) > 0) {
    throw new DomainError("VALIDATION_FAILED", {}, [{ path: "/body/date", code: "DATE_IN_FUTURE" }]);
  }
  const followUpId = randomUUID();
  const createdAt = ctx.now.toISOString();

  return retrying(MAX_ATTEMPTS, async () => {
    const [plan, due] = await Promise.all([getCurrentServicePlan(clientId), getFollowUpDue(clientId)]);
    if (!plan) throw new DomainError("NO_CURRENT_PLAN");
    const followUp: FollowUp = {
      followUpId,
      clientId,
      planId: plan.planId,
      planVersion: plan.version,
      date: body.date,
      method: body.method,
      findings: body.findings,
      goalAttainment: body.goalAttainment,
      recordedBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
      createdAt,
    };
    const stamp = changeStamp(clientId, ctx);
    const tx = transaction()
      .add("client", clientInHbCheck(clientId))
      .check("plan", servicePlanSlotKey(clientId, plan.version), { expression: "#status = :current", names: { "#status": "status" }, values: { ":current": "current" } })
      .put("followUp", { ...keys.FollowUp.key({ clientId, date: body.date, createdAt, followUpId }), type: "FollowUp", ...followUp, ...stamp }, "attribute_not_exists(pk)")
      .add("due", putFollowUpDue(clientId, plan, laterDate(due?.lastFollowUpOn, body.date), due, stamp));
    try {
      await tx.write();
      return followUp;
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failed("client")) throw await clientNotInHb(clientId);
      throw error;
    }
  });
}

/** A client's follow-ups, newest review first. */
export async function listFollowUps(clientId: string, limit: number, cursor?: string): Promise<Page<FollowUp>> {
  // In the client's partition by review date, then recording time: newest first is a backwards Query.
  return pageOfPartition(keys.FollowUp.pk({ clientId }), keys.FollowUp.sk.prefix, limit, cursor, toFollowUp);
}

/** The statuses of the client's open instruments, or of the current plan's budget lines when none is open. */
async function driftStatusOf(due: FollowUpDueItem, view: ViewContext): Promise<DriftStatus | undefined> {
  const open = (await listClientInstruments(due.clientId)).filter(isOpen);
  if (open.length > 0) return mostUrgent((await loadInstrumentViews(open, view)).map((instrument) => instrument.pace.driftStatus));
  const budgets = await listOwned("BUDGET", due.clientId, "budgetId, planId");
  const budgetId = budgets.find((budget) => budget.planId === due.planId)?.budgetId as string | undefined;
  if (!budgetId) return undefined;
  return mostUrgent((await loadBudgetView(budgetId, view)).lines.map((line) => line.pace.driftStatus));
}

/** The due list's cursor: a key of this index, not beyond the day asked for (DynamoDB refuses a start outside the condition). */
function dueCursor(cursor: string | undefined, upTo: string) {
  const key = decodeListCursor(cursor, { index: "gsi3", pk: keys.FollowUpDue.gsi3.pk({}) });
  if (key && key.gsi3sk!.S! > upTo) throw new DomainError("INVALID_CURSOR");
  return key;
}

/**
 * Clients whose follow-up is due on or before `on`, most overdue first:
 * one Query of the sparse index, then the page's clients and their drift by key.
 * Drift is today's (`today`): a look-ahead cannot know future use. A client
 * that left HB is skipped should its index item have outlived the change.
 */
export async function listDueFollowUps(on: string, today: string, limit: number, cursor?: string): Promise<Page<DueFollowUp>> {
  // After every client due on `on`.
  const upTo = keys.FollowUpDue.gsi3.sk({ dueOn: on, clientId: "\uffff" });
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: "gsi3",
      KeyConditionExpression: "gsi3pk = :pk AND gsi3sk <= :upTo",
      ExpressionAttributeValues: marshall({ ":pk": keys.FollowUpDue.gsi3.pk({}), ":upTo": upTo }),
      Limit: limit,
      ExclusiveStartKey: dueCursor(cursor, upTo),
    }),
  );
  const dues = (result.Items ?? []).map((item) => unmarshall(item) as FollowUpDueItem);
  const [clients, settings] = await Promise.all([
    batchGet(dues.map((due) => clientKey(due.clientId))) as Promise<Client[]>,
    getAreaSettings(today),
  ]);
  const byId = new Map(clients.map((client) => [client.clientId, client]));
  const view: ViewContext = { today, drift: settings.drift, serviceName: (code) => code };
  const items = await Promise.all(
    dues.flatMap((due) => {
      const client = byId.get(due.clientId);
      if (!client || refusesFollowUps(client.hbStatus)) return [];
      return [
        driftStatusOf(due, view).then(
          (driftStatus): DueFollowUp => ({
            clientId: due.clientId,
            firstName: client.firstName,
            lastName: client.lastName,
            planId: due.planId,
            planVersion: due.planVersion,
            followUp: due.followUp,
            lastFollowUpOn: due.lastFollowUpOn ?? null,
            dueOn: due.dueOn,
            daysOverdue: daysOverdue(due.dueOn, on),
            driftStatus: driftStatus ?? null,
          }),
        ),
      ];
    }),
  );
  return { items, nextCursor: encodeCursor(result.LastEvaluatedKey) };
}
