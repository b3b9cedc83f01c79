import { randomUUID } from "node:crypto";
import { GetItemCommand, type TransactWriteItem, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { changeStamp, dynamo, getItem, isConditionalCheckFailed, setFields, tableName } from "../db";
import { DomainError, notFound } from "../errors";
import { keys } from "../keys";
import { transaction, TransactionCancelled } from "../transaction";
import { parsePersonalId } from "../validators/personal-id";
import { personalIdLookupKey } from "./personal-id-key";
import { isSealed, open, seal, type SealContext } from "../personal-data/sealed";
import { checkHbEnd, endHb } from "../decisions/end-hb";
import { compareDates } from "../budget/periods";
import { businessDate } from "../dates";
import { syncFollowUpListing } from "../follow-ups/due-item";
import { syncRetentionListing } from "../retention/listing";
import { caseloadFields } from "./caseload";
import type { Client, CreateClientBody, HbStatusBody, PatchClientBody } from "./schemas";

export const clientKey = (clientId: string) => keys.Client.key({ clientId });

/** Part of a transaction that writes for a client: the client exists and has not declined or ended HB, as the transaction commits. */
export const clientInHbCheck = (clientId: string): TransactWriteItem => ({
  ConditionCheck: {
    TableName: tableName(),
    Key: marshall(clientKey(clientId)),
    ConditionExpression: "attribute_exists(pk) AND NOT (hbStatus IN (:declined, :ended))",
    ExpressionAttributeValues: marshall({ ":declined": "declined", ":ended": "ended" }),
  },
});
/** Why a transaction's `clientInHbCheck` failed: the client is gone (404), or has declined or ended HB (409 HB_DECLINED). */
export async function clientNotInHb(clientId: string): Promise<DomainError> {
  return (await getClient(clientId)) ? new DomainError("HB_DECLINED") : notFound("client");
}

const personalIdContext = (clientId: string): SealContext => ({ entity: "Client", id: clientId, attribute: "personalId" });

/** The client as handlers see it: the stored personal identity code is sealed and stays out (`revealPersonalId` opens it). */
function toClient(item: Record<string, unknown>): Client {
  const { clientId, birthDate, firstName, lastName, municipality, language, hbStatus } = item;
  const { hbStatusReason, hbStatusChangedAt, assignedWorker, representatives, version, createdAt, updatedAt } = item;
  return {
    clientId, birthDate, firstName, lastName, municipality, language, hbStatus,
    ...(hbStatusReason ? { hbStatusReason, hbStatusChangedAt } : {}),
    ...(assignedWorker ? { assignedWorker } : {}),
    representatives, version, createdAt, updatedAt,
  } as Client;
}

export async function createClient(body: CreateClientBody, ctx: RequestContext): Promise<Client> {
  const parsed = parsePersonalId(body.personalId);
  if (!parsed) throw new Error("createClient needs a validated personal identity code");
  const clientId = randomUUID();
  const client: Client = {
    clientId,
    personalId: parsed.code,
    birthDate: parsed.birthDate,
    firstName: body.firstName,
    lastName: body.lastName,
    municipality: body.municipality,
    language: body.language,
    hbStatus: "not-started",
    // The registering worker's caseload, until the client is reassigned.
    assignedWorker: ctx.actor.sub,
    representatives: [],
    version: 1,
    createdAt: ctx.now.toISOString(),
    updatedAt: ctx.now.toISOString(),
  };
  const [hmac, sealedPersonalId] = await Promise.all([personalIdLookupKey(parsed.code), seal(parsed.code, personalIdContext(clientId))]);
  const tx = transaction()
    .put(
      "client",
      {
        ...clientKey(clientId),
        type: "Client",
        ...client,
        ...caseloadFields(ctx.actor.sub, client),
        personalId: sealedPersonalId,
        // The register key (an HMAC, not the code): erasure finds the client's lookup item by it without any key.
        personRef: hmac,
        ...changeStamp(clientId, ctx),
      },
      "attribute_not_exists(pk)",
    )
    // One lookup item per personal identity code makes the code unique across the area.
    .put("personalId", { ...keys.PersonalIdLookup.key({ ref: hmac }), type: "PersonalIdLookup", clientId }, "attribute_not_exists(pk)");
  try {
    await tx.write();
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failed("personalId")) throw new DomainError("DUPLICATE_CLIENT");
    throw error;
  }
  // The worker who registered the client gets the code back as given; nothing was opened.
  return client;
}

export async function getClient(clientId: string): Promise<Client | undefined> {
  const item = await getItem<Record<string, unknown>>(clientKey(clientId));
  return item ? toClient(item) : undefined;
}

export async function requireClient(clientId: string): Promise<Client> {
  const client = await getClient(clientId);
  if (!client) throw notFound("client");
  return client;
}

/** The client with this (normalized) code; the code in the answer is the one searched for, so nothing is opened. */
export async function findClientByPersonalId(personalId: string): Promise<Client | undefined> {
  const result = await dynamo().send(
    new GetItemCommand({ TableName: tableName(), Key: marshall(keys.PersonalIdLookup.key({ ref: await personalIdLookupKey(personalId) })) }),
  );
  const clientId = result.Item ? (unmarshall(result.Item).clientId as string) : undefined;
  const client = clientId ? await getClient(clientId) : undefined;
  return client ? { ...client, personalId } : undefined;
}

/**
 * The client with its personal identity code opened, for the routes that
 * show it (`personalIds.reveal`). A code stored before encryption (a stack
 * not yet migrated, docs/operations.md) is shown as stored.
 */
export async function revealPersonalId(client: Client): Promise<Client> {
  const item = await getItem<{ personalId?: string }>(clientKey(client.clientId));
  const stored = item?.personalId;
  if (stored === undefined) throw notFound("client");
  return { ...client, personalId: isSealed(stored) ? await open(stored, personalIdContext(client.clientId)) : stored };
}

/**
 * Declined and ended both end every open instrument on `endsOn` (today by
 * default) by clipping (end-hb.ts) and end the decisions in force, so nothing
 * after that day can be charged while deliveries up to it still settle. A
 * delivery already recorded after endsOn is a 409 before anything is
 * written; the status is written next so no new budget or decision can start
 * meanwhile. They also start the retention period of the client's records
 * (active again stops it, and reopens nothing).
 */
export async function setHbStatus(client: Client, body: HbStatusBody, ctx: RequestContext): Promise<Client> {
  const today = businessDate(ctx.now);
  const end = body.status === "active" ? undefined : { status: body.status, endsOn: body.endsOn ?? today };
  if (end && compareDates(end.endsOn, today) > 0) {
    throw new DomainError("VALIDATION_FAILED", {}, [{ path: "/body/endsOn", code: "ENDS_ON_IN_FUTURE" }]);
  }
  if (end) await checkHbEnd(client.clientId, end.endsOn, today);
  const updated = await patchClient(
    client.clientId,
    { hbStatus: body.status, hbStatusReason: body.reason, hbStatusChangedAt: ctx.now.toISOString() } as PatchClientBody,
    undefined,
    ctx,
  );
  if (end) await endHb(client.clientId, end, ctx);
  await syncFollowUpListing(updated, ctx);
  await syncRetentionListing(updated, (await getItem<{ personRef?: string }>(clientKey(client.clientId)))?.personRef, ctx);
  return updated;
}

/**
 * Applies a partial change; with `expectedVersion` (If-Match) a concurrent
 * change makes it fail with 412 instead of being overwritten. A new
 * `assignedWorker` moves the client's caseload keys with it.
 */
export async function patchClient(
  clientId: string,
  patch: PatchClientBody,
  expectedVersion: number | undefined,
  ctx: RequestContext,
): Promise<Client> {
  const assigned = patch.assignedWorker ? caseloadFields(patch.assignedWorker, await requireClient(clientId)) : {};
  const set = setFields({ ...patch, ...assigned, ...changeStamp(clientId, ctx) });
  const values: Record<string, unknown> = { ...set.values, ":one": 1 };
  let condition = "attribute_exists(pk)";
  if (expectedVersion !== undefined) {
    condition += " AND version = :expected";
    values[":expected"] = expectedVersion;
  }
  try {
    const result = await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(clientKey(clientId)),
        UpdateExpression: `SET ${set.clauses.join(", ")}, version = version + :one`,
        ConditionExpression: condition,
        ExpressionAttributeNames: set.names,
        ExpressionAttributeValues: marshall(values, { removeUndefinedValues: true }),
        ReturnValues: "ALL_NEW",
      }),
    );
    return toClient(unmarshall(result.Attributes ?? {}));
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    if (!(await getClient(clientId))) throw notFound("client");
    throw new DomainError("VERSION_MISMATCH");
  }
}
