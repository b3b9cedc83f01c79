import type { Grants } from "@hb/core/grants";
import type { IdentitySettings } from "@hb/core/identity/settings";

/**
 * How the API authenticates, from the area's trusted issuers. One issuer:
 * API Gateway's JWT authorizer verifies, and each route looks its caller up
 * in HB's person register itself (so every route gets the lookup). Several:
 * HB's Lambda authorizer verifies against the issuer the token names and
 * looks the caller up once, cached by API Gateway per token; routes get
 * nothing extra (docs/security.md).
 */
export function apiAuthorization(identity: IdentitySettings) {
  const environment: Record<string, string> = { HB_IDENTITY: JSON.stringify(identity) };
  const lookup = (grants: Grants): Grants => ({ ...grants, personalIds: { ...grants.personalIds, lookup: true } });
  if (identity.issuers.length === 1) {
    const [issuer] = identity.issuers;
    return {
      name: "jwt" as const,
      jwt: { issuer: issuer!.issuer, audience: [...issuer!.audience] },
      lambda: undefined,
      environment,
      routeEnvironment: environment,
      routeGrants: lookup,
    };
  }
  return {
    name: "hb" as const,
    jwt: undefined,
    lambda: { grants: lookup({ table: "read", auditLog: "none", personalIds: { lookup: false, seal: false, reveal: false } }), cacheTtl: "60 seconds" as const },
    environment,
    routeEnvironment: {} as Record<string, string>,
    routeGrants: (grants: Grants) => grants,
  };
}
