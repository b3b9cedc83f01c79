/**
 * The reference web app (packages/web): built with the API's URL and the
 * OIDC settings, served from S3 through CloudFront with the security headers
 * the local front sends too (@hb/api/web-security).
 */
import { Duration } from "aws-cdk-lib";
import { Certificate } from "aws-cdk-lib/aws-certificatemanager";
import { HeadersFrameOption, type HeadersReferrerPolicy, ResponseHeadersPolicy } from "aws-cdk-lib/aws-cloudfront";
import { StaticSite, type StackContext, use } from "sst/constructs";
import { contentSecurityPolicy, hstsMaxAgeSeconds, permissionsPolicy, referrerPolicy } from "@hb/api/web-security";
import { Api } from "./Api";
import { loadDeployConfig } from "./config";

/**
 * What the synth builds. In SST's test mode (NODE_ENV=test: the infra tests)
 * it does not run Vite, which would take a minute and need packages/web's
 * dependencies built: it deploys the one-page stand-in next to this file
 * instead, and everything else about the site is the same.
 */
const build = (testMode: boolean) =>
  testMode
    ? { path: "stacks/web-test-build", buildOutput: "." }
    : { path: "packages/web", buildCommand: "npm run build", buildOutput: "dist" };

export function Web({ stack, app }: StackContext) {
  const config = loadDeployConfig(app.stage);
  const { api } = use(Api);
  const { domain, certificateArn, webAclArn, oidc } = config.web;

  const securityHeaders = new ResponseHeadersPolicy(stack, "WebSecurityHeaders", {
    comment: `HB ${app.stage}: the web app's security headers (docs/security.md)`,
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy([api.url, new URL(oidc.issuer).origin]), override: true },
      strictTransportSecurity: { accessControlMaxAge: Duration.seconds(hstsMaxAgeSeconds), includeSubdomains: true, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: referrerPolicy as HeadersReferrerPolicy, override: true },
    },
    customHeadersBehavior: { customHeaders: [{ header: "Permissions-Policy", value: permissionsPolicy, override: true }] },
  });

  const site = new StaticSite(stack, "WebApp", {
    ...build(app.isRunningSSTTest()),
    // The app's own routes (/callback, /budgets/…) are index.html.
    errorPage: "redirect_to_index_page",
    environment: {
      VITE_HB_API_URL: api.url,
      VITE_HB_OIDC_ISSUER: oidc.issuer,
      VITE_HB_OIDC_CLIENT_ID: oidc.clientId,
      VITE_HB_OIDC_AUDIENCE: oidc.audience,
      VITE_HB_OIDC_SCOPE: oidc.scope,
    },
    ...(domain && certificateArn
      ? { customDomain: { domainName: domain, isExternalDomain: true, cdk: { certificate: Certificate.fromCertificateArn(stack, "WebCertificate", certificateArn) } } }
      : {}),
    cdk: { distribution: { defaultBehavior: { responseHeadersPolicy: securityHeaders }, ...(webAclArn ? { webAclId: webAclArn } : {}) } },
  });

  stack.addOutputs({ WebUrl: site.customDomainUrl ?? site.url ?? "" });
  return { site };
}
