import { PutItemCommand, QueryCommand, type TransactWriteItem, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { type RequestContext, systemActor } from "../actor";
import type { AreaSettings } from "../area/settings";
import { budgetLineKey } from "../budget/repository";
import { reserveNumbers } from "../counters";
import { businessDate } from "../dates";
import { balanceChange, type ChangeStamp, changeStamp, dynamo, getItem, isConditionalCheckFailed, queryAll, setFields, tableName, transition } from "../db";
import { DomainError, notFound } from "../errors";
import { getEvent, type StoredEvent } from "../events/view";
import { financeInbox, notificationWrites, type PaymentNotification } from "../notifications/repository";
import { ownedKey } from "../ownership";
import { getProvider } from "../providers/repository";
import { conflictOr, lastError, retrying, type Transaction, transaction } from "../transaction";
import { type BankMessage, BankMessageError, type BankMessageKind, parseBankMessage } from "./bank-messages";
import { paymentDate } from "./banking-days";
import { paymentMessageId, statementReference } from "./creditor-reference";
import { type PaymentBatch, paymentFileXml, paymentProblem } from "./payment-file";
import type { RunPayment, SettlementRun } from "./schemas";
import { carryOver, maxConflictRetries, owedRegistryKey, runIdOf, runKey, type StatementHeader, statementIdsOfMonth, statementKey } from "./statements";

/**
 * A settlement run closes a month in steps (docs/operations.md#settlement-runs):
 * the POST claims the run item in state `closing`; every change of a closing run
 * item reaches the `settlement-run` queue through the table stream, and its
 * consumer does one bounded step (at most LINES_PER_STEP statement lines) and
 * writes its progress to the run item, which is the next step's record. The
 * last step builds the pain.001 file and sets the run `closed`.
 *
 * Every step is idempotent: statements close once (`open → closed`), events
 * settle once (`approved → settled`), payments are recorded once, and the
 * progress write is conditioned on the step it read, so a duplicate or a
 * concurrent step changes nothing. A payment that cannot be made is left out
 * of the file with its reason and stays owed; a later run pays it once the
 * provider's account is fixed.
 */

/** Statement lines (plus one per statement) settled in one step: about 200 small transactions, a few seconds. */
export const LINES_PER_STEP = 200;

export interface StoredRun extends Omit<SettlementRun, "payments" | "carriedOver"> {
  cursor: { index: number; lineKey?: string };
  step: number;
  payer: PaymentBatch["payer"];
}

type StoredPayment = RunPayment & {
  runId: string;
  /** Set while the statement's events still have to move to `paid` (or back to `settled`): the payment pipe's filter. */
  eventsTo?: "paid" | "settled";
  eventsCursor?: string;
  eventsStep?: number;
  decidedBy?: { sub: string; roles: string[] };
};

const paymentKey = (runId: string, statementId: string) => ({ pk: runKey(runId).pk, sk: `PAYMENT#${statementId}` });
const carryKey = (runId: string, statementId: string) => ({ pk: runKey(runId).pk, sk: `CARRY#${statementId}` });
const actorOf = (ctx: RequestContext) => ({ sub: ctx.actor.sub, roles: [...ctx.actor.roles] });

/**
 * Writes a step's transaction, trying again when it only lost a race with
 * another transaction on the same items: false, writing nothing, when the
 * item named `decides` failed its condition (a duplicate or an earlier
 * attempt did the step, or what it read has changed).
 */
const transact = (tx: Transaction, decides: string): Promise<boolean> =>
  retrying(maxConflictRetries + 1, () => tx.writeUnlessFailed(decides), { retryWhen: conflictOr(), exhausted: lastError });

/** The statement shows where its payment is. */
const showPayment = (tx: Transaction, statementId: string, payment: Record<string, unknown>): Transaction =>
  tx.update("statement", statementKey(statementId), { expression: "SET payment = :payment", values: { ":payment": payment } });

/** A few at a time: parallel enough to be quick, few enough that transactions on one instrument rarely collide. */
async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<unknown>, size = 8): Promise<void> {
  for (let index = 0; index < items.length; index += size) await Promise.all(items.slice(index, index + size).map(work));
}

export async function getRun(runId: string): Promise<StoredRun | undefined> {
  const item = await getItem<StoredRun & { pk: string; sk: string; type: string }>(runKey(runId));
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, type: _type, ...run } = item;
  return run;
}

export async function requireRun(runId: string): Promise<StoredRun> {
  const run = await getRun(runId);
  if (!run) throw notFound("settlement run");
  return run;
}

/** The run's payments (in the file, or left out with their reason) and carried-over statements, by statement. */
async function runParts(runId: string): Promise<{ payments: StoredPayment[]; carriedOver: SettlementRun["carriedOver"] }> {
  const items = await queryAll({
    KeyConditionExpression: "pk = :pk AND sk > :after",
    ExpressionAttributeValues: marshall({ ":pk": runKey(runId).pk, ":after": "CARRY#" }),
    ConsistentRead: true,
  });
  const strip = ({ pk: _pk, sk: _sk, type: _type, ...rest }: Record<string, unknown>) => rest;
  return {
    payments: items.filter((item) => String(item.sk).startsWith("PAYMENT#")).map((item) => strip(item) as StoredPayment),
    carriedOver: items.filter((item) => String(item.sk).startsWith("CARRY#")).map((item) => strip(item) as SettlementRun["carriedOver"][number]),
  };
}

const paymentView = ({ runId: _runId, eventsTo: _to, eventsCursor: _cursor, eventsStep: _step, decidedBy: _by, ...view }: StoredPayment): RunPayment => view;

/** The run as the API shows it: state, progress, totals, every payment with its state, and the carried-over statements. */
export async function runView(run: StoredRun): Promise<SettlementRun> {
  const { cursor: _cursor, step: _step, payer: _payer, ...view } = run;
  const { payments, carriedOver } = await runParts(run.runId);
  return { ...view, payments: payments.map(paymentView), carriedOver };
}

const monthHasEnded = (month: string, now: Date) => businessDate(now).slice(0, 7) > month;

/**
 * Starts closing a month (202), or returns its run (200). A repeat of a run
 * still closing also nudges it: the run item is touched, so its next step is
 * queued again (after a step that failed into the DLQ has been redriven, or
 * its cause fixed).
 */
export async function startRun(month: string, area: AreaSettings, ctx: RequestContext): Promise<{ run: StoredRun; created: boolean }> {
  if (!monthHasEnded(month, ctx.now)) throw new DomainError("MONTH_NOT_ENDED", { month });
  const runId = runIdOf(month);
  const statementCount = (await statementIdsOfMonth(month)).length;
  const run: StoredRun = {
    runId,
    month,
    state: "closing",
    // Fixed now, so the file is the same whenever it is built or downloaded.
    executionDate: paymentDate(month, area.settlementDayOfMonth, businessDate(ctx.now)),
    messageId: paymentMessageId(area.code, runId),
    payer: { name: area.name.fi, iban: area.payerIban, bic: area.payerBic, businessId: area.payerBusinessId },
    progress: { statementCount, closedStatementCount: 0 },
    eventsCents: 0,
    creditsCents: 0,
    netCents: 0,
    paymentCount: 0,
    paymentsCents: 0,
    excludedCount: 0,
    excludedCents: 0,
    createdAt: ctx.now.toISOString(),
    createdBy: actorOf(ctx),
    cursor: { index: 0 },
    step: 0,
  };
  try {
    // From here on nothing new goes into the month's statements (placement checks for this item).
    await dynamo().send(
      new PutItemCommand({
        TableName: tableName(),
        Item: marshall({ ...runKey(runId), type: "SettlementRun", ...run }, { removeUndefinedValues: true }),
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return { run, created: true };
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  const existing = (await getRun(runId))!;
  if (existing.state === "closing") await touch(runKey(runId), "closing", { resumedAt: ctx.now.toISOString() });
  return { run: existing, created: false };
}

/** Sets fields on an item still in state `from`; one that has moved on is left as it is. */
async function touch(key: { pk: string; sk: string }, from: string, fields: Record<string, unknown>): Promise<boolean> {
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
const advance = (key: { pk: string; sk: string }, from: string, to: string, fields: Record<string, unknown>) => touch(key, from, { state: to, ...fields });

/** The system actor of the steps a queue consumer takes for a run. */
const systemContext = (requestId: string, now: Date, actor?: { sub: string; roles: readonly string[] }): RequestContext => ({
  actor: { ...systemActor(actor?.sub ?? "system:settlement-run"), roles: (actor?.roles ?? []) as RequestContext["actor"]["roles"] },
  requestId,
  now,
});

/** The event's amount moves between counters on its instrument and its line as well. */
const addBalances = (tx: Transaction, event: StoredEvent, move: Parameters<typeof balanceChange>[1], stamp: ChangeStamp): Transaction =>
  tx
    .add("instrument", balanceChange(ownedKey("INSTRUMENT", event.instrumentId), move, undefined, stamp))
    .add("line", balanceChange(budgetLineKey(event.budgetId, event.lineId), move, undefined, stamp));

/** Settles one event of a closed statement: approved → settled on the event, its instrument and its line. */
async function settleEvent(eventId: string, statementId: string, runId: string, ctx: RequestContext): Promise<void> {
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
async function moveEvent(eventId: string, to: "paid" | "settled", ctx: RequestContext): Promise<void> {
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

/** A page of a statement's lines after `lineKey`, at most `limit`. */
async function linePage(statementId: string, limit: number, lineKey?: string) {
  const page = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :line)",
      ExpressionAttributeValues: marshall({ ":pk": `STATEMENT#${statementId}`, ":line": "LINE#" }),
      ConsistentRead: true,
      Limit: limit,
      ...(lineKey ? { ExclusiveStartKey: marshall({ pk: `STATEMENT#${statementId}`, sk: lineKey }) } : {}),
    }),
  );
  const lines = (page.Items ?? []).map((item) => unmarshall(item) as { sk: string; kind: string; eventId?: string });
  return { lines, next: page.LastEvaluatedKey ? String(unmarshall(page.LastEvaluatedKey).sk) : undefined };
}

/**
 * Records the payment of a closed statement with a positive net in `run`: in
 * the file, or left out with the reason it cannot be made (it stays owed).
 * The statement shows where its payment is. Recorded once per run and statement.
 */
async function recordPayment(run: Pick<StoredRun, "runId" | "month">, header: StatementHeader, now: Date): Promise<void> {
  const provider = await getProvider(header.providerId);
  const reference = header.creditorReference!;
  const candidate = provider
    ? { endToEndId: reference, creditorName: provider.name, creditorIban: provider.iban, ...(provider.bic ? { creditorBic: provider.bic } : {}), amountCents: header.netCents, creditorReference: reference }
    : undefined;
  const reasonCode = candidate ? paymentProblem(candidate) : "PROVIDER_NOT_FOUND";
  const payment: StoredPayment = {
    runId: run.runId,
    statementId: header.statementId,
    statementMonth: header.month,
    providerId: header.providerId,
    providerName: provider?.name ?? "",
    creditorIban: provider?.iban.replace(/\s+/g, "") ?? "",
    ...(provider?.bic ? { creditorBic: provider.bic } : {}),
    creditorReference: reference,
    endToEndId: reference,
    amountCents: header.netCents,
    state: reasonCode ? "excluded" : "sent",
    ...(reasonCode ? { reasonCode } : {}),
    recordedAt: now.toISOString(),
  };
  const tx = transaction().put("payment", { ...paymentKey(run.runId, header.statementId), type: "SettlementPayment", ...payment }, "attribute_not_exists(pk)");
  showPayment(tx, header.statementId, { state: payment.state, runId: run.runId, ...(reasonCode ? { reasonCode } : {}), at: payment.recordedAt })
    .add("owed", owedChange(header.statementId, reasonCode ? "ADD" : "DELETE"))
    .add("notice", ...(reasonCode ? financeNotice("payment-excluded", payment, reasonCode, payment.recordedAt) : []));
  // A failed condition means an earlier attempt of this step recorded it.
  await transact(tx, "payment");
}

/** The registry of statements owed but not in any file (left out, returned or rejected): the next run tries them again. */
function owedChange(statementId: string, action: "ADD" | "DELETE"): TransactWriteItem {
  return {
    Update: {
      TableName: tableName(),
      Key: marshall(owedRegistryKey),
      UpdateExpression: `${action} statementIds :id SET #type = :type`,
      ExpressionAttributeNames: { "#type": "type" },
      ExpressionAttributeValues: marshall({ ":id": new Set([statementId]), ":type": "OwedRegistry" }),
    },
  };
}

/** Tells finance of a payment not made, in the transaction that records why: once per change, never without it. */
function financeNotice(kind: PaymentNotification["kind"], payment: StoredPayment, reasonCode: string, at: string, reason?: string): TransactWriteItem[] {
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

/**
 * One step of a closing run: closes, settles and records statements from the
 * run's cursor until LINES_PER_STEP lines are done, then writes the progress
 * (which queues the next step); with every statement done, builds the file and
 * closes the run. Returns what it did.
 */
export async function advanceRun(runId: string, storeFile: (runId: string, xml: string) => Promise<void>, now: Date): Promise<"stepped" | "closed" | "idle"> {
  const run = await getRun(runId);
  if (!run || run.state !== "closing") return "idle";
  const statementIds = await statementIdsOfMonth(run.month);
  if (run.cursor.index >= statementIds.length) {
    await finishRun(run, storeFile, now);
    return "closed";
  }
  const ctx = systemContext(`${runId}#step-${run.step}`, now);
  const runDate = businessDate(new Date(run.createdAt));
  let { index, lineKey } = run.cursor;
  let budget = LINES_PER_STEP;
  const added = { eventsCents: 0, creditsCents: 0, netCents: 0, closed: 0 };
  while (index < statementIds.length && budget > 0) {
    const statementId = statementIds[index]!;
    let header = (await getItem<StatementHeader>(statementKey(statementId)))!;
    if (header.state === "open") {
      const [number] = await reserveNumbers("STATEMENT", run.month.slice(0, 4), 1);
      await advance(statementKey(statementId), "open", "closed", { runId, closedAt: now.toISOString(), creditorReference: statementReference(run.month, number!) });
      header = (await getItem<StatementHeader>(statementKey(statementId)))!;
    }
    const page = await linePage(statementId, budget, lineKey);
    await inBatches(page.lines.filter((line) => line.kind === "event"), (line) => settleEvent(line.eventId!, statementId, runId, ctx));
    budget -= Math.max(1, page.lines.length);
    if (page.next) {
      lineKey = page.next;
      break;
    }
    // The statement is closed: its sums are final.
    if (header.netCents < 0) {
      const carried = await carryOver(header, runDate);
      await dynamo().send(
        new PutItemCommand({
          TableName: tableName(),
          Item: marshall({ ...carryKey(runId, statementId), type: "SettlementCarry", providerId: header.providerId, statementId, amountCents: header.netCents, ...(carried.statementId ? { toStatementId: carried.statementId } : {}) }),
        }),
      );
    }
    if (header.netCents > 0 && header.runId === runId) await recordPayment(run, header, now);
    added.eventsCents += header.eventsCents;
    added.creditsCents += header.creditsCents;
    added.netCents += header.netCents;
    added.closed += 1;
    index += 1;
    lineKey = undefined;
    budget -= 1;
  }
  const set = setFields({ cursor: lineKey ? { index, lineKey } : { index }, step: run.step + 1, lastStepAt: now.toISOString() });
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(runKey(runId)),
        UpdateExpression: `SET ${set.clauses.join(", ")} ADD eventsCents :events, creditsCents :credits, netCents :net, progress.closedStatementCount :closed`,
        ConditionExpression: "step = :step AND #state = :closing",
        ExpressionAttributeNames: { ...set.names, "#state": "state" },
        ExpressionAttributeValues: marshall({
          ...set.values,
          ":events": added.eventsCents,
          ":credits": added.creditsCents,
          ":net": added.netCents,
          ":closed": added.closed,
          ":step": run.step,
          ":closing": "closing",
        }),
      }),
    );
  } catch (error) {
    // A duplicate of this step wrote first; it did the same work.
    if (!isConditionalCheckFailed(error)) throw error;
  }
  return "stepped";
}

/**
 * The last step: statements owed from earlier months whose provider can now be
 * paid join this file; the file is built from the run and its payments and
 * stored; the run is `closed` with its counts.
 */
async function finishRun(run: StoredRun, storeFile: (runId: string, xml: string) => Promise<void>, now: Date): Promise<void> {
  const owed = [...((await getItem<{ statementIds?: Set<string> }>(owedRegistryKey))?.statementIds ?? [])].sort();
  for (const statementId of owed) {
    const header = await getItem<StatementHeader & { payment?: { runId: string } }>(statementKey(statementId));
    if (!header || header.month >= run.month || header.payment?.runId === run.runId) continue;
    if (header.state !== "closed") {
      await transact(transaction().add("owed", owedChange(statementId, "DELETE")), "owed");
      continue;
    }
    // Returned or rejected by the bank: sent again only to another account than the one that failed.
    const failed = header.payment as { state?: string; creditorIban?: string } | undefined;
    if ((failed?.state === "returned" || failed?.state === "rejected") && (await getProvider(header.providerId))?.iban.replace(/\s+/g, "") === failed.creditorIban) continue;
    await recordPayment(run, header, now);
  }
  const { payments } = await runParts(run.runId);
  const inFile = payments.filter((payment) => payment.state !== "excluded");
  const excluded = payments.filter((payment) => payment.state === "excluded");
  if (inFile.length > 0) await storeFile(run.runId, buildPaymentFile(run, inFile));
  await advance(runKey(run.runId), "closing", "closed", {
    closedAt: now.toISOString(),
    paymentCount: inFile.length,
    paymentsCents: inFile.reduce((total, payment) => total + payment.amountCents, 0),
    excludedCount: excluded.length,
    excludedCents: excluded.reduce((total, payment) => total + payment.amountCents, 0),
  });
}

/** The pain.001 document of a run: from the run and its payments alone, so it is the same byte for byte whenever it is built. */
export function buildPaymentFile(run: Pick<StoredRun, "messageId" | "createdAt" | "executionDate" | "payer">, payments: readonly RunPayment[]): string {
  return paymentFileXml({
    messageId: run.messageId,
    createdAt: new Date(run.createdAt),
    executionDate: run.executionDate,
    payer: run.payer,
    payments: [...payments]
      .sort((a, b) => (a.statementId < b.statementId ? -1 : 1))
      .map((payment) => ({
        endToEndId: payment.endToEndId,
        creditorName: payment.providerName,
        creditorIban: payment.creditorIban,
        ...(payment.creditorBic ? { creditorBic: payment.creditorBic } : {}),
        amountCents: payment.amountCents,
        creditorReference: payment.creditorReference,
      })),
  });
}

/** The payments in the run's file (every one not left out). */
export async function filePayments(runId: string): Promise<RunPayment[]> {
  return (await runParts(runId)).payments.filter((payment) => payment.state !== "excluded").map(paymentView);
}

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
