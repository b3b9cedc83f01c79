import { type Actor, hasRole } from "../actor";

/**
 * Whether the caller works for the provider, i.e. may act in its name
 * (price list, members, bank-account change requests, applications for more
 * bundles): staff of it in HB's member register, acting for it in this
 * request (identity/actor.ts). Every check in the providers domain asks this
 * one function.
 */
export const isMemberOf = (actor: Actor, providerId: string): boolean =>
  hasRole(actor, "provider") && actor.providerId !== undefined && actor.providerId === providerId;
