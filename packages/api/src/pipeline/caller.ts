import { hasRole } from "@hb/core/actor";
import { businessDate } from "@hb/core/dates";
import { DomainError } from "@hb/core/errors";
import { actorFor } from "@hb/core/identity/actor";
import { identityFromClaims } from "@hb/core/identity/claims";
import { type Principal, principalSchema, resolvePrincipal } from "@hb/core/identity/principal";
import { identitySettings } from "@hb/core/identity/settings";
import { logger } from "../logger";
import type { RouteDefinition } from "../route";
import type { Event, Step } from "./request";

/** The caller's principal: from HB's Lambda authorizer, or looked up from the claims API Gateway's JWT authorizer verified. */
async function principalOf(event: Event): Promise<Principal | undefined> {
  const authorizer = event.requestContext?.authorizer;
  if (authorizer?.lambda) {
    const { principal } = authorizer.lambda;
    return principal === undefined ? undefined : principalSchema.parse(JSON.parse(principal));
  }
  const claims = authorizer?.jwt?.claims;
  if (!claims) return undefined;
  // Token freshness is real time; business time (which the local clock moves) is for the domain.
  const result = identityFromClaims(claims, identitySettings(), new Date());
  if (!result.ok) {
    logger.info("token refused", { reason: result.reason });
    return undefined;
  }
  return resolvePrincipal(result.identity);
}

/** The caller as HB's records say (docs/security.md), and the route's roles. */
export const authorize = (route: RouteDefinition): Step => ({
  before: async (request) => {
    if (route.roles === "public") return;
    const { hb } = request.event;
    const principal = await principalOf(request.event);
    if (!principal) throw new DomainError("UNAUTHENTICATED");
    const provider = request.event.headers?.["x-hb-provider"];
    const actor = actorFor(principal, { today: businessDate(hb.now), ...(provider ? { provider } : {}) });
    hb.actor = actor;
    if (hasRole(actor, ...route.roles)) return;
    if (route.roles.includes("provider") && actor.providerIds.length > 1 && !actor.providerId) throw new DomainError("PROVIDER_NOT_CHOSEN");
    throw new DomainError("FORBIDDEN");
  },
});
