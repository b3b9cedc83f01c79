import { readFileSync } from "node:fs";
import { join } from "node:path";
import { logger } from "@hb/api/logger";
import { seedArea } from "@hb/core/area/repository";
import { parseAreaFile } from "@hb/core/area/settings";

/**
 * Seeds the area's settings, bundles and catalogue into the table. The stack
 * (stacks/Storage.ts) runs it through an SST Script when the stack is created
 * and when the area file or the table changes; the area file is copied next
 * to the bundle as `area.json` (areas/<stage>.json, or areas/demo.json on
 * non-production stages). Create-if-missing: what the area has changed
 * through the API is kept.
 */
export const handler = async (): Promise<{ area: string; written: number; kept: number }> => {
  const path = join(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), "area.json");
  const file = parseAreaFile(JSON.parse(readFileSync(path, "utf8")));
  const result = await seedArea(file, new Date());
  logger.info("area seeded", { area: file.area.code, ...result });
  return { area: file.area.code, ...result };
};
