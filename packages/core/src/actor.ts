export const roles = ["worker", "client", "representative", "provider", "finance", "admin"] as const;
export type Role = (typeof roles)[number];

/** Who is calling, from the verified JWT claims (SPEC §4). */
export interface Actor {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly providerId?: string;
  readonly clientIds: readonly string[];
}

/** What a repository needs to know about the request that changes data. */
export interface RequestContext {
  readonly actor: Actor;
  readonly requestId: string;
  readonly now: Date;
}

export const hasRole = (actor: Actor, ...wanted: readonly Role[]): boolean =>
  wanted.some((role) => actor.roles.includes(role));
