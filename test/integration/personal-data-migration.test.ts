import { randomUUID } from "node:crypto";
import { BatchWriteItemCommand, GetItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personalIdLookupKey } from "@hb/core/clients/personal-id-key";
import { auditTableName, dynamo, tableName } from "@hb/core/db";
import { auditKeys, keys } from "@hb/core/keys";
import { migratePersonalData } from "@hb/core/personal-data/migration";
import { isSealed } from "@hb/core/personal-data/sealed";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";

let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  runtime = await startTestRuntime({ pipes: [] });
  api = apiClient(runtime);
});
afterAll(() => runtime?.stop());

const worker = "role=worker&sub=worker-1";
const code = (individual: string) => `240471-${individual}${personalIdCheckCharacter(`240471${individual}`)}`;
const legacyClientId = randomUUID();
const legacyCode = code("881");

/** What a stack deployed before this change holds: a client with its code in clear, and audit entries in the main table. */
async function writeLegacyItems(): Promise<void> {
  const at = "2026-10-01T09:00:00.000Z";
  const stamp = { dataSubject: legacyClientId, changedBy: { sub: "worker-0", roles: ["worker"] }, requestId: "req-legacy", updatedAt: at };
  const auditEntry = (uniqueId: string, kind: string, action: string) => ({
    ...auditKeys.AuditEntry.key({ clientId: legacyClientId, at, uniqueId }),
    ...auditKeys.AuditEntry.gsi1({ day: at.slice(0, 10), at, clientId: legacyClientId, uniqueId }),
    type: "AuditEntry",
    at,
    clientId: legacyClientId,
    kind,
    action,
    actor: { sub: "worker-0", roles: ["worker"] },
    requestId: "req-legacy",
  });
  const items = [
    {
      ...keys.Client.key({ clientId: legacyClientId }),
      type: "Client",
      clientId: legacyClientId,
      personalId: legacyCode,
      birthDate: "1971-04-24",
      firstName: "Elli",
      lastName: "Vanhanen",
      municipality: "Salla",
      language: "fi",
      hbStatus: "not-started",
      representatives: [],
      version: 3,
      createdAt: at,
      ...stamp,
    },
    { ...keys.PersonalIdLookup.key({ ref: await personalIdLookupKey(legacyCode) }), type: "PersonalIdLookup", clientId: legacyClientId },
    auditEntry("e-legacy-1", "change", "INSERT"),
    auditEntry("req-legacy#read", "read", "clients.get"),
  ];
  await dynamo().send(new BatchWriteItemCommand({ RequestItems: { [tableName()]: items.map((item) => ({ PutRequest: { Item: marshall(item) } })) } }));
}

const stored = async () =>
  unmarshall((await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: marshall(keys.Client.key({ clientId: legacyClientId })), ConsistentRead: true }))).Item!);
const auditItems = async (table: string) =>
  ((await dynamo().send(new QueryCommand({ TableName: table, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: marshall({ ":pk": auditKeys.AuditEntry.pk({ clientId: legacyClientId }) }) }))).Items ?? []).map(
    (item) => unmarshall(item),
  );

describe("migrating a stack that holds plain codes", () => {
  it("seals plain codes in place and moves audit entries to the audit table, once however often it runs", async () => {
    await writeLegacyItems();
    const current = await api.call("POST", "/v1/clients", {
      as: worker,
      body: { personalId: code("882"), firstName: "Uusi", lastName: "Asiakas", municipality: "Salla", language: "fi" },
    });
    const currentBefore = (await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: marshall(keys.Client.key({ clientId: current.body.clientId })) }))).Item;
    // Before the migration a plain code is still shown to workers as stored.
    expect((await api.call("GET", `/v1/clients/${legacyClientId}`, { as: worker })).body.personalId).toBe(legacyCode);

    const first = await migratePersonalData(new Date("2026-12-01T12:00:00.000Z"));
    expect(first).toEqual({ sealed: 1, alreadySealed: 1, skipped: 0, movedAuditEntries: 2 });

    const client = await stored();
    expect(isSealed(client.personalId)).toBe(true);
    expect(JSON.stringify(client)).not.toContain(legacyCode);
    expect(client).toMatchObject({ version: 3, changedBy: { sub: "system:personal-data-migration", roles: [] }, updatedAt: "2026-12-01T12:00:00.000Z" });
    // A client registered after the deploy was already sealed and is untouched.
    expect((await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: marshall(keys.Client.key({ clientId: current.body.clientId })) }))).Item).toEqual(currentBefore);

    expect(await auditItems(tableName())).toEqual([]);
    const moved = (await auditItems(auditTableName())).filter((entry) => entry.requestId === "req-legacy");
    expect(moved.map((entry) => [entry.action, entry.expiresAt])).toEqual([
      ["INSERT", Date.UTC(2038, 9, 1, 9) / 1000],
      ["clients.get", Date.UTC(2038, 9, 1, 9) / 1000],
    ]);

    // The API works on the migrated record: found by its code, shown opened, its old audit entries listed.
    const found = await api.call("GET", `/v1/clients?personalId=${legacyCode}`, { as: worker });
    expect(found.body.items.map((item: { clientId: string }) => item.clientId)).toEqual([legacyClientId]);
    expect((await api.call("GET", `/v1/clients/${legacyClientId}`, { as: worker })).body.personalId).toBe(legacyCode);
    const audit = await api.call("GET", `/v1/audit?clientId=${legacyClientId}`, { as: "role=admin&sub=admin-1" });
    expect(audit.body.items.filter((entry: { requestId: string }) => entry.requestId === "req-legacy")).toHaveLength(2);

    const again = await migratePersonalData(new Date("2026-12-02T12:00:00.000Z"));
    expect(again).toEqual({ sealed: 0, alreadySealed: 2, skipped: 0, movedAuditEntries: 0 });
    expect((await stored()).updatedAt).toBe("2026-12-01T12:00:00.000Z");
  });
});
