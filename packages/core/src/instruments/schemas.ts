import { z } from "zod";
import { unitSchema } from "../area/settings";
import { balanceFields, paceSchema, perSchema } from "../budget/schemas";
import { periodCapSchema } from "../service-plans/schemas";

export const instrumentKindSchema = z.enum(["voucher", "payment-commitment"]);
export const instrumentStatusSchema = z.enum(["awaiting-provider", "awaiting-acceptance", "active", "closed"]);

export const instrumentSchema = z
  .object({
    instrumentId: z.string(),
    number: z.string().meta({ description: "Human-readable, e.g. HB-2026-000123", example: "HB-2026-000123" }),
    kind: instrumentKindSchema.meta({ description: "voucher (palveluseteli) or payment commitment (maksusitoumus)" }),
    clientId: z.string().optional().meta({ description: "Absent towards a provider's staff (data minimisation)" }),
    budgetId: z.string().optional().meta({ description: "Absent towards a provider's staff (data minimisation)" }),
    lineId: z.string(),
    decisionId: z.string().optional().meta({ description: "Absent towards a provider's staff (data minimisation)" }),
    serviceCode: z.string(),
    serviceName: z.string().meta({ description: "In the caller's language" }),
    unit: unitSchema,
    quantityPerPeriod: z.number(),
    per: perSchema,
    periodCap: periodCapSchema.optional(),
    quantityTotal: z.number(),
    unitValueCents: z.number().int(),
    validFrom: z.iso.date(),
    validTo: z.iso.date(),
    capCents: z.number().int().meta({ description: "The most that can be charged to it" }),
    providerId: z.string().optional(),
    providerFrom: z.iso.date().optional().meta({ description: "The first day that is providerId's: deliveries from it on are recorded by it" }),
    providers: z
      .array(
        z
          .object({ providerId: z.string(), from: z.iso.date(), to: z.iso.date() })
          .meta({ id: "EarlierProvider", description: "A provider that had accepted the voucher before a switch, with its days" }),
      )
      .optional()
      .meta({ description: "Earlier providers, oldest first: each records, corrects and deletes its own days' deliveries until the recording deadline" }),
    status: instrumentStatusSchema,
    closedReason: z.string().optional(),
    supersededFrom: z.iso.date().optional().meta({ description: "A superseding decision took over from this day: the validity ends the day before" }),
    endedOn: z.iso.date().optional().meta({ description: "HB ended or was declined on this day: the validity ends on it (or the instrument closed, when it started later)" }),
    ...balanceFields,
    usable: z.boolean().meta({
      description: "The client can still use it: open, and its last day (after a successor or the end of HB) not passed. A provider may still record a late delivery for an earlier day",
    }),
    remainingQuantity: z.number().optional().meta({
      description: "Hours, days or visits the client can still use (availableCents in units, rounded down); 0 when not `usable`; absent for euro services",
    }),
    pace: paceSchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Instrument" });
export type InstrumentView = z.infer<typeof instrumentSchema>;
