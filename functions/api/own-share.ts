import { apiHandler } from "@hb/api/http";
import { getProviderOwnShare, myOwnShare } from "@hb/api/routes/own-share";
import { canAccessClient } from "@hb/core/clients/access";
import { getClient } from "@hb/core/clients/repository";
import { businessDate } from "@hb/core/dates";
import { clientOwnShare, providerOwnShare } from "@hb/core/own-share/repository";

export const mine = apiHandler(myOwnShare, async ({ query, actor, context }) => {
  const month = query.month ?? businessDate(context.now).slice(0, 7);
  const clients = (await Promise.all(actor.clientIds.map((clientId) => getClient(clientId)))).filter(
    (client) => client !== undefined && canAccessClient(actor, client, "view"),
  );
  const items = await Promise.all(
    clients.map(async (client) => ({ clientId: client!.clientId, firstName: client!.firstName, ...(await clientOwnShare(client!.clientId, month)) })),
  );
  return { body: { month, items } };
});

export const provider = apiHandler(getProviderOwnShare, async ({ params, query, context }) => {
  const month = query.month ?? businessDate(context.now).slice(0, 7);
  const { totalCents, clients } = await providerOwnShare(params.providerId, month);
  return { body: { providerId: params.providerId, month, totalCents, items: clients } };
});
