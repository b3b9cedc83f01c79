import { z } from "zod";
import { defineRoute } from "../route";

const healthSchema = z
  .object({
    status: z.enum(["ok", "unavailable"]).meta({ description: "ok (200), or unavailable (503) when the table does not answer" }),
    area: z.string(),
    version: z.string(),
    time: z.iso.datetime(),
  })
  .meta({ id: "Health" });

export const health = defineRoute({
  id: "health.get",
  method: "GET",
  path: "/v1/health",
  roles: "public",
  subject: { from: "none" },
  summary: "Whether the API and its table answer",
  tags: ["meta"],
  handler: "functions/api/meta.health",
  healthProbe: true,
  response: {
    status: 200,
    description: "The API and its table answer",
    also: [{ status: 503, description: "The table does not answer" }],
    schema: healthSchema,
  },
  problems: [],
});

export const openapi = defineRoute({
  id: "openapi.get",
  method: "GET",
  path: "/v1/openapi.json",
  roles: "public",
  subject: { from: "none" },
  summary: "This API as an OpenAPI 3.1 document",
  tags: ["meta"],
  handler: "functions/api/meta.openapi",
  response: { status: 200, description: "OpenAPI 3.1 document", schema: z.record(z.string(), z.unknown()) },
  problems: [],
});
