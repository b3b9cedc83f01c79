/**
 * The security headers of the web app's pages, defined once: the deployed
 * site's CloudFront response headers policy (stacks/Web.ts) and the local
 * front that serves the built app (packages/local) both send these.
 */

/** HSTS: two years, the value browsers' preload lists ask for. Sent only over https (the deployed site). */
export const hstsMaxAgeSeconds = 63_072_000;

export const referrerPolicy = "no-referrer";

/** The app uses none of these; a script that got in could not either. */
export const permissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

/**
 * The Content-Security-Policy. Scripts only from the site's own files, never
 * inline: a token in memory is safe only while no injected script can run.
 * Styles may be inline because the design-system library injects its styles
 * at run time. `connectSources` are the origins the app calls besides its
 * own: the API and the OIDC issuer when deployed (locally the API is the
 * same origin).
 */
export function contentSecurityPolicy(connectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `connect-src ${["'self'", ...connectSources].join(" ")}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** Every header as the browser sees it; `https` adds HSTS, which a browser ignores over plain http anyway. */
export function webSecurityHeaders(options: { connectSources?: readonly string[]; https: boolean }): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(options.connectSources),
    ...(options.https ? { "strict-transport-security": `max-age=${hstsMaxAgeSeconds}; includeSubDomains` } : {}),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": referrerPolicy,
    "permissions-policy": permissionsPolicy,
  };
}
