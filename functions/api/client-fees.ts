import { apiHandler } from "@hb/api/http";
import { listClientFees as listRoute } from "@hb/api/routes/client-fees";
import { listClientFees } from "@hb/core/decisions/client-fees";

export const list = apiHandler(listRoute, async ({ query }) => {
  const page = await listClientFees(query.month, query.limit, query.cursor);
  return { body: { items: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) } };
});
