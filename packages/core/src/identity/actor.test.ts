import { describe, expect, it } from "vitest";
import { actorFor } from "./actor";
import type { Principal } from "./principal";

const person = (overrides: Partial<NonNullable<Principal["person"]>>): Principal => ({
  sub: "p-1",
  issuer: "suomifi",
  staffRoles: [],
  person: { ref: "ref-1", allowed: ["client", "representative", "provider", "applicant"], representations: [], providerIds: [], ...overrides },
});

describe("actorFor", () => {
  it("a person who is a client and represents another sees both, with the representation's permission", () => {
    const actor = actorFor(person({ clientId: "c-self", representations: [{ clientId: "c-other", permission: "view" }] }), { today: "2026-11-27" });
    expect(actor).toMatchObject({ roles: ["client", "representative", "applicant"], self: "c-self", represents: { "c-other": "view" }, clientIds: ["c-self", "c-other"] });
  });

  it("a representation counts from validFrom to validTo inclusive, and not the day after", () => {
    const principal = person({ representations: [{ clientId: "c", permission: "act", validFrom: "2026-11-01", validTo: "2026-11-30" }] });
    expect(actorFor(principal, { today: "2026-10-31" }).clientIds).toEqual([]);
    expect(actorFor(principal, { today: "2026-11-01" }).represents).toEqual({ c: "act" });
    expect(actorFor(principal, { today: "2026-11-30" }).roles).toContain("representative");
    const after = actorFor(principal, { today: "2026-12-01" });
    expect(after.roles).toEqual(["applicant"]);
    expect(after.clientIds).toEqual([]);
  });

  it("staff of one provider act for it; of several, for the one named in X-HB-Provider, and never for another", () => {
    expect(actorFor(person({ providerIds: ["p1"] }), { today: "2026-11-27" })).toMatchObject({ roles: ["provider", "applicant"], providerId: "p1" });
    const two = person({ providerIds: ["p1", "p2"] });
    const unchosen = actorFor(two, { today: "2026-11-27" });
    expect(unchosen.roles).toEqual(["applicant"]);
    expect(unchosen.providerId).toBeUndefined();
    expect(actorFor(two, { today: "2026-11-27", provider: "p2" })).toMatchObject({ roles: ["provider", "applicant"], providerId: "p2" });
    expect(() => actorFor(two, { today: "2026-11-27", provider: "p3" })).toThrow("FORBIDDEN");
  });

  it("an issuer that may not grant a role gives none of it, whatever the records say", () => {
    const onlyClients = person({ allowed: ["client"], clientId: "c", representations: [{ clientId: "d", permission: "act" }], providerIds: ["p"] });
    expect(actorFor(onlyClients, { today: "2026-11-27" })).toMatchObject({ roles: ["client"], clientIds: ["c"], providerIds: [] });
  });

  it("staff get their roles and reach no client by themselves", () => {
    expect(actorFor({ sub: "w", issuer: "entra", staffRoles: ["worker"] }, { today: "2026-11-27" })).toEqual({
      sub: "w",
      roles: ["worker"],
      providerIds: [],
      represents: {},
      clientIds: [],
    });
  });
});
