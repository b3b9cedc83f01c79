import { queueConsumer } from "@hb/api/consumer";
import { recordAuditEntry } from "@hb/core/audit/repository";
import { auditEntryForChange, type TableChangeRecord } from "@hb/core/audit/trail";

export const handler = queueConsumer("audit-trail", async (record) => {
  const change = JSON.parse(record.body) as TableChangeRecord;
  const entry = auditEntryForChange(change);
  // The stream event id keys the entry, so a redelivered record rewrites the same entry.
  if (entry) await recordAuditEntry(entry, change.eventID);
});
