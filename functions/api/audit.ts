import { apiHandler } from "@hb/api/http";
import { listAudit } from "@hb/api/routes/audit";
import { listAuditEntries } from "@hb/core/audit/repository";

export const list = apiHandler(listAudit, async ({ query }) => ({
  body: await listAuditEntries(query.clientId, query.limit, query.cursor),
}));
