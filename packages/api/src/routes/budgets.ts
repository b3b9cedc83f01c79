import { z } from "zod";
import { budgetSchema } from "@hb/core/budget/schemas";
import { defineRoute } from "../route";

export const createBudget = defineRoute({
  id: "budgets.create",
  method: "POST",
  path: "/v1/service-plans/{planId}/budget",
  roles: ["worker"],
  subject: { from: "owner", param: "planId", entity: "SERVICEPLAN", access: "act" },
  summary: "Compute the budget of a service plan version (201; a repeat returns the same budget with 200)",
  tags: ["budgets"],
  handler: "functions/api/budgets.create",
  params: z.object({ planId: z.uuid() }),
  response: {
    status: 201,
    description: "The budget, one line per service of the plan",
    also: [{ status: 200, description: "The plan version's budget existed: the same budget" }],
    schema: budgetSchema,
  },
  idempotent: true,
  metric: { name: "BudgetGranted", amount: "totalGrantedCents" },
  problems: ["VALIDATION_FAILED", "NOT_FOUND", "PLAN_SUPERSEDED", "HB_DECLINED", "IDEMPOTENCY_KEY_REUSED", "IDEMPOTENCY_IN_PROGRESS"],
});

export const getBudget = defineRoute({
  id: "budgets.get",
  method: "GET",
  path: "/v1/budgets/{budgetId}",
  roles: ["worker", "client", "representative"],
  subject: { from: "owner", param: "budgetId", entity: "BUDGET", access: "view" },
  summary: "A budget with every line's balance and pace",
  tags: ["budgets"],
  handler: "functions/api/budgets.get",
  params: z.object({ budgetId: z.uuid() }),
  response: { status: 200, description: "The budget", schema: budgetSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});
