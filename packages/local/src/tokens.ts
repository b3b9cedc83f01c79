import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, SignJWT } from "jose";
import { type IdentitySettings, type PersonIssuer, type StaffIssuer, staffRoles } from "@hb/core/identity/settings";
import { isValidPersonalId } from "@hb/core/validators/personal-id";

export const LOCAL_AUDIENCE = "hb-local";
const TOKEN_SECONDS = 8 * 3600;

export type LocalIssuerKind = "person" | "staff";

/**
 * The local identity providers, shaped like an area's real ones: a person
 * issuer standing in for the Suomi.fi e-Identification broker (a token names
 * a person by personal identity code) and a staff issuer standing in for the
 * staff directory (a token carries groups). One ES256 key signs for both; it
 * persists with the data so tokens survive a restart. Each issuer publishes
 * OIDC discovery and its keys under `/dev/<kind>/`, which the authorizer reads
 * exactly as it reads a real issuer's.
 */
export class LocalIssuer {
  private constructor(
    /** Set once the front listens (its port may be chosen by the system). */
    public baseUrl: string,
    private readonly privateKey: CryptoKey,
    readonly publicJwk: JWK,
  ) {}

  static async create(baseUrl: string, keyFile?: string): Promise<LocalIssuer> {
    if (keyFile && existsSync(keyFile)) {
      const jwk = JSON.parse(readFileSync(keyFile, "utf8")) as JWK;
      const { d: _d, ...publicJwk } = jwk;
      return new LocalIssuer(baseUrl, (await importJWK(jwk, "ES256")) as CryptoKey, { ...publicJwk, kid: "local", alg: "ES256", use: "sig" });
    }
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    if (keyFile) writeFileSync(keyFile, JSON.stringify(await exportJWK(privateKey)), { mode: 0o600 });
    return new LocalIssuer(baseUrl, privateKey, { ...(await exportJWK(publicKey)), kid: "local", alg: "ES256", use: "sig" });
  }

  issuerUrl(kind: LocalIssuerKind): string {
    return `${this.baseUrl}/dev/${kind}`;
  }

  /**
   * Signs any payload as one of the local issuers. `exp: null` leaves the
   * expiry out (tests of the token rules); by default 8 hours from now.
   */
  async sign(kind: LocalIssuerKind, payload: JWTPayload, options: { exp?: number | null } = {}): Promise<string> {
    const jwt = new SignJWT({ ...payload })
      .setProtectedHeader({ alg: "ES256", typ: "JWT", kid: "local" })
      .setIssuer(this.issuerUrl(kind))
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt();
    if (options.exp !== null) jwt.setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + TOKEN_SECONDS);
    return jwt.sign(this.privateKey);
  }

  /** OIDC discovery and JWKS documents of `/dev/<kind>/…`, or undefined for another path. */
  document(path: string): unknown {
    const match = /^\/dev\/(person|staff)\/(\.well-known\/openid-configuration|jwks\.json)$/.exec(path);
    if (!match) return undefined;
    const issuer = this.issuerUrl(match[1] as LocalIssuerKind);
    return match[2] === "jwks.json"
      ? { keys: [this.publicJwk] }
      : { issuer, jwks_uri: `${issuer}/jwks.json`, id_token_signing_alg_values_supported: ["ES256"] };
  }
}

/**
 * The area's identity settings as the local runtime runs them: the area
 * file's person and staff issuers (their claim names and groups) with the
 * local issuers' URLs and audience.
 */
export function localIdentitySettings(area: IdentitySettings, issuer: LocalIssuer): IdentitySettings {
  const person = area.issuers.find((entry): entry is PersonIssuer => entry.kind === "person");
  const staff = area.issuers.find((entry): entry is StaffIssuer => entry.kind === "staff");
  if (!person || !staff) throw new Error("the area's identity settings need a person issuer and a staff issuer for the local runtime");
  return {
    issuers: [
      { ...person, name: "local-person", issuer: issuer.issuerUrl("person"), audience: [LOCAL_AUDIENCE] },
      { ...staff, name: "local-staff", issuer: issuer.issuerUrl("staff"), audience: [LOCAL_AUDIENCE] },
    ],
  };
}

type FieldError = { path: string; code: string; message: string };
export type DevTokenRequest =
  | { ok: true; kind: LocalIssuerKind; claims: JWTPayload }
  | { ok: false; errors: FieldError[] };

const list = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * `GET /dev/token?personalId=…` signs a person's token (who they are to HB is
 * decided by HB's records, not by the token); `?groups=…` a staff token, and
 * `?role=worker|finance|admin` is a shorthand for the area's group of that
 * role. `sub` is optional for both. With `role` or `groups`, `personalId` is
 * the staff directory's identity code claim (when the area's staff issuer has
 * one), so four eyes can be tried across sign-ins.
 */
export function parseDevTokenQuery(query: URLSearchParams, settings: IdentitySettings): DevTokenRequest {
  const person = settings.issuers.find((entry): entry is PersonIssuer => entry.kind === "person")!;
  const staff = settings.issuers.find((entry): entry is StaffIssuer => entry.kind === "staff")!;
  const sub = query.get("sub") || undefined;
  const personalId = query.get("personalId");
  const asStaff = query.get("role") !== null || query.get("groups") !== null;
  // Suomi.fi passes only real codes; a token with a broken one would just be 401 everywhere.
  if (personalId !== null && !isValidPersonalId(personalId)) {
    return { ok: false, errors: [{ path: "/query/personalId", code: "INVALID_PERSONAL_ID", message: "not a valid Finnish personal identity code" }] };
  }
  if (personalId !== null && !asStaff) {
    const subject = sub ?? `person-${createHash("sha256").update(personalId).digest("hex").slice(0, 12)}`;
    return { ok: true, kind: "person", claims: { sub: subject, [person.personalIdClaim]: personalId } };
  }
  let groups = list(query.get("groups"));
  const wanted = list(query.get("role"));
  for (const role of wanted) {
    const group = Object.entries(staff.groups).find(([, granted]) => (granted as string[]).includes(role))?.[0];
    if (!(staffRoles as readonly string[]).includes(role) || !group) {
      return {
        ok: false,
        errors: [
          {
            path: "/query/role",
            code: "invalid_value",
            message: `role must be one or more of ${staffRoles.join(", ")}; clients, representatives and provider staff sign in as persons: /dev/token?personalId=<code>`,
          },
        ],
      };
    }
    groups = [...groups, group];
  }
  if (groups.length === 0) {
    return {
      ok: false,
      errors: [{ path: "/query", code: "invalid_value", message: "give personalId=<personal identity code>, groups=<group ids> or role=worker|finance|admin" }],
    };
  }
  const code = personalId !== null && staff.personalIdClaim ? { [staff.personalIdClaim]: personalId } : {};
  return { ok: true, kind: "staff", claims: { sub: sub ?? `local-${wanted[0] ?? "staff"}`, [staff.groupsClaim]: [...new Set(groups)], ...code } };
}
