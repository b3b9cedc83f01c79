import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocument } from "@hb/api/openapi";
import { routes } from "@hb/api/routes";

export const schemaPath = new URL("../src/api/schema.d.ts", import.meta.url);

/** The web app's API types, from the OpenAPI document the API builds (no server needed). */
export async function generateSchema(): Promise<string> {
  const ast = await openapiTS(openApiDocument(routes) as Parameters<typeof openapiTS>[0]);
  return `// Generated from /v1/openapi.json by \`npm run generate -w @hb/web\`; do not edit.\n${astToString(ast)}`;
}
