import { z } from "zod";
import { statisticsQuerySchema, statisticsSchema } from "@hb/core/statistics/schemas";
import { defineRoute } from "../route";

export const getStatistics = defineRoute({
  id: "statistics.get",
  method: "GET",
  path: "/v1/statistics",
  roles: ["worker", "finance", "admin"],
  subject: { from: "none" },
  summary:
    "The area's client statistics month by month (docs/statistics.md): the total, and for admin and finance a breakdown by municipality, age group or service; `Accept: text/csv` gives one row per month × breakdown value × indicator; `publishable=true` suppresses cells of fewer than 5 people",
  tags: ["statistics"],
  handler: "functions/api/statistics.get",
  query: statisticsQuerySchema,
  response: {
    status: 200,
    description: "The statistics",
    schema: statisticsSchema,
    alternatives: {
      "text/csv": z.string().meta({ description: "CSV (RFC 4180): area,month,breakdown,breakdown_value,indicator,unit,value,suppressed" }),
    },
  },
  problems: ["VALIDATION_FAILED"],
});
