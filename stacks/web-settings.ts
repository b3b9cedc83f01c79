/** The web app's deploy settings: its host name, certificate, web ACL and the OIDC client it signs people in with. */
import type { IdentitySettings } from "@hb/core/identity/settings";

export interface WebSettings {
  /**
   * `HB_WEB_DOMAIN`: the site's host name, served with `HB_WEB_CERTIFICATE_ARN` (ACM, us-east-1).
   * Its https origin joins `corsOrigins`. Required on production-like stages: the OIDC client's
   * redirect URI and the API's CORS need a URL known before the deploy.
   */
  readonly domain?: string;
  readonly certificateArn?: string;
  /** `HB_WEB_ACL_ARN`: an AWS WAF web ACL (scope CLOUDFRONT, us-east-1) in front of the site; none by default. */
  readonly webAclArn?: string;
  /** Where the app signs people in: one of the trusted issuers, with an OIDC client registered for the site. */
  readonly oidc: {
    /** `HB_WEB_OIDC_ISSUER`; by default the first trusted issuer (non-production stages only). */
    readonly issuer: string;
    /** `HB_WEB_OIDC_CLIENT_ID`: a public client (PKCE, no secret); `hb-web` by default on non-production stages. */
    readonly clientId: string;
    /** `HB_WEB_OIDC_AUDIENCE`: an audience the issuer's entry lists; by default its first. */
    readonly audience: string;
    /** `HB_WEB_OIDC_SCOPE`: space-separated, with `openid`; `openid` by default. */
    readonly scope: string;
  };
}

const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
// CloudFront takes certificates from us-east-1 only.
const CLOUDFRONT_CERTIFICATE = /^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/;

/** The web app's settings (`HB_WEB_*`); every problem is added to `problems`. */
export function parseWeb(
  stage: string,
  productionLike: boolean,
  env: Readonly<Record<string, string | undefined>>,
  identity: IdentitySettings | undefined,
  problems: string[],
): WebSettings {
  const domain = env.HB_WEB_DOMAIN?.trim() || undefined;
  const certificateArn = env.HB_WEB_CERTIFICATE_ARN?.trim() || undefined;
  if (domain && !HOST_NAME.test(domain)) problems.push(`HB_WEB_DOMAIN "${domain}" is not a host name (e.g. hb.example-area.fi; no scheme or path)`);
  if (!domain && productionLike) {
    problems.push(`HB_WEB_DOMAIN must name the web app's host on production-like stage "${stage}": the OIDC redirect URI and the API's CORS origin are built from it`);
  }
  if (domain && !certificateArn) problems.push("HB_WEB_CERTIFICATE_ARN must name the ACM certificate (us-east-1) of HB_WEB_DOMAIN");
  if (certificateArn && !CLOUDFRONT_CERTIFICATE.test(certificateArn)) {
    problems.push(`HB_WEB_CERTIFICATE_ARN "${certificateArn}" is not an ACM certificate ARN in us-east-1 (CloudFront uses only those)`);
  }
  if (certificateArn && !domain) problems.push("HB_WEB_CERTIFICATE_ARN is set without HB_WEB_DOMAIN");
  const webAclArn = env.HB_WEB_ACL_ARN?.trim() || undefined;
  // CloudFront takes only global web ACLs, which live in us-east-1.
  if (webAclArn && !/^arn:aws:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[\w-]+$/.test(webAclArn)) {
    problems.push(`HB_WEB_ACL_ARN "${webAclArn}" is not a WAF web ACL of scope CLOUDFRONT (arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>)`);
  }

  const required = (name: string, fallback: string | undefined) => {
    const value = env[name]?.trim() || undefined;
    if (value) return value;
    if (productionLike) problems.push(`${name} must be set on production-like stage "${stage}" (docs/operations.md#the-web-app)`);
    return fallback ?? "";
  };
  const issuer = required("HB_WEB_OIDC_ISSUER", identity?.issuers[0]?.issuer);
  const clientId = required("HB_WEB_OIDC_CLIENT_ID", "hb-web");
  const trusted = identity?.issuers.find((entry) => entry.issuer === issuer);
  // A token from an issuer or for an audience the API does not trust would be refused on every call.
  if (identity && issuer && !trusted) problems.push(`HB_WEB_OIDC_ISSUER "${issuer}" is not one of the trusted issuers of the identity settings`);
  const audience = env.HB_WEB_OIDC_AUDIENCE?.trim() || trusted?.audience[0] || "";
  if (trusted && !trusted.audience.includes(audience)) {
    problems.push(`HB_WEB_OIDC_AUDIENCE "${audience}" is not an audience of the trusted issuer ${trusted.name} (${trusted.audience.join(", ")})`);
  }
  const scope = env.HB_WEB_OIDC_SCOPE?.trim() || "openid";
  if (!/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/.test(scope) || !scope.split(" ").includes("openid")) {
    problems.push(`HB_WEB_OIDC_SCOPE "${scope}" must be space-separated scopes including openid`);
  }
  return { domain, certificateArn, ...(webAclArn ? { webAclArn } : {}), oidc: { issuer, clientId, audience, scope } };
}
