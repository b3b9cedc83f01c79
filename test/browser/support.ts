import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium, type Browser, type Page } from "playwright-core";

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const webPackage = join(repositoryRoot, "packages", "web");
export const webRoot = join(webPackage, "dist");

const require = createRequire(import.meta.url);

function newestSource(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

/**
 * Builds the web app when dist is older than its sources. Browser test files run in parallel, so one builds
 * while the others wait on the lock directory.
 */
export async function ensureWebBuilt(): Promise<void> {
  const lock = join(webPackage, ".build-lock");
  const stale = () => {
    const index = join(webRoot, "index.html");
    if (!existsSync(index)) return true;
    const sources = ["src", "public", "index.html", "vite.config.ts"].map((name) => join(webPackage, name)).filter(existsSync);
    return Math.max(...sources.map(newestSource)) > statSync(index).mtimeMs;
  };
  for (;;) {
    if (!stale()) return;
    try {
      mkdirSync(lock);
    } catch {
      await sleep(500);
      continue;
    }
    try {
      if (stale()) execFileSync("npm", ["run", "build", "-w", "@hb/web"], { cwd: repositoryRoot, stdio: "pipe" });
    } finally {
      rmdirSync(lock);
    }
  }
}

/** Debian's Chromium: Playwright's own browser download does not work on the build machines. */
export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: process.env.HB_CHROMIUM ?? "/usr/bin/chromium" });

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

/**
 * WCAG 2.1 A and AA violations axe finds on the page, one readable line each. The page's context must bypass
 * the CSP: axe is added as an inline script, which the site's policy rightly refuses.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate("typeof axe !== 'undefined'"))) await page.addScriptTag({ path: require.resolve("axe-core") });
  const result = (await page.evaluate(
    `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })`,
  )) as AxeResult;
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(" ")}${node.failureSummary ? ` — ${node.failureSummary}` : ""}`),
  );
}

/** The page scrolls sideways: wider than the viewport. */
export const horizontalOverflow = (page: Page) =>
  page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") as Promise<number>;
