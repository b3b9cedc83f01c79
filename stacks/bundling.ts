/**
 * How every function is bundled (esbuild through SST, stacks/lambda.ts).
 *
 * Zod's classic API re-exports all of its ~60 locales as `z.locales`, and a
 * namespace re-export keeps every one in the bundle: about 260 KB of each
 * function, a fifth of it, loaded on every cold start. HB localizes schema
 * errors with the three locales of its languages, imported by file
 * (packages/api/src/validation.ts), and never reads `z.locales`; so the
 * bundle's `z.locales` holds those three only.
 */
import { dirname } from "node:path";
import { createRequire } from "node:module";
import type { FunctionProps } from "sst/constructs";

/** An esbuild plugin as SST's own esbuild takes it (its version, not the one the tests bring). */
type Plugin = NonNullable<NonNullable<NonNullable<FunctionProps["nodejs"]>["esbuild"]>["plugins"]>[number];

/** The languages HB answers in (packages/core/src/language.ts). */
const bundledZodLocales = ["en", "fi", "sv"] as const;

const zodLocalesDir = dirname(createRequire(import.meta.url).resolve("zod/v4/locales/en.js"));

export const zodLocalesHbUses: Plugin = {
  name: "hb-zod-locales",
  setup(build) {
    build.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      args.importer.startsWith(dirname(zodLocalesDir)) ? { path: "zod-locales", namespace: "hb-zod-locales" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "hb-zod-locales" }, () => ({
      contents: bundledZodLocales.map((code) => `export { default as ${code} } from "./${code}.js";`).join("\n"),
      resolveDir: zodLocalesDir,
      loader: "js",
    }));
  },
};
