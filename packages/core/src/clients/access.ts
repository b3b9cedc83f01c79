import { type Actor, type Permission, hasRole } from "../actor";
import { forbidden } from "../errors";
import { representativeView } from "./representatives";
import type { Client } from "./schemas";

/**
 * Workers reach every client of the area; a client reaches itself; a
 * representative the clients HB's register says it represents today, writing
 * only with `act`. The actor is built from HB's records (identity/actor.ts),
 * so nothing here trusts a token's claims.
 */
export function canAccessClient(actor: Actor, client: Pick<Client, "clientId">, access: Permission): boolean {
  if (hasRole(actor, "worker")) return true;
  if (actor.self === client.clientId) return true;
  const permission = actor.represents[client.clientId];
  return permission !== undefined && (access === "view" || permission === "act");
}

/**
 * Checked before the record is read, so a client or representative cannot
 * tell an existing id from a missing one.
 */
export function assertClientIdInReach(actor: Actor, clientId: string): void {
  if (!hasRole(actor, "worker") && !actor.clientIds.includes(clientId)) throw forbidden();
}

export function assertCanAccessClient(actor: Actor, client: Pick<Client, "clientId">, access: Permission): void {
  if (!canAccessClient(actor, client, access)) throw forbidden();
}

/** The personal identity code, birth date and assigned worker leave the API only towards workers; representatives' lookup keys never. */
export function clientView(actor: Actor, client: Client): Client {
  const shown = { ...client, representatives: client.representatives.map(representativeView) };
  if (hasRole(actor, "worker")) return shown;
  const { personalId: _personalId, birthDate: _birthDate, assignedWorker: _assignedWorker, ...rest } = shown;
  return rest;
}
