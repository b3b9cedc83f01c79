import { apiHandler } from "@hb/api/http";
import { openApiDocument } from "@hb/api/openapi";
import { routes } from "@hb/api/routes";
import { health as healthRoute, openapi as openapiRoute } from "@hb/api/routes/meta";

export const health = apiHandler(healthRoute, async () => ({
  body: {
    status: "ok" as const,
    area: process.env.HB_AREA ?? "unknown",
    version: process.env.HB_VERSION ?? "dev",
    time: new Date().toISOString(),
  },
}));

let document: ReturnType<typeof openApiDocument> | undefined;

export const openapi = apiHandler(openapiRoute, async () => {
  document ??= openApiDocument(routes);
  return { body: document as unknown as Record<string, unknown>, headers: { "cache-control": "public, max-age=300" } };
});
