import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { generateSchema, schemaPath } from "./schema";

it("the web app's committed API types are what the current OpenAPI document generates", async () => {
  const committed = await readFile(schemaPath, "utf8");
  const current = await generateSchema();
  expect(committed === current, "packages/web/src/api/schema.d.ts is out of date with the API: run `npm run generate -w @hb/web` and commit it").toBe(true);
});
