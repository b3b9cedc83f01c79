import { z } from "zod";
import { pricedBandSchema } from "../events/schemas";
import { freeText } from "../validators/text";
import { monthSchema } from "../validators/zod";


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

export const paymentStateSchema = z
  .enum(["sent", "excluded", "paid", "returned", "rejected"])
  .meta({
    description:
      "sent: in the file; excluded: left out of the file because it cannot be made (reasonCode), owed; paid: the bank booked it; returned / rejected: the bank sent it back or refused it (reasonCode), owed again. An owed statement joins the next run's file once its provider can be paid.",
  });

/** Why a payment is not made: ours (the account or name cannot be paid) or the bank's ISO 20022 reason code (AC04, AM05, …). */
const reasonCodeSchema = z.string().meta({ description: "IBAN_NOT_SEPA, INVALID_IBAN, BIC_REQUIRED, BIC_COUNTRY_MISMATCH, INVALID_BIC, NAME_NOT_WRITABLE, PROVIDER_NOT_FOUND, or the bank's ISO 20022 reason code (e.g. AC04 closed account)" });

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
    payment: z
      .object({
        state: paymentStateSchema,
        runId: z.string(),
        reasonCode: reasonCodeSchema.optional(),
        bookingDate: z.iso.date().optional(),
        creditorIban: z.string().optional().meta({ description: "Returned or rejected: the account that failed; the statement is paid again once the provider's account is another" }),
        at: z.iso.datetime(),
      })
      .optional()
      .meta({ description: "A positive net: where its payment is (the latest run that holds it)" }),
    lines: z.array(statementLineSchema),
  })
  .meta({ id: "SettlementStatement" });
export type Statement = z.infer<typeof statementSchema>;

export const settlementRunStateSchema = z.enum(["closing", "closed", "paid"]);

export const runPaymentSchema = z
  .object({
    statementId: z.string(),
    statementMonth: monthSchema.meta({ description: "The statement's month: an earlier one for a statement owed from an earlier run" }),
    providerId: z.string(),
    providerName: z.string(),
    creditorIban: z.string(),
    creditorBic: z.string().optional(),
    creditorReference: z.string().meta({ description: "RF reference built on the Finnish reference number; also the EndToEndId" }),
    endToEndId: z.string(),
    amountCents: z.number().int().positive(),
    state: paymentStateSchema,
    reasonCode: reasonCodeSchema.optional(),
    reason: z.string().optional().meta({ description: "The bank's additional information, when it gave any" }),
    bookingDate: z.iso.date().optional().meta({ description: "Paid: the bank's booking date" }),
    source: z.enum(["manual", "camt.053", "camt.054", "pain.002"]).optional().meta({ description: "What told HB the outcome: the bank's message, or finance marking it paid by hand" }),
    recordedAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().optional(),
  })
  .meta({ id: "SettlementPayment" });
export type RunPayment = z.infer<typeof runPaymentSchema>;

export const settlementRunSchema = z
  .object({
    runId: z.string(),
    month: monthSchema,
    state: settlementRunStateSchema.meta({ description: "closing while statements are closed in steps (see progress); closed once the payment file exists; paid when the bank (or finance by hand) has paid every payment in the file" }),
    executionDate: z.iso.date().meta({ description: "ReqdExctnDt: the area's settlement day of the month after, moved to the next banking day (Finnish banks and TARGET2); for a run made after that day the next banking day. Fixed when the run starts" }),
    messageId: z.string().meta({ description: "MsgId of the file: HB-<AREA>-<runId>" }),
    progress: z.object({ statementCount: z.number().int(), closedStatementCount: z.number().int() }).meta({ description: "Statements of the month, and how many are closed so far" }),
    eventsCents: z.number().int(),
    creditsCents: z.number().int(),
    netCents: z.number().int(),
    paymentCount: z.number().int().meta({ description: "Payments in the file" }),
    paymentsCents: z.number().int().meta({ description: "The payment file's control sum, in cents" }),
    excludedCount: z.number().int().meta({ description: "Payments left out of the file (still owed)" }),
    excludedCents: z.number().int(),
    payments: z.array(runPaymentSchema),
    carriedOver: z
      .array(z.object({ providerId: z.string(), statementId: z.string(), amountCents: z.number().int().negative(), toStatementId: z.string().optional() }))
      .meta({ description: "Statements whose credits exceeded their events: the negative net moves to the provider's next statement" }),
    createdAt: z.iso.datetime(),
    createdBy: actorRef,
    resumedAt: z.iso.datetime().optional().meta({ description: "The latest repeat of the POST while closing" }),
    lastStepAt: z.iso.datetime().optional(),
    closedAt: z.iso.datetime().optional(),
    paidAt: z.iso.datetime().optional(),
    paidBy: actorRef.optional(),
    paidHow: z.enum(["bank", "manual"]).optional(),
  })
  .meta({ id: "SettlementRun" });
export type SettlementRun = z.infer<typeof settlementRunSchema>;
