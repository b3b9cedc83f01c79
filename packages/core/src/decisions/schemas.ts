import { z } from "zod";
import { businessDateSchema } from "../dates";
import { instrumentSchema } from "../instruments/schemas";
import { providerIdSchema } from "../providers/schemas";
import { freeText, textReference } from "../validators/text";
import { legalBases } from "./document";

export const legalBasisSchema = z.enum(legalBases);
export const paymentMethodSchema = z.enum(["voucher", "payment-commitment"]);
export const decisionStatusSchema = z.enum(["draft", "issued", "appealed", "revoked", "ended", "superseded"]);

const decisionLineInput = z
  .object({
    lineId: textReference({ max: 10 }),
    paymentMethod: paymentMethodSchema,
    providerId: providerIdSchema
      .optional()
      .meta({ description: "Required for a payment commitment (an approved provider of a bundle of the line's service), not allowed for a voucher" }),
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
      }),
    ),
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
