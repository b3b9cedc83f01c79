import { marshall } from "@aws-sdk/util-dynamodb";
import { getItem, queryAll } from "../db";
import { notFound } from "../errors";
import { keys } from "../keys";
import { type PaymentBatch, paymentFileXml } from "./payment-file";
import type { RunPayment, SettlementRun } from "./schemas";

/** A month's run: one item, with a payment (`PAYMENT#<statementId>`) and a carry-over (`CARRY#<statementId>`) item per statement. */
export const runIdOf = (month: string) => `SR-${month}`;
export const runKey = (runId: string) => keys.SettlementRun.key({ runId });

export interface StoredRun extends Omit<SettlementRun, "payments" | "carriedOver"> {
  cursor: { index: number; lineKey?: string };
  step: number;
  payer: PaymentBatch["payer"];
}

export type StoredPayment = RunPayment & {
  runId: string;
  /** Set while the statement's events still have to move to `paid` (or back to `settled`): the payment pipe's filter. */
  eventsTo?: "paid" | "settled";
  eventsCursor?: string;
  eventsStep?: number;
  decidedBy?: { sub: string; roles: string[] };
};

export const paymentKey = (runId: string, statementId: string) => keys.SettlementPayment.key({ runId, statementId });
export const carryKey = (runId: string, statementId: string) => keys.SettlementCarry.key({ runId, statementId });

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
export async function runParts(runId: string): Promise<{ payments: StoredPayment[]; carriedOver: SettlementRun["carriedOver"] }> {
  const items = await queryAll({
    // Carry-overs sort first of the parts (the run item sorts after them and is filtered out).
    KeyConditionExpression: "pk = :pk AND sk > :after",
    ExpressionAttributeValues: marshall({ ":pk": keys.SettlementRun.pk({ runId }), ":after": keys.SettlementCarry.sk.prefix }),
    ConsistentRead: true,
  });
  const strip = ({ pk: _pk, sk: _sk, type: _type, ...rest }: Record<string, unknown>) => rest;
  return {
    payments: items.filter((item) => String(item.sk).startsWith(keys.SettlementPayment.sk.prefix)).map((item) => strip(item) as StoredPayment),
    carriedOver: items.filter((item) => String(item.sk).startsWith(keys.SettlementCarry.sk.prefix)).map((item) => strip(item) as SettlementRun["carriedOver"][number]),
  };
}

const paymentView = ({ runId: _runId, eventsTo: _to, eventsCursor: _cursor, eventsStep: _step, decidedBy: _by, ...view }: StoredPayment): RunPayment => view;

/** The run as the API shows it: state, progress, totals, every payment with its state, and the carried-over statements. */
export async function runView(run: StoredRun): Promise<SettlementRun> {
  const { cursor: _cursor, step: _step, payer: _payer, ...view } = run;
  const { payments, carriedOver } = await runParts(run.runId);
  return { ...view, payments: payments.map(paymentView), carriedOver };
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
