import { apiHandler, RETRY_AFTER_SECONDS } from "@hb/api/http";
import { logger } from "@hb/api/logger";
import { openApiDocument } from "@hb/api/openapi";
import { routes } from "@hb/api/routes";
import { health as healthRoute, openapi as openapiRoute } from "@hb/api/routes/meta";
import { probeTable } from "@hb/core/db";

/** Monitors commonly give up after 4–5 s: health answers within 3. */
const HEALTH_TIMEOUT_MS = 3_000;

export const health = apiHandler(healthRoute, async () => {
  const answers = await probeTable(HEALTH_TIMEOUT_MS).then(
    () => true,
    (error: unknown) => {
      logger.error("health: the table does not answer", { error });
      return false;
    },
  );
  return {
    status: answers ? 200 : 503,
    // Which dependency failed and why is in the log, not in this public answer.
    headers: { "cache-control": "no-store", ...(answers ? {} : { "retry-after": String(RETRY_AFTER_SECONDS) }) },
    body: {
      status: answers ? ("ok" as const) : ("unavailable" as const),
      area: process.env.HB_AREA ?? "unknown",
      version: process.env.HB_VERSION ?? "dev",
      time: new Date().toISOString(),
    },
  };
});

let document: ReturnType<typeof openApiDocument> | undefined;

export const openapi = apiHandler(openapiRoute, async () => {
  document ??= openApiDocument(routes);
  return { body: document as unknown as Record<string, unknown>, headers: { "cache-control": "public, max-age=300" } };
});
