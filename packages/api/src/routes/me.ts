import { z } from "zod";
import { budgetLineSchema, budgetSchema } from "@hb/core/budget/schemas";
import { instrumentSchema } from "@hb/core/instruments/schemas";
import { defineRoute } from "../route";

const summary = z.string().meta({ description: "Plain language (selkokieli) in the caller's language" });

export const meBudgetsSchema = z
  .object({
    items: z.array(
      z.object({
        clientId: z.string(),
        firstName: z.string(),
        budgets: z.array(
          budgetSchema.extend({
            summary: summary.optional().meta({ description: "Plain language, for a budget the client can no longer use: which budget replaced it and from when, or that HB ended" }),
            lines: z.array(budgetLineSchema.extend({ summary })),
          }),
        ),
        instruments: z.array(
          instrumentSchema.extend({
            summary,
            ownShareSummary: summary.optional().meta({ description: "A voucher whose provider charges more than its value: what the client pays themself per unit and this month, and an announced price change" }),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "MyBudgets" });

export const myBudgets = defineRoute({
  id: "me.budgets",
  method: "GET",
  path: "/v1/me/budgets",
  roles: ["client", "representative"],
  subject: { from: "response" },
  summary: "The caller's own budgets (a representative: those of the clients who named them), in plain language",
  tags: ["me"],
  handler: "functions/api/me.budgets",
  response: { status: 200, description: "Budgets and instruments with balances and summaries", schema: meBudgetsSchema },
  problems: [],
});
