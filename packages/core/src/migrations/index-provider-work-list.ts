/** Gives instruments issued before the provider's work list (issue 14) their index keys and number lookups. */
import { backfillWorkList } from "../instruments/work-list-backfill";
import type { Migration } from "./migration";

export const indexProviderWorkList: Migration = {
  id: "0002-index-provider-work-list",
  description: "Adds the provider's work-list keys (gsi2 PROVIDER#/INSTRUMENT#) and number lookups to instruments issued before issue 14",
  async run() {
    const report = await backfillWorkList();
    return { report, changed: report.indexed + report.numbered };
  },
};
