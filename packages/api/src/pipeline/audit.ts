import type { Actor } from "@hb/core/actor";
import { recordAuditEntries, recordRefusal } from "@hb/core/audit/repository";
import { logger } from "../logger";
import type { RouteDefinition } from "../route";
import { type ApiResult, anonymous, type PreparedEvent, type Step } from "./request";

/** Writes one audit entry per client for this request; a failure fails the request, so nothing is read or written unaudited. */
export async function audit(route: RouteDefinition, event: PreparedEvent, clientIds: Iterable<string>): Promise<void> {
  const { hb } = event;
  const actor = hb.actor ?? anonymous;
  const kind = route.method === "GET" ? ("read" as const) : ("write" as const);
  const purpose = event.headers?.["x-hb-purpose"]?.slice(0, 200);
  await recordAuditEntries(
    [...new Set(clientIds)].map((clientId) => ({
      uniqueId: `${hb.requestId}#${kind}`,
      entry: {
        at: hb.now.toISOString(),
        clientId,
        kind,
        action: route.id,
        actor: { sub: actor.sub, roles: [...actor.roles] },
        ...(purpose ? { purpose } : {}),
        requestId: hb.requestId,
      },
    })),
  );
}

/** A refused request (403) is audited too: under its client when the refusal was about one, else by day for the area. */
export async function auditRefusal(route: RouteDefinition, event: PreparedEvent, actor: Actor, clientId = event.hb.refusedClientId): Promise<void> {
  const { hb } = event;
  try {
    await recordRefusal({
      at: hb.now.toISOString(),
      ...(clientId ? { clientId } : {}),
      action: route.id,
      actor: { sub: actor.sub, roles: [...actor.roles] },
      requestId: hb.requestId,
    });
  } catch (error) {
    // The refusal stands either way; a lost audit line of a refusal is logged, not turned into a 500.
    logger.error("refusal not audited", { error });
  }
}

/** Every `clientId` string anywhere in a response body. */
function clientIdsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) clientIdsIn(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "clientId" && typeof item === "string") found.add(item);
      else clientIdsIn(item, found);
    }
  }
  return found;
}

/**
 * A route whose subject is its response (`subject: { from: "response" }`) audits every client the answer
 * names before it leaves, a replayed answer of an Idempotency-Key too: the caller reads them again.
 */
export const responseAudit = (route: RouteDefinition): Step => ({
  after: async (request) => {
    if (route.subject.from !== "response") return;
    await audit(route, request.event, clientIdsIn((request.response as ApiResult<unknown>).body));
  },
});
