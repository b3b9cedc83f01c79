import { apiHandler } from "@hb/api/http";
import { putRepresentative as putRoute, removeRepresentative as removeRoute } from "@hb/api/routes/representatives";
import { clientView } from "@hb/core/clients/access";
import { putRepresentative, removeRepresentative } from "@hb/core/clients/representatives";

export const put = apiHandler(putRoute, async ({ client, body, context, actor }) => {
  // The middleware has resolved the client (404 when missing) and checked the caller may act for it.
  const { client: changed, added } = await putRepresentative(client!, body, context);
  return { status: added ? 201 : 200, body: clientView(actor, changed), headers: { etag: `"${changed.version}"` } };
});

export const remove = apiHandler(removeRoute, async ({ client, params, context }) => {
  await removeRepresentative(client!, params.subject, context);
  return { status: 204 };
});
