import { z } from "zod";
import { clientIdSchema, clientSchema } from "@hb/core/clients/schemas";
import { putRepresentativeBodySchema, representativeSubjectSchema } from "@hb/core/clients/representatives";
import { defineRoute } from "../route";
import { clientParams } from "./clients";

export const putRepresentative = defineRoute({
  id: "representatives.put",
  method: "POST",
  path: "/v1/clients/{clientId}/representatives",
  roles: ["worker"],
  subject: { from: "param", name: "clientId", access: "act" },
  summary: "Authorise a representative for a client, or replace the entry with the same subject (at most 20)",
  tags: ["representatives"],
  handler: "functions/api/representatives.put",
  params: clientParams,
  body: putRepresentativeBodySchema,
  // The representative is registered by the lookup key of their code (the person register); the code is not kept.
  personalIds: { lookup: true },
  response: {
    status: 201,
    description: "Added; the client, ETag carries the version",
    also: [{ status: 200, description: "An entry with the same subject was replaced" }],
    schema: clientSchema,
  },
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "UNSUPPORTED_MEDIA_TYPE",
    "NOT_FOUND",
    "TOO_MANY_REPRESENTATIVES",
    "CONCURRENT_CHANGE",
  ],
});

export const removeRepresentative = defineRoute({
  id: "representatives.remove",
  method: "DELETE",
  path: "/v1/clients/{clientId}/representatives/{subject}",
  roles: ["worker"],
  subject: { from: "param", name: "clientId", access: "act" },
  summary: "Withdraw a representative's authorisation",
  tags: ["representatives"],
  handler: "functions/api/representatives.remove",
  params: z.object({ clientId: clientIdSchema, subject: representativeSubjectSchema }),
  response: { status: 204, description: "Removed" },
  problems: ["VALIDATION_FAILED", "NOT_FOUND", "CONCURRENT_CHANGE"],
});
