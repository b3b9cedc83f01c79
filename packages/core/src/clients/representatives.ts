import { randomUUID } from "node:crypto";
import { type TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { z } from "zod";
import type { RequestContext } from "../actor";
import { addDays, compareDates } from "../budget/periods";
import { changeStamp, setFields, tableName } from "../db";
import { DomainError, notFound } from "../errors";
import { representationKey } from "../identity/person-register";
import { retrying, transaction } from "../transaction";
import { personalIdSchema } from "../validators/zod";
import { personalIdLookupKey } from "./personal-id-key";
import { clientKey, getClient } from "./repository";
import { type Client, representationBasisSchema, representativeSchema } from "./schemas";

/** A client can authorise at most this many representatives (the list lives on the client item). */
export const MAX_REPRESENTATIVES = 20;
/**
 * Read-modify-write attempts before a run of concurrent changes is answered
 * with 409 CONCURRENT_CHANGE. An attempt fails only when another change
 * committed after its read, so with up to this many concurrent writers of one
 * client every one of them gets through.
 */
const ATTEMPTS = 8;

export const representativeSubjectSchema = z.uuid().meta({ description: "The representative's id in HB (`representativeId`)" });

export const putRepresentativeBodySchema = z
  .object({
    personalId: personalIdSchema.meta({
      description: "The representative's personal identity code: they sign in with it; HB keeps only its lookup key",
      example: "010180-9026",
    }),
    name: representativeSchema.shape.name,
    relationship: representativeSchema.shape.relationship,
    permission: representativeSchema.shape.permission,
    basis: representationBasisSchema,
    validFrom: representativeSchema.shape.validFrom,
    validTo: representativeSchema.shape.validTo,
  })
  .strict()
  .refine((body) => body.validFrom === undefined || body.validTo === undefined || body.validFrom <= body.validTo, {
    message: "validTo is before validFrom",
    path: ["validTo"],
    params: { code: "INVALID_VALIDITY" },
  })
  .meta({ id: "PutRepresentative" });
export type PutRepresentativeBody = z.infer<typeof putRepresentativeBodySchema>;
export type Representative = z.infer<typeof representativeSchema>;

/** As stored on the client item: with the person's lookup key, which never leaves the API. */
type StoredRepresentative = Representative & { readonly personRef: string };

/** The entry as the API shows it. */
export const representativeView = ({ personRef: _ref, ...entry }: Representative & { personRef?: string }): Representative => entry;

/**
 * A guardian represents a minor until the day before their 18th birthday:
 * the register of the population data system says so, and HB ends the access
 * on that day by itself.
 */
function guardianEnd(client: Client): string | undefined {
  if (!client.birthDate) return undefined;
  const [year, month, day] = client.birthDate.split("-");
  const birthday = `${Number(year) + 18}-${month}-${day}`;
  // A birthday on 29 February is reached on 1 March in a common year.
  const real = new Date(`${birthday}T00:00:00Z`).toISOString().slice(0, 10);
  return addDays(real, -1);
}

/** The lookup item that lets the person's sign-in find this representation (identity/principal.ts). */
function representationItem(clientId: string, entry: StoredRepresentative): Record<string, unknown> {
  return {
    ...representationKey(entry.personRef, clientId),
    type: "Representation",
    clientId,
    representativeId: entry.representativeId,
    permission: entry.permission,
    ...(entry.validFrom ? { validFrom: entry.validFrom } : {}),
    ...(entry.validTo ? { validTo: entry.validTo } : {}),
  };
}

/**
 * Read, modify, write: the new list and the register's lookup items are
 * written in one transaction, only if the client's `version` is still the one
 * read, so two concurrent changes never lose one another and the list and the
 * register never disagree.
 */
async function changeRepresentatives(
  clientId: string,
  first: Client | undefined,
  change: (current: readonly StoredRepresentative[], client: Client) => { list: StoredRepresentative[]; writes: TransactWriteItem[] } | undefined,
  ctx: RequestContext,
): Promise<{ before: Client; after: Client }> {
  // Changed since it was read: the retry reads the client again.
  return retrying(ATTEMPTS, async (attempt) => {
    const current = (attempt === 0 ? first : undefined) ?? (await getClient(clientId));
    if (!current) throw notFound("client");
    const stored = current.representatives as StoredRepresentative[];
    const changed = change(stored, current);
    if (changed === undefined) return { before: current, after: current };
    const stamp = changeStamp(clientId, ctx);
    const set = setFields({ representatives: changed.list, ...stamp });
    await transaction()
      .update(
        "client",
        clientKey(clientId),
        { expression: `SET ${set.clauses.join(", ")}, version = version + :one`, names: set.names, values: { ...set.values, ":one": 1 } },
        { expression: "version = :expected", values: { ":expected": current.version } },
      )
      .add("register", ...changed.writes)
      .write();
    // The condition held, so nothing else changed in between: the new item is the old one plus this change.
    const after: Client = { ...current, representatives: changed.list, version: current.version + 1, updatedAt: stamp.updatedAt };
    return { before: current, after };
  });
}

/**
 * Registers a representative, or replaces the entry of the same person
 * (found by the lookup key of their personal identity code). `client` is the
 * record the middleware has just read (consistent read), used for the first
 * attempt.
 */
export async function putRepresentative(
  client: Client,
  body: PutRepresentativeBody,
  ctx: RequestContext,
): Promise<{ client: Client; added: boolean }> {
  const personRef = await personalIdLookupKey(body.personalId);
  let added = false;
  const { after } = await changeRepresentatives(
    client.clientId,
    client,
    (current, latest) => {
      const existing = current.find((entry) => entry.personRef === personRef);
      let validTo = body.validTo;
      if (body.basis === "guardian-of-minor") {
        const end = guardianEnd(latest);
        if (end && (validTo === undefined || compareDates(validTo, end) > 0)) validTo = end;
      }
      const entry: StoredRepresentative = {
        representativeId: existing?.representativeId ?? randomUUID(),
        personRef,
        name: body.name,
        relationship: body.relationship,
        permission: body.permission,
        basis: body.basis,
        ...(body.validFrom ? { validFrom: body.validFrom } : {}),
        ...(validTo ? { validTo } : {}),
      };
      // Field by field: DynamoDB does not keep the order of a map's keys.
      const fields = new Set([...Object.keys(entry), ...Object.keys(existing ?? {})]) as Set<keyof StoredRepresentative>;
      if (existing && [...fields].every((field) => existing[field] === entry[field])) return undefined;
      if (!existing && current.length >= MAX_REPRESENTATIVES) throw new DomainError("TOO_MANY_REPRESENTATIVES", { max: MAX_REPRESENTATIVES });
      added = !existing;
      const list = existing ? current.map((item) => (item === existing ? entry : item)) : [...current, entry];
      return {
        list,
        writes: [{ Put: { TableName: tableName(), Item: marshall(representationItem(client.clientId, entry)) } }],
      };
    },
    ctx,
  );
  return { client: after, added };
}

/** Withdraws a representative; 404 `NOT_FOUND` (representative) when the client has no entry with this id. */
export async function removeRepresentative(client: Client, representativeId: string, ctx: RequestContext): Promise<Client> {
  const { after } = await changeRepresentatives(
    client.clientId,
    client,
    (current) => {
      const existing = current.find((entry) => entry.representativeId === representativeId);
      if (!existing) throw notFound("representative");
      return {
        list: current.filter((entry) => entry !== existing),
        writes: [{ Delete: { TableName: tableName(), Key: marshall(representationKey(existing.personRef, client.clientId)) } }],
      };
    },
    ctx,
  );
  return after;
}
