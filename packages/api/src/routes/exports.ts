import { clientExportLinkSchema, clientExportSchema } from "@hb/core/export/schemas";
import { defineRoute } from "../route";
import { clientParams } from "./clients";

export const exportClient = defineRoute({
  id: "clients.export",
  method: "GET",
  path: "/v1/clients/{clientId}/export",
  roles: ["worker", "client", "representative"],
  subject: { from: "param", name: "clientId", access: "act" },
  summary:
    "Everything HB holds on the client, with the log of who read or changed it (a data subject's request): a JSON file behind a short-lived link",
  tags: ["clients"],
  handler: "functions/api/exports.clientExport",
  params: clientParams,
  response: { status: 200, description: "A link to the export file, valid for 5 minutes", schema: clientExportLinkSchema },
  linkedDocument: {
    schema: clientExportSchema,
    mediaType: "application/json",
    description: "The export file behind `url`: every section complete, texts in the client's language",
  },
  clientExports: true,
  // The export holds the client's own identity code (the only route besides clients.get that opens it) and
  // their access log (the only route besides audit.list that reads it).
  personalIds: { reveal: true },
  auditLog: "append-read",
  timeoutSeconds: 29,
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});
