/** Puts provider applications made before the area's queue (issue 14) into it under their status. */
import { backfillApplicationQueue } from "../providers/application-queue-backfill";
import type { Migration } from "./migration";

export const queueProviderApplications: Migration = {
  id: "0003-queue-provider-applications",
  description: "Adds the queue keys (gsi1 APPLICATIONS#<status>) to provider applications made before issue 14",
  async run() {
    const report = await backfillApplicationQueue();
    return { report, changed: report.queued };
  },
};
