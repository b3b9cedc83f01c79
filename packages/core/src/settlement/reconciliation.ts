import type { RequestContext } from "../actor";
import { DomainError } from "../errors";
import { type BankMessage, BankMessageError, type BankMessageKind, parseBankMessage } from "./bank-messages";
import { applyPaymentOutcome, closeRunIfPaid, type PaymentOutcome } from "./payment-outcomes";
import { filePayments, requireRun } from "./run-view";

export interface Reconciliation {
  runId: string;
  kind: BankMessageKind;
  matched: { endToEndId: string; statementId: string; providerId: string; outcome: PaymentOutcome["state"]; changed: boolean; bookingDate?: string; reasonCode?: string }[];
  unmatched: { endToEndId?: string; amountCents?: number; outcome: string; reason: "UNKNOWN_END_TO_END_ID" | "AMOUNT_MISMATCH" }[];
}

/** Paid first, so a payment booked and then returned in one message ends returned. */
const ORDER = { paid: 0, returned: 1, rejected: 1, pending: 2 } as const;

/**
 * Reads the bank's camt.054 / camt.053 / pain.002 for a run and applies what
 * it says to the run's payments, matched by EndToEndId and amount: booked
 * ones become paid with the bank's booking date, returned or rejected ones
 * owed again with the bank's reason. Entries matching no payment are listed.
 * Sending the same message again changes nothing.
 */
export async function reconcileBankMessage(runId: string, xml: string, ctx: RequestContext): Promise<Reconciliation> {
  const run = await requireRun(runId);
  if (run.state === "closing") throw new DomainError("RUN_NOT_CLOSED", { state: run.state });
  let message: BankMessage;
  try {
    message = parseBankMessage(xml);
  } catch (error) {
    if (error instanceof BankMessageError) throw new DomainError("BANK_MESSAGE_INVALID", { reason: error.message });
    throw error;
  }
  if (message.originalMessageId !== undefined && message.originalMessageId !== run.messageId) {
    throw new DomainError("BANK_MESSAGE_OTHER_FILE", { messageId: message.originalMessageId });
  }
  const payments = await filePayments(runId);
  const byEndToEndId = new Map(payments.map((payment) => [payment.endToEndId, payment]));
  const transactions = message.transactions
    .filter((tx) => tx.outcome !== "pending")
    // A pain.002 refusing the whole file: every payment in it.
    .flatMap((tx) => (tx.endToEndId === undefined && message.kind === "pain.002" ? payments.map((payment) => ({ ...tx, endToEndId: payment.endToEndId })) : [tx]))
    .sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
  const result: Reconciliation = { runId, kind: message.kind, matched: [], unmatched: [] };
  for (const tx of transactions) {
    const payment = tx.endToEndId === undefined ? undefined : byEndToEndId.get(tx.endToEndId);
    const listed = { ...(tx.endToEndId ? { endToEndId: tx.endToEndId } : {}), ...(tx.amountCents !== undefined ? { amountCents: tx.amountCents } : {}), outcome: tx.outcome };
    if (!payment) {
      result.unmatched.push({ ...listed, reason: "UNKNOWN_END_TO_END_ID" });
      continue;
    }
    if (tx.amountCents !== undefined && tx.amountCents !== payment.amountCents) {
      result.unmatched.push({ ...listed, reason: "AMOUNT_MISMATCH" });
      continue;
    }
    const state = tx.outcome as PaymentOutcome["state"];
    const changed = await applyPaymentOutcome(
      runId,
      {
        statementId: payment.statementId,
        state,
        source: message.kind,
        ...(tx.bookingDate ? { bookingDate: tx.bookingDate } : {}),
        ...(tx.reasonCode ? { reasonCode: tx.reasonCode } : {}),
        ...(tx.reason ? { reason: tx.reason } : {}),
      },
      { ...ctx, requestId: `bank-${message.kind}#${ctx.requestId}` },
    );
    result.matched.push({
      endToEndId: payment.endToEndId,
      statementId: payment.statementId,
      providerId: payment.providerId,
      outcome: state,
      changed: changed === "applied",
      ...(tx.bookingDate ? { bookingDate: tx.bookingDate } : {}),
      ...(tx.reasonCode ? { reasonCode: tx.reasonCode } : {}),
    });
  }
  await closeRunIfPaid(runId, ctx, false);
  return result;
}
