/**
 * Gives clients registered before caseloads their assigned worker and index
 * keys (docs/operations.md#upgrading-to-caseloads). Safe to run again: a
 * second run reports nothing assigned.
 *
 *   HB_TABLE_NAME=… AWS_REGION=eu-north-1 npx tsx scripts/backfill-caseload.ts
 */
import { backfillCaseload } from "@hb/core/clients/caseload-backfill";

console.log(JSON.stringify(await backfillCaseload()));
