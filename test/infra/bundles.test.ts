/**
 * Every function's bundle, built by SST's own esbuild step with the stack's
 * bundling options (stacks/lambda.ts): each handler builds, and its size stays
 * in the budget. The stack test synthesizes with stand-in bundles (stacks/offline.ts),
 * so this is where a handler that does not bundle is found before a deploy.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { initProject } from "sst/project.js";
import { useRuntimeHandlers } from "sst/runtime/handlers.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routes } from "@hb/api/routes";
import { pipes } from "@hb/core/pipes";
import { schedules } from "@hb/core/schedules";
import { loadDeployConfig } from "../../stacks/config";
import { defaultFunctionProps } from "../../stacks/lambda";

/**
 * Minified bytes of one function's bundle (source map apart). Every function still bundles the
 * whole route table and the AWS SDK it uses: issue 17 takes this to 300 KB; until then the
 * budget only keeps bundles from growing back (1.4 MB, plus the ~155 KB of Powertools Tracer and Metrics, decision 100).
 */
const BUNDLE_BUDGET_BYTES = 1_550_000;

/** The module of each function: functions of one module share one bundle. */
const modules = [
  ...new Set(
    [...routes.map((route) => route.handler), ...pipes.map((pipe) => pipe.consumer.handler), ...schedules.map((schedule) => schedule.handler), "functions/authorizer.handler", "functions/area-seed.handler"].map(
      (handler) => handler.slice(0, handler.lastIndexOf(".")),
    ),
  ),
].sort();

type Built = { type: "success"; handler: string } | { type: "error"; errors: string[] };
const out = mkdtempSync(join(tmpdir(), "hb-bundles-"));
const built = new Map<string, { result: Built; bytes: number; text: string }>();

beforeAll(async () => {
  await initProject({ stage: "test" });
  const node = useRuntimeHandlers().for("nodejs22.x") as unknown as { build(input: object): Promise<Built> };
  const props = defaultFunctionProps(loadDeployConfig("test", { HB_IDENTITY_FILE: "test/infra/fixtures/identity.two-issuers.json" }));
  // A few at a time: esbuild itself uses every core.
  for (let start = 0; start < modules.length; start += 4) {
    await Promise.all(
      modules.slice(start, start + 4).map(async (module) => {
        const dir = join(out, module.replaceAll("/", "-"));
        const result = await node.build({ functionID: module, mode: "deploy", out: dir, props: { ...props, handler: `${module}.handler` } });
        const file = join(dir, `${module}.mjs`);
        const ok = result.type === "success";
        built.set(module, { result, bytes: ok ? statSync(file).size : 0, text: ok ? readFileSync(file, "utf8") : "" });
      }),
    );
  }
}, 600_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("function bundles", () => {
  it.each(modules)("%s builds within the size budget", (module) => {
    const bundle = built.get(module)!;
    expect(bundle.result).toMatchObject({ type: "success" });
    expect(bundle.bytes).toBeGreaterThan(1_000);
    expect(bundle.bytes).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
  });

  it("carries zod's messages in HB's languages and no other locale (stacks/bundling.ts)", () => {
    const { text } = built.get("functions/api/events")!;
    // Phrases of zod's fi, sv and de locales as they stand in the bundle.
    expect(text).toContain("Virheellinen");
    expect(text).toContain("Ogiltig");
    expect(text).not.toContain("Ungültige Eingabe");
  });
});
