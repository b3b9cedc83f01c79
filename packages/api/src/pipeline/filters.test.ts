import type { Request } from "@middy/core";
import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "@hb/core/actor";
import { routes } from "../routes";
import { filters } from "./filters";
import type { Answer, PreparedEvent } from "./request";

const byId = (id: string) => routes.find((route) => route.id === id)!;
const as = (roles: Actor["roles"], more: Partial<Actor> = {}): Actor => ({ ...systemActor("sub-1"), roles, ...more });

/** Whether the filters step lets this caller through with this query. */
async function passes(routeId: string, actor: Actor, query: Record<string, string>): Promise<boolean> {
  const request = { event: { hb: { actor, input: { query } } } } as unknown as Request<PreparedEvent, Answer>;
  try {
    await filters(byId(routeId)).before!(request);
    return true;
  } catch (error) {
    expect(error).toMatchObject({ code: "FORBIDDEN" });
    return false;
  }
}

describe("query filters (route.filters)", () => {
  const staff = as(["provider"], { providerId: "p-1", providerIds: ["p-1"] });

  it("a provider's staff list their own provider's statements only, and must name it", async () => {
    expect(await passes("settlements.list", staff, { providerId: "p-1" })).toBe(true);
    expect(await passes("settlements.list", staff, { providerId: "p-2" })).toBe(false);
    expect(await passes("settlements.list", staff, { month: "2026-10" })).toBe(false);
    expect(await passes("settlements.list", as(["finance"]), { month: "2026-10" })).toBe(true);
  });

  it("events by provider: workers any, a provider's staff their own; by instrument the filter is not given", async () => {
    expect(await passes("events.list", as(["worker"]), { providerId: "p-2" })).toBe(true);
    expect(await passes("events.list", staff, { providerId: "p-2" })).toBe(false);
    expect(await passes("events.list", as(["client"]), { providerId: "p-1" })).toBe(false);
    expect(await passes("events.list", as(["client"]), { instrumentId: "i-1" })).toBe(true);
  });

  it("a caseload is the caller's own (`me` or its sub) but for admins; a lookup by code is for workers", async () => {
    expect(await passes("clients.find", as(["worker"]), { assignedTo: "me" })).toBe(true);
    expect(await passes("clients.find", as(["worker"]), { assignedTo: "sub-1" })).toBe(true);
    expect(await passes("clients.find", as(["worker"]), { assignedTo: "sub-2" })).toBe(false);
    expect(await passes("clients.find", as(["admin"]), { assignedTo: "sub-2" })).toBe(true);
    expect(await passes("clients.find", as(["admin"]), { personalId: "010101-123N" })).toBe(false);
  });
});
