import type { Role } from "../actor";
import { parsePersonalId } from "../validators/personal-id";
import type { IdentitySettings, IssuerSettings } from "./settings";

/**
 * Who a verified token says the caller is, before HB's records are consulted.
 * The personal identity code stays inside this value: it is turned into its
 * lookup key at once and never logged, returned or queued.
 */
export type Identity =
  | { readonly kind: "person"; readonly issuer: string; readonly sub: string; readonly personalId: string; readonly allowed: readonly Role[] }
  | { readonly kind: "staff"; readonly issuer: string; readonly sub: string; readonly roles: readonly Role[]; readonly personalId?: string }
  | { readonly kind: "provider-directory"; readonly issuer: string; readonly sub: string; readonly providerId: string };

export type ClaimsResult = { readonly ok: true; readonly identity: Identity } | { readonly ok: false; readonly reason: string };

/** A claim as a verifier hands it over: JSON values from `jose`, or strings from API Gateway's JWT authorizer. */
type Claims = Readonly<Record<string, unknown>>;

const GROUP = /^[\w.:@/-]{1,256}$/;

/**
 * A list-valued claim: a JSON array of strings, API Gateway's flattened
 * `"[a b]"`, or a single value. Anything else — nesting, objects, values with
 * spaces that could smuggle two entries into one — is refused, not guessed.
 */
export function claimList(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.every((item) => typeof item === "string" && GROUP.test(item)) ? (value as string[]) : undefined;
  if (typeof value !== "string") return undefined;
  const flattened = /^\[(.*)\]$/.exec(value.trim());
  const items = flattened ? flattened[1]!.split(" ").filter((item) => item !== "") : [value];
  return items.every((item) => GROUP.test(item)) ? items : undefined;
}

/** A number, or API Gateway's string of one. */
function numeric(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\d{1,12}$/.test(value)) return Number(value);
  return undefined;
}

function audienceMatches(value: unknown, accepted: readonly string[]): boolean {
  const audiences = Array.isArray(value) ? value : typeof value === "string" ? (claimList(value) ?? [value]) : [];
  return audiences.some((audience) => typeof audience === "string" && accepted.includes(audience));
}

export const issuerOf = (settings: IdentitySettings, iss: unknown): IssuerSettings | undefined =>
  typeof iss === "string" ? settings.issuers.find((issuer) => issuer.issuer === iss) : undefined;

/**
 * The token rules, the same behind API Gateway's JWT authorizer, in HB's own
 * authorizer and locally: a trusted issuer and audience, `exp` present and in
 * the future, a `sub`, and the issuer's own claims well formed.
 */
export function identityFromClaims(claims: Claims, settings: IdentitySettings, now: Date): ClaimsResult {
  const issuer = issuerOf(settings, claims.iss);
  if (!issuer) return { ok: false, reason: "untrusted issuer" };
  if (!audienceMatches(claims.aud, issuer.audience)) return { ok: false, reason: "wrong audience" };
  const exp = numeric(claims.exp);
  if (exp === undefined) return { ok: false, reason: "no exp" };
  if (exp * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  const sub = claims.sub;
  if (typeof sub !== "string" || sub === "" || sub.length > 255) return { ok: false, reason: "no sub" };

  if (issuer.kind === "person") {
    const raw = claims[issuer.personalIdClaim];
    const parsed = typeof raw === "string" ? parsePersonalId(raw) : undefined;
    if (!parsed) return { ok: false, reason: "no valid personal identity code" };
    return { ok: true, identity: { kind: "person", issuer: issuer.name, sub, personalId: parsed.code, allowed: issuer.roles } };
  }
  const groups = claimList(claims[issuer.groupsClaim]);
  if (!groups) return { ok: false, reason: "malformed groups" };
  if (issuer.kind === "staff") {
    const roles = new Set<Role>();
    for (const group of groups) for (const role of issuer.groups[group] ?? []) if (issuer.roles.includes(role)) roles.add(role);
    const raw = issuer.personalIdClaim ? claims[issuer.personalIdClaim] : undefined;
    const parsed = typeof raw === "string" ? parsePersonalId(raw) : undefined;
    return { ok: true, identity: { kind: "staff", issuer: issuer.name, sub, roles: [...roles], ...(parsed ? { personalId: parsed.code } : {}) } };
  }
  if (issuer.requiredGroup !== undefined && !groups.includes(issuer.requiredGroup)) return { ok: false, reason: "not in the provider's group" };
  return { ok: true, identity: { kind: "provider-directory", issuer: issuer.name, sub, providerId: issuer.providerId } };
}
