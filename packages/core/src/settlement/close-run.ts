import { PutItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import type { AreaSettings } from "../area/settings";
import { reserveNumbers } from "../counters";
import { businessDate } from "../dates";
import { dynamo, getItem, isConditionalCheckFailed, setFields, tableName } from "../db";
import { DomainError } from "../errors";
import { getProvider } from "../providers/repository";
import { transaction } from "../transaction";
import { paymentDate } from "./banking-days";
import { paymentMessageId, statementReference } from "./creditor-reference";
import { settleEvent } from "./event-settlement";
import { owedChange, owedStatementIds, statementIdsOfMonth } from "./month-registry";
import { paymentProblem } from "./payment-file";
import { carryOver } from "./placement";
import { buildPaymentFile, carryKey, getRun, paymentKey, runIdOf, runKey, runParts, type StoredPayment, type StoredRun } from "./run-view";
import { actorOf, advance, financeNotice, inBatches, LINES_PER_STEP, linePage, showPayment, systemContext, touch, transact } from "./run-writes";
import { type StatementHeader, statementKey } from "./statement-view";

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
  const owed = await owedStatementIds();
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
