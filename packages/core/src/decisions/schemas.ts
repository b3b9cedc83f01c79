import { z } from "zod";
import { businessDateSchema } from "../dates";
import { instrumentSchema } from "../instruments/schemas";
import { providerIdSchema } from "../providers/schemas";
import { freeText, textReference } from "../validators/text";
import { clientFeeBases, legalBases } from "./document";

export const legalBasisSchema = z.enum(legalBases);

/** An income-based client fee on a line (asiakasmaksulaki): recorded and shown, never charged to the budget; HB does not collect it. */
export const clientFeeSchema = z
  .object({
    monthlyCents: z.number().int().min(1).max(1_000_000).meta({ description: "The fee per calendar month, in cents", example: 25_000 }),
    legalBasis: z.enum(clientFeeBases).meta({ description: "asiakasmaksulaki: laki sosiaali- ja terveydenhuollon asiakasmaksuista (734/1992)" }),
  })
  .strict()
  .meta({ id: "ClientFee" });
export const paymentMethodSchema = z.enum(["voucher", "payment-commitment"]);
export const decisionStatusSchema = z.enum(["draft", "issued", "appealed", "revoked", "ended", "superseded"]);

const decisionLineInput = z
  .object({
    lineId: textReference({ max: 10 }),
    paymentMethod: paymentMethodSchema,
    providerId: providerIdSchema
      .optional()
      .meta({ description: "Required for a payment commitment (an approved provider of a bundle of the line's service), not allowed for a voucher" }),
    clientFee: clientFeeSchema.optional().meta({ description: "Where the area charges one for the service (e.g. housing): the client's monthly fee, billed by the area apart from the budget" }),
  })
  .strict();

export const createDecisionBodySchema = z
  .object({
    decidedOn: businessDateSchema,
    effectiveFrom: businessDateSchema.optional().meta({
      description:
        "First day the decision funds (default: the budget's validFrom). A decision in force for an earlier plan version of the client is superseded from this day when this one is issued",
      example: "2027-04-15",
    }),
    legalBasis: z
      .union([legalBasisSchema, z.array(legalBasisSchema).min(1).max(legalBases.length)])
      .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
      .meta({ description: "vammaispalvelulaki (675/2023), kehitysvammalaki or sosiaalihuoltolaki; one or several" }),
    decisionMaker: z.object({ name: freeText({ max: 100 }), title: freeText({ max: 100 }) }).strict(),
    lines: z.array(decisionLineInput).min(1).max(20).meta({ description: "Every line of the budget, exactly once" }),
  })
  .strict()
  .superRefine((body, ctx) => {
    body.lines.forEach((line, index) => {
      if (line.paymentMethod === "payment-commitment" && !line.providerId) {
        ctx.addIssue({ code: "custom", path: ["lines", index, "providerId"], message: "A payment commitment names its provider", params: { code: "PROVIDER_REQUIRED" } });
      }
      if (line.paymentMethod === "voucher" && line.providerId) {
        ctx.addIssue({ code: "custom", path: ["lines", index, "providerId"], message: "The client chooses the provider of a voucher", params: { code: "PROVIDER_NOT_ALLOWED" } });
      }
    });
  })
  .meta({ id: "CreateDecision" });
export type CreateDecisionBody = z.output<typeof createDecisionBodySchema>;

export const appealBodySchema = z
  .object({ receivedOn: businessDateSchema, text: freeText({ max: 10_000 }) })
  .strict()
  .meta({ id: "CreateAppeal" });

export const appealOutcomes = ["upheld", "partly-upheld", "dismissed", "withdrawn"] as const;

export const appealOutcomeBodySchema = z
  .object({
    outcome: z.enum(appealOutcomes).meta({ description: "upheld or partly-upheld: an amended decision follows; dismissed or withdrawn: the decision stays as it was" }),
    decidedOn: businessDateSchema,
    reasoning: freeText({ max: 10_000 }),
    effectiveFrom: businessDateSchema.optional().meta({
      description:
        "Required when upheld or partly upheld: the day the amended decision takes over, within this decision's days; its first day makes the amendment retroactive (recorded deliveries move to it and the difference is granted for the past too). The amended decision's draft takes it when it names no effectiveFrom",
      example: "2027-01-01",
    }),
  })
  .strict()
  .superRefine((body, ctx) => {
    const amends = body.outcome === "upheld" || body.outcome === "partly-upheld";
    if (amends && !body.effectiveFrom) {
      ctx.addIssue({ code: "custom", path: ["effectiveFrom"], message: "An upheld appeal says from which day the amended decision applies", params: { code: "REQUIRED" } });
    }
    if (!amends && body.effectiveFrom) {
      ctx.addIssue({ code: "custom", path: ["effectiveFrom"], message: "Only an upheld appeal amends the decision", params: { code: "NOT_ALLOWED" } });
    }
  })
  .meta({ id: "AppealOutcome" });
export type AppealOutcomeBody = z.output<typeof appealOutcomeBodySchema>;

export const revokeBodySchema = z.object({ reason: freeText({ max: 2000 }) }).strict().meta({ id: "RevokeDecision" });

const documentSchema = z
  .object({
    language: z.enum(["fi", "sv", "en"]),
    title: z.string(),
    sections: z.array(z.object({ heading: z.string(), paragraphs: z.array(z.string()) })),
    text: z.string(),
  })
  .meta({ id: "DecisionDocument", description: "The written decision in the client's language; frozen when issued" });

export const decisionSchema = z
  .object({
    decisionId: z.string(),
    number: z.string().meta({ example: "HB-P-2026-000042" }),
    clientId: z.string(),
    budgetId: z.string(),
    decidedOn: z.iso.date(),
    legalBasis: z.array(legalBasisSchema),
    decisionMaker: z.object({ name: z.string(), title: z.string() }),
    lines: z.array(
      z.object({
        lineId: z.string(),
        serviceCode: z.string(),
        grantedCents: z.number().int(),
        paymentMethod: paymentMethodSchema,
        providerId: z.string().optional(),
        providerName: z.string().optional().meta({ description: "A payment commitment's provider, as the decision names it" }),
        clientFee: clientFeeSchema.optional(),
      }),
    ),
    status: decisionStatusSchema,
    effectiveFrom: z.iso.date().optional().meta({ description: "First day this decision funds" }),
    supersedes: z.array(z.string()).optional().meta({ description: "The decisions this one superseded when issued" }),
    supersededBy: z.string().optional().meta({ description: "The decision that took over from `supersededFrom`" }),
    supersededFrom: z.iso.date().optional().meta({ description: "The day the successor took over: this decision funds up to the day before" }),
    endedOn: z.iso.date().optional().meta({ description: "HB ended or was declined: the last day this decision funds" }),
    appeals: z.array(
      z.object({
        appealId: z.string(),
        receivedOn: z.iso.date(),
        text: z.string(),
        recordedBy: z.object({ sub: z.string(), roles: z.array(z.string()) }),
        recordedAt: z.iso.datetime(),
        outcome: z
          .object({
            outcome: z.enum(appealOutcomes),
            decidedOn: z.iso.date(),
            reasoning: z.string(),
            effectiveFrom: z.iso.date().optional(),
            recordedBy: z.object({ sub: z.string(), roles: z.array(z.string()) }),
            recordedAt: z.iso.datetime(),
          })
          .optional()
          .meta({ description: "Once decided" }),
      }),
    ),
    history: z
      .array(
        z.object({
          event: z.enum(["issued", "appealed", "appeal-decided", "superseded", "revoked", "ended"]),
          on: z.iso.date(),
          appealId: z.string().optional(),
          outcome: z.enum(appealOutcomes).optional(),
          decisionId: z.string().optional().meta({ description: "superseded: the decision that took over" }),
          text: z.string().meta({ description: "Plain language in the request's language" }),
        }),
      )
      .meta({ description: "What happened to the decision, oldest first" }),
    instrumentIds: z.array(z.string()),
    instruments: z.array(instrumentSchema).optional().meta({ description: "On the issue response: the instruments it created" }),
    issuedAt: z.iso.datetime().optional(),
    closedAt: z.iso.datetime().optional(),
    closedReason: z.string().optional(),
    document: documentSchema,
    createdAt: z.iso.datetime(),
    createdBy: z.object({ sub: z.string(), roles: z.array(z.string()) }),
  })
  .meta({ id: "Decision" });
export type DecisionView = z.infer<typeof decisionSchema>;

export const clientFeesOfMonthSchema = z
  .object({
    clientId: z.string(),
    decisionId: z.string(),
    decisionNumber: z.string().meta({ example: "HB-P-2027-000042" }),
    from: z.iso.date().meta({ description: "First day of the month the decision was in force" }),
    to: z.iso.date().meta({ description: "Last day of the month the decision was (or will be) in force" }),
    monthlyCents: z.number().int().meta({ description: "The client's fees per month under this decision, all lines together" }),
    lines: z.array(z.object({ lineId: z.string(), serviceCode: z.string(), monthlyCents: z.number().int(), legalBasis: z.enum(clientFeeBases) })),
  })
  .meta({ id: "ClientFeesOfMonth", description: "A client's fees under one decision in force in the month, for the area's invoicing; HB does not collect them" });
