import { hasRole } from "@hb/core/actor";
import { forbidden } from "@hb/core/errors";
import { isMemberOf } from "@hb/core/providers/membership";
import { requireProvider } from "@hb/core/providers/repository";
import type { RouteDefinition } from "../route";
import { anonymous, type Step } from "./request";

/** A provider's own route: its provider loaded (404 when unknown), and only its staff or the route's other roles pass. */
export const ownProvider = (route: RouteDefinition): Step => ({
  before: async (request) => {
    const rule = route.provider;
    if (!rule) return;
    const { hb } = request.event;
    const provider = await requireProvider(String((hb.input?.params as Record<string, unknown> | undefined)?.[rule.param]));
    const actor = hb.actor ?? anonymous;
    if (!isMemberOf(actor, provider.providerId) && !(rule.alsoRoles && hasRole(actor, ...rule.alsoRoles))) throw forbidden();
    hb.provider = provider;
  },
});
