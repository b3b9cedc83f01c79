import { apiHandler } from "@hb/api/http";
import { createFollowUp as createRoute, listDueFollowUps as dueRoute, listFollowUps as listRoute } from "@hb/api/routes/follow-ups";
import { businessDate } from "@hb/core/dates";
import { createFollowUp, listDueFollowUps, listFollowUps } from "@hb/core/follow-ups/repository";

export const create = apiHandler(createRoute, async ({ client, body, context, language }) => ({
  status: 201,
  body: await createFollowUp(client!, body, context),
}));

export const list = apiHandler(listRoute, async ({ params, query }) => ({
  body: await listFollowUps(params.clientId, query.limit, query.cursor),
}));

export const due = apiHandler(dueRoute, async ({ query, context }) => {
  const today = businessDate(context.now);
  return { body: await listDueFollowUps(query.on ?? today, today, query.limit, query.cursor) };
});
