import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { LocalRuntime } from "@hb/local/runtime";
import { texts } from "../../packages/web/src/texts";
import { startTestRuntime } from "../setup/runtime";
import { ensureWebBuilt, launchBrowser, webRoot } from "./support";

/** Screenshots of the client's pages for docs/screens (`npm run screens -w @hb/web`); skipped in `npm test`. */

const screens = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "docs", "screens");
let runtime: LocalRuntime;
let browser: Browser;

describe.skipIf(!process.env.HB_SCREENS)("screenshots of the client's pages", () => {
  beforeAll(async () => {
    [runtime, browser] = await Promise.all([ensureWebBuilt().then(() => startTestRuntime({ webRoot, seed: true })), launchBrowser()]);
    mkdirSync(screens, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await runtime?.stop();
  });

  it("writes docs/screens/*.png", async () => {
    const t = texts.fi;
    for (const [width, suffix] of [[1024, ""], [320, "-320"]] as const) {
      const page = await (await browser.newContext({ locale: "fi-FI", viewport: { width, height: 800 } })).newPage();
      await page.goto(`${runtime.url}/`);
      await page.screenshot({ path: join(screens, `sign-in${suffix}.png`), fullPage: true });
      await page.getByRole("button", { name: t.signIn.signInAs("Aino Asiakas") }).click();
      for (const [name, path, title] of [
        ["budget", "Budjetti", t.budget.title],
        ["decisions", "Päätökset", t.decisions.title],
        ["vouchers", "Palvelusetelit", t.vouchers.title],
        ["events", "Palvelutapahtumat", t.events.title],
        ["notifications", "Ilmoitukset", t.notifications.title],
        ["support-plan", "Tukisuunnitelma", t.supportPlan.title],
      ] as const) {
        if (suffix && name !== "budget") continue;
        await page.getByRole("navigation").getByRole("link", { name: path, exact: true }).click();
        await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
        await expect.poll(() => page.getByText(t.loading).count()).toBe(0);
        await page.screenshot({ path: join(screens, `${name}${suffix}.png`), fullPage: true });
      }
    }
  });
});
