import { describe, expect, it } from "vitest";
import { claimList, identityFromClaims } from "./claims";
import { parseIdentitySettings } from "./settings";

const settings = parseIdentitySettings({
  issuers: [
    { name: "suomifi", kind: "person", issuer: "https://broker.example.fi", audience: ["hb"], personalIdClaim: "hetu" },
    {
      name: "entra",
      kind: "staff",
      issuer: "https://login.example.fi/tenant/v2.0",
      audience: ["api://hb"],
      groups: { "g-workers": ["worker"], "g-finance": ["finance"] },
      roles: ["worker", "finance"],
    },
    { name: "acme", kind: "provider-directory", issuer: "https://acme.example.fi", audience: ["hb"], providerId: "p-acme", requiredGroup: "hb-users" },
  ],
});
const now = new Date("2026-11-27T12:00:00Z");
const exp = Math.floor(now.getTime() / 1000) + 600;
const person = { iss: "https://broker.example.fi", aud: "hb", sub: "pairwise-1", exp, hetu: "131052-308T" };
const staff = { iss: "https://login.example.fi/tenant/v2.0", aud: ["api://hb"], sub: "oid-1", exp, groups: ["g-workers", "unrelated"] };

describe("identityFromClaims: the token rules", () => {
  it("maps a person by the personal identity code only, normalized, and says which roles the issuer allows", () => {
    expect(identityFromClaims({ ...person, hetu: "131052-308t", roles: ["worker"], clientIds: ["x"] }, settings, now)).toEqual({
      ok: true,
      identity: { kind: "person", issuer: "suomifi", sub: "pairwise-1", personalId: "131052-308T", allowed: ["client", "representative", "provider", "applicant"] },
    });
  });

  it("maps staff groups to roles, only those the issuer may grant; unknown groups give nothing", () => {
    expect(identityFromClaims(staff, settings, now)).toEqual({ ok: true, identity: { kind: "staff", issuer: "entra", sub: "oid-1", roles: ["worker"] } });
    expect(identityFromClaims({ ...staff, groups: ["unrelated"] }, settings, now)).toMatchObject({ ok: true, identity: { roles: [] } });
  });

  it("reads API Gateway's flattened list claims", () => {
    expect(identityFromClaims({ ...staff, groups: "[g-workers g-finance]", exp: String(exp) }, settings, now)).toMatchObject({
      ok: true,
      identity: { roles: ["worker", "finance"] },
    });
  });

  it.each([
    ["an untrusted issuer", { ...staff, iss: "https://evil.example.fi" }, "untrusted issuer"],
    ["another audience", { ...staff, aud: "api://other" }, "wrong audience"],
    ["no exp", { ...staff, exp: undefined }, "no exp"],
    ["an expired token", { ...staff, exp: Math.floor(now.getTime() / 1000) }, "expired"],
    ["no sub", { ...staff, sub: "" }, "no sub"],
    ["nested groups", { ...staff, groups: [["g-workers"]] }, "malformed groups"],
    ["a group string with a space", { ...staff, groups: "g-workers g-finance" }, "malformed groups"],
    ["groups as an object", { ...staff, groups: { 0: "g-workers" } }, "malformed groups"],
    ["a person without a code", { ...person, hetu: undefined }, "no valid personal identity code"],
    ["a person with a bad check character", { ...person, hetu: "131052-308X" }, "no valid personal identity code"],
  ])("refuses %s", (_, claims, reason) => {
    expect(identityFromClaims(claims as Record<string, unknown>, settings, now)).toEqual({ ok: false, reason });
  });

  it("a citizen token claiming a staff group is still only a person", () => {
    const result = identityFromClaims({ ...person, groups: ["g-workers"] }, settings, now);
    expect(result).toMatchObject({ ok: true, identity: { kind: "person" } });
    expect(result.ok && "roles" in result.identity).toBe(false);
  });

  it("a provider directory makes staff of its one provider, only with the required group", () => {
    const acme = { iss: "https://acme.example.fi", aud: "hb", sub: "emp-7", exp, groups: ["hb-users"] };
    expect(identityFromClaims(acme, settings, now)).toEqual({ ok: true, identity: { kind: "provider-directory", issuer: "acme", sub: "emp-7", providerId: "p-acme" } });
    expect(identityFromClaims({ ...acme, groups: [] }, settings, now)).toEqual({ ok: false, reason: "not in the provider's group" });
  });
});

describe("claimList", () => {
  it("takes JSON arrays, API Gateway's [a b] and a single value; refuses what could smuggle entries", () => {
    expect(claimList(["a", "b"])).toEqual(["a", "b"]);
    expect(claimList("[a b]")).toEqual(["a", "b"]);
    expect(claimList("a")).toEqual(["a"]);
    expect(claimList(undefined)).toEqual([]);
    expect(claimList("client worker")).toBeUndefined();
    expect(claimList([["worker"]])).toBeUndefined();
    expect(claimList(["a", 1])).toBeUndefined();
  });
});

describe("parseIdentitySettings", () => {
  it("refuses a group mapped to a role the issuer may not grant, duplicate issuers and a citizen issuer granting staff roles", () => {
    expect(() =>
      parseIdentitySettings({
        issuers: [{ name: "s", kind: "staff", issuer: "https://s.example.fi", audience: ["a"], groups: { g: ["admin"] }, roles: ["worker"] }],
      }),
    ).toThrow(/issuers\.0\.groups\.g: grants admin/);
    expect(() =>
      parseIdentitySettings({
        issuers: [
          { name: "a", kind: "person", issuer: "https://x.example.fi", audience: ["a"], personalIdClaim: "hetu" },
          { name: "a", kind: "person", issuer: "https://x.example.fi", audience: ["a"], personalIdClaim: "hetu" },
        ],
      }),
    ).toThrow(/two issuers have the name a.*two issuers have the issuer/);
    expect(() =>
      parseIdentitySettings({
        issuers: [{ name: "p", kind: "person", issuer: "https://x.example.fi", audience: ["a"], personalIdClaim: "hetu", roles: ["worker"] }],
      }),
    ).toThrow(/issuers\.0\.roles\.0/);
  });
});
