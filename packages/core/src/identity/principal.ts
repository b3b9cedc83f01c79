import { z } from "zod";
import { marshall } from "@aws-sdk/util-dynamodb";
import { roles } from "../actor";
import { personalIdLookupKey } from "../clients/personal-id-key";
import { queryAll } from "../db";
import { keys } from "../keys";
import type { Identity } from "./claims";

const representationSchema = z.object({
  clientId: z.string(),
  permission: z.enum(["view", "act"]),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
});
export type Representation = z.infer<typeof representationSchema>;

/**
 * The caller as the token and HB's records say, before this request's choices
 * (which provider to act for) and date (which representations are valid):
 * what the Lambda authorizer hands each route, and API Gateway caches per
 * token. It holds lookup keys and HB ids, never a personal identity code.
 */
export const principalSchema = z.object({
  sub: z.string(),
  issuer: z.string(),
  staffRoles: z.array(z.enum(roles)),
  person: z
    .object({
      ref: z.string(),
      allowed: z.array(z.enum(roles)),
      clientId: z.string().optional(),
      representations: z.array(representationSchema),
      providerIds: z.array(z.string()),
    })
    .optional(),
  directoryProviderId: z.string().optional(),
});
export type Principal = z.infer<typeof principalSchema>;

/** Looks the identity up in the person register: one Query of the person's partition. */
export async function resolvePrincipal(identity: Identity): Promise<Principal> {
  const base = { sub: identity.sub, issuer: identity.issuer };
  if (identity.kind === "staff") {
    if (!identity.personalId) return { ...base, staffRoles: [...identity.roles] };
    // Known as a person only for checks of who they are (four eyes): a staff issuer grants no person roles.
    const ref = await personalIdLookupKey(identity.personalId);
    return { ...base, staffRoles: [...identity.roles], person: { ref, allowed: [], representations: [], providerIds: [] } };
  }
  if (identity.kind === "provider-directory") return { ...base, staffRoles: [], directoryProviderId: identity.providerId };
  const ref = await personalIdLookupKey(identity.personalId);
  const items = await queryAll({
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: marshall({ ":pk": keys.PersonalIdLookup.pk({ ref }) }),
    ConsistentRead: true,
  });
  const person: NonNullable<Principal["person"]> = { ref, allowed: [...identity.allowed], representations: [], providerIds: [] };
  for (const item of items) {
    const sk = String(item.sk);
    if (sk === keys.PersonalIdLookup.sk({})) person.clientId = String(item.clientId);
    else if (sk.startsWith(keys.Representation.sk.prefix)) person.representations.push(representationSchema.parse(item));
    else if (sk.startsWith(keys.Membership.sk.prefix)) person.providerIds.push(String(item.providerId));
  }
  return { ...base, staffRoles: [], person };
}
