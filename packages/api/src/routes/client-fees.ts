import { z } from "zod";
import { clientFeesOfMonthSchema } from "@hb/core/decisions/schemas";
import { monthSchema } from "@hb/core/validators/zod";
import { defineRoute } from "../route";
import { page, pageQuery } from "./shared";

export const listClientFees = defineRoute({
  id: "clientFees.list",
  method: "GET",
  path: "/v1/client-fees",
  roles: ["finance", "worker"],
  subject: { from: "response" },
  summary:
    "The income-based client fees (asiakasmaksulaki) in force in a month, by client and decision, with the days of the month they applied: the area's invoicing list. HB records and shows the fees; it does not collect them",
  tags: ["decisions"],
  handler: "functions/api/client-fees.list",
  query: z.object({ month: monthSchema, ...pageQuery }),
  response: { status: 200, description: "A page of the month's fees", schema: page(clientFeesOfMonthSchema, "ClientFeesPage") },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR"],
});
