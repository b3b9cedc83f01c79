import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { z } from "zod";
import type { RequestContext } from "../actor";
import { changeStamp, dynamo, isConditionalCheckFailed, setFields, tableName } from "../db";
import { DomainError, notFound } from "../errors";
import { clientKey, getClient } from "./repository";
import { type Client, representativeSchema } from "./schemas";

/** A client can authorise at most this many representatives (the list lives on the client item). */
export const MAX_REPRESENTATIVES = 20;
/**
 * Read-modify-write attempts before a run of concurrent changes is answered
 * with 409 CONCURRENT_CHANGE. An attempt fails only when another change
 * committed after its read, so with up to this many concurrent writers of one
 * client every one of them gets through.
 */
const ATTEMPTS = 8;

export const representativeSubjectSchema = z
  .string()
  .min(1)
  .max(200)
  .meta({ description: "The representative's `sub` in their token (URL-encoded in the path)" });

export const putRepresentativeBodySchema = representativeSchema
  .strict()
  .meta({ id: "PutRepresentative" });
export type PutRepresentativeBody = z.infer<typeof putRepresentativeBodySchema>;
export type Representative = z.infer<typeof representativeSchema>;


/**
 * Read, modify, write: the new list is written only if the client's `version`
 * is still the one read, so two concurrent changes of the list never lose one
 * another; on a concurrent change the client is read again and the change
 * reapplied. `change` returns the new list, or `undefined` for "nothing to write".
 */
async function changeRepresentatives(
  clientId: string,
  first: Client | undefined,
  change: (current: readonly Representative[]) => Representative[] | undefined,
  ctx: RequestContext,
): Promise<{ before: Client; after: Client }> {
  let current = first;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (attempt > 0) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(10 * 2 ** attempt, 200) * Math.random()));
      current = undefined;
    }
    current ??= await getClient(clientId);
    if (!current) throw notFound("client");
    const representatives = change(current.representatives);
    if (representatives === undefined) return { before: current, after: current };
    const stamp = changeStamp(clientId, ctx);
    const set = setFields({ representatives, ...stamp });
    try {
      await dynamo().send(
        new UpdateItemCommand({
          TableName: tableName(),
          Key: marshall(clientKey(clientId)),
          UpdateExpression: `SET ${set.clauses.join(", ")}, version = version + :one`,
          ConditionExpression: "version = :expected",
          ExpressionAttributeNames: set.names,
          ExpressionAttributeValues: marshall(
            { ...set.values, ":one": 1, ":expected": current.version },
            { removeUndefinedValues: true },
          ),
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) continue;
      throw error;
    }
    // The condition held, so nothing else changed in between: the new item is the old one plus this change.
    const after: Client = { ...current, representatives, version: current.version + 1, updatedAt: stamp.updatedAt };
    return { before: current, after };
  }
  throw new DomainError("CONCURRENT_CHANGE");
}

/**
 * Adds a representative, or replaces the one with the same subject.
 * `client` is the record the middleware has just read (consistent read), used
 * for the first attempt.
 */
export async function putRepresentative(
  client: Client,
  representative: PutRepresentativeBody,
  ctx: RequestContext,
): Promise<{ client: Client; added: boolean }> {
  const entry: Representative = {
    subject: representative.subject,
    name: representative.name,
    relationship: representative.relationship,
    permission: representative.permission,
  };
  const { before, after } = await changeRepresentatives(
    client.clientId,
    client,
    (current) => {
      const index = current.findIndex((existing) => existing.subject === entry.subject);
      if (index === -1) {
        if (current.length >= MAX_REPRESENTATIVES) {
          throw new DomainError("TOO_MANY_REPRESENTATIVES", { max: MAX_REPRESENTATIVES });
        }
        return [...current, entry];
      }
      const existing = current[index]!;
      const same = (Object.keys(entry) as (keyof Representative)[]).every((key) => existing[key] === entry[key]);
      if (same) return undefined;
      return current.map((item, i) => (i === index ? entry : item));
    },
    ctx,
  );
  return { client: after, added: !before.representatives.some((existing) => existing.subject === entry.subject) };
}

/** Removes a representative; 404 `NOT_FOUND` (representative) when the client names no one with this subject. */
export async function removeRepresentative(client: Client, subject: string, ctx: RequestContext): Promise<Client> {
  const { after } = await changeRepresentatives(
    client.clientId,
    client,
    (current) => {
      if (!current.some((existing) => existing.subject === subject)) throw notFound("representative");
      return current.filter((existing) => existing.subject !== subject);
    },
    ctx,
  );
  return after;
}
