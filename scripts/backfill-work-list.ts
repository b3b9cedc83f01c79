/**
 * Gives instruments issued before the provider's work list their index keys
 * and number lookups (docs/operations.md#upgrading-to-the-providers-work-list).
 * Safe to run again: a second run reports nothing done.
 *
 *   HB_TABLE_NAME=… AWS_REGION=eu-north-1 npx tsx scripts/backfill-work-list.ts
 */
import { backfillWorkList } from "@hb/core/instruments/work-list-backfill";

console.log(JSON.stringify(await backfillWorkList()));
