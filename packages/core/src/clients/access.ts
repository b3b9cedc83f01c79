import { type Actor, hasRole } from "../actor";
import { forbidden } from "../errors";
import type { Client } from "./schemas";

type Access = "view" | "act";

/** Workers reach every client of the area; clients themselves and representatives only those named in their token and on the record. */
export function canAccessClient(actor: Actor, client: Pick<Client, "clientId" | "representatives">, access: Access): boolean {
  if (hasRole(actor, "worker")) return true;
  if (!actor.clientIds.includes(client.clientId)) return false;
  if (hasRole(actor, "client")) return true;
  if (hasRole(actor, "representative")) {
    const record = client.representatives.find((representative) => representative.subject === actor.sub);
    return record !== undefined && (access === "view" || record.permission === "act");
  }
  return false;
}

/**
 * Checked before the record is read, so a client or representative cannot
 * tell an existing id from a missing one.
 */
export function assertClientIdInReach(actor: Actor, clientId: string): void {
  if (!hasRole(actor, "worker") && !actor.clientIds.includes(clientId)) throw forbidden();
}

export function assertCanAccessClient(actor: Actor, client: Pick<Client, "clientId" | "representatives">, access: Access): void {
  if (!canAccessClient(actor, client, access)) throw forbidden();
}

/** The personal identity code and birth date leave the API only towards workers. */
export function clientView(actor: Actor, client: Client): Client {
  if (hasRole(actor, "worker")) return client;
  const { personalId: _personalId, birthDate: _birthDate, ...rest } = client;
  return rest;
}
