/**
 * Synthesizes every stack of a stage through sst.config.ts, as `sst deploy`
 * does, with no AWS account, credentials or network: `npm run synth` and the
 * infrastructure test use it. SST works offline only in its test mode
 * (NODE_ENV=test, set before SST loads), which leaves out its own bootstrap
 * resources (the source-map uploader) and, in stacks/Web.ts, the Vite build.
 *
 * Bundling each function with esbuild is most of a synth's time (about 90
 * functions), and no template depends on a bundle's content, only on its
 * file being there: unless `bundle` is set, each function's bundle is a
 * one-line stand-in, written where SST writes the bundle (after the same
 * check that the handler's file exists), so the templates are the same but
 * for the code assets' hashes.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, parse } from "node:path";
import { App } from "sst/constructs";
import { initProject } from "sst/project.js";
import { useRuntimeHandlers } from "sst/runtime/handlers.js";
import sstConfig from "../sst.config";

type NodeBuild = (input: { readonly out: string; readonly props: { readonly handler: string } }) => Promise<unknown>;

function standInBundles(): void {
  const node = useRuntimeHandlers().for("nodejs22.x") as unknown as { build: NodeBuild };
  node.build = async ({ out, props }) => {
    const { dir, name } = parse(props.handler);
    if (![".ts", ".mts", ".js", ".mjs"].some((extension) => existsSync(join(dir, name + extension)))) {
      return { type: "error", errors: [`Could not find file for handler "${props.handler}"`] };
    }
    const file = join(out, dir, `${name}.mjs`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `// Stand-in for ${props.handler}: synthesized without bundling (stacks/offline.ts).\n`);
    // SST's handler path for a handler under the project root is the handler itself.
    return { type: "success", handler: props.handler };
  };
}

export async function synthesizeOffline(stage: string, options: { readonly region?: string; readonly bundle?: boolean } = {}): Promise<App> {
  if (process.env.NODE_ENV !== "test") throw new Error("set NODE_ENV=test before SST loads: it synthesizes offline only in its test mode");
  await initProject({ stage }); // without a stage SST prompts for a personal stage
  if (!options.bundle) standInBundles();
  const app = new App({ mode: "deploy", stage, name: "hb", region: options.region ?? process.env.AWS_REGION ?? "eu-north-1" });
  await sstConfig.stacks(app);
  await app.finish();
  return app;
}
