/**
 * Runs the migrations a stage has not run yet, in order, and records each in
 * the table (`pk=MIGRATION, sk=<id>`) once a pass of it changes nothing, so
 * the next run skips it. Nothing is recorded for a migration that fails or
 * does not settle: the next run starts it again, which is safe because every
 * migration is idempotent. Two runners at once only repeat each other's work.
 */
import { GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { dynamo, isConditionalCheckFailed, tableName } from "../db";
import { keys } from "../keys";
import type { Migration } from "./migration";

export interface MigrationOutcome {
  readonly id: string;
  /** `ran`: done now; `already-done`: recorded by an earlier run. */
  readonly outcome: "ran" | "already-done";
  /** The passes of this run, each pass's report. */
  readonly passes: readonly object[];
}

export const migrationKey = (migrationId: string) => keys.Migration.key({ migrationId });

/** A pass over a table of a few hundred thousand items takes minutes; a migration still changing items after this many is stuck. */
export const MAX_PASSES = 5;

async function isRecorded(id: string): Promise<boolean> {
  const { Item } = await dynamo().send(
    new GetItemCommand({ TableName: tableName(), Key: marshall(migrationKey(id)), ConsistentRead: true, ProjectionExpression: "pk" }),
  );
  return Item !== undefined;
}

export async function runMigrations(
  migrations: readonly Migration[],
  options: { now?: () => Date; log?: (line: string) => void } = {},
): Promise<MigrationOutcome[]> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const outcomes: MigrationOutcome[] = [];
  for (const migration of migrations) {
    if (await isRecorded(migration.id)) {
      log(`${migration.id}: already done`);
      outcomes.push({ id: migration.id, outcome: "already-done", passes: [] });
      continue;
    }
    const passes: object[] = [];
    for (let changed = Infinity; changed > 0; ) {
      // A later migration may rely on an earlier one: stop the run here rather than go on.
      if (passes.length === MAX_PASSES) throw new Error(`${migration.id} still changed items after ${MAX_PASSES} passes; run the migrations again`);
      const pass = await migration.run(now());
      passes.push(pass.report);
      changed = pass.changed;
      log(`${migration.id}: pass ${passes.length} ${JSON.stringify(pass.report)}`);
    }
    try {
      await dynamo().send(
        new PutItemCommand({
          TableName: tableName(),
          Item: marshall({ ...migrationKey(migration.id), type: "Migration", description: migration.description, finishedAt: now().toISOString(), passes }),
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    } catch (error) {
      // Another runner finished it meanwhile: its record stands.
      if (!isConditionalCheckFailed(error)) throw error;
    }
    outcomes.push({ id: migration.id, outcome: "ran", passes });
  }
  return outcomes;
}
