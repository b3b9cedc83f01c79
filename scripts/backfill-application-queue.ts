/**
 * Puts provider applications made before the area's queue into it
 * (docs/operations.md#upgrading-to-the-application-queue). Safe to run again:
 * a second run reports nothing queued.
 *
 *   HB_TABLE_NAME=… AWS_REGION=eu-north-1 npx tsx scripts/backfill-application-queue.ts
 */
import { backfillApplicationQueue } from "@hb/core/providers/application-queue-backfill";

console.log(JSON.stringify(await backfillApplicationQueue()));
