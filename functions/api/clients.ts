import { apiHandler } from "@hb/api/http";
import {
  createClient as createRoute,
  findClients,
  getClient as getRoute,
  patchClient as patchRoute,
  setHbStatus as hbStatusRoute,
} from "@hb/api/routes/clients";
import { clientView } from "@hb/core/clients/access";
import { listCaseload } from "@hb/core/clients/caseload";
import { hasRole } from "@hb/core/actor";
import { createClient, findClientByPersonalId, patchClient, revealPersonalId, setHbStatus } from "@hb/core/clients/repository";
import type { Client } from "@hb/core/clients/schemas";
import { DomainError } from "@hb/core/errors";

const etag = (client: Client) => ({ etag: `"${client.version}"` });

/** `If-Match: "3"` → 3; a malformed value is refused rather than silently ignored. */
function expectedVersion(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!match) {
    throw new DomainError("VALIDATION_FAILED", {}, [
      { path: "/headers/if-match", code: "invalid_format", text: "IF_MATCH_FORMAT" },
    ]);
  }
  return Number(match[1]);
}

export const create = apiHandler(createRoute, async ({ body, context }) => {
  const client = await createClient(body, context);
  return { status: 201, body: client, headers: { location: `/v1/clients/${client.clientId}`, ...etag(client) } };
});

/** By code, workers only; a caseload, a worker's own (`me`) or, for an admin, any worker's (the route's `filters`). */
export const find = apiHandler(findClients, async ({ query, actor }) => {
  if (query.assignedTo !== undefined) {
    return { body: await listCaseload(query.assignedTo === "me" ? actor.sub : query.assignedTo, query.limit, query.cursor) };
  }
  // Zero or one client: no cursor belongs to this answer.
  if (query.cursor !== undefined) throw new DomainError("INVALID_CURSOR");
  const client = await findClientByPersonalId(query.personalId!);
  return { body: { items: client ? [clientView(actor, client)] : [] } };
});

/** The one route that opens a sealed code, and only for workers (clientView hides it from everyone else). */
export const get = apiHandler(getRoute, async ({ client, actor }) => {
  const subject = hasRole(actor, "worker") ? await revealPersonalId(client!) : client!;
  return { body: clientView(actor, subject), headers: etag(subject) };
});

export const patch = apiHandler(patchRoute, async ({ params, body, headers, context, actor }) => {
  const client = await patchClient(params.clientId, body, expectedVersion(headers["if-match"]), context);
  return { body: clientView(actor, client), headers: etag(client) };
});

export const hbStatus = apiHandler(hbStatusRoute, async ({ client, body, context, actor, language }) => ({
  body: clientView(actor, await setHbStatus(client!, body, context)),
}));
