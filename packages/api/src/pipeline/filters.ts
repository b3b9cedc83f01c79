import { type Actor, hasRole } from "@hb/core/actor";
import { forbidden } from "@hb/core/errors";
import type { QueryFilter, RouteDefinition } from "../route";
import { anonymous, type Step } from "./request";

/** Whether the caller may give this value (or none) to a filter of the route's query. */
function mayFilter(filter: QueryFilter, actor: Actor, value: string | undefined): boolean {
  if (hasRole(actor, ...filter.anyRoles)) return true;
  if (value === undefined) return filter.required !== true;
  if (filter.own === "provider") return hasRole(actor, "provider") && actor.providerId === value;
  if (filter.own === "sub") return value === "me" || value === actor.sub;
  return false;
}

/** The route's query filters (`route.filters`): a caller reads only what they let it choose. */
export const filters = (route: RouteDefinition): Step => ({
  before: (request) => {
    if (!route.filters) return;
    const { hb } = request.event;
    const query = (hb.input?.query ?? {}) as Record<string, unknown>;
    for (const [name, filter] of Object.entries(route.filters)) {
      const value = query[name] === undefined ? undefined : String(query[name]);
      if (!mayFilter(filter, hb.actor ?? anonymous, value)) throw forbidden();
    }
  },
});
