import type { RequestContext } from "../actor";
import { budgetLineKey } from "../budget/repository";
import { balanceChange, type ChangeStamp, changeStamp, transition } from "../db";
import { getEvent, type StoredEvent } from "../events/view";
import { ownedKey } from "../ownership";
import { type Transaction, transaction } from "../transaction";
import { maxConflictRetries } from "./placement";
import { transact } from "./run-writes";

/** The event's amount moves between counters on its instrument and its line as well. */
const addBalances = (tx: Transaction, event: StoredEvent, move: Parameters<typeof balanceChange>[1], stamp: ChangeStamp): Transaction =>
  tx
    .add("instrument", balanceChange(ownedKey("INSTRUMENT", event.instrumentId), move, undefined, stamp))
    .add("line", balanceChange(budgetLineKey(event.budgetId, event.lineId), move, undefined, stamp));

/** Settles one event of a closed statement: approved → settled on the event, its instrument and its line. */
export async function settleEvent(eventId: string, statementId: string, runId: string, ctx: RequestContext): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const event = await getEvent(eventId);
    if (!event || event.status !== "approved") return; // settled by an earlier attempt of this step
    const stamp = changeStamp(event.clientId, ctx);
    const move = { availableCents: 0, approvedCents: -event.amountCents, settledCents: event.amountCents };
    const tx = transaction()
      // A retroactive decision that moved the event to its successor meanwhile: read again, settle it there.
      .add(
        "event",
        transition(ownedKey("EVENT", eventId), ["approved"], "settled", { settledAt: stamp.updatedAt, runId, creditableCents: event.amountCents, creditedCents: 0 }, stamp, [], {
          expression: "statementId = :statement AND instrumentId = :instrument",
          values: { ":statement": statementId, ":instrument": event.instrumentId },
        }),
      );
    if ((await transact(addBalances(tx, event, move, stamp), "event")) || attempt >= maxConflictRetries) return;
  }
}

/**
 * Moves what remains of one event (its amount after credits) between settled
 * and paid: to paid when the bank booked its payment, back to settled when the
 * bank returned it. An event already where it should be is left alone.
 */
export async function moveEvent(eventId: string, to: "paid" | "settled", ctx: RequestContext): Promise<void> {
  const from = to === "paid" ? "settled" : "paid";
  for (let attempt = 0; ; attempt += 1) {
    const event = (await getEvent(eventId)) as (StoredEvent & { creditableCents: number }) | undefined;
    if (!event || event.status !== from) return;
    const stamp = changeStamp(event.clientId, ctx);
    const amount = to === "paid" ? event.creditableCents : -event.creditableCents;
    const move = { availableCents: 0, settledCents: -amount, paidCents: amount };
    const tx = transaction()
      // A credit given meanwhile changes what remains: read again.
      .add(
        "event",
        transition(ownedKey("EVENT", eventId), [from], to, to === "paid" ? { paidAt: stamp.updatedAt } : {}, stamp, to === "paid" ? [] : ["paidAt"], {
          expression: "creditableCents = :remaining AND instrumentId = :instrument",
          values: { ":remaining": event.creditableCents, ":instrument": event.instrumentId },
        }),
      );
    if ((await transact(addBalances(tx, event, move, stamp), "event")) || attempt >= maxConflictRetries) return;
  }
}
