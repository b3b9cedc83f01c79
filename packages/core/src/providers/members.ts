import { randomUUID } from "node:crypto";
import { marshall } from "@aws-sdk/util-dynamodb";
import { z } from "zod";
import { freeText } from "../validators/text";
import { type Actor, type RequestContext, hasRole } from "../actor";
import { personalIdLookupKey } from "../clients/personal-id-key";
import { getItem, queryAll } from "../db";
import { DomainError, forbidden, notFound } from "../errors";
import { membershipKey } from "../identity/person-register";
import { keys } from "../keys";
import { type Transaction, transaction, TransactionCancelled } from "../transaction";
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

/** A new member, and the writes that make the person one ("member", "membership"), for the invitation and for the first member of a new provider. */
export function newMember(providerId: string, personRef: string, name: string, ctx: RequestContext): { member: Member; addTo: (tx: Transaction) => Transaction } {
  const member: Member = {
    memberId: randomUUID(),
    providerId,
    name,
    addedBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
    addedAt: ctx.now.toISOString(),
  };
  return {
    member,
    addTo: (tx) =>
      tx
        .put("member", { ...keys.Member.key({ providerId, memberId: member.memberId }), type: "ProviderMember", personRef, ...member })
        .put("membership", { ...membershipKey(personRef, providerId), type: "Membership", providerId, memberId: member.memberId }, "attribute_not_exists(pk)"),
  };
}

/** Invites a person: a member from their next sign-in. Inviting a member again returns the existing membership (`added: false`). */
export async function inviteMember(providerId: string, body: InviteMemberBody, ctx: RequestContext): Promise<{ member: Member; added: boolean }> {
  const personRef = await personalIdLookupKey(body.personalId);
  const existing = await getItem<{ memberId: string }>(membershipKey(personRef, providerId));
  if (existing) return { member: view((await getItem<Record<string, unknown>>(keys.Member.key({ providerId, memberId: existing.memberId })))!), added: false };
  const { member, addTo } = newMember(providerId, personRef, body.name, ctx);
  const tx = transaction().update("provider", providerKey(providerId), { expression: "ADD memberCount :one", values: { ":one": 1 } }, "attribute_exists(pk)");
  try {
    await addTo(tx).write();
  } catch (error) {
    if (!(error instanceof TransactionCancelled)) throw error;
    if (error.failed("provider")) throw notFound("provider");
    // A concurrent invitation of the same person won: theirs is the membership.
    if (error.failed("membership")) return inviteMember(providerId, body, ctx);
    throw error;
  }
  return { member, added: true };
}

export async function listMembers(providerId: string): Promise<Member[]> {
  const items = await queryAll({
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :member)",
    ExpressionAttributeValues: marshall({ ":pk": keys.Member.pk({ providerId }), ":member": keys.Member.sk.prefix }),
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
  const stored = await getItem<{ personRef: string }>(keys.Member.key({ providerId, memberId }));
  if (!stored) throw notFound("member");
  const keep = hasRole(ctx.actor, "admin") ? 0 : 1;
  const tx = transaction()
    .update("count", providerKey(providerId), { expression: "ADD memberCount :minus", values: { ":minus": -1 } }, { expression: "memberCount > :keep", values: { ":keep": keep } })
    .delete("member", keys.Member.key({ providerId, memberId }), "attribute_exists(pk)")
    .delete("membership", membershipKey(stored.personRef, providerId));
  try {
    await tx.write();
  } catch (error) {
    if (!(error instanceof TransactionCancelled)) throw error;
    if (error.failed("member")) throw notFound("member");
    if (error.failed("count")) throw new DomainError("LAST_MEMBER");
    throw error;
  }
}
