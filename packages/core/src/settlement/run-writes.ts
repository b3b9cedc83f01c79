import { QueryCommand, type TransactWriteItem, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { type RequestContext, systemActor } from "../actor";
import { dynamo, isConditionalCheckFailed, setFields, tableName } from "../db";
import { keys } from "../keys";
import { financeInbox, notificationWrites, type PaymentNotification } from "../notifications/repository";
import { conflictOr, lastError, retrying, type Transaction } from "../transaction";
import { maxConflictRetries } from "./placement";
import type { StoredPayment } from "./run-view";
import { statementKey } from "./statement-view";

/** The writes the steps of a settlement run are made of: each changes nothing when a duplicate or a concurrent step did it first. */

/** Statement lines (plus one per statement) settled in one step: about 200 small transactions, a few seconds. */
export const LINES_PER_STEP = 200;

export const actorOf = (ctx: RequestContext) => ({ sub: ctx.actor.sub, roles: [...ctx.actor.roles] });

/**
 * Writes a step's transaction, trying again when it only lost a race with
 * another transaction on the same items: false, writing nothing, when the
 * item named `decides` failed its condition (a duplicate or an earlier
 * attempt did the step, or what it read has changed).
 */
export const transact = (tx: Transaction, decides: string): Promise<boolean> =>
  retrying(maxConflictRetries + 1, () => tx.writeUnlessFailed(decides), { retryWhen: conflictOr(), exhausted: lastError });

/** The statement shows where its payment is. */
export const showPayment = (tx: Transaction, statementId: string, payment: Record<string, unknown>): Transaction =>
  tx.update("statement", statementKey(statementId), { expression: "SET payment = :payment", values: { ":payment": payment } });

/** A few at a time: parallel enough to be quick, few enough that transactions on one instrument rarely collide. */
export async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<unknown>, size = 8): Promise<void> {
  for (let index = 0; index < items.length; index += size) await Promise.all(items.slice(index, index + size).map(work));
}

/** Sets fields on an item still in state `from`; one that has moved on is left as it is. */
export async function touch(key: { pk: string; sk: string }, from: string, fields: Record<string, unknown>): Promise<boolean> {
  const set = setFields(fields);
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(key),
        UpdateExpression: `SET ${set.clauses.join(", ")}`,
        ConditionExpression: "#state = :from",
        ExpressionAttributeNames: { ...set.names, "#state": "state" },
        ExpressionAttributeValues: marshall({ ...set.values, ":from": from }, { removeUndefinedValues: true }),
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

/** Moves a statement or a run from one `state` to the next; one a concurrent step has moved already stays as it is. */
export const advance = (key: { pk: string; sk: string }, from: string, to: string, fields: Record<string, unknown>) => touch(key, from, { state: to, ...fields });

/** The system actor of the steps a queue consumer takes for a run. */
export const systemContext = (requestId: string, now: Date, actor?: { sub: string; roles: readonly string[] }): RequestContext => ({
  actor: { ...systemActor(actor?.sub ?? "system:settlement-run"), roles: (actor?.roles ?? []) as RequestContext["actor"]["roles"] },
  requestId,
  now,
});

/** A page of a statement's lines after `lineKey`, at most `limit`. */
export async function linePage(statementId: string, limit: number, lineKey?: string) {
  const page = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :line)",
      ExpressionAttributeValues: marshall({ ":pk": keys.StatementLine.pk({ statementId }), ":line": keys.StatementLine.sk.prefix }),
      ConsistentRead: true,
      Limit: limit,
      ...(lineKey ? { ExclusiveStartKey: marshall({ pk: keys.StatementLine.pk({ statementId }), sk: lineKey }) } : {}),
    }),
  );
  const lines = (page.Items ?? []).map((item) => unmarshall(item) as { sk: string; kind: string; eventId?: string });
  return { lines, next: page.LastEvaluatedKey ? String(unmarshall(page.LastEvaluatedKey).sk) : undefined };
}

/** Tells finance of a payment not made, in the transaction that records why: once per change, never without it. */
export function financeNotice(kind: PaymentNotification["kind"], payment: StoredPayment, reasonCode: string, at: string, reason?: string): TransactWriteItem[] {
  return notificationWrites([
    {
      inbox: financeInbox,
      kind,
      payment: {
        runId: payment.runId,
        statementId: payment.statementId,
        statementMonth: payment.statementMonth,
        providerId: payment.providerId,
        // A provider no longer in the register has no name left: its id says who.
        providerName: payment.providerName || payment.providerId,
        amountCents: payment.amountCents,
        reasonCode,
        ...(reason ? { reason } : {}),
      },
      createdAt: at,
    },
  ]);
}
