import { type Actor, hasRole } from "../actor";

/**
 * Whether the caller works for the provider, i.e. may act in its name
 * (price list, bank-account change requests, applications for more bundles).
 * Today a member is a provider-role token carrying the provider's id; every
 * check in the providers domain asks this one function, so a membership kept
 * in HB replaces the answer in one place.
 */
export const isMemberOf = (actor: Actor, providerId: string): boolean =>
  hasRole(actor, "provider") && actor.providerId !== undefined && actor.providerId === providerId;
