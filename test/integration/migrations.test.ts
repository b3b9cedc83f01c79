import { GetItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dynamo, tableName } from "@hb/core/db";
import { keys } from "@hb/core/keys";
import type { Migration } from "@hb/core/migrations/migration";
import { migrations } from "@hb/core/migrations/registry";
import { MAX_PASSES, migrationKey, runMigrations } from "@hb/core/migrations/runner";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { freshBusinessId, freshPersonalId, personToken, providerApplicationBody } from "../support/fixtures";
import { expectStatus } from "../support/vouchers";

/** Issue 20: versioned data migrations run once per stage, against DynamoDB Local. */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
});
afterAll(() => runtime?.stop());

const record = async (id: string) => {
  const { Item } = await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: marshall(migrationKey(id)), ConsistentRead: true }));
  return Item && unmarshall(Item);
};
/** A migration that counts its passes and changes `changes[pass]` items in each. */
const counting = (id: string, changes: number[]) => {
  const migration = {
    id,
    description: id,
    passes: 0,
    async run() {
      const changed = changes[migration.passes] ?? 0;
      migration.passes += 1;
      return { report: { changed }, changed };
    },
  };
  return migration;
};

describe("migration runner", () => {
  it("runs every registered migration once on a stage with old data, and skips them all on the next run", async () => {
    // A provider application as an earlier release stored it: not in the area's queue.
    const applied = await api.call("POST", "/v1/provider-applications", { as: personToken(freshPersonalId(), "staff-migrations"), body: providerApplicationBody(freshBusinessId()) });
    expectStatus(applied, 201, "application");
    const key = marshall(keys.ProviderApplication.key({ applicationId: applied.body.applicationId }));
    await dynamo().send(new UpdateItemCommand({ TableName: tableName(), Key: key, UpdateExpression: "REMOVE gsi1pk, gsi1sk" }));

    const first = await runMigrations(migrations);
    expect(first.map((outcome) => `${outcome.id} ${outcome.outcome}`)).toEqual(migrations.map((migration) => `${migration.id} ran`));
    // The queue's migration put it back under its status in its first pass; the second found nothing left.
    expect(first.find((outcome) => outcome.id === "0003-queue-provider-applications")!.passes).toEqual([{ queued: 1 }, { queued: 0 }]);
    const { Item } = await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: key, ConsistentRead: true }));
    expect(unmarshall(Item!).gsi1pk).toBe(keys.ProviderApplication.gsi1.pk({ status: "pending" }));
    expect(await record("0003-queue-provider-applications")).toMatchObject({ type: "Migration", passes: [{ queued: 1 }, { queued: 0 }] });

    const second = await runMigrations(migrations);
    expect(second.every((outcome) => outcome.outcome === "already-done" && outcome.passes.length === 0)).toBe(true);
  });

  it("repeats a migration until a pass changes nothing, and records it once", async () => {
    const settling = counting("9001-test-settling", [3, 1, 0]);
    expect((await runMigrations([settling]))[0]!.passes).toEqual([{ changed: 3 }, { changed: 1 }, { changed: 0 }]);
    await runMigrations([settling]);
    expect(settling.passes).toBe(3);
    expect((await record(settling.id))!.passes).toHaveLength(3);
  });

  it("records nothing for a migration that fails or does not settle, and runs none after it", async () => {
    const failing: Migration = { id: "9002-test-failing", description: "fails", run: () => Promise.reject(new Error("table refused")) };
    const stuck = counting("9003-test-stuck", Array(MAX_PASSES + 1).fill(1));
    const later = counting("9004-test-later", []);
    await expect(runMigrations([failing, later])).rejects.toThrow("table refused");
    await expect(runMigrations([stuck, later])).rejects.toThrow(`9003-test-stuck still changed items after ${MAX_PASSES} passes`);
    expect(later.passes).toBe(0);
    expect(await record(failing.id)).toBeUndefined();
    expect(await record(stuck.id)).toBeUndefined();
  });
});
