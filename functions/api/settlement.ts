import { apiHandler } from "@hb/api/http";
import {
  createCredit as creditRoute,
  createSettlementRun as runRoute,
  getPaymentFile as paymentFileRoute,
  getSettlementRun as getRoute,
  listSettlements as listRoute,
  markSettlementRunPaid as paidRoute,
  reconcileSettlementRun as reconcileRoute,
} from "@hb/api/routes/settlement";
import { getAreaSettings } from "@hb/core/area/repository";
import { businessDate } from "@hb/core/dates";
import { DomainError, notFound } from "@hb/core/errors";
import { createCredit } from "@hb/core/settlement/credits";
import { readPaymentFile, storePaymentFile } from "@hb/core/settlement/files";
import { startRun } from "@hb/core/settlement/close-run";
import { markRunPaid } from "@hb/core/settlement/payment-outcomes";
import { reconcileBankMessage } from "@hb/core/settlement/reconciliation";
import { buildPaymentFile, filePayments, requireRun, runView } from "@hb/core/settlement/run-view";
import { listStatements } from "@hb/core/settlement/statement-view";

/** 202 with the run closing (its steps run on the settlement-run queue); 200 with the month's run when it exists. */
export const run = apiHandler(runRoute, async ({ body, context }) => {
  const { run: started, created } = await startRun(body.month, await getAreaSettings(businessDate(context.now)), context);
  return { status: created ? 202 : 200, body: await runView(started), headers: { location: `/v1/settlement-runs/${started.runId}` } };
});

export const get = apiHandler(getRoute, async ({ params }) => ({ body: await runView(await requireRun(params.runId)) }));

export const paymentFile = apiHandler(paymentFileRoute, async ({ params }) => {
  const settled = await requireRun(params.runId);
  if (settled.state === "closing") throw new DomainError("RUN_NOT_CLOSED", { state: settled.state });
  // The file is rebuilt from the run only if the bucket lost it (the local runtime keeps files in memory); it is the same byte for byte.
  let xml = await readPaymentFile(settled.runId);
  if (xml === undefined) {
    const payments = await filePayments(settled.runId);
    if (payments.length === 0) throw notFound("payment file");
    xml = buildPaymentFile(settled, payments);
    await storePaymentFile(settled.runId, xml);
  }
  return {
    body: xml,
    headers: { "content-disposition": `attachment; filename="${settled.runId}.pain.001.xml"` },
  };
});

export const paid = apiHandler(paidRoute, async ({ params, context }) => ({ body: await runView(await markRunPaid(params.runId, context)) }));

export const bankStatements = apiHandler(reconcileRoute, async ({ params, body, context }) => {
  const result = await reconcileBankMessage(params.runId, body.document, context);
  return { body: { ...result, run: await runView(await requireRun(params.runId)) } };
});

/** A provider reads only its own statements, finance and workers all (the route's `filters`). */
export const list = apiHandler(listRoute, async ({ query }) => {
  const page = await listStatements({ providerId: query.providerId, month: query.month }, query.limit, query.cursor);
  return { body: { items: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) } };
});

export const credit = apiHandler(creditRoute, async ({ params, body, context }) => ({
  status: 201,
  body: await createCredit(params.eventId, body, context),
}));
