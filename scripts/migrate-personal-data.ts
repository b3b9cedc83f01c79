/**
 * Seals the plain personal identity codes of a stack deployed before field
 * encryption and moves its audit entries into the audit table
 * (docs/operations.md#migrating-a-stack-that-holds-plain-codes). Safe to run
 * again: a second run reports nothing done.
 *
 *   HB_TABLE_NAME=… HB_AUDIT_TABLE_NAME=… HB_PERSONAL_DATA_KEY_ARN=… AWS_REGION=eu-north-1 \
 *     npx tsx scripts/migrate-personal-data.ts
 */
import { migratePersonalData } from "@hb/core/personal-data/migration";

const report = await migratePersonalData(new Date());
console.log(JSON.stringify(report));
