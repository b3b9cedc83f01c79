import { apiHandler } from "@hb/api/http";
import { listAudit, listAuditRefusals } from "@hb/api/routes/audit";
import { listAreaRefusals, listAuditEntries } from "@hb/core/audit/repository";

export const list = apiHandler(listAudit, async ({ query }) => ({
  body: await listAuditEntries(query.clientId, query.limit, query.cursor),
}));

export const refusals = apiHandler(listAuditRefusals, async ({ query }) => ({
  body: await listAreaRefusals(query.day, query.limit, query.cursor),
}));
