/**
 * Runs the data migrations a stage has not run yet (packages/core/src/migrations),
 * with the operator's credentials: they scan the table and may use the
 * personal-data key, which no function may (docs/operations.md#upgrading).
 * The table, audit table and keys come from the stage's Storage outputs in
 * `.sst/outputs.json` (written by `npm run deploy`), or from HB_TABLE_NAME,
 * HB_AUDIT_TABLE_NAME, HB_PERSONAL_DATA_KEY_ARN and HB_PERSONAL_ID_KEY_SECRET_ARN.
 *
 *   npm run migrate -- --stage <area>
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { migrations } from "@hb/core/migrations/registry";
import { runMigrations } from "@hb/core/migrations/runner";

const { values } = parseArgs({ options: { stage: { type: "string" } } });
const outputsFile = ".sst/outputs.json";
const outputs: Record<string, Record<string, string>> = existsSync(outputsFile) ? JSON.parse(readFileSync(outputsFile, "utf8")) : {};
const storage = values.stage ? outputs[`${values.stage}-hb-Storage`] : undefined;
if (values.stage && !storage && !process.env.HB_TABLE_NAME) {
  console.error(`No outputs of ${values.stage}-hb-Storage in ${outputsFile}: deploy the stage from this checkout first, or set HB_TABLE_NAME and the others`);
  process.exit(1);
}
const fromOutputs: Record<string, string | undefined> = {
  HB_TABLE_NAME: storage?.TableName,
  HB_AUDIT_TABLE_NAME: storage?.AuditTableName,
  HB_PERSONAL_DATA_KEY_ARN: storage?.PersonalDataKeyArn,
  HB_PERSONAL_ID_KEY_SECRET_ARN: storage?.PersonalIdKeySecretArn,
};
for (const [name, value] of Object.entries(fromOutputs)) if (value && !process.env[name]) process.env[name] = value;
if (!process.env.HB_TABLE_NAME) {
  console.error("Usage: npm run migrate -- --stage <area>   (or HB_TABLE_NAME=… npm run migrate)");
  process.exit(1);
}
process.env.AWS_REGION ??= "eu-north-1";

console.log(`Migrating ${process.env.HB_TABLE_NAME} (${migrations.length} migrations known)`);
await runMigrations(migrations, { log: (line) => console.log(line) });
console.log("All migrations done.");
