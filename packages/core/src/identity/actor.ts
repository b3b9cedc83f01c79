import { type Actor, type Permission, type Role, roles } from "../actor";
import { DomainError } from "../errors";
import type { Principal, Representation } from "./principal";

const validOn = (representation: Representation, today: string): boolean =>
  (representation.validFrom === undefined || representation.validFrom <= today) &&
  (representation.validTo === undefined || today <= representation.validTo);

/**
 * The actor of one request: the principal's roles as of the request's
 * business date (a representation whose validity has ended gives nothing, the
 * day after, without anyone removing it) and the provider the caller acts for
 * (`X-HB-Provider`, one it is staff of; needed only when it is staff of
 * several).
 */
export function actorFor(principal: Principal, request: { readonly today: string; readonly provider?: string }): Actor {
  const granted = new Set<Role>(principal.staffRoles);
  const represents: Record<string, Permission> = {};
  let self: string | undefined;
  let providerIds: string[] = [];
  const person = principal.person;
  if (person) {
    const may = (role: Role) => person.allowed.includes(role);
    if (person.clientId && may("client")) {
      self = person.clientId;
      granted.add("client");
    }
    if (may("representative")) {
      for (const representation of person.representations) {
        if (!validOn(representation, request.today) || representation.clientId === self) continue;
        // Two entries for one client cannot both exist (one item per client), but a stale cache could hold both.
        if (represents[representation.clientId] !== "act") represents[representation.clientId] = representation.permission;
      }
      if (Object.keys(represents).length > 0) granted.add("representative");
    }
    if (may("provider")) providerIds = [...person.providerIds];
    if (may("applicant")) granted.add("applicant");
  }
  if (principal.directoryProviderId) providerIds = [principal.directoryProviderId];

  let providerId: string | undefined;
  if (request.provider !== undefined) {
    if (!providerIds.includes(request.provider)) throw new DomainError("FORBIDDEN");
    providerId = request.provider;
  } else if (providerIds.length === 1) {
    providerId = providerIds[0];
  }
  if (providerId) granted.add("provider");
  return {
    sub: principal.sub,
    roles: roles.filter((role) => granted.has(role)),
    ...(providerId ? { providerId } : {}),
    providerIds,
    ...(self ? { self } : {}),
    represents,
    clientIds: [...(self ? [self] : []), ...Object.keys(represents)],
    ...(person ? { personRef: person.ref } : {}),
  };
}
