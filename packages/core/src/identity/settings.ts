import { z } from "zod";
import type { Role } from "../actor";

/**
 * Which identity providers an area trusts, and how their tokens map to HB's
 * own records (deploy settings: `areas/<stage>.identity.json`). HB never
 * reads its own ids (client ids, provider ids, role names) from a token:
 *
 * - `person`: a broker in front of Suomi.fi e-Identification. The token names
 *   a person by their personal identity code (claim `personalIdClaim`); HB's
 *   records decide whether that person is a client, a representative of
 *   clients or a member of providers.
 * - `staff`: the area's staff directory (e.g. Microsoft Entra ID). The token's
 *   groups map to worker, finance and admin.
 * - `provider-directory`: a provider's own directory; every valid token from it
 *   is staff of that one provider (the provider keeps its people there).
 *
 * `roles` lists what an issuer may ever grant: a citizen issuer can never make
 * a worker, a staff directory never a client.
 */
export const personRoles = ["client", "representative", "provider", "applicant"] as const satisfies readonly Role[];
export const staffRoles = ["worker", "finance", "admin"] as const satisfies readonly Role[];

const claimName = z.string().regex(/^[\w.:/-]{1,100}$/, "a claim name: letters, digits, _ . : / -");
const groupId = z.string().regex(/^[\w.:@/-]{1,256}$/, "a group id without spaces");

const common = {
  /** A short name for logs, the audit and docs (`suomifi`, `entra`). */
  name: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/, "lower-case letters, digits and hyphens"),
  /** The `iss` of its tokens; OIDC discovery at `<issuer>/.well-known/openid-configuration`. */
  issuer: z.url(),
  /** Accepted `aud` values; one must match. */
  audience: z.array(z.string().min(1)).min(1),
};

const personIssuerSchema = z
  .object({
    ...common,
    kind: z.literal("person"),
    /** The claim the broker puts the personal identity code (urn:oid:1.2.246.21) in. */
    personalIdClaim: claimName,
    roles: z.array(z.enum(personRoles)).min(1).default([...personRoles]),
  })
  .strict();

const staffIssuerSchema = z
  .object({
    ...common,
    kind: z.literal("staff"),
    groupsClaim: claimName.default("groups"),
    /**
     * When the directory also carries the employee's personal identity code: HB then knows the
     * staff member as a person too (never as a client or provider staff), so four-eyes checks
     * recognise their own requests and their provider memberships made with a citizen sign-in.
     */
    personalIdClaim: claimName.optional(),
    /** Group id → the HB roles its members have. Groups not listed give nothing. */
    groups: z.record(groupId, z.array(z.enum(staffRoles)).min(1)),
    roles: z.array(z.enum(staffRoles)).min(1).default([...staffRoles]),
  })
  .strict();

const providerDirectorySchema = z
  .object({
    ...common,
    kind: z.literal("provider-directory"),
    providerId: z.string().min(1).max(100),
    /** When set, only members of this group are the provider's staff. */
    requiredGroup: groupId.optional(),
    groupsClaim: claimName.default("groups"),
  })
  .strict();

export const issuerSettingsSchema = z.discriminatedUnion("kind", [personIssuerSchema, staffIssuerSchema, providerDirectorySchema]);
export type IssuerSettings = z.output<typeof issuerSettingsSchema>;
export type PersonIssuer = z.output<typeof personIssuerSchema>;
export type StaffIssuer = z.output<typeof staffIssuerSchema>;

export const identitySettingsSchema = z
  .object({
    _about: z.string().optional(),
    issuers: z.array(issuerSettingsSchema).min(1),
  })
  .strict()
  .superRefine((settings, context) => {
    const seen = { name: new Set<string>(), issuer: new Set<string>() };
    settings.issuers.forEach((issuer, index) => {
      for (const key of ["name", "issuer"] as const) {
        if (seen[key].has(issuer[key])) context.addIssue({ code: "custom", path: ["issuers", index, key], message: `two issuers have the ${key} ${issuer[key]}` });
        seen[key].add(issuer[key]);
      }
      if (issuer.kind === "staff") {
        for (const [group, granted] of Object.entries(issuer.groups)) {
          const outside = granted.filter((role) => !issuer.roles.includes(role));
          if (outside.length > 0) {
            context.addIssue({ code: "custom", path: ["issuers", index, "groups", group], message: `grants ${outside.join(", ")}, which this issuer may not grant` });
          }
        }
      }
    });
  });
export type IdentitySettings = z.output<typeof identitySettingsSchema>;

/** Parses identity settings; one error lists every problem with its path. */
export function parseIdentitySettings(value: unknown): IdentitySettings {
  const result = identitySettingsSchema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; "));
}

let cached: { source: string; settings: IdentitySettings } | undefined;

/** The settings a function runs with (`HB_IDENTITY`, JSON, set by the stack and by the local runtime). */
export function identitySettings(): IdentitySettings {
  const source = process.env.HB_IDENTITY;
  if (!source) throw new Error("HB_IDENTITY is not set");
  if (cached?.source !== source) cached = { source, settings: parseIdentitySettings(JSON.parse(source)) };
  return cached.settings;
}
