import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { businessDate } from "../dates";
import { dynamo, getItem, isConditionalCheckFailed, setFields, tableName } from "../db";
import { DomainError } from "../errors";
import { transaction } from "../transaction";
import { moveEvent } from "./event-settlement";
import { owedChange } from "./month-registry";
import { maxConflictRetries } from "./placement";
import { filePayments, paymentKey, requireRun, runKey, type StoredPayment, type StoredRun } from "./run-view";
import { actorOf, advance, financeNotice, inBatches, LINES_PER_STEP, linePage, showPayment, systemContext, transact } from "./run-writes";
import { statementKey } from "./statement-view";

export interface PaymentOutcome {
  statementId: string;
  state: "paid" | "returned" | "rejected";
  bookingDate?: string;
  reasonCode?: string;
  reason?: string;
  source: "manual" | "camt.053" | "camt.054" | "pain.002";
}

/**
 * What the bank did with one payment of the run. Paid: the statement's events
 * follow to `paid` (the payment queue moves them). Returned or rejected: the
 * statement is owed again with the bank's reason (a paid one's events go back
 * to `settled`), and the next run pays it. A repeat of the same outcome changes nothing.
 */
export async function applyPaymentOutcome(runId: string, outcome: PaymentOutcome, ctx: RequestContext): Promise<"applied" | "unchanged"> {
  const key = paymentKey(runId, outcome.statementId);
  for (let attempt = 0; ; attempt += 1) {
    const payment = await getItem<StoredPayment>(key);
    if (!payment || payment.state === "excluded") return "unchanged";
    if (payment.state === outcome.state) return "unchanged";
    // A payment returned or rejected is settled for good in this run: the next run pays the statement.
    if (payment.state === "returned" || payment.state === "rejected") return "unchanged";
    const eventsTo = outcome.state === "paid" ? "paid" : payment.state === "paid" ? "settled" : undefined;
    const fields = {
      state: outcome.state,
      decidedAt: ctx.now.toISOString(),
      decidedBy: actorOf(ctx),
      source: outcome.source,
      ...(outcome.bookingDate ? { bookingDate: outcome.bookingDate } : {}),
      ...(outcome.reasonCode ? { reasonCode: outcome.reasonCode } : {}),
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      ...(eventsTo ? { eventsTo, eventsStep: (payment.eventsStep ?? 0) + 1 } : {}),
    };
    const set = setFields(fields);
    const tx = transaction().update(
      "payment",
      key,
      { expression: `SET ${set.clauses.join(", ")} REMOVE eventsCursor`, names: set.names, values: set.values },
      { expression: "#state = :read", names: { "#state": "state" }, values: { ":read": payment.state } },
    );
    showPayment(tx, outcome.statementId, {
      state: outcome.state,
      runId,
      creditorIban: payment.creditorIban,
      at: fields.decidedAt,
      ...(outcome.bookingDate ? { bookingDate: outcome.bookingDate } : {}),
      ...(outcome.reasonCode ? { reasonCode: outcome.reasonCode } : {}),
    });
    if (outcome.state !== "paid") {
      const kind = outcome.state === "returned" ? "payment-returned" : "payment-rejected";
      tx.add("owed", owedChange(outcome.statementId, "ADD")).add("notice", ...financeNotice(kind, payment, outcome.reasonCode ?? outcome.state.toUpperCase(), fields.decidedAt, outcome.reason));
    }
    if (await transact(tx, "payment")) return "applied";
    if (attempt >= maxConflictRetries) throw new DomainError("CONCURRENT_CHANGE");
  }
}

/** Once every payment in the file is paid, the run is `paid`. */
export async function closeRunIfPaid(runId: string, ctx: RequestContext, manual: boolean): Promise<void> {
  const payments = await filePayments(runId);
  if (payments.some((payment) => payment.state !== "paid")) return;
  await advance(runKey(runId), "closed", "paid", { paidAt: ctx.now.toISOString(), paidBy: actorOf(ctx), paidHow: manual ? "manual" : "bank" });
}

/**
 * Marks every payment still `sent` paid by hand, for areas that do not give
 * HB the bank's statements: said so on each payment (`source: manual`) and in
 * the audit of every event it moves (the request id names the manual marking).
 */
export async function markRunPaid(runId: string, ctx: RequestContext): Promise<StoredRun> {
  const run = await requireRun(runId);
  if (run.state === "paid") return run;
  if (run.state !== "closed") throw new DomainError("RUN_NOT_CLOSED", { state: run.state });
  const manual: RequestContext = { ...ctx, requestId: `manual-paid#${ctx.requestId}` };
  for (const payment of await filePayments(runId)) {
    if (payment.state === "sent") await applyPaymentOutcome(runId, { statementId: payment.statementId, state: "paid", bookingDate: businessDate(ctx.now), source: "manual" }, manual);
  }
  await closeRunIfPaid(runId, manual, true);
  return requireRun(runId);
}

/**
 * One step of moving a paid (or returned) payment's events: at most
 * LINES_PER_STEP lines from its cursor, then the progress, which queues the
 * next step; at the end the statement follows (`closed → paid`, or back).
 */
export async function moveEventsOfPayment(runId: string, statementId: string, now: Date): Promise<"stepped" | "done" | "idle"> {
  const key = paymentKey(runId, statementId);
  const payment = await getItem<StoredPayment>(key);
  if (!payment?.eventsTo) return "idle";
  const to = payment.eventsTo;
  const ctx = systemContext(`${payment.source === "manual" ? "manual-paid" : `bank-${payment.source}`}#${runId}#${statementId}`, now, payment.decidedBy);
  const page = await linePage(statementId, LINES_PER_STEP, payment.eventsCursor);
  await inBatches(page.lines.filter((line) => line.kind === "event"), (line) => moveEvent(line.eventId!, to, ctx));
  if (!page.next) {
    if (to === "paid") await advance(statementKey(statementId), "closed", "paid", { paidAt: now.toISOString() });
    else await advance(statementKey(statementId), "paid", "closed", {});
  }
  const done = !page.next;
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(key),
        UpdateExpression: done ? "REMOVE eventsTo, eventsCursor SET eventsMovedAt = :now" : "SET eventsCursor = :cursor, eventsMovedAt = :now",
        ConditionExpression: "eventsTo = :to AND eventsStep = :step",
        ExpressionAttributeValues: marshall({ ":to": to, ":step": payment.eventsStep, ":now": now.toISOString(), ...(done ? {} : { ":cursor": page.next }) }),
      }),
    );
  } catch (error) {
    // The outcome changed meanwhile (it starts over with its own target) or a duplicate step wrote first.
    if (!isConditionalCheckFailed(error)) throw error;
  }
  return done ? "done" : "stepped";
}
