/**
 * HB's roles. Six are the spec's; `applicant` is any signed-in person who is
 * not yet staff of a provider but may apply to become one.
 */
export const roles = ["worker", "client", "representative", "provider", "finance", "admin", "applicant"] as const;
export type Role = (typeof roles)[number];

export type Permission = "view" | "act";

/**
 * Who is calling, as HB's own records say (docs/security.md): built once per
 * request from the verified token and the person register, never from HB ids
 * in the token.
 */
export interface Actor {
  /** The token's subject at its issuer: who, in the audit log. */
  readonly sub: string;
  readonly roles: readonly Role[];
  /** The provider this request acts for: one the caller is staff of. */
  readonly providerId?: string;
  /** Every provider the caller is staff of. */
  readonly providerIds: readonly string[];
  /** The client the caller is, when the caller is a client. */
  readonly self?: string;
  /** Clients the caller represents today, with the permission on each. */
  readonly represents: Readonly<Record<string, Permission>>;
  /** The caller's own client id and the clients it represents today. */
  readonly clientIds: readonly string[];
  /** For a person: the lookup key of their personal identity code (never the code itself). */
  readonly personRef?: string;
}

/** What a repository needs to know about the request that changes data. */
export interface RequestContext {
  readonly actor: Actor;
  readonly requestId: string;
  readonly now: Date;
}

export const hasRole = (actor: Actor, ...wanted: readonly Role[]): boolean =>
  wanted.some((role) => actor.roles.includes(role));

/** An actor of the system itself (scheduled jobs, consumers): no roles, no reach. */
export const systemActor = (sub: string): Actor => ({ sub, roles: [], providerIds: [], represents: {}, clientIds: [] });
