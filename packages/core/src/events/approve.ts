import type { RequestContext } from "../actor";
import { budgetLineKey } from "../budget/repository";
import { balanceChange, changeStamp, transition } from "../db";
import { DomainError } from "../errors";
import { ownedKey } from "../ownership";
import { transaction, TransactionCancelled } from "../transaction";
import type { StoredEvent } from "./view";

/** Moves an event's amount from recorded to approved on the event, its instrument and its line. */
export async function approveEvent(event: StoredEvent, ctx: RequestContext): Promise<StoredEvent> {
  if (event.status !== "recorded") throw new DomainError("EVENT_NOT_RECORDED", { status: event.status });
  const stamp = changeStamp(event.clientId, ctx);
  const approvedBy = { sub: ctx.actor.sub, roles: [...ctx.actor.roles] };
  const move = { availableCents: 0, recordedCents: -event.amountCents, approvedCents: event.amountCents };
  const tx = transaction()
    // Leaving the sparse review index: nothing left for auto-approval to do.
    // On the instrument read: a retroactive decision that moved the event meanwhile makes this a refusal, not a count on the wrong instrument.
    .add(
      "event",
      transition(ownedKey("EVENT", event.eventId), ["recorded"], "approved", { approvedAt: stamp.updatedAt, approvedBy }, stamp, ["gsi3pk", "gsi3sk"], {
        expression: "instrumentId = :instrument",
        values: { ":instrument": event.instrumentId },
      }),
    )
    .add("instrument", balanceChange(ownedKey("INSTRUMENT", event.instrumentId), move, undefined, stamp))
    .add("line", balanceChange(budgetLineKey(event.budgetId, event.lineId), move, undefined, stamp));
  try {
    await tx.write();
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failed("event")) throw new DomainError("EVENT_NOT_RECORDED", { status: "changed" });
    throw error;
  }
  return { ...event, status: "approved", approvedAt: stamp.updatedAt, approvedBy };
}
