import { z } from "zod";
import { authorSchema, serviceCodeRefSchema } from "../assessments/schemas";
import { clientIdSchema } from "../clients/schemas";
import { freeText } from "../validators/text";

const wishes = freeText({ max: 5000 }).meta({ description: "The client's own wishes, in their own words", example: "Haluan käydä itse kaupassa ja harrastaa uintia." });
const goal = freeText({ max: 500 });
const writtenWith = freeText({ max: 200, min: 0 }).meta({ description: "Who helped write the plan, e.g. a representative or the worker", example: "omatyöntekijä" });

export const createSupportPlanBodySchema = z
  .object({
    wishes,
    goals: z.array(goal).max(30).meta({ description: "Goals, 0-30, each 1-500 characters" }),
    preferredServices: z
      .array(serviceCodeRefSchema)
      .max(50)
      .meta({ description: "Catalogue services the client would prefer" }),
    writtenWith: writtenWith.optional(),
  })
  .strict()
  .meta({ id: "CreateSupportPlan" });
export type CreateSupportPlanBody = z.infer<typeof createSupportPlanBodySchema>;

export const supportPlanIdSchema = z.uuid().meta({ description: "Support plan id" });

export const supportPlanSchema = z
  .object({
    supportPlanId: supportPlanIdSchema,
    clientId: clientIdSchema,
    wishes: z.string(),
    goals: z.array(z.string()),
    preferredServices: z.array(z.string()),
    writtenWith: z.string().optional(),
    writtenBy: authorSchema.meta({ description: "Who wrote the plan, from their token" }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "SupportPlan", description: "The client's own support plan (tukisuunnitelma)" });
export type SupportPlan = z.infer<typeof supportPlanSchema>;
