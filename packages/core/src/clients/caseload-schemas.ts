import { z } from "zod";
// Apart from schemas.ts: the budget's schemas reach the client's through the plan's, and would not be defined yet.
import { driftStatusSchema } from "../budget/schemas";
import { clientIdSchema, hbStatusSchema } from "./schemas";

export const caseloadEntrySchema = z
  .object({
    clientId: clientIdSchema,
    firstName: z.string(),
    lastName: z.string(),
    hbStatus: hbStatusSchema,
    assignedWorker: z.string(),
    budgets: z
      .array(z.object({ budgetId: z.string(), driftStatus: driftStatusSchema }))
      .meta({ description: "Budgets with an open instrument, each with the most urgent drift status of its open instruments as the drift check last stored it" }),
    nextFollowUpOn: z.iso.date().nullable().meta({ description: "When the next follow-up of the current plan is due; null without a plan or outside HB" }),
    unreadNotifications: z.number().int().nonnegative().meta({ description: "Unread notifications about the client in the listed worker's inbox" }),
  })
  .meta({ id: "CaseloadEntry" });
export type CaseloadEntry = z.infer<typeof caseloadEntrySchema>;
