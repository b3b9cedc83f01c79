import { z } from "zod";
import { pricedBandSchema } from "../events/schemas";
import { freeText } from "../validators/text";

/** A calendar month in the area's time zone, `YYYY-MM`. */
export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "A month as YYYY-MM" })
  .meta({ description: "Calendar month in Europe/Helsinki, YYYY-MM", example: "2026-10" });

/** Why a worker credits an event; a fixed list so statements and reports can group by it (docs/settlement.md). */
export const creditReasonCodes = ["NOT_DELIVERED", "WRONG_QUANTITY", "WRONG_PRICE", "DUPLICATE", "OTHER"] as const;
export const creditReasonSchema = z.enum(creditReasonCodes);

export const createCreditBodySchema = z
  .object({
    amountCents: z.number().int().positive().max(100_000_000).meta({ description: "What is returned to the client's balance, ≤ what remains of the event" }),
    reasonCode: creditReasonSchema,
    explanation: freeText({ max: 2000 }).meta({ description: "Shown to the provider on its statement" }),
  })
  .strict()
  .meta({ id: "CreateCredit" });
export type CreateCreditBody = z.output<typeof createCreditBodySchema>;

const actorRef = z.object({ sub: z.string(), roles: z.array(z.string()) });

export const creditSchema = z
  .object({
    creditId: z.string(),
    eventId: z.string(),
    instrumentId: z.string(),
    instrumentNumber: z.string(),
    clientId: z.string(),
    providerId: z.string(),
    serviceCode: z.string(),
    amountCents: z.number().int().positive(),
    reasonCode: creditReasonSchema,
    explanation: z.string(),
    date: z.iso.date().meta({ description: "Business date the credit was given; its statement is the provider's open one from this month on" }),
    createdAt: z.iso.datetime(),
    createdBy: actorRef,
    statementId: z.string().optional().meta({ description: "The statement the credit went into, once the settlement queue has placed it" }),
    event: z
      .object({ status: z.string(), amountCents: z.number().int(), creditedCents: z.number().int() })
      .optional()
      .meta({ description: "The event after the credit" }),
  })
  .meta({ id: "Credit" });
export type Credit = z.infer<typeof creditSchema>;

export const statementStateSchema = z.enum(["open", "closed", "paid"]);

export const statementLineSchema = z
  .object({
    kind: z.enum(["event", "credit", "carry-over"]),
    eventId: z.string().optional(),
    creditId: z.string().optional(),
    date: z.iso.date(),
    serviceCode: z.string().optional(),
    unit: z.string().optional(),
    quantity: z.number().optional(),
    bands: z.array(pricedBandSchema).optional(),
    amountCents: z.number().int().meta({ description: "Negative for credits and carried-over debts" }),
    instrumentNumber: z.string().optional().meta({ description: "The client appears only as the instrument number" }),
    instrumentId: z.string().optional(),
    reasonCode: creditReasonSchema.optional(),
    explanation: z.string().optional(),
    fromStatementId: z.string().optional().meta({ description: "Carry-over: the statement whose negative net is carried here" }),
  })
  .meta({ id: "StatementLine" });
export type StatementLine = z.infer<typeof statementLineSchema>;

const totals = z.object({ amountCents: z.number().int(), count: z.number().int() });

export const statementSchema = z
  .object({
    statementId: z.string(),
    providerId: z.string(),
    month: monthSchema,
    state: statementStateSchema,
    eventsCents: z.number().int().meta({ description: "Sum of the event lines" }),
    creditsCents: z.number().int().meta({ description: "Sum of credits and carried-over debts, as a positive number" }),
    netCents: z.number().int().meta({ description: "eventsCents − creditsCents: what the area owes the provider" }),
    eventCount: z.number().int(),
    creditCount: z.number().int(),
    byService: z.record(z.string(), totals).meta({ description: "Running totals per service code (net of credits)" }),
    byInstrument: z.record(z.string(), totals).meta({ description: "Running totals per instrument number (net of credits)" }),
    runId: z.string().optional(),
    creditorReference: z.string().optional().meta({ description: "ISO 11649 RF reference of the payment, set when the statement closes" }),
    closedAt: z.iso.datetime().optional(),
    paidAt: z.iso.datetime().optional(),
    carriedTo: z.string().optional().meta({ description: "A negative net: the statement it was carried to as a carry-over line" }),
    lines: z.array(statementLineSchema),
  })
  .meta({ id: "SettlementStatement" });
export type Statement = z.infer<typeof statementSchema>;

export const settlementRunStateSchema = z.enum(["closing", "closed", "paid"]);

export const settlementRunSchema = z
  .object({
    runId: z.string(),
    month: monthSchema,
    state: settlementRunStateSchema.meta({ description: "closing while statements are closed and events settled; closed once the payment file exists; paid" }),
    statementCount: z.number().int(),
    eventsCents: z.number().int(),
    creditsCents: z.number().int(),
    netCents: z.number().int(),
    payments: z.array(
      z.object({
        providerId: z.string(),
        providerName: z.string(),
        statementId: z.string(),
        creditorIban: z.string(),
        creditorReference: z.string(),
        amountCents: z.number().int().positive(),
      }),
    ),
    paymentsCents: z.number().int().meta({ description: "The payment file's control sum, in cents" }),
    carriedOver: z
      .array(z.object({ providerId: z.string(), statementId: z.string(), amountCents: z.number().int().negative() }))
      .meta({ description: "Statements whose credits exceeded their events: the negative net moves to the provider's next statement" }),
    messageId: z.string().optional(),
    createdAt: z.iso.datetime(),
    createdBy: actorRef,
    closedAt: z.iso.datetime().optional(),
    paidAt: z.iso.datetime().optional(),
    paidBy: actorRef.optional(),
  })
  .meta({ id: "SettlementRun" });
export type SettlementRun = z.infer<typeof settlementRunSchema>;
