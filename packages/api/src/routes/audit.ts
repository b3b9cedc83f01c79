import { z } from "zod";
import { auditEntrySchema } from "@hb/core/audit/schemas";
import { clientIdSchema } from "@hb/core/clients/schemas";
import { defineRoute } from "../route";
import { page, pageQuery } from "./shared";

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
  response: { status: 200, description: "Audit entries", schema: page(auditEntrySchema, "AuditEntryPage") },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR"],
  auditLog: "append-read",
});
