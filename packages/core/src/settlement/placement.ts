import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { nextMonth } from "../budget/periods";
import { getItem, tableName } from "../db";
import type { StoredEvent } from "../events/view";
import { keys } from "../keys";
import { ownedKey } from "../ownership";
import { conflictOr, lastError, retrying, type Transaction, transaction, TransactionCancelled } from "../transaction";
import { creditKey } from "./credits";
import { monthRegistryKey, registration } from "./month-registry";
import { runIdOf, runKey } from "./run-view";
import type { Credit, StatementLine } from "./schemas";
import { headerSums, lineSortKey, totalSortKeys } from "./statement-totals";
import { getStatementHeader, type StatementHeader, statementIdOf, statementKey } from "./statement-view";

/** A line to place, and the write that marks its source (event, credit, statement) as placed: that write is the deduplication. */
interface Placement {
  providerId: string;
  month: string;
  line: StatementLine;
  /** An Update of the source setting `statementId` (or `carriedTo`) under a condition that fails once it is placed. */
  claim: (statementId: string) => TransactWriteItem;
}

/** A settlement transaction that lost a race with another (on a statement header, an instrument) is retried this often. */
export const maxConflictRetries = 8;

/**
 * Creates the provider's statement for the month, unless the month has a
 * settlement run already (then nothing more goes into it). Registering the
 * statement in the month's registry happens in the same transaction.
 */
async function ensureStatement(providerId: string, month: string): Promise<"open" | "closed"> {
  const statementId = statementIdOf(providerId, month);
  // Created or registered concurrently: the next attempt reads what the other did.
  return retrying(maxConflictRetries + 1, async () => {
    const existing = await getStatementHeader(statementId);
    if (existing) return existing.state === "open" ? "open" : "closed";
    const tx = transaction()
      .put(
        "statement",
        {
          ...statementKey(statementId),
          type: "SettlementStatement",
          statementId,
          providerId,
          month,
          state: "open",
          eventsCents: 0,
          creditsCents: 0,
          netCents: 0,
          eventCount: 0,
          creditCount: 0,
          ...keys.SettlementStatement.gsi2({ providerId, month }),
        },
        "attribute_not_exists(pk)",
      )
      .update("registry", monthRegistryKey(month), registration(statementId, month))
      .check("noRun", runKey(runIdOf(month)), "attribute_not_exists(pk)");
    try {
      await tx.write();
      return "open";
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failed("noRun")) return "closed";
      throw error;
    }
  }, { retryWhen: conflictOr("statement"), exhausted: lastError });
}

/** Puts a line into an open statement ("header": only while open) and adds it to the header's and the totals' running sums. */
function addLine(tx: Transaction, statementId: string, line: StatementLine): Transaction {
  const sums = headerSums(line);
  tx.update(
    "header",
    statementKey(statementId),
    {
      expression: "ADD eventsCents :events, creditsCents :credits, netCents :net, eventCount :eventCount, creditCount :creditCount",
      values: {
        ":events": sums.eventsCents,
        ":credits": sums.creditsCents,
        ":net": sums.netCents,
        ":eventCount": sums.eventCount,
        ":creditCount": sums.creditCount,
      },
    },
    { expression: "#state = :open", names: { "#state": "state" }, values: { ":open": "open" } },
  ).put("line", { pk: keys.StatementLine.pk({ statementId }), sk: lineSortKey(line), type: "StatementLine", ...line }, "attribute_not_exists(pk)");
  for (const sk of totalSortKeys(line)) {
    tx.update("totals", { pk: keys.StatementTotal.pk({ statementId }), sk }, {
      expression: "ADD amountCents :amount, #count :one SET #type = :type",
      names: { "#count": "count", "#type": "type" },
      values: { ":amount": line.amountCents, ":one": 1, ":type": "StatementTotal" },
    });
  }
  return tx;
}

/**
 * Puts the line into the provider's open statement of the month, or of the
 * first later month still open: a closed statement never changes. The claim
 * on the source commits in the same transaction, so a redelivered or
 * reordered record finds its source placed and does nothing.
 */
async function place(placement: Placement): Promise<{ statementId: string; placed: boolean }> {
  let month = placement.month;
  return retrying(maxConflictRetries + 1, async () => {
    for (;;) {
      if ((await ensureStatement(placement.providerId, month)) === "closed") {
        month = nextMonth(month);
        continue;
      }
      const statementId = statementIdOf(placement.providerId, month);
      try {
        await addLine(transaction().add("claim", placement.claim(statementId)), statementId, placement.line).write();
        return { statementId, placed: true };
      } catch (error) {
        if (!(error instanceof TransactionCancelled)) throw error;
        if (error.failed("claim")) return { statementId, placed: false }; // placed before: a duplicate
        if (!error.failed("header")) throw error;
        month = nextMonth(month); // closed between the read and the write
      }
    }
  }, { retryWhen: conflictOr(), exhausted: lastError });
}

/** An approved event into its provider's statement (the settlement queue's consumer). */
export async function placeEvent(eventId: string): Promise<{ statementId?: string; placed: boolean }> {
  const event = await getItem<StoredEvent & { statementId?: string }>(ownedKey("EVENT", eventId));
  if (!event || event.status !== "approved" || event.statementId) return { placed: false, ...(event?.statementId ? { statementId: event.statementId } : {}) };
  return place({
    providerId: event.providerId,
    month: event.date.slice(0, 7),
    line: {
      kind: "event",
      eventId: event.eventId,
      date: event.date,
      serviceCode: event.serviceCode,
      unit: event.unit,
      quantity: event.quantity,
      bands: event.bands,
      amountCents: event.amountCents,
      instrumentNumber: event.instrumentNumber,
      instrumentId: event.instrumentId,
    },
    claim: (statementId) => ({
      Update: {
        TableName: tableName(),
        Key: marshall(ownedKey("EVENT", eventId)),
        UpdateExpression: "SET statementId = :statement",
        ConditionExpression: "#status = :approved AND attribute_not_exists(statementId)",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: marshall({ ":statement": statementId, ":approved": "approved" }),
      },
    }),
  });
}

/** A credit into its provider's open statement as a negative line. */
export async function placeCredit(creditId: string): Promise<{ statementId?: string; placed: boolean }> {
  const credit = await getItem<Credit>(creditKey(creditId));
  if (!credit || credit.statementId) return { placed: false, ...(credit?.statementId ? { statementId: credit.statementId } : {}) };
  return place({
    providerId: credit.providerId,
    month: credit.date.slice(0, 7),
    line: {
      kind: "credit",
      creditId,
      eventId: credit.eventId,
      date: credit.date,
      serviceCode: credit.serviceCode,
      amountCents: -credit.amountCents,
      instrumentNumber: credit.instrumentNumber,
      instrumentId: credit.instrumentId,
      reasonCode: credit.reasonCode,
      explanation: credit.explanation,
    },
    claim: (statementId) => ({
      Update: {
        TableName: tableName(),
        Key: marshall(creditKey(creditId)),
        UpdateExpression: "SET statementId = :statement",
        ConditionExpression: "attribute_not_exists(statementId)",
        ExpressionAttributeValues: marshall({ ":statement": statementId }),
      },
    }),
  });
}

/** A closed statement whose credits exceed its events: the debt moves to the provider's next open statement, once. */
export async function carryOver(header: StatementHeader, date: string): Promise<{ statementId?: string; placed: boolean }> {
  if (header.netCents >= 0 || header.carriedTo) return { placed: false };
  return place({
    providerId: header.providerId,
    month: nextMonth(header.month),
    line: { kind: "carry-over", fromStatementId: header.statementId, date, amountCents: header.netCents },
    claim: (statementId) => ({
      Update: {
        TableName: tableName(),
        Key: marshall(statementKey(header.statementId)),
        UpdateExpression: "SET carriedTo = :statement",
        ConditionExpression: "attribute_not_exists(carriedTo)",
        ExpressionAttributeValues: marshall({ ":statement": statementId }),
      },
    }),
  });
}
