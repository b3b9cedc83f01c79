import { apiHandler } from "@hb/api/http";
import {
  createCredit as creditRoute,
  createSettlementRun as runRoute,
  getPaymentFile as paymentFileRoute,
  getSettlementRun as getRoute,
  listSettlements as listRoute,
  markSettlementRunPaid as paidRoute,
} from "@hb/api/routes/settlement";
import { hasRole } from "@hb/core/actor";
import { getAreaSettings } from "@hb/core/area/repository";
import { DomainError, forbidden, notFound } from "@hb/core/errors";
import { createCredit } from "@hb/core/settlement/credits";
import { readPaymentFile, storePaymentFile } from "@hb/core/settlement/files";
import { buildPaymentFile, markRunPaid, requireRun, runSettlement, runView } from "@hb/core/settlement/runs";
import { listStatements } from "@hb/core/settlement/statements";

export const run = apiHandler(runRoute, async ({ body, context }) => {
  const { run: settled, created } = await runSettlement(body.month, await getAreaSettings(), storePaymentFile, context);
  return { status: created ? 201 : 200, body: runView(settled), headers: { location: `/v1/settlement-runs/${settled.runId}` } };
});

export const get = apiHandler(getRoute, async ({ params }) => ({ body: runView(await requireRun(params.runId)) }));

export const paymentFile = apiHandler(paymentFileRoute, async ({ params }) => {
  const settled = await requireRun(params.runId);
  if (settled.state === "closing") throw new DomainError("RUN_NOT_CLOSED", { state: settled.state });
  if (settled.payments.length === 0) throw notFound("payment file");
  // The file is rebuilt from the run only if the bucket lost it (the local runtime keeps files in memory).
  let xml = await readPaymentFile(settled.runId);
  if (xml === undefined) {
    xml = buildPaymentFile(settled, await getAreaSettings());
    await storePaymentFile(settled.runId, xml);
  }
  return {
    body: xml,
    headers: { "content-disposition": `attachment; filename="${settled.runId}.pain.001.xml"` },
  };
});

export const paid = apiHandler(paidRoute, async ({ params, context }) => ({ body: runView(await markRunPaid(params.runId, context)) }));

/** A provider reads only its own statements; finance and workers read all. */
export const list = apiHandler(listRoute, async ({ query, actor }) => {
  const staffOnly = hasRole(actor, "provider") && !hasRole(actor, "finance") && !hasRole(actor, "worker");
  // A provider's staff name their own provider; a caller acting for none (or a missing query) reads nothing.
  if (staffOnly && (actor.providerId === undefined || query.providerId !== actor.providerId)) throw forbidden();
  const page = await listStatements({ providerId: query.providerId, month: query.month }, query.limit, query.cursor);
  return { body: { items: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) } };
});

export const credit = apiHandler(creditRoute, async ({ params, body, context }) => ({
  status: 201,
  body: await createCredit(params.eventId, body, context),
}));
