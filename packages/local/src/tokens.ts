import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, jwtVerify, SignJWT } from "jose";
import { roles } from "@hb/core/actor";

export const LOCAL_AUDIENCE = "hb-local";

/**
 * The local identity provider: an ES256 key that signs the tokens of
 * GET /dev/token and verifies them at the local front, standing in for the
 * API Gateway JWT authorizer. The key persists with the data so tokens
 * survive a restart.
 */
export class LocalIssuer {
  private constructor(
    readonly issuer: string,
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
  ) {}

  static async create(issuer: string, keyFile?: string): Promise<LocalIssuer> {
    if (keyFile && existsSync(keyFile)) {
      const jwk = JSON.parse(readFileSync(keyFile, "utf8")) as JWK;
      const { d: _d, ...publicJwk } = jwk;
      return new LocalIssuer(
        issuer,
        (await importJWK(jwk, "ES256")) as CryptoKey,
        (await importJWK(publicJwk, "ES256")) as CryptoKey,
      );
    }
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    if (keyFile) writeFileSync(keyFile, JSON.stringify(await exportJWK(privateKey)), { mode: 0o600 });
    return new LocalIssuer(issuer, privateKey, publicKey);
  }

  /** Claims as SPEC §4 names them: sub, roles, providerId, clientIds. */
  async sign(claims: { sub: string; roles: string[]; providerId?: string; clientIds?: string[] }, ttlSeconds = 8 * 3600) {
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: "ES256", typ: "JWT" })
      .setIssuer(this.issuer)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.privateKey);
  }

  /** Returns the payload of a valid token, undefined for anything else. */
  async verify(token: string): Promise<JWTPayload | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, { issuer: this.issuer, audience: LOCAL_AUDIENCE });
      return payload;
    } catch {
      return undefined;
    }
  }
}

/**
 * API Gateway passes JWT claims to Lambda as strings, arrays flattened to
 * "[a b]"; the local front does the same so handlers meet the AWS shape.
 */
export function apiGatewayClaims(payload: JWTPayload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      Array.isArray(value) ? `[${value.join(" ")}]` : typeof value === "string" ? value : JSON.stringify(value),
    ]),
  );
}

export type DevTokenRequest =
  | { ok: true; claims: { sub: string; roles: string[]; providerId?: string; clientIds?: string[] } }
  | { ok: false; errors: { path: string; code: string; message: string }[] };

export function parseDevTokenQuery(query: URLSearchParams): DevTokenRequest {
  const list = (name: string) =>
    (query.get(name) ?? "")
      .split(",")
      .map((value) => value.trim())
      .filter(Boolean);
  const wanted = list("role");
  const unknown = wanted.filter((role) => !(roles as readonly string[]).includes(role));
  if (wanted.length === 0 || unknown.length > 0) {
    return {
      ok: false,
      errors: [{ path: "/query/role", code: "invalid_value", message: `role must be one or more of ${roles.join(", ")}` }],
    };
  }
  const providerId = query.get("providerId") ?? undefined;
  const clientIds = list("clientIds");
  return {
    ok: true,
    claims: {
      sub: query.get("sub") || `local-${wanted[0]}`,
      roles: wanted,
      ...(providerId ? { providerId } : {}),
      ...(clientIds.length > 0 ? { clientIds } : {}),
    },
  };
}
