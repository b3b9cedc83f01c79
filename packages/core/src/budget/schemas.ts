import { z } from "zod";
import { unitSchema } from "../area/settings";
import { periodCapSchema } from "../service-plans/schemas";
import { clientFeeBases } from "../decisions/document/legal-basis";

export const driftStatusSchema = z.enum(["not-started", "on-track", "overuse", "underuse", "gap", "exhausted", "ended"]);

const cents = (description: string) => z.number().int().meta({ description });

/** The balance of SPEC §3, in cents, for a budget line, an instrument or a whole budget. */
export const balanceFields = {
  grantedCents: cents("Granted by the decision"),
  committedCents: cents("Instrument value not yet used (open instruments only)"),
  recordedCents: cents("Service events recorded, not yet approved"),
  approvedCents: cents("Approved, not yet settled"),
  settledCents: cents("Settled to a provider, not yet paid"),
  paidCents: cents("Paid to providers"),
  availableCents: cents("granted − recorded − approved − settled − paid, never below zero"),
};

export const paceSchema = z
  .object({
    elapsedFraction: z.number().meta({ description: "Share of the validity (or of `period`) that has passed, today included" }),
    expectedToDateCents: cents("Expected use by today, pro rata of the validity (or of `period`)"),
    projectedAtEndCents: cents("Projected use at the end of the validity (or of `period`) at the current rate"),
    usedFraction: z.number().meta({ description: "Used / granted over the whole validity, 4 decimals" }),
    driftStatus: driftStatusSchema,
    thresholdReached: z.number().nullable().meta({ description: "Highest used-threshold reached (e.g. 0.9)" }),
    period: z
      .object({
        from: z.iso.date(),
        to: z.iso.date(),
        grantedCents: cents("What the plan grants for this period (quantity × unit value × the share of the period inside the validity)"),
        usedCents: cents("Used in this period: deliveries dated in it, less their credits"),
      })
      .optional()
      .meta({ description: "Only for a grant per month or week: the current calendar month or ISO week (Monday–Sunday), clipped to the validity" }),
  })
  .meta({ id: "Pace", description: "How the use compares with the plan; rules in docs/budget-rules.md" });

export const perSchema = z.enum(["month", "week", "validity"]);

export const budgetLineSchema = z
  .object({
    lineId: z.string(),
    serviceCode: z.string(),
    serviceName: z.string().meta({ description: "In the caller's language" }),
    unit: unitSchema,
    quantity: z.number().meta({ description: "Per period (`per`)" }),
    per: perSchema,
    periodCap: periodCapSchema.optional(),
    periods: z.number().meta({ description: "Periods in the validity, 4 decimals (display only; money uses the exact fraction)" }),
    quantityTotal: z.number(),
    unitValueCents: z.number().int(),
    ...balanceFields,
    usable: z.boolean().meta({
      description: "The client can still use it: its budget's last funded day (after a successor or the end of HB) not passed. A provider may still record a late delivery for an earlier day",
    }),
    remainingQuantity: z.number().optional().meta({
      description: "Hours, days or visits the client can still use (availableCents in units, rounded down); 0 when not `usable`; absent for euro services",
    }),
    pace: paceSchema,
    instrumentIds: z.array(z.string()),
    clientFee: z
      .object({ monthlyCents: z.number().int(), legalBasis: z.enum(clientFeeBases) })
      .optional()
      .meta({ description: "The income-based fee the decision sets for the service, per month: billed by the area, never charged to the budget" }),
  })
  .meta({ id: "BudgetLine" });

export const budgetSchema = z
  .object({
    budgetId: z.string(),
    clientId: z.string(),
    planId: z.string(),
    planVersion: z.number().int(),
    validFrom: z.iso.date(),
    validTo: z.iso.date(),
    status: z.enum(["draft", "decided"]).meta({ description: "`decided` while a decision on it is in force" }),
    decisionId: z.string().optional(),
    supersededBy: z.string().optional().meta({ description: "The budget whose decision took over from this one's (its lines' grants are clipped)" }),
    supersededFrom: z.iso.date().optional().meta({ description: "The day the successor took over: this budget funds up to the day before" }),
    endedOn: z.iso.date().optional().meta({ description: "HB ended or was declined on this day: this budget funds up to it (its lines' grants are clipped)" }),
    effectiveFrom: z.iso.date().optional().meta({ description: "Its decision funds from this day, later than validFrom (it superseded an earlier decision)" }),
    totalGrantedCents: z.number().int(),
    totals: z.object(balanceFields),
    lines: z.array(budgetLineSchema),
    createdAt: z.iso.datetime(),
    createdBy: z.object({ sub: z.string(), roles: z.array(z.string()) }),
  })
  .meta({ id: "Budget" });
export type BudgetView = z.infer<typeof budgetSchema>;
export type BudgetLineView = z.infer<typeof budgetLineSchema>;
