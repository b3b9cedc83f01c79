import { createRemoteJWKSet, decodeJwt, errors, type JWTVerifyGetKey, jwtVerify } from "jose";
import { identityFromClaims, issuerOf } from "@hb/core/identity/claims";
import { type Principal, resolvePrincipal } from "@hb/core/identity/principal";
import type { IdentitySettings, IssuerSettings } from "@hb/core/identity/settings";

/** Signature algorithms an OIDC issuer may use; `none` and shared-secret HMAC are never accepted. */
const ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

const keySets = new Map<string, Promise<JWTVerifyGetKey>>();

/** The issuer's signing keys, found through OIDC discovery and cached per container (jose refetches on an unknown `kid`). */
function keySetOf(issuer: IssuerSettings): Promise<JWTVerifyGetKey> {
  let keySet = keySets.get(issuer.issuer);
  if (!keySet) {
    keySet = (async () => {
      const response = await fetch(`${issuer.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(3000) });
      if (!response.ok) throw new Error(`OIDC discovery of ${issuer.name} answered ${response.status}`);
      const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
      if (!jwksUri) throw new Error(`OIDC discovery of ${issuer.name} names no jwks_uri`);
      return createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: 3000, cooldownDuration: 30_000, cacheMaxAge: 600_000 });
    })();
    keySets.set(issuer.issuer, keySet);
    keySet.catch(() => keySets.delete(issuer.issuer));
  }
  return keySet;
}

export type Authentication = { readonly principal: Principal } | { readonly refused: string };

/**
 * Verifies a bearer token against the issuer it names (one of the trusted
 * ones), applies the token rules and looks the caller up in HB's records.
 * A refusal names its reason for the log; the route answers 401.
 */
export async function authenticate(authorization: string | undefined, settings: IdentitySettings): Promise<Authentication> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (!token) return { refused: "no bearer token" };
  let iss: unknown;
  try {
    iss = decodeJwt(token).iss;
  } catch {
    return { refused: "malformed token" };
  }
  const issuer = issuerOf(settings, iss);
  if (!issuer) return { refused: "untrusted issuer" };
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, await keySetOf(issuer), {
      issuer: issuer.issuer,
      audience: [...issuer.audience],
      algorithms: ALGORITHMS,
      requiredClaims: ["exp", "sub"],
    }));
  } catch (error) {
    // The issuer's keys out of reach is an outage, not a bad token: fail (not cached) rather than refuse (cached).
    if (error instanceof errors.JOSEError && error.code !== "ERR_JWKS_TIMEOUT") return { refused: error.code };
    throw error;
  }
  const result = identityFromClaims(payload, settings, new Date());
  if (!result.ok) return { refused: result.reason };
  return { principal: await resolvePrincipal(result.identity) };
}
