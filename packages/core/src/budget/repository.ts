import { randomUUID } from "node:crypto";
import { BatchGetItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import type { Client } from "../clients/schemas";
import { changeStamp, dynamo, getItem, tableName } from "../db";
import { DomainError, notFound } from "../errors";
import { keys } from "../keys";
import { listOwned } from "../ownership";
import type { PeriodCap, ServicePlan } from "../service-plans/schemas";
import { transaction } from "../transaction";
import type { Consumption } from "./balance";
import { grantedCents, totalQuantity } from "./granted";
import { periodsInValidity, type Per } from "./periods";

/** A budget line as stored: the grant, frozen at budget time, and its consumption counters. */
export interface StoredBudgetLine extends Consumption {
  lineId: string;
  budgetId: string;
  clientId: string;
  serviceCode: string;
  unit: "hour" | "day" | "visit" | "euro";
  quantity: number;
  per: Per;
  /** The plan line's cap on each period's quantity; absent: soft. */
  periodCap?: PeriodCap;
  unitValueCents: number;
  /** The exact number of periods, as a reduced fraction of decimal strings (BigInt does not marshal). */
  periods: { numerator: string; denominator: string };
  grantedCents: number;
  /** grantedCents − everything used: kept in step with the counters so a transaction can condition on it. */
  availableCents: number;
  quantityTotal: number;
  instrumentIds: string[];
}

export interface StoredBudget {
  budgetId: string;
  clientId: string;
  planId: string;
  planVersion: number;
  validFrom: string;
  validTo: string;
  status: "draft" | "decided";
  decisionId?: string;
  /** The budget whose decision superseded this one's, from `supersededFrom`. */
  supersededBy?: string;
  supersededFrom?: string;
  /** HB ended or was declined on this day: the budget funds up to it (decisions/end-hb.ts). */
  endedOn?: string;
  /** Its decision funds from this day (after validFrom: it superseded an earlier one). */
  effectiveFrom?: string;
  totalGrantedCents: number;
  createdAt: string;
  createdBy: { sub: string; roles: string[] };
}

/** Line L7 of a budget is `LINE#07`, so lines sort in order within the budget's partition. */
export const budgetLineKey = (budgetId: string, lineId: string) => keys.BudgetLine.key({ budgetId, index: lineId.slice(1).padStart(2, "0") });


/** Granted = quantity × unit cost × periods in the validity, rounded once per line (docs/budget-rules.md). */
export function budgetLines(plan: Pick<ServicePlan, "validFrom" | "validTo" | "services">, budgetId: string, clientId: string): StoredBudgetLine[] {
  return plan.services.map((service, index) => {
    const periods = periodsInValidity(plan.validFrom, plan.validTo, service.per);
    const granted = grantedCents(service.quantity, service.unitCostCents, periods);
    return {
      lineId: `L${index + 1}`,
      budgetId,
      clientId,
      serviceCode: service.serviceCode,
      unit: service.unit,
      quantity: service.quantity,
      per: service.per,
      ...(service.periodCap === "hard" ? { periodCap: "hard" as const } : {}),
      unitValueCents: service.unitCostCents,
      periods: { numerator: periods.numerator.toString(), denominator: periods.denominator.toString() },
      grantedCents: granted,
      availableCents: granted,
      quantityTotal: totalQuantity(service.quantity, periods),
      instrumentIds: [],
      recordedCents: 0,
      approvedCents: 0,
      settledCents: 0,
      paidCents: 0,
    };
  });
}

/**
 * One budget per plan version: the first POST creates it, a repeat returns
 * the same budget (the plan's `BUDGET` pointer is written in the same
 * transaction with `attribute_not_exists`).
 */
export async function createBudget(
  plan: ServicePlan,
  client: Client,
  ctx: RequestContext,
): Promise<{ budgetId: string; created: boolean }> {
  if (client.hbStatus === "declined" || client.hbStatus === "ended") {
    throw new DomainError("HB_DECLINED", { status: client.hbStatus });
  }
  const existing = await budgetIdForPlan(plan.planId);
  if (existing) return { budgetId: existing, created: false };
  if (plan.status !== "current") throw new DomainError("PLAN_SUPERSEDED");

  const budgetId = randomUUID();
  const lines = budgetLines(plan, budgetId, client.clientId);
  const header: StoredBudget = {
    budgetId,
    clientId: client.clientId,
    planId: plan.planId,
    planVersion: plan.version,
    validFrom: plan.validFrom,
    validTo: plan.validTo,
    status: "draft",
    totalGrantedCents: lines.reduce((sum, line) => sum + line.grantedCents, 0),
    createdAt: ctx.now.toISOString(),
    createdBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
  };
  const absent = "attribute_not_exists(pk)";
  const stamp = changeStamp(client.clientId, ctx);
  const tx = transaction()
    .put("planBudget", { ...keys.PlanBudget.key({ planId: plan.planId }), type: "PlanBudget", budgetId, clientId: client.clientId }, absent)
    .put("budget", { ...keys.Budget.key({ budgetId }), type: "Budget", ...keys.Budget.gsi1({ clientId: client.clientId, createdAt: header.createdAt, budgetId }), ...header, ...stamp }, absent);
  for (const line of lines) tx.put("lines", { ...budgetLineKey(budgetId, line.lineId), type: "BudgetLine", ...line, ...stamp }, absent);
  // A concurrent POST for the same plan won: answer with its budget.
  if (!(await tx.writeUnlessFailed("planBudget"))) return { budgetId: (await budgetIdForPlan(plan.planId))!, created: false };
  return { budgetId, created: true };
}

async function budgetIdForPlan(planId: string): Promise<string | undefined> {
  return (await getItem<{ budgetId: string }>(keys.PlanBudget.key({ planId })))?.budgetId;
}

/** The budget header and its lines, strongly consistent (one Query on the budget's partition). */
export async function getBudget(budgetId: string): Promise<{ budget: StoredBudget; lines: StoredBudgetLine[] } | undefined> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, import("@aws-sdk/client-dynamodb").AttributeValue> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: marshall({ ":pk": keys.Budget.pk({ budgetId }) }),
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
    start = page.LastEvaluatedKey;
  } while (start);
  const budget = items.find((item) => item.sk === keys.Budget.sk({})) as StoredBudget | undefined;
  if (!budget) return undefined;
  const lines = items.filter((item) => String(item.sk).startsWith(keys.BudgetLine.sk.prefix)) as unknown as StoredBudgetLine[];
  return { budget, lines };
}

export async function requireBudget(budgetId: string) {
  const found = await getBudget(budgetId);
  if (!found) throw notFound("budget");
  return found;
}

/** A client's budgets, newest first. */
export async function listClientBudgetIds(clientId: string): Promise<string[]> {
  return (await listOwned("BUDGET", clientId, "budgetId")).map((item) => item.budgetId as string);
}

/** Items by key, strongly consistent, in chunks of 100 (BatchGetItem's limit), retrying unprocessed keys. */
export async function batchGet(itemKeys: readonly { pk: string; sk: string }[]): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for (let start = 0; start < itemKeys.length; start += 100) {
    let pending = itemKeys.slice(start, start + 100).map((key) => marshall(key));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > 10) throw new Error("BatchGetItem left keys unprocessed after 10 retries");
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** Math.min(attempt, 6)));
      const result = await dynamo().send(
        new BatchGetItemCommand({ RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: true } } }),
      );
      found.push(...(result.Responses?.[tableName()] ?? []).map((item) => unmarshall(item)));
      pending = (result.UnprocessedKeys?.[tableName()]?.Keys ?? []) as typeof pending;
    }
  }
  return found;
}
