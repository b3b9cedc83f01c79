import { z } from "zod";
import { caseloadEntrySchema } from "@hb/core/clients/caseload-schemas";
import {
  clientIdSchema,
  clientSchema,
  createClientBodySchema,
  hbStatusBodySchema,
  patchClientBodySchema,
  workerSubSchema,
} from "@hb/core/clients/schemas";
import { personalIdSchema } from "@hb/core/validators/zod";
import { defineRoute } from "../route";
import { page, pageQuery } from "./shared";

export const clientParams = z.object({ clientId: clientIdSchema });

export const createClient = defineRoute({
  id: "clients.create",
  method: "POST",
  path: "/v1/clients",
  roles: ["worker"],
  subject: { from: "response" },
  summary: "Register a client",
  tags: ["clients"],
  handler: "functions/api/clients.create",
  body: createClientBodySchema,
  response: { status: 201, description: "Registered", schema: clientSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "DUPLICATE_CLIENT"],
  personalIds: { lookup: true, seal: true },
});

export const findClients = defineRoute({
  id: "clients.find",
  method: "GET",
  path: "/v1/clients",
  roles: ["worker", "admin"],
  subject: { from: "response" },
  summary:
    "Find a client by personal identity code (workers), or list a worker's caseload: `assignedTo=me` (a worker's own) or `assignedTo=<sub>` (an admin's view of any worker's), oldest client first, with HB status, drift per budget, next follow-up and unread notifications",
  tags: ["clients"],
  handler: "functions/api/clients.find",
  filters: { personalId: { anyRoles: ["worker"] }, assignedTo: { anyRoles: ["admin"], own: "sub" } },
  query: z
    .object({
      personalId: personalIdSchema.optional(),
      assignedTo: z.union([z.literal("me"), workerSubSchema]).optional().meta({ description: "`me`, or a worker's `sub` (admins)" }),
      limit: z.coerce.number().int().min(1).max(50).default(50).meta({ description: "Clients per caseload page, 1-50" }),
      cursor: pageQuery.cursor,
    })
    .refine((query) => (query.personalId === undefined) !== (query.assignedTo === undefined), {
      message: "Give either personalId or assignedTo",
      params: { code: "ONE_CLIENT_FILTER" },
    }),
  response: {
    status: 200,
    description: "Zero or one client (personalId), or a page of the caseload (assignedTo)",
    schema: z.union([page(clientSchema, "ClientPage"), page(caseloadEntrySchema, "CaseloadPage")]),
  },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR"],
  // The answer shows the code searched for: nothing is opened.
  personalIds: { lookup: true },
});

export const getClient = defineRoute({
  id: "clients.get",
  method: "GET",
  path: "/v1/clients/{clientId}",
  roles: ["worker", "client", "representative"],
  subject: { from: "param", name: "clientId", access: "view" },
  summary: "A client's record (the personal identity code only for workers)",
  tags: ["clients"],
  handler: "functions/api/clients.get",
  params: clientParams,
  response: { status: 200, description: "The client; ETag carries the version", schema: clientSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
  // The one route that opens a sealed code, for workers.
  personalIds: { reveal: true },
});

export const patchClient = defineRoute({
  id: "clients.patch",
  method: "PATCH",
  path: "/v1/clients/{clientId}",
  roles: ["worker"],
  subject: { from: "param", name: "clientId", access: "act" },
  summary: "Change a client's details (send If-Match with the ETag to avoid lost updates)",
  tags: ["clients"],
  handler: "functions/api/clients.patch",
  params: clientParams,
  body: patchClientBodySchema,
  response: { status: 200, description: "Changed", schema: clientSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "NOT_FOUND", "VERSION_MISMATCH"],
});

export const setHbStatus = defineRoute({
  id: "clients.hbStatus",
  method: "POST",
  path: "/v1/clients/{clientId}/hb-status",
  roles: ["worker"],
  subject: { from: "param", name: "clientId", access: "act" },
  summary:
    "Record that HB is active, declined or ended for the client; declined and ended end the open instruments on `endsOn` (today by default): deliveries up to it stay recordable, the rest of the grant is released",
  tags: ["clients"],
  handler: "functions/api/clients.hbStatus",
  params: clientParams,
  body: hbStatusBodySchema,
  response: { status: 200, description: "The client", schema: clientSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "NOT_FOUND", "DELIVERIES_AFTER_END", "CONCURRENT_CHANGE"],
});
