import { z } from "zod";
import { auditEntrySchema } from "@hb/core/audit/schemas";
import { clientIdSchema } from "@hb/core/clients/schemas";
import { businessDateSchema } from "@hb/core/dates";
import { defineRoute } from "../route";
import { page, pageQuery } from "./shared";

const auditEntryPageSchema = page(auditEntrySchema, "AuditEntryPage");

export const listAudit = defineRoute({
  id: "audit.list",
  method: "GET",
  path: "/v1/audit",
  roles: ["admin"],
  subject: { from: "response" },
  summary: "Who read or changed a client's data, newest first",
  tags: ["audit"],
  handler: "functions/api/audit.list",
  query: z.object({ clientId: clientIdSchema, ...pageQuery }),
  response: { status: 200, description: "Audit entries", schema: auditEntryPageSchema },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR"],
  auditLog: "append-read",
});

export const listAuditRefusals = defineRoute({
  id: "audit.refusals",
  method: "GET",
  path: "/v1/audit/refusals",
  roles: ["admin"],
  subject: { from: "none" },
  summary:
    "Refused attempts of one day that named no client (a route the caller's roles do not allow, a person HB does not know, another provider's data) and that day's changes of the area's settings (`area.settings.put`), newest first; refusals about a client are in its audit log",
  tags: ["audit"],
  handler: "functions/api/audit.refusals",
  query: z.object({ day: businessDateSchema.meta({ description: "The day the attempts were made (UTC), YYYY-MM-DD", example: "2027-01-01" }), ...pageQuery }),
  response: { status: 200, description: "Refused attempts", schema: auditEntryPageSchema },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR"],
  auditLog: "append-read",
});
