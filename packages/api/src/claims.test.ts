import { describe, expect, it } from "vitest";
import { actorFromClaims, claimList } from "./claims";

describe("JWT claims", () => {
  it("reads array claims in every shape they arrive in", () => {
    expect(claimList("[worker admin]")).toEqual(["worker", "admin"]);
    expect(claimList('["worker","admin"]')).toEqual(["worker", "admin"]);
    expect(claimList(["worker", "admin"])).toEqual(["worker", "admin"]);
    expect(claimList("worker, admin")).toEqual(["worker", "admin"]);
    expect(claimList("[]")).toEqual([]);
    expect(claimList(undefined)).toEqual([]);
  });

  it("builds the actor and drops roles it does not know", () => {
    expect(actorFromClaims({ sub: "u1", roles: "[worker root]", clientIds: "[c1 c2]", providerId: "p1" })).toEqual({
      sub: "u1",
      roles: ["worker"],
      providerId: "p1",
      clientIds: ["c1", "c2"],
    });
  });

  it("has no actor without a subject", () => {
    expect(actorFromClaims({ roles: "[worker]" })).toBeUndefined();
    expect(actorFromClaims(undefined)).toBeUndefined();
  });
});
