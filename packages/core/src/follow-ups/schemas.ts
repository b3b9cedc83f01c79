import { z } from "zod";
import { authorSchema } from "../assessments/schemas";
import { driftStatusSchema } from "../budget/schemas";
import { clientIdSchema } from "../clients/schemas";
import { planIdSchema, servicePlanFollowUpSchema } from "../service-plans/schemas";
import { freeText } from "../validators/text";

/** A business date (Europe/Helsinki) that exists in the calendar, in 2000-2099. */
const businessDateSchema = z.iso.date({ abort: true }).regex(/^20\d\d-/);

export const goalRatingSchema = z.enum(["achieved", "partly", "not-achieved", "not-assessed"]).meta({
  description:
    "How far the goal was reached by the follow-up: achieved (saavutettu), partly (osittain), not-achieved (ei saavutettu), not-assessed (ei arvioitu this time)",
});
export type GoalRating = z.infer<typeof goalRatingSchema>;

export const goalAttainmentSchema = z
  .object({
    goal: freeText({ max: 500 }).meta({ description: "The goal, as in the plan or the support plan", example: "Asioin itse kaupassa" }),
    rating: goalRatingSchema,
  })
  .strict()
  .meta({ id: "GoalAttainment" });

export const createFollowUpBodySchema = z
  .object({
    date: businessDateSchema.meta({ description: "Business date of the review (Europe/Helsinki); not in the future", example: "2027-03-31" }),
    method: freeText({ max: 200 }).meta({ description: "How the review was done", example: "kotikäynti" }),
    findings: freeText({ max: 4000 }).meta({ description: "What the review found about the use of the budget" }),
    goalAttainment: z.array(goalAttainmentSchema).max(20).meta({ description: "The goals reviewed (0-20)" }),
  })
  .strict()
  .meta({ id: "CreateFollowUp" });
export type CreateFollowUpBody = z.infer<typeof createFollowUpBodySchema>;

export const followUpIdSchema = z.uuid().meta({ description: "Follow-up id" });

export const followUpSchema = z
  .object({
    followUpId: followUpIdSchema,
    clientId: clientIdSchema,
    planId: planIdSchema.meta({ description: "The service plan version that was current when the follow-up was recorded" }),
    planVersion: z.number().int().positive(),
    date: z.iso.date(),
    method: z.string(),
    findings: z.string(),
    goalAttainment: z.array(goalAttainmentSchema),
    recordedBy: authorSchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "FollowUp", description: "A follow-up review (seuranta) against the service plan's follow-up agreement" });
export type FollowUp = z.infer<typeof followUpSchema>;

export const dueFollowUpSchema = z
  .object({
    clientId: clientIdSchema,
    firstName: z.string(),
    lastName: z.string(),
    planId: planIdSchema,
    planVersion: z.number().int().positive(),
    followUp: servicePlanFollowUpSchema.meta({ description: "The plan's follow-up agreement" }),
    lastFollowUpOn: z.iso.date().nullable().meta({ description: "Date of the latest follow-up; null when there has been none" }),
    dueOn: z.iso.date().meta({ description: "(the latest follow-up or, when later or none, the plan's validFrom) + intervalDays" }),
    daysOverdue: z.number().int().min(0).meta({ description: "Days from dueOn to the day asked for; 0 when due that day" }),
    driftStatus: driftStatusSchema
      .nullable()
      .meta({
        description:
          "The most urgent pace.driftStatus today over the client's open instruments (the current plan's budget lines when none is open); null when there is neither. Urgency: exhausted > overuse > gap > underuse > on-track > not-started > ended",
      }),
  })
  .meta({ id: "DueFollowUp" });
export type DueFollowUp = z.infer<typeof dueFollowUpSchema>;
