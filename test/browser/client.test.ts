import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { LocalRuntime } from "@hb/local/runtime";
import { texts, type Language } from "../../packages/web/src/texts";
import { startTestRuntime } from "../setup/runtime";
import { accessibilityViolations, ensureWebBuilt, horizontalOverflow, launchBrowser, webRoot } from "./support";

/**
 * The client's pages in a real browser on the demo of `npm start`: the journey in each language with axe on
 * every page, the same journey by keyboard alone, at 320 px, and a representative's view.
 */

let runtime: LocalRuntime;
let browser: Browser;
let people: { key: string; name: string }[];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [runtime, browser] = await Promise.all([ensureWebBuilt().then(() => startTestRuntime({ webRoot, seed: true })), launchBrowser()]);
  people = ((await (await fetch(`${runtime.url}/dev/people`)).json()) as { people: { key: string; name: string }[] }).people;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

const nameOf = (key: string) => people.find((person) => person.key === key)!.name;

async function newPage(options: { locale?: string; width?: number } = {}): Promise<Page> {
  // axe goes in as an inline script, which the site's CSP refuses: the test context bypasses it.
  const context = await browser.newContext({ bypassCSP: true, locale: options.locale ?? "fi-FI", viewport: { width: options.width ?? 1024, height: 800 } });
  contexts.push(context);
  return context.newPage();
}

async function expectAccessible(page: Page) {
  const violations = await accessibilityViolations(page);
  expect(violations, `axe WCAG 2.1 A/AA on ${page.url()}:\n${violations.join("\n")}`).toEqual([]);
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const status = (page: Page) => page.getByRole("status");

async function signIn(page: Page, key: string, language: Language, options: { checkPage?: boolean } = {}) {
  await page.goto(`${runtime.url}/`);
  await expect.poll(() => heading(page).textContent()).toBe(texts[language].signIn.title);
  if (options.checkPage) await expectAccessible(page);
  await page.getByRole("button", { name: texts[language].signIn.signInAs(nameOf(key)) }).click();
}

async function openPage(page: Page, language: Language, name: keyof (typeof texts)["fi"]["nav"], title: string) {
  await page.getByRole("navigation").getByRole("link", { name: texts[language].nav[name], exact: true }).click();
  await expect.poll(() => heading(page).textContent()).toBe(title);
  // Wait for the page's data (its "loading" text goes) before judging it.
  await expect.poll(() => page.getByText(texts[language].loading).count()).toBe(0);
}

describe.each(["fi", "sv", "en"] as const)("the client's journey in %s", (language) => {
  const t = texts[language];
  let page: Page;

  beforeAll(async () => {
    page = await newPage({ locale: { fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[language] });
  });

  it("signs in; the app speaks the client's own language (Finnish) until another is chosen in the header", async () => {
    await signIn(page, "client", language, { checkPage: true });
    await expect.poll(() => heading(page).textContent()).toBe(texts.fi.budget.title);
    expect(await page.getAttribute("html", "lang")).toBe("fi");
    await page.getByRole("button", { name: t.languageName }).click();
    await expect.poll(() => heading(page).textContent()).toBe(t.budget.title);
    expect(await page.getAttribute("html", "lang")).toBe(language);
  });

  it("reads the budget: what is left of each service, until when, and the pace", async () => {
    await expect.poll(() => page.locator("main .card").count()).toBeGreaterThanOrEqual(2);
    const main = await page.innerText("main");
    expect(main).toMatch(/\d/);
    expect(main).toContain("€");
    expect(main).toContain(t.budget.pace["on-track"]);
    await expectAccessible(page);
  });

  it("reads the decisions with the decision document", async () => {
    await openPage(page, language, "decisions", t.decisions.title);
    await page.locator("details summary").first().click();
    await expect.poll(() => page.locator(".document h3").count()).toBeGreaterThan(1);
    await expectAccessible(page);
  });

  it("chooses a provider for the voucher, comparing the own share", async () => {
    await openPage(page, language, "vouchers", t.vouchers.title);
    const choose = page.getByRole("button", { name: new RegExp(`^${t.vouchers.choose("")}`) }).first();
    const label = (await choose.textContent())!;
    const provider = label.slice(t.vouchers.choose("").length);
    expect(await page.innerText("main")).toContain(t.vouchers.noOwnShare);
    await expectAccessible(page);
    await choose.click();
    await expect.poll(() => status(page).textContent()).toBe(t.vouchers.chosen(provider));
    await expect.poll(() => page.getByText(t.vouchers.status["awaiting-acceptance"]).count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  it("reads the service events with their status and payment date", async () => {
    await openPage(page, language, "events", t.events.title);
    await expect.poll(() => page.locator(".event").count()).toBeGreaterThan(0);
    expect(await page.innerText("main")).toContain(t.events.status.recorded);
    await expectAccessible(page);
  });

  // The seed leaves a few unread notifications (how many depends on today's drift): the Finnish journey and the
  // keyboard run mark one each; the other languages read the inbox, the one marked read included.
  it(language === "fi" ? "reads a notification and marks it read" : "reads the notifications, one marked read", async () => {
    await openPage(page, language, "notifications", t.notifications.title);
    await expectAccessible(page);
    if (language === "fi") {
      const unread = await page.locator(".unread").count();
      expect(unread).toBeGreaterThan(0);
      await page.getByRole("button", { name: t.notifications.markRead }).first().click();
      await expect.poll(() => status(page).textContent()).toBe(t.notifications.markedRead);
      await expect.poll(() => page.locator(".unread").count()).toBe(unread - 1);
    }
    await expect.poll(() => page.getByText(new RegExp(`^${t.notifications.readOn("")}`)).count()).toBeGreaterThan(0);
  });

  it("writes the support plan and reads it back", async () => {
    await openPage(page, language, "supportPlan", t.supportPlan.title);
    await expectAccessible(page);
    const wishes = `${language}: ${t.supportPlan.wishesHint}`;
    await page.getByLabel(t.supportPlan.wishes).fill(wishes);
    await page.getByLabel(t.supportPlan.goals).fill("1\n2");
    await page.getByRole("button", { name: t.supportPlan.save }).click();
    await expect.poll(() => status(page).textContent()).toBe(t.supportPlan.saved);
    await expect.poll(() => page.locator(".wishes").textContent()).toBe(wishes);
    await expectAccessible(page);
  });
});

/** Presses Tab (Shift+Tab going back) until the focused element's label, text or id is `name`, as a keyboard user moves through the page. */
async function tabTo(page: Page, name: string | RegExp, options: { back?: boolean } = {}) {
  for (let step = 0; step < 80; step++) {
    await page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
    const focused = (await page.evaluate(
      "[document.activeElement?.getAttribute('aria-label'), document.activeElement?.textContent?.trim(), document.activeElement?.id]",
    )) as (string | null | undefined)[];
    if (focused.some((value) => value && (typeof name === "string" ? value === name : name.test(value)))) return;
  }
  throw new Error(`${String(name)} is not reachable with ${options.back ? "Shift+Tab" : "Tab"}`);
}

/** The focused element shows where it is: an outline of at least 2 px. */
const focusOutline = (page: Page) => page.evaluate("parseFloat(getComputedStyle(document.activeElement).outlineWidth)") as Promise<number>;

describe("the journey by keyboard alone (Tab, Enter, Space)", () => {
  const t = texts.en;
  let page: Page;

  beforeAll(async () => {
    page = await newPage({ locale: "en-GB" });
  });

  it("signs in, skips to the content and moves between the pages", async () => {
    await page.goto(`${runtime.url}/`);
    await expect.poll(() => heading(page).textContent()).toBe(t.signIn.title);
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe(t.skipLink);
    expect(await focusOutline(page)).toBeGreaterThanOrEqual(2);
    await tabTo(page, t.signIn.signInAs(nameOf("client")));
    await page.keyboard.press("Enter");
    await expect.poll(() => heading(page).textContent()).toBe(texts.fi.budget.title);
    await tabTo(page, t.languageName);
    await page.keyboard.press("Space");
    await expect.poll(() => heading(page).textContent()).toBe(t.budget.title);
  });

  it("chooses a provider", async () => {
    await tabTo(page, t.nav.vouchers);
    await page.keyboard.press("Enter");
    await expect.poll(() => heading(page).textContent()).toBe(t.vouchers.title);
    expect(await page.evaluate("document.activeElement.id")).toBe("page-heading");
    await expect.poll(() => page.getByText(t.loading).count()).toBe(0);
    await tabTo(page, new RegExp(`^${t.vouchers.choose("")}`));
    expect(await focusOutline(page)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press("Enter");
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^${t.vouchers.chosen("").slice(0, 10)}`));
  });

  it("marks a notification read", async () => {
    await tabTo(page, t.nav.notifications, { back: true });
    await page.keyboard.press("Enter");
    await expect.poll(() => heading(page).textContent()).toBe(t.notifications.title);
    await expect.poll(() => page.getByText(t.loading).count()).toBe(0);
    await tabTo(page, t.notifications.markRead);
    await page.keyboard.press("Space");
    await expect.poll(() => status(page).textContent()).toBe(t.notifications.markedRead);
  });

  it("writes the support plan", async () => {
    await tabTo(page, t.nav.supportPlan, { back: true });
    await page.keyboard.press("Enter");
    await expect.poll(() => heading(page).textContent()).toBe(t.supportPlan.title);
    await expect.poll(() => page.getByText(t.loading).count()).toBe(0);
    await tabTo(page, "wishes");
    await page.keyboard.type("Keyboard only");
    await tabTo(page, t.supportPlan.save);
    await page.keyboard.press("Enter");
    await expect.poll(() => status(page).textContent()).toBe(t.supportPlan.saved);
  });
});

describe("at 320 px wide (what 640 px shows at 200 % zoom, and 1280 px at 400 %)", () => {
  it("every client page fits without horizontal scrolling", async () => {
    const width = 320;
    const page = await newPage({ width });
    await signIn(page, "client", "fi");
    const t = texts.fi;
    await expect.poll(() => heading(page).textContent()).toBe(t.budget.title);
    for (const [name, title] of [
      ["budget", t.budget.title],
      ["decisions", t.decisions.title],
      ["vouchers", t.vouchers.title],
      ["events", t.events.title],
      ["notifications", t.notifications.title],
      ["supportPlan", t.supportPlan.title],
    ] as const) {
      await openPage(page, "fi", name, title);
      expect(await horizontalOverflow(page), `${name} at ${width} px`).toBeLessThanOrEqual(0);
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(width);
    }
  });
});

describe("a representative", () => {
  it("sees the budget of the client who authorised them", async () => {
    const page = await newPage();
    await signIn(page, "representative", "fi");
    await expect.poll(() => heading(page).textContent()).toBe(texts.fi.budget.title);
    await expect.poll(() => page.locator("main .card").count()).toBeGreaterThanOrEqual(2);
    expect(await page.innerText("main")).toContain(texts.fi.budget.pace["on-track"]);
    await expectAccessible(page);
  });

  it("staff get the page saying their desk comes later", async () => {
    const page = await newPage({ locale: "en-GB" });
    await signIn(page, "worker", "en");
    await expect.poll(() => heading(page).textContent()).toBe(texts.en.staff.title);
    await expectAccessible(page);
  });
});
