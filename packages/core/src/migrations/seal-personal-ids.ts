/**
 * Seals the plain personal identity codes of a stack deployed before field
 * encryption and moves its audit entries to the audit table
 * (docs/operations.md#migrating-a-stack-that-holds-plain-codes).
 */
import { migratePersonalData } from "../personal-data/migration";
import type { Migration } from "./migration";

export const sealPersonalIds: Migration = {
  id: "0001-seal-personal-ids",
  description: "Seals plain personal identity codes and moves audit entries from the main table to the audit table",
  async run(now) {
    const report = await migratePersonalData(now);
    // A client changed during the pass is skipped: the next pass seals it.
    return { report, changed: report.sealed + report.skipped + report.movedAuditEntries };
  },
};
