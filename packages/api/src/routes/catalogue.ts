import { roles } from "@hb/core/actor";
import { catalogueServiceSchema, putServiceBodySchema, serviceCodeSchema } from "@hb/core/catalogue/schemas";
import { z } from "zod";
import { defineRoute } from "../route";
import { page, pageQuery } from "./shared";

export const listCatalogueServices = defineRoute({
  id: "catalogue.list",
  method: "GET",
  path: "/v1/catalogue/services",
  roles,
  subject: { from: "none" },
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
  subject: { from: "none" },
  summary: "Create or change a catalogue service",
  tags: ["catalogue"],
  handler: "functions/api/catalogue.put",
  params: z.object({ code: serviceCodeSchema }),
  body: putServiceBodySchema,
  response: { status: 200, description: "Changed", also: [{ status: 201, description: "Created" }], schema: catalogueServiceSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "UNKNOWN_BUNDLE"],
});
