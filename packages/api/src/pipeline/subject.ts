import { type Actor, hasRole } from "@hb/core/actor";
import { assertCanAccessClient, assertClientIdInReach } from "@hb/core/clients/access";
import { requireClient } from "@hb/core/clients/repository";
import type { Client } from "@hb/core/clients/schemas";
import { DomainError } from "@hb/core/errors";
import { ownerOf } from "@hb/core/ownership";
import type { RouteDefinition, SubjectRule } from "../route";
import { audit, auditRefusal } from "./audit";
import { anonymous, type PreparedEvent, type Step, type SubjectInput } from "./request";

type ClientRule = Extract<SubjectRule, { from: "param" | "owner" }>;

/**
 * The client a subject rule names in the input, once the caller is found to reach it (403 if not, 404 if the
 * entity is unknown); `refusing` learns the client before the check, for the audit of a refusal.
 */
async function reachClient(rule: ClientRule, actor: Actor, parts: SubjectInput, refusing: (clientId: string) => void): Promise<Client> {
  const input = parts as { params?: Record<string, string>; query?: Record<string, string>; body?: Record<string, string> };
  let clientId: string;
  let namedProvider = false;
  if (rule.from === "param") {
    clientId = String(input.params?.[rule.name] ?? input.query?.[rule.name]);
    refusing(clientId);
    assertClientIdInReach(actor, clientId);
  } else {
    const owner = await ownerOf(rule.entity, String((rule.in === "body" ? input.body : input.params)?.[rule.param]));
    clientId = owner.clientId;
    refusing(clientId);
    const ownProvider = hasRole(actor, "provider") ? actor.providerId : undefined;
    namedProvider =
      rule.namedProvider === true &&
      ownProvider !== undefined &&
      (ownProvider === owner.providerId || (rule.formerProviders === true && owner.formerProviderIds.includes(ownProvider)));
  }
  const client = await requireClient(clientId);
  if (!namedProvider) assertCanAccessClient(actor, client, rule.access);
  return client;
}

/** Resolves the route's client, checks the caller may reach it, and audits the access before the handler runs. */
export const subject = (route: RouteDefinition): Step => ({
  before: async (request) => {
    const rule = route.subject;
    if (rule.from !== "param" && rule.from !== "owner") return;
    const { hb } = request.event;
    const client = await reachClient(rule, hb.actor ?? anonymous, hb.input ?? {}, (clientId) => (hb.refusedClientId = clientId));
    delete hb.refusedClientId;
    await audit(route, request.event, [client.clientId]);
    hb.client = client;
  },
});

/** `request.reach` of a batch route: each item's client checked and audited once per request, each refusal audited. */
export function itemReach(route: RouteDefinition, event: PreparedEvent, actor: Actor): (item: SubjectInput) => Promise<Client> {
  const rule = route.subject;
  if (rule.from !== "each") {
    return () => Promise.reject(new Error(`${route.id} reaches a subject per item, but its subject rule is not "each"`));
  }
  const audited = new Set<string>();
  return async (item) => {
    let refusedClientId: string | undefined;
    try {
      const client = await reachClient(rule.rule, actor, item, (clientId) => (refusedClientId = clientId));
      if (!audited.has(client.clientId)) {
        await audit(route, event, [client.clientId]);
        audited.add(client.clientId);
      }
      return client;
    } catch (error) {
      if (error instanceof DomainError && error.code === "FORBIDDEN") await auditRefusal(route, event, actor, refusedClientId);
      throw error;
    }
  };
}
