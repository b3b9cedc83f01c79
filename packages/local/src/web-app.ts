import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { webSecurityHeaders } from "@hb/api/web-security";

/**
 * The built web app (packages/web/dist) as CloudFront serves it in AWS: its
 * files, `index.html` for the app's own routes (a path without a file
 * extension), hashed `/assets/*` cached for good, `index.html` never, and
 * the site's security headers on every answer.
 */

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
};

export interface WebAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

/** Locally the API is the page's own origin, and the front speaks plain http: no HSTS. */
const securityHeaders = webSecurityHeaders({ https: false });

const answer = (status: number, headers: Record<string, string>, body: Buffer | string): WebAnswer => {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  return { status, headers: { ...securityHeaders, ...headers, "content-length": String(bytes.length) }, body: bytes };
};

const notBuilt = (webRoot: string) =>
  answer(
    503,
    { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>HB: the web app is not built</title>` +
      `<h1>The web app is not built yet</h1><p>There is no <code>${webRoot}/index.html</code>. ` +
      `Build it with <code>npm run build -w packages/web</code> and reload this page. The API runs: <a href="/v1/health">/v1/health</a>.</p></html>`,
  );

const notFound = () => answer(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-cache" }, "Not found\n");

/** The file under `webRoot` that `pathname` names, or undefined when it would be outside it. */
function fileFor(webRoot: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  const file = resolve(webRoot, `.${decoded}`);
  return file === webRoot || file.startsWith(`${webRoot}${sep}`) ? file : undefined;
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/** Answers a GET or HEAD of a path that is not the API's or a /dev route; the body is left out for HEAD by the caller. */
export async function serveWebApp(webRoot: string, pathname: string): Promise<WebAnswer> {
  const root = resolve(webRoot);
  const index = join(root, "index.html");
  if (!isFile(index)) return notBuilt(webRoot);
  const file = fileFor(root, pathname);
  if (file === undefined) return notFound();
  if (isFile(file)) {
    const immutable = pathname.startsWith("/assets/");
    return answer(
      200,
      {
        "content-type": contentTypes[extname(file).toLowerCase()] ?? "application/octet-stream",
        // Vite names assets by their content hash: a new build is a new name, so they never go stale.
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      },
      await readFile(file),
    );
  }
  // The app's own routes (/budgets, /callback, …) are index.html; a missing file with an extension is a real 404.
  if (extname(pathname) !== "") return notFound();
  return answer(200, { "content-type": contentTypes[".html"]!, "cache-control": "no-cache" }, await readFile(index));
}
