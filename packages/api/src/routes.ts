import type { RouteDefinition } from "./route";
import { listAudit } from "./routes/audit";
import { listCatalogueServices, putCatalogueService } from "./routes/catalogue";
import { createClient, findClients, getClient, patchClient } from "./routes/clients";
import { health, openapi } from "./routes/meta";

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
