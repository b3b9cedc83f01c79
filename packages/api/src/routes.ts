import { z } from "zod";
import { roles } from "@hb/core/actor";
import { auditEntrySchema } from "@hb/core/audit/schemas";
import { catalogueServiceSchema, putServiceBodySchema, serviceCodeSchema } from "@hb/core/catalogue/schemas";
import { clientIdSchema, clientSchema, createClientBodySchema, patchClientBodySchema } from "@hb/core/clients/schemas";
import { personalIdSchema } from "@hb/core/validators/zod";
import { defineRoute, type RouteDefinition } from "./route";

const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: "Items per page, 1-100" }),
  cursor: z.string().min(1).max(2048).optional().meta({ description: "`nextCursor` of the previous page" }),
};
const page = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({ items: z.array(item), nextCursor: z.string().optional().meta({ description: "Absent on the last page" }) })
    .meta({ id });

const healthSchema = z
  .object({ status: z.literal("ok"), area: z.string(), version: z.string(), time: z.iso.datetime() })
  .meta({ id: "Health" });

export const health = defineRoute({
  id: "health.get",
  method: "GET",
  path: "/v1/health",
  roles: "public",
  summary: "Liveness of the API",
  tags: ["meta"],
  handler: "functions/api/meta.health",
  response: { status: 200, description: "The API answers", schema: healthSchema },
  problems: [],
});

export const openapi = defineRoute({
  id: "openapi.get",
  method: "GET",
  path: "/v1/openapi.json",
  roles: "public",
  summary: "This API as an OpenAPI 3.1 document",
  tags: ["meta"],
  handler: "functions/api/meta.openapi",
  response: { status: 200, description: "OpenAPI 3.1 document", schema: z.record(z.string(), z.unknown()) },
  problems: [],
});

export const listCatalogueServices = defineRoute({
  id: "catalogue.list",
  method: "GET",
  path: "/v1/catalogue/services",
  roles,
  summary: "The area's service catalogue",
  tags: ["catalogue"],
  handler: "functions/api/catalogue.list",
  query: z.object(pageQuery),
  response: { status: 200, description: "Services of the catalogue", schema: page(catalogueServiceSchema, "CatalogueServicePage") },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR"],
});

export const putCatalogueService = defineRoute({
  id: "catalogue.put",
  method: "PUT",
  path: "/v1/catalogue/services/{code}",
  roles: ["admin"],
  summary: "Create or change a catalogue service",
  tags: ["catalogue"],
  handler: "functions/api/catalogue.put",
  params: z.object({ code: serviceCodeSchema }),
  body: putServiceBodySchema,
  response: { status: 200, description: "Changed (201 when created)", schema: catalogueServiceSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "UNKNOWN_BUNDLE"],
});

const clientParams = z.object({ clientId: clientIdSchema });

export const createClient = defineRoute({
  id: "clients.create",
  method: "POST",
  path: "/v1/clients",
  roles: ["worker"],
  summary: "Register a client",
  tags: ["clients"],
  handler: "functions/api/clients.create",
  body: createClientBodySchema,
  response: { status: 201, description: "Registered", schema: clientSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "DUPLICATE_CLIENT"],
});

export const findClients = defineRoute({
  id: "clients.find",
  method: "GET",
  path: "/v1/clients",
  roles: ["worker"],
  summary: "Find a client by personal identity code",
  tags: ["clients"],
  handler: "functions/api/clients.find",
  query: z.object({ personalId: personalIdSchema }),
  response: { status: 200, description: "Zero or one client", schema: page(clientSchema, "ClientPage") },
  problems: ["VALIDATION_FAILED"],
});

export const getClient = defineRoute({
  id: "clients.get",
  method: "GET",
  path: "/v1/clients/{clientId}",
  roles: ["worker", "client", "representative"],
  summary: "A client's record (the personal identity code only for workers)",
  tags: ["clients"],
  handler: "functions/api/clients.get",
  params: clientParams,
  response: { status: 200, description: "The client; ETag carries the version", schema: clientSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});

export const patchClient = defineRoute({
  id: "clients.patch",
  method: "PATCH",
  path: "/v1/clients/{clientId}",
  roles: ["worker"],
  summary: "Change a client's details (send If-Match with the ETag to avoid lost updates)",
  tags: ["clients"],
  handler: "functions/api/clients.patch",
  params: clientParams,
  body: patchClientBodySchema,
  response: { status: 200, description: "Changed", schema: clientSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "NOT_FOUND", "VERSION_MISMATCH"],
});

export const listAudit = defineRoute({
  id: "audit.list",
  method: "GET",
  path: "/v1/audit",
  roles: ["admin"],
  summary: "Who read or changed a client's data, newest first",
  tags: ["audit"],
  handler: "functions/api/audit.list",
  query: z.object({ clientId: clientIdSchema, ...pageQuery }),
  response: { status: 200, description: "Audit entries", schema: page(auditEntrySchema, "AuditEntryPage") },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR"],
});

/** Every route of the API. Adding a route here is what deploys, serves and documents it. */
export const routes: readonly RouteDefinition[] = [
  health,
  openapi,
  listCatalogueServices,
  putCatalogueService,
  createClient,
  findClients,
  getClient,
  patchClient,
  listAudit,
];
