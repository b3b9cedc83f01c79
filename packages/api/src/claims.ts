import { type Actor, type Role, roles } from "@hb/core/actor";

type ClaimValue = string | number | boolean | string[] | undefined;

/**
 * API Gateway's JWT authorizer hands array claims to Lambda flattened into a
 * string like "[worker admin]"; a real array (local front, other issuers) or a
 * comma/space-separated string mean the same.
 */
export function claimList(value: ClaimValue): string[] {
  if (Array.isArray(value)) return value.map(String).filter(Boolean);
  if (typeof value !== "string") return [];
  const trimmed = value.trim();
  if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
    try {
      const parsed = JSON.parse(trimmed) as unknown;
      if (Array.isArray(parsed)) return parsed.map(String).filter(Boolean);
    } catch {
      // API Gateway's "[a b]" form is not JSON: split it below
    }
    return trimmed.slice(1, -1).split(/[\s,]+/).filter(Boolean);
  }
  return trimmed.split(/[\s,]+/).filter(Boolean);
}

/** The caller as our domain sees it; unknown role names are dropped, never trusted. */
export function actorFromClaims(claims: Record<string, ClaimValue> | undefined): Actor | undefined {
  const sub = claims?.sub;
  if (typeof sub !== "string" || sub === "") return undefined;
  const providerId = typeof claims?.providerId === "string" && claims.providerId !== "" ? claims.providerId : undefined;
  return {
    sub,
    roles: claimList(claims?.roles).filter((role): role is Role => (roles as readonly string[]).includes(role)),
    ...(providerId ? { providerId } : {}),
    clientIds: claimList(claims?.clientIds),
  };
}
