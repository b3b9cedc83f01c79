/** Puts clients registered before caseloads (issue 14) into a worker's caseload. */
import { backfillCaseload } from "../clients/caseload-backfill";
import type { Migration } from "./migration";

export const assignCaseloads: Migration = {
  id: "0004-assign-caseloads",
  description:
    "Assigns clients registered before issue 14 to the worker of their newest decision, or the worker who last changed them; `unassigned` are left for a worker to take",
  async run() {
    const report = await backfillCaseload();
    // Unassigned clients have no worker to derive: another pass would not change them.
    return { report, changed: report.assigned };
  },
};
