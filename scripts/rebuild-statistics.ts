/**
 * Recomputes the statistics counters from the table (issue 22, docs/operations.md#statistics-rebuild):
 * for an area that starts using statistics on existing data, or after a fault in the statistics
 * consumer. Scans the table once; run it in a quiet hour (changes during the run may be missed
 * in the months being rebuilt; a second run puts them right).
 *
 *   HB_TABLE_NAME=<table> AWS_REGION=eu-north-1 npx tsx scripts/rebuild-statistics.ts
 *   (locally: AWS_ENDPOINT_URL_DYNAMODB=<the local DynamoDB endpoint> HB_TABLE_NAME=<local table>)
 */
import { rebuildStatistics } from "@hb/core/statistics/rebuild";

const result = await rebuildStatistics(new Date(), (line) => console.log(line));
console.log(JSON.stringify({ items: result.items, cells: result.cells, months: result.months }));
