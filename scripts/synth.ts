/**
 * Writes the CloudFormation templates of every stack of a stage to
 * `.sst-synth/<stage>/`, offline: no AWS account, credentials or network.
 * It runs sst.config.ts as `npm run deploy` does, so the deploy settings are
 * checked the same way and a wrong or missing one fails with the same
 * message, listing every problem (docs/operations.md#first-deploy-of-an-area, step 5).
 *
 *   npm run synth -- --stage <area> [--out <dir>] [--bundle]
 *
 * `--bundle` also bundles each function with esbuild (minutes); without it the
 * code assets are stand-ins and everything else is as deployed (stacks/offline.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

process.env.NODE_ENV = "test";
// SST still loads the v2 SDK, which prints its end-of-support notice on every run.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1";
const { values } = parseArgs({ options: { stage: { type: "string" }, out: { type: "string" }, bundle: { type: "boolean" } } });
if (!values.stage) {
  console.error("Usage: npm run synth -- --stage <area> [--out <dir>] [--bundle]");
  process.exit(2);
}
const stage = values.stage;
const out = values.out ?? join(".sst-synth", stage);

const started = Date.now();
try {
  // Loaded after NODE_ENV is set: SST decides while it loads whether it may use AWS.
  const { synthesizeOffline } = await import("../stacks/offline");
  const assembly = (await synthesizeOffline(stage, { bundle: values.bundle })).synth();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const stack of assembly.stacks) writeFileSync(join(out, `${stack.stackName}.template.json`), `${JSON.stringify(stack.template, null, 1)}\n`);
  console.log(`${assembly.stacks.length} templates of stage ${stage} in ${out}/ (${Math.round((Date.now() - started) / 1000)} s):`);
  for (const stack of assembly.stacks) console.log(`  ${stack.stackName}.template.json  ${Object.keys(stack.template.Resources ?? {}).length} resources`);
} catch (error) {
  // The settings check's message lists every problem; a stack trace would bury it.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
