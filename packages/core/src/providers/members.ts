import { randomUUID } from "node:crypto";
import { TransactWriteItemsCommand, type TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { z } from "zod";
import { freeText } from "../validators/text";
import { type Actor, type RequestContext, hasRole } from "../actor";
import { personalIdLookupKey } from "../clients/personal-id-key";
import { cancellationCodes, dynamo, getItem, queryAll, tableName } from "../db";
import { DomainError, forbidden, notFound } from "../errors";
import { membershipKey } from "../identity/person-register";
import { personalIdSchema } from "../validators/zod";
import { isMemberOf } from "./membership";
import { providerKey } from "./repository";

/**
 * A provider's staff in HB: who may act for the provider. Staff sign in as
 * persons; an existing member or an admin invites a person by their personal
 * identity code, and from their next sign-in they act for the provider.
 *
 * - member  `PROVIDER#<providerId> / MEMBER#<memberId>` (`personRef`, `name`, who added them)
 * - lookup  `PERSONALID#<ref> / MEMBER#<providerId>` in the person register
 * - count   `memberCount` on the provider item, so the last member is never removed by a member
 */
export const memberKey = (providerId: string, memberId: string) => ({ pk: providerKey(providerId).pk, sk: `MEMBER#${memberId}` });

export const memberIdSchema = z.uuid().meta({ description: "A member's id in HB" });

export const memberSchema = z
  .object({
    memberId: memberIdSchema,
    providerId: z.string(),
    name: z.string(),
    addedBy: z.object({ sub: z.string(), roles: z.array(z.string()) }),
    addedAt: z.iso.datetime(),
  })
  .meta({ id: "ProviderMember" });
export type Member = z.infer<typeof memberSchema>;

export const inviteMemberBodySchema = z
  .object({
    personalId: personalIdSchema.meta({ description: "The person's personal identity code: they sign in with it; HB keeps only its lookup key" }),
    name: freeText({ max: 200 }).meta({ description: "The person's name as the provider knows them", example: "Maija Meikäläinen" }),
  })
  .strict()
  .meta({ id: "InviteProviderMember" });
export type InviteMemberBody = z.infer<typeof inviteMemberBodySchema>;

/** Staff of the provider (acting for it in this request) or an admin may manage its members. */
export function assertMayManageMembers(actor: Actor, providerId: string): void {
  if (!hasRole(actor, "admin") && !isMemberOf(actor, providerId)) throw forbidden();
}

const view = ({ memberId, providerId, name, addedBy, addedAt }: Record<string, unknown>): Member =>
  ({ memberId, providerId, name, addedBy, addedAt }) as Member;

/** The writes that make a person a member, for the invitation and for the first member of a new provider. */
export function memberWrites(providerId: string, personRef: string, name: string, ctx: RequestContext): { member: Member; writes: TransactWriteItem[] } {
  const member: Member = {
    memberId: randomUUID(),
    providerId,
    name,
    addedBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
    addedAt: ctx.now.toISOString(),
  };
  return {
    member,
    writes: [
      { Put: { TableName: tableName(), Item: marshall({ ...memberKey(providerId, member.memberId), type: "ProviderMember", personRef, ...member }) } },
      {
        Put: {
          TableName: tableName(),
          Item: marshall({ ...membershipKey(personRef, providerId), type: "Membership", providerId, memberId: member.memberId }),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    ],
  };
}

/** Invites a person: a member from their next sign-in. Inviting a member again returns the existing membership (`added: false`). */
export async function inviteMember(providerId: string, body: InviteMemberBody, ctx: RequestContext): Promise<{ member: Member; added: boolean }> {
  const personRef = await personalIdLookupKey(body.personalId);
  const existing = await getItem<{ memberId: string }>(membershipKey(personRef, providerId));
  if (existing) return { member: view((await getItem<Record<string, unknown>>(memberKey(providerId, existing.memberId)))!), added: false };
  const { member, writes } = memberWrites(providerId, personRef, body.name, ctx);
  try {
    await dynamo().send(
      new TransactWriteItemsCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: marshall(providerKey(providerId)),
              UpdateExpression: "ADD memberCount :one",
              ConditionExpression: "attribute_exists(pk)",
              ExpressionAttributeValues: marshall({ ":one": 1 }),
            },
          },
          ...writes,
        ],
      }),
    );
  } catch (error) {
    const [provider, , lookup] = cancellationCodes(error);
    if (provider === "ConditionalCheckFailed") throw notFound("provider");
    // A concurrent invitation of the same person won: theirs is the membership.
    if (lookup === "ConditionalCheckFailed") return inviteMember(providerId, body, ctx);
    throw error;
  }
  return { member, added: true };
}

export async function listMembers(providerId: string): Promise<Member[]> {
  const items = await queryAll({
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :member)",
    ExpressionAttributeValues: marshall({ ":pk": providerKey(providerId).pk, ":member": "MEMBER#" }),
    ConsistentRead: true,
  });
  return items.map(view);
}

/**
 * Removes a member, and with it the register's lookup, in one transaction.
 * A member cannot remove the last member (409 `LAST_MEMBER`): a provider
 * without staff could not be reached; an admin can.
 */
export async function removeMember(providerId: string, memberId: string, ctx: RequestContext): Promise<void> {
  const stored = await getItem<{ personRef: string }>(memberKey(providerId, memberId));
  if (!stored) throw notFound("member");
  const keep = hasRole(ctx.actor, "admin") ? 0 : 1;
  try {
    await dynamo().send(
      new TransactWriteItemsCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: marshall(providerKey(providerId)),
              UpdateExpression: "ADD memberCount :minus",
              ConditionExpression: "memberCount > :keep",
              ExpressionAttributeValues: marshall({ ":minus": -1, ":keep": keep }),
            },
          },
          { Delete: { TableName: tableName(), Key: marshall(memberKey(providerId, memberId)), ConditionExpression: "attribute_exists(pk)" } },
          { Delete: { TableName: tableName(), Key: marshall(membershipKey(stored.personRef, providerId)) } },
        ],
      }),
    );
  } catch (error) {
    const [count, member] = cancellationCodes(error);
    if (member === "ConditionalCheckFailed") throw notFound("member");
    if (count === "ConditionalCheckFailed") throw new DomainError("LAST_MEMBER");
    throw error;
  }
}
