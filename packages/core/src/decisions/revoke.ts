import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import type { RequestContext } from "../actor";
import { changeStamp, transition } from "../db";
import { DomainError } from "../errors";
import { getInstruments, type StoredInstrument } from "../instruments/repository";
import { ownedKey } from "../ownership";
import { transaction, TransactionCancelled } from "../transaction";
import { inForce } from "./supersede-rules";
import type { StoredDecision } from "./view";

/** Closing transaction items for open instruments (DynamoDB allows 100 items per transaction). */
function closeInstrumentItems(instruments: readonly StoredInstrument[], reason: string, ctx: RequestContext): TransactWriteItem[] {
  return instruments
    .filter((instrument) => instrument.status !== "closed")
    .map((instrument) =>
      transition(ownedKey("INSTRUMENT", instrument.instrumentId), [], "closed", { closedReason: reason }, changeStamp(instrument.clientId, ctx)),
    );
}

/**
 * Revoking closes the decision's instruments and frees the budget for a new decision. A decision
 * that superseded another is not revoked but superseded in turn by a corrected one (409
 * REVOKE_SUPERSEDING), so no day is left unfunded.
 */
export async function revokeDecision(decision: StoredDecision, reason: string, ctx: RequestContext): Promise<StoredDecision> {
  if (!(inForce as readonly string[]).includes(decision.status)) throw new DomainError("DECISION_NOT_IN_FORCE", { status: decision.status });
  // The decisions it superseded stay clipped: revoking it would leave the client's days funded by none.
  if (decision.supersedes && decision.supersedes.length > 0) throw new DomainError("REVOKE_SUPERSEDING");
  const instruments = await getInstruments(decision.instrumentIds);
  const changed = changeStamp(decision.clientId, ctx);
  const tx = transaction()
    .add("decision", transition(ownedKey("DECISION", decision.decisionId), inForce, "revoked", { closedAt: changed.updatedAt, closedReason: reason }, changed))
    .update(
      "budget",
      ownedKey("BUDGET", decision.budgetId),
      {
        expression: "SET #status = :draft, changedBy = :by, requestId = :rid, updatedAt = :at REMOVE decisionId",
        names: { "#status": "status" },
        values: { ":draft": "draft", ":by": changed.changedBy, ":rid": changed.requestId, ":at": changed.updatedAt },
      },
      { expression: "decisionId = :decisionId", values: { ":decisionId": decision.decisionId } },
    )
    .add("instruments", ...closeInstrumentItems(instruments, "decision-revoked", ctx));
  try {
    await tx.write();
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failed()) throw new DomainError("DECISION_NOT_IN_FORCE", { status: "changed" });
    throw error;
  }
  return { ...decision, status: "revoked", closedAt: changed.updatedAt, closedReason: reason };
}
