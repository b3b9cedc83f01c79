import { apiHandler } from "@hb/api/http";
import { listCatalogueServices, putCatalogueService } from "@hb/api/routes/catalogue";
import { listServices, putService } from "@hb/core/catalogue/repository";

export const list = apiHandler(listCatalogueServices, async ({ query }) => ({
  body: await listServices(query.limit, query.cursor),
}));

export const put = apiHandler(putCatalogueService, async ({ params, body, context }) => {
  const { service, created } = await putService(params.code, body, context.now);
  return { status: created ? 201 : 200, body: service };
});
