import { z } from "zod";
import { eventKindRulesSchema, localizedSchema, serviceSchema, unitSchema } from "../area/settings";

export const serviceCodeSchema = z
  .string()
  .regex(/^[A-Z0-9_]{2,64}$/, "Use 2-64 capital letters, digits or underscores")
  .meta({ description: "Service code in the area's catalogue", example: "HENKILOKOHTAINEN_APU" });

export const catalogueServiceSchema = serviceSchema
  .extend({
    version: z.number().int().positive().meta({ description: "Increases with every change" }),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "CatalogueService" });
export type CatalogueService = z.infer<typeof catalogueServiceSchema>;

export const putServiceBodySchema = z
  .object({
    unit: unitSchema,
    referenceUnitCostCents: z
      .number()
      .int()
      .nonnegative()
      .meta({ description: "The area's reference price per unit, integer cents (EUR)" }),
    timeBanded: z.boolean().meta({ description: "Priced per minute by the area's time bands (hourly services)" }),
    bundles: z.array(z.string().regex(/^[A-Z0-9_]{2,64}$/)).min(1).meta({ description: "Service bundle codes (HEBU)" }),
    name: localizedSchema,
    eventKinds: eventKindRulesSchema
      .optional()
      .meta({ description: "Which late cancellations and no-shows are paid, at what share, how many a month; absent: none are paid" }),
  })
  .strict()
  .meta({ id: "PutCatalogueService" });
export type PutServiceBody = z.infer<typeof putServiceBodySchema>;
