import { z } from "zod";
import { roles } from "../actor";
import { unitSchema } from "../area/settings";
import { serviceCodeSchema } from "../catalogue/schemas";
import { clientIdSchema } from "../clients/schemas";
import { freeText } from "../validators/text";

export const planIdSchema = z.uuid().meta({ description: "Service plan id (one per version)", example: "2b0c8a8e-6f0e-4d53-9d1f-0d6f4b2f7a31" });

/** A business date (Europe/Helsinki) that exists in the calendar (2027-02-29 does not), in 2000-2099. */
const businessDateSchema = z.iso.date({ abort: true }).regex(/^20\d\d-/);

export const perSchema = z
  .enum(["month", "week", "validity"])
  .meta({ description: "The period the quantity is for: a calendar month, a week, or the whole validity once" });
export type Per = z.infer<typeof perSchema>;

export const periodCapSchema = z.enum(["hard", "soft"]).meta({
  description:
    "hard: a delivery that would take a month's or week's delivered quantity past `quantity` is refused (PERIOD_CAP_EXCEEDED); soft (default): pacing only. A grant over the whole validity is capped by its amount",
});
export type PeriodCap = z.infer<typeof periodCapSchema>;

export const costBasisSchema = z.enum(["existing-service", "reference-price", "agreed"]).meta({
  description:
    "What the unit cost is based on: the cost of the comparable service the client already uses, the area's reference price, or an agreed price",
});
export type CostBasis = z.infer<typeof costBasisSchema>;

export const servicePlanStatusSchema = z
  .enum(["current", "superseded"])
  .meta({ description: "Exactly one version of a client's plan is current; a new version supersedes it" });
export type ServicePlanStatus = z.infer<typeof servicePlanStatusSchema>;

/** At most two decimals, exactly as the budget computes with it (2.5 yes, 2.555 and 0.1 + 0.2 no). */
const hasAtMostTwoDecimals = (value: number): boolean => Number(value.toFixed(2)) === value;

const serviceLineFields = {
  serviceCode: serviceCodeSchema,
  content: freeText({ max: 2000 }).meta({ description: "What the service contains for this client" }),
  quantity: z
    .number()
    .positive()
    .max(100_000)
    .refine(hasAtMostTwoDecimals, { message: "At most two decimals", params: { code: "TOO_MANY_DECIMALS" } })
    .meta({ description: "Units per period, > 0, at most two decimals", example: 40 }),
  unit: unitSchema.meta({ description: "Must be the catalogue's unit of the service" }),
  per: perSchema,
  periodCap: periodCapSchema.optional(),
  unitCostCents: z
    .number()
    .int()
    .positive()
    .max(100_000_000)
    .meta({ description: "Cost of one unit, integer cents (EUR); 100 when the unit is euro", example: 3600 }),
  costBasis: costBasisSchema,
  basisNote: freeText({ max: 1000, min: 0 }).optional().meta({ description: "How the cost was arrived at" }),
};

const followUpFields = {
  intervalDays: z.number().int().min(7).max(730).meta({ description: "How often the use of the budget is reviewed, in days" }),
  method: freeText({ max: 500 }).meta({ description: "How the review is done (meeting, phone call, …)" }),
};

/** The longest validity a plan may have. */
export const maxValidityYears = 5;

/** `YYYY-MM-DD` → epoch days, on the UTC calendar so no machine time zone can shift a day. */
function dayNumber(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The first day after `maxValidityYears` of validity: 2027-01-01 → 2032-01-01 (2028-02-29 → 2033-03-01). */
function firstDayBeyondMaxValidity(validFrom: string): number {
  const [year, month, day] = validFrom.split("-").map(Number) as [number, number, number];
  return Date.UTC(year + maxValidityYears, month - 1, day) / 86_400_000;
}

export const createServicePlanBodySchema = z
  .object({
    validFrom: businessDateSchema.meta({ description: "First day of validity", example: "2027-01-01" }),
    validTo: businessDateSchema.meta({ description: "Last day of validity (at most 5 years from validFrom)", example: "2027-12-31" }),
    services: z
      .array(z.object(serviceLineFields).strict())
      .min(1)
      .max(20)
      .meta({ description: "The services in the personal budget, each catalogue service at most once" }),
    followUp: z.object(followUpFields).strict().meta({ description: "The follow-up agreement" }),
  })
  .strict()
  .superRefine((plan, ctx) => {
    // Cross-field rules that need no I/O; the catalogue checks are in the repository. zod runs
    // this even when some fields failed (continuable issues), so each rule checks its inputs.
    const datesValid = [plan.validFrom, plan.validTo].every((date) => businessDateSchema.safeParse(date).success);
    if (!datesValid) {
      // The field issues already say what is wrong with the dates.
    } else if (dayNumber(plan.validTo) < dayNumber(plan.validFrom)) {
      ctx.addIssue({
        code: "custom",
        path: ["validTo"],
        message: "validTo is before validFrom",
        params: { code: "VALID_TO_BEFORE_VALID_FROM" },
      });
    } else if (dayNumber(plan.validTo) >= firstDayBeyondMaxValidity(plan.validFrom)) {
      ctx.addIssue({
        code: "custom",
        path: ["validTo"],
        message: `A plan is valid for at most ${maxValidityYears} years`,
        params: { code: "VALIDITY_TOO_LONG" },
      });
    }
    if (!Array.isArray(plan.services)) return;
    const seen = new Set<string>();
    plan.services.forEach((service, index) => {
      if (typeof service !== "object" || service === null) return;
      if (seen.has(service.serviceCode)) {
        ctx.addIssue({
          code: "custom",
          path: ["services", index, "serviceCode"],
          message: "The service is already in the plan",
          params: { code: "DUPLICATE_SERVICE" },
        });
      }
      seen.add(service.serviceCode);
      // A euro quantity is money itself: one euro costs 100 cents, or the budget would multiply euros by a price.
      if (service.unit === "euro" && service.unitCostCents !== 100) {
        ctx.addIssue({
          code: "custom",
          path: ["services", index, "unitCostCents"],
          message: "The unit cost of a euro is 100 cents",
          params: { code: "EURO_UNIT_COST" },
        });
      }
    });
  })
  .meta({ id: "CreateServicePlan" });
export type CreateServicePlanBody = z.infer<typeof createServicePlanBodySchema>;

export const servicePlanServiceSchema = z.object({
  serviceCode: z.string(),
  content: z.string(),
  quantity: z.number().positive(),
  unit: unitSchema,
  per: perSchema,
  periodCap: periodCapSchema.optional(),
  unitCostCents: z.number().int().positive(),
  costBasis: costBasisSchema,
  basisNote: z.string().optional(),
});
export type ServicePlanService = z.infer<typeof servicePlanServiceSchema>;

export const servicePlanFollowUpSchema = z.object({
  intervalDays: z.number().int().positive(),
  method: z.string(),
});
export type ServicePlanFollowUp = z.infer<typeof servicePlanFollowUpSchema>;

export const servicePlanSchema = z
  .object({
    planId: planIdSchema,
    clientId: clientIdSchema,
    version: z.number().int().positive().meta({ description: "1 for the client's first plan, then +1 per new version" }),
    validFrom: z.iso.date(),
    validTo: z.iso.date(),
    services: z.array(servicePlanServiceSchema),
    followUp: servicePlanFollowUpSchema,
    status: servicePlanStatusSchema,
    createdBy: z.object({ sub: z.string(), roles: z.array(z.enum(roles)) }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "ServicePlan" });
export type ServicePlan = z.infer<typeof servicePlanSchema>;
