import { PutItemCommand, TransactWriteItemsCommand, type TransactWriteItem, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import type { AreaSettings } from "../area/settings";
import { budgetLineKey } from "../budget/repository";
import { reserveNumbers } from "../counters";
import { businessDate } from "../dates";
import { backoff, balanceChange, cancellationCodes, changeStamp, dynamo, getItem, isConditionalCheckFailed, setFields, tableName, transition } from "../db";
import { DomainError, notFound } from "../errors";
import { getEvent, type StoredEvent } from "../events/repository";
import { ownedKey } from "../ownership";
import { getProvider } from "../providers/repository";
import { creditorReference } from "./creditor-reference";
import { type PaymentBatch, paymentFileXml } from "./payment-file";
import type { SettlementRun } from "./schemas";
import {
  carryOver,
  maxConflictRetries,
  runIdOf,
  runKey,
  type StatementHeader,
  statementHeaders,
  statementIdsOfMonth,
  statementKey,
  statementLines,
} from "./statements";

/** A settlement run as stored: the view plus the statements it closed. */
export type StoredRun = SettlementRun & { statementIds: string[] };


/** Runs a transaction, trying again when it only lost a race with another transaction on the same items. */
async function transact(items: TransactWriteItem[]): Promise<"done" | "condition-failed"> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await dynamo().send(new TransactWriteItemsCommand({ TransactItems: items }));
      return "done";
    } catch (error) {
      const codes = cancellationCodes(error);
      if (codes[0] === "ConditionalCheckFailed") return "condition-failed";
      if (!codes.includes("TransactionConflict") || attempt >= maxConflictRetries) throw error;
      await backoff(attempt);
    }
  }
}

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

export function runView(run: StoredRun): SettlementRun {
  const { statementIds: _statementIds, ...view } = run;
  return view;
}

/** Settles one event of a closed statement: approved → settled on the event, its instrument and its line. */
async function settleEvent(eventId: string, statementId: string, runId: string, ctx: RequestContext): Promise<void> {
  const event = await getEvent(eventId);
  if (!event || event.status !== "approved") return; // settled by an earlier attempt of this run
  const stamp = changeStamp(event.clientId, ctx);
  const move = { availableCents: 0, approvedCents: -event.amountCents, settledCents: event.amountCents };
  await transact([
    transition(ownedKey("EVENT", eventId), ["approved"], "settled", { settledAt: stamp.updatedAt, runId, creditableCents: event.amountCents, creditedCents: 0 }, stamp, [], {
      expression: "statementId = :statement",
      values: { ":statement": statementId },
    }),
    balanceChange(ownedKey("INSTRUMENT", event.instrumentId), move, undefined, stamp),
    balanceChange(budgetLineKey(event.budgetId, event.lineId), move, undefined, stamp),
  ]);
}

/** Pays one settled event: what remains of it after credits moves from settled to paid. */
async function payEvent(eventId: string, ctx: RequestContext): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const event = (await getEvent(eventId)) as (StoredEvent & { creditableCents: number }) | undefined;
    if (!event || event.status !== "settled") return;
    const stamp = changeStamp(event.clientId, ctx);
    const move = { availableCents: 0, settledCents: -event.creditableCents, paidCents: event.creditableCents };
    const outcome = await transact([
      // A credit given meanwhile changes what remains: read again.
      transition(ownedKey("EVENT", eventId), ["settled"], "paid", { paidAt: stamp.updatedAt }, stamp, [], {
        expression: "creditableCents = :remaining",
        values: { ":remaining": event.creditableCents },
      }),
      balanceChange(ownedKey("INSTRUMENT", event.instrumentId), move, undefined, stamp),
      balanceChange(budgetLineKey(event.budgetId, event.lineId), move, undefined, stamp),
    ]);
    if (outcome === "done" || attempt >= maxConflictRetries) return;
  }
}

/** The first day of the month after `month`, so a run can tell whether its month has ended. */
const monthHasEnded = (month: string, now: Date) => businessDate(now).slice(0, 7) > month;

/**
 * Closes a month: claims the run (one per month, so a repeat returns it),
 * closes every open statement of the month, settles their events, carries
 * negative nets forward, and writes the pain.001 file. Each step is
 * idempotent, so a run interrupted half-way is finished by the next POST.
 */
export async function runSettlement(
  month: string,
  area: AreaSettings,
  storeFile: (runId: string, xml: string) => Promise<void>,
  ctx: RequestContext,
): Promise<{ run: StoredRun; created: boolean }> {
  if (!monthHasEnded(month, ctx.now)) throw new DomainError("MONTH_NOT_ENDED", { month });
  const runId = runIdOf(month);
  const claimed: StoredRun = {
    runId,
    month,
    state: "closing",
    statementCount: 0,
    eventsCents: 0,
    creditsCents: 0,
    netCents: 0,
    payments: [],
    paymentsCents: 0,
    carriedOver: [],
    createdAt: ctx.now.toISOString(),
    createdBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
    statementIds: [],
  };
  let created = true;
  try {
    // From here on nothing new goes into the month's statements (placement checks for this item).
    await dynamo().send(
      new PutItemCommand({
        TableName: tableName(),
        Item: marshall({ ...runKey(runId), type: "SettlementRun", ...claimed }),
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    created = false;
  }
  const run = created ? claimed : (await getRun(runId))!;
  if (run.state !== "closing") return { run, created };

  const statementIds = await statementIdsOfMonth(month);
  const open = (await statementHeaders(statementIds)).filter((header) => header.state === "open");
  const numbers = open.length > 0 ? await reserveNumbers("STATEMENT", month.slice(0, 4), open.length) : [];
  await inBatches(open.map((header, index) => ({ header, number: numbers[index]! })), ({ header, number }) =>
    closeStatement(header, runId, creditorReference(`${month.replace("-", "")}${String(number).padStart(6, "0")}`), ctx),
  );

  const closed = await statementHeaders(statementIds);
  for (const header of closed) {
    const lines = await statementLines(header.statementId);
    await inBatches(
      lines.filter((line) => line.kind === "event"),
      (line) => settleEvent(line.eventId!, header.statementId, runId, ctx),
    );
    await carryOver(header, businessDate(ctx.now));
  }

  const payments: StoredRun["payments"] = [];
  for (const header of closed.filter((statement) => statement.netCents > 0)) {
    const provider = await getProvider(header.providerId);
    if (!provider) throw new DomainError("PROVIDER_NOT_PAYABLE", { providerId: header.providerId });
    payments.push({
      providerId: provider.providerId,
      providerName: provider.name,
      statementId: header.statementId,
      creditorIban: provider.iban.replace(/\s+/g, ""),
      creditorReference: header.creditorReference!,
      amountCents: header.netCents,
    });
  }
  const sum = (pick: (header: StatementHeader) => number) => closed.reduce((total, header) => total + pick(header), 0);
  const finished: StoredRun = {
    ...run,
    state: "closed",
    statementIds,
    statementCount: closed.length,
    eventsCents: sum((header) => header.eventsCents),
    creditsCents: sum((header) => header.creditsCents),
    netCents: sum((header) => header.netCents),
    payments,
    paymentsCents: payments.reduce((total, payment) => total + payment.amountCents, 0),
    carriedOver: closed
      .filter((header) => header.netCents < 0)
      .map((header) => ({ providerId: header.providerId, statementId: header.statementId, amountCents: header.netCents })),
    ...(payments.length > 0 ? { messageId: `HB-${runId}` } : {}),
    closedAt: ctx.now.toISOString(),
  };
  if (payments.length > 0) await storeFile(runId, buildPaymentFile(finished, area));
  await dynamo().send(
    new PutItemCommand({
      TableName: tableName(),
      Item: marshall({ ...runKey(runId), type: "SettlementRun", ...finished }, { removeUndefinedValues: true }),
      ConditionExpression: "#state = :closing",
      ExpressionAttributeNames: { "#state": "state" },
      ExpressionAttributeValues: marshall({ ":closing": "closing" }),
    }),
  ).catch((error: unknown) => {
    // Another POST finished the same run first; both wrote the same file.
    if (!isConditionalCheckFailed(error)) throw error;
  });
  return { run: (await getRun(runId))!, created };
}

async function closeStatement(header: StatementHeader, runId: string, reference: string, ctx: RequestContext): Promise<void> {
  await advance(statementKey(header.statementId), "open", "closed", { runId, closedAt: ctx.now.toISOString(), creditorReference: reference });
}

/**
 * Moves a statement or a run from one `state` to the next, setting `fields`;
 * one a concurrent attempt of the same run has moved already stays as it is.
 */
async function advance(key: { pk: string; sk: string }, from: string, to: string, fields: Record<string, unknown>): Promise<void> {
  const set = setFields({ state: to, ...fields });
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(key),
        UpdateExpression: `SET ${set.clauses.join(", ")}`,
        ConditionExpression: "#a0 = :from",
        ExpressionAttributeNames: set.names,
        ExpressionAttributeValues: marshall({ ...set.values, ":from": from }),
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}

/** The pain.001 document of a closed run: rebuilt from the run alone, so the same run always gives the same file. */
export function buildPaymentFile(run: StoredRun, area: AreaSettings): string {
  const batch: PaymentBatch = {
    messageId: run.messageId ?? `HB-${run.runId}`,
    createdAt: new Date(run.closedAt ?? run.createdAt),
    executionDate: businessDate(new Date(run.closedAt ?? run.createdAt)),
    payer: { name: area.name.fi, iban: area.payerIban, bic: area.payerBic, businessId: area.payerBusinessId },
    payments: run.payments.map((payment) => ({
      endToEndId: payment.creditorReference,
      creditorName: payment.providerName,
      creditorIban: payment.creditorIban,
      amountCents: payment.amountCents,
      creditorReference: payment.creditorReference,
    })),
  };
  return paymentFileXml(batch);
}

/** Marks a closed run paid: its events, statements and the balances' settled amounts move to paid. */
export async function markRunPaid(runId: string, ctx: RequestContext): Promise<StoredRun> {
  const run = await requireRun(runId);
  if (run.state === "paid") return run;
  if (run.state !== "closed") throw new DomainError("RUN_NOT_CLOSED", { state: run.state });
  for (const statementId of run.statementIds) {
    const lines = await statementLines(statementId);
    await inBatches(lines.filter((line) => line.kind === "event"), (line) => payEvent(line.eventId!, ctx));
    await advance(statementKey(statementId), "closed", "paid", { paidAt: ctx.now.toISOString() });
  }
  await advance(runKey(runId), "closed", "paid", { paidAt: ctx.now.toISOString(), paidBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] } });
  return requireRun(runId);
}
