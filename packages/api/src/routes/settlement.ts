import { z } from "zod";
import {
  createCreditBodySchema,
  creditSchema,
  settlementRunSchema,
  statementSchema,
} from "@hb/core/settlement/schemas";
import { documentText } from "@hb/core/validators/text";
import { monthSchema, shapedString } from "@hb/core/validators/zod";
import { defineRoute } from "../route";
import { page, pageQuery } from "./shared";

const runIdSchema = shapedString(/^SR-\d{4}-(0[1-9]|1[0-2])$/, "SETTLEMENT_RUN_ID", "SR-2026-10").meta({ description: "SR-<month>: one run per month" });

export const createSettlementRun = defineRoute({
  id: "settlementRuns.create",
  method: "POST",
  path: "/v1/settlement-runs",
  roles: ["finance"],
  // Statements identify clients only by instrument number; nothing here is filed under a client.
  subject: { from: "none" },
  summary: "Settle a month: 202 with the run closing; its statements are closed and their events settled in steps, then the pain.001 file is built. A repeat returns the run (200) and resumes one still closing",
  tags: ["settlement"],
  handler: "functions/api/settlement.run",
  body: z.object({ month: monthSchema }).strict().meta({ id: "CreateSettlementRun" }),
  response: {
    status: 202,
    description: "The run, closing, with its progress; Location names it",
    also: [{ status: 200, description: "The month's run existed: as it is now (a closing one is resumed)" }],
    schema: settlementRunSchema,
  },
  metric: { name: "SettlementRunStarted" },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "MONTH_NOT_ENDED"],
});

export const getSettlementRun = defineRoute({
  id: "settlementRuns.get",
  method: "GET",
  path: "/v1/settlement-runs/{runId}",
  roles: ["finance", "worker"],
  subject: { from: "none" },
  summary: "A settlement run: state, progress, totals, and every payment with its state (in the file, left out and why, paid, returned)",
  tags: ["settlement"],
  handler: "functions/api/settlement.get",
  params: z.object({ runId: runIdSchema }),
  response: { status: 200, description: "The run", schema: settlementRunSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});

export const getPaymentFile = defineRoute({
  id: "settlementRuns.paymentFile",
  method: "GET",
  path: "/v1/settlement-runs/{runId}/payment-file",
  roles: ["finance"],
  subject: { from: "none" },
  summary: "The run's ISO 20022 pain.001.001.03 credit-transfer file, for the area's bank",
  tags: ["settlement"],
  handler: "functions/api/settlement.paymentFile",
  paymentFiles: "read-write",
  params: z.object({ runId: runIdSchema }),
  response: {
    status: 200,
    description: "The pain.001.001.03 document",
    mediaType: "application/xml",
    schema: z.string().meta({ description: "XML (urn:iso:std:iso:20022:tech:xsd:pain.001.001.03)" }),
  },
  problems: ["VALIDATION_FAILED", "NOT_FOUND", "RUN_NOT_CLOSED"],
});

export const markSettlementRunPaid = defineRoute({
  id: "settlementRuns.paid",
  method: "POST",
  path: "/v1/settlement-runs/{runId}/paid",
  roles: ["finance"],
  subject: { from: "none" },
  summary: "Mark the file paid by hand, for areas that do not send HB the bank's statements: every payment still sent becomes paid (source manual); events, statements and balances follow on the settlement-run queue (a repeat changes nothing)",
  tags: ["settlement"],
  handler: "functions/api/settlement.paid",
  params: z.object({ runId: runIdSchema }),
  response: { status: 200, description: "The paid run", schema: settlementRunSchema },
  metric: { name: "SettlementRunPaid", amount: "paymentsCents" },
  problems: ["VALIDATION_FAILED", "NOT_FOUND", "RUN_NOT_CLOSED"],
});

const reconciliationSchema = z
  .object({
    runId: z.string(),
    kind: z.enum(["camt.053", "camt.054", "pain.002"]),
    matched: z
      .array(
        z.object({
          endToEndId: z.string(),
          statementId: z.string(),
          providerId: z.string(),
          outcome: z.enum(["paid", "returned", "rejected"]),
          changed: z.boolean().meta({ description: "false when the payment had this outcome already (the same message sent again)" }),
          bookingDate: z.iso.date().optional(),
          reasonCode: z.string().optional().meta({ description: "The bank's ISO 20022 reason code (AC04, AM05, …)" }),
        }),
      )
      .meta({ description: "Payments of the run matched by EndToEndId and amount, with what the bank did" }),
    unmatched: z
      .array(
        z.object({
          endToEndId: z.string().optional(),
          amountCents: z.number().int().optional(),
          outcome: z.string(),
          reason: z.enum(["UNKNOWN_END_TO_END_ID", "AMOUNT_MISMATCH"]),
        }),
      )
      .meta({ description: "Booked, returned or rejected transactions that match no payment of the run (another file, or an amount that differs)" }),
    run: settlementRunSchema,
  })
  .meta({ id: "SettlementReconciliation" });

export const reconcileSettlementRun = defineRoute({
  id: "settlementRuns.bankStatements",
  method: "POST",
  path: "/v1/settlement-runs/{runId}/bank-statements",
  roles: ["finance"],
  subject: { from: "none" },
  summary:
    "The bank's ISO 20022 camt.054 debit notification, camt.053 statement or pain.002 status report for the run's file: payments matched by EndToEndId and amount become paid with the bank's booking date, or owed again when returned or rejected (with the bank's reason); unmatched entries are listed. A repeat changes nothing",
  tags: ["settlement"],
  handler: "functions/api/settlement.bankStatements",
  params: z.object({ runId: runIdSchema }),
  body: z
    .object({
      document: documentText({ max: 5_000_000 }).meta({ description: "The bank's XML message as it came, in a JSON string (e.g. `jq -Rs '{document: .}' < camt054.xml`)" }),
    })
    .strict()
    .meta({ id: "BankStatementBody" }),
  response: { status: 200, description: "What was matched and what was not, and the run as it now is", schema: reconciliationSchema },
  metric: { name: "BankStatementReconciled" },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "NOT_FOUND", "RUN_NOT_CLOSED", "BANK_MESSAGE_INVALID", "BANK_MESSAGE_OTHER_FILE", "CONCURRENT_CHANGE"],
});

export const listSettlements = defineRoute({
  id: "settlements.list",
  method: "GET",
  path: "/v1/settlements",
  roles: ["provider", "finance", "worker"],
  subject: { from: "none" },
  summary: "Settlement statements by provider (a provider only its own) and/or month, with their lines and totals",
  tags: ["settlement"],
  handler: "functions/api/settlement.list",
  // A provider's staff name their own provider; a caller acting for none (or a missing query) reads nothing.
  filters: { providerId: { anyRoles: ["finance", "worker"], own: "provider", required: true } },
  query: z
    .object({ providerId: z.string().min(1).max(100).optional(), month: monthSchema.optional(), ...pageQuery })
    .refine((query) => query.providerId !== undefined || query.month !== undefined, {
      message: "Give providerId, month or both",
      params: { code: "ONE_FILTER" },
    }),
  response: { status: 200, description: "A page of statements", schema: page(statementSchema, "SettlementStatementPage") },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR"],
});

export const createCredit = defineRoute({
  id: "credits.create",
  method: "POST",
  path: "/v1/service-events/{eventId}/credits",
  roles: ["worker"],
  subject: { from: "owner", param: "eventId", entity: "EVENT", access: "act" },
  summary: "Credit part of a settled or paid event: the amount returns to the client's balance and reaches the provider's next statement as a negative line",
  tags: ["settlement"],
  handler: "functions/api/settlement.credit",
  params: z.object({ eventId: z.uuid() }),
  body: createCreditBodySchema,
  response: { status: 201, description: "The credit, with what is left of the event", schema: creditSchema },
  idempotent: true,
  metric: { name: "CreditIssued", amount: "amountCents" },
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "NOT_FOUND",
    "EVENT_NOT_SETTLED",
    "CREDIT_EXCEEDS_EVENT",
    "IDEMPOTENCY_KEY_REUSED",
    "IDEMPOTENCY_IN_PROGRESS",
  ],
});
