import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@hb/api/web-security";
import type { LocalRuntime } from "@hb/local/runtime";
import { serveWebApp } from "@hb/local/web-app";
import { startTestRuntime } from "../setup/runtime";

/** The local front serves a built web app next to the API, as the deployed site does (a stand-in build, not packages/web's). */

let runtime: LocalRuntime;
let outside: string;
let webRoot: string;

beforeAll(async () => {
  outside = mkdtempSync(join(tmpdir(), "hb-web-"));
  webRoot = join(outside, "dist");
  mkdirSync(join(webRoot, "assets"), { recursive: true });
  writeFileSync(join(webRoot, "index.html"), '<!doctype html><title>HB</title><script type="module" src="/assets/index-abc123.js"></script>');
  writeFileSync(join(webRoot, "assets", "index-abc123.js"), "console.log('hb')");
  writeFileSync(join(webRoot, "assets", "index-abc123.css"), "body{}");
  writeFileSync(join(webRoot, "favicon.svg"), "<svg/>");
  writeFileSync(join(outside, "secret.txt"), "not for the web");
  runtime = await startTestRuntime({ pipes: [], webRoot });
});
afterAll(async () => {
  await runtime?.stop();
  rmSync(outside, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: fetch would normalise `/../` away before sending it. */
function send(method: string, path: string): Promise<Answer> {
  const url = new URL(runtime.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the built app", () => {
  it("serves index.html at / with no-cache and the site's security headers", async () => {
    const page = await send("GET", "/");
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.body).toContain("<title>HB</title>");
    expect(page.headers["content-security-policy"]).toBe(contentSecurityPolicy());
    expect(page.headers["content-security-policy"]).toMatch(/script-src 'self';/);
    expect(page.headers["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["referrer-policy"]).toBe("no-referrer");
    expect(page.headers["permissions-policy"]).toContain("camera=()");
    // Plain http locally: HSTS belongs to the deployed https site.
    expect(page.headers["strict-transport-security"]).toBeUndefined();
  });

  it("serves hashed assets with their content types, cached for good", async () => {
    const script = await send("GET", "/assets/index-abc123.js");
    expect(script.status).toBe(200);
    expect(script.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(script.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(script.body).toBe("console.log('hb')");
    expect((await send("GET", "/assets/index-abc123.css")).headers["content-type"]).toBe("text/css; charset=utf-8");
    const icon = await send("GET", "/favicon.svg");
    expect(icon.headers["content-type"]).toBe("image/svg+xml");
    expect(icon.headers["cache-control"]).toBe("no-cache");
  });

  it("answers the app's own routes with index.html and a missing file with 404", async () => {
    for (const path of ["/callback", "/budgets/some-id", "/fi/omat-tiedot?x=1"]) {
      const page = await send("GET", path);
      expect(page.status, path).toBe(200);
      expect(page.body, path).toContain("<title>HB</title>");
    }
    const missing = await send("GET", "/assets/gone-123.js");
    expect(missing.status).toBe(404);
    expect(missing.headers["content-security-policy"]).toBe(contentSecurityPolicy());
  });

  it("answers HEAD with the headers and no body", async () => {
    const head = await send("HEAD", "/assets/index-abc123.js");
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe(String("console.log('hb')".length));
    expect(head.body).toBe("");
  });

  it("never serves a file outside the web root", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/..%5csecret.txt", "/%2e%2e%2f%2e%2e%2fpackage.json", "/a%00.js", "/%E0%A4%A"]) {
      const answer = await send("GET", path);
      expect(answer.body, path).not.toContain("not for the web");
      expect(answer.body, path).not.toContain('"name"');
      expect([200, 404], path).toContain(answer.status);
    }
  });

  it("leaves /v1 and /dev to the API", async () => {
    const health = await send("GET", "/v1/health");
    expect(health.status).toBe(200);
    expect(health.headers["content-type"]).toMatch(/json/);
    const unknown = await send("GET", "/v1/no-such-thing");
    expect(unknown.status).toBe(404);
    expect(unknown.headers["content-type"]).toBe("application/problem+json");
    expect(JSON.parse((await send("GET", "/dev/people")).body)).toEqual({ people: [] });
    // Only GET and HEAD reach the files.
    expect((await send("POST", "/")).headers["content-type"]).toBe("application/problem+json");
  });
});

describe("before the app is built", () => {
  it("answers every page with a plain-language 503 telling how to build it", async () => {
    const page = await serveWebApp(join(outside, "no-build"), "/");
    expect(page.status).toBe(503);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.body.toString()).toContain("npm run build -w packages/web");
  });
});
