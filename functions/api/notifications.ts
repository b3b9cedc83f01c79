import { apiHandler } from "@hb/api/http";
import { listNotifications as listRoute, readNotification as readRoute } from "@hb/api/routes/notifications";
import { type Actor, hasRole } from "@hb/core/actor";
import { serviceNamer } from "@hb/core/catalogue/names";
import { allServices } from "@hb/core/catalogue/repository";
import { assertCanAccessClient } from "@hb/core/clients/access";
import { requireClient } from "@hb/core/clients/repository";
import { DomainError, notFound } from "@hb/core/errors";
import type { Language } from "@hb/core/language";
import {
  financeInbox,
  type Inbox,
  inboxOf,
  isInboxOf,
  isInstrumentNotification,
  listInbox,
  markRead,
  requireNotification,
} from "@hb/core/notifications/repository";
import { notificationView } from "@hb/core/notifications/view";

/**
 * The inbox a caller reads: its own as a worker, its provider's, the area's
 * finance inbox, or a client's it may see as the client or a representative.
 * Marking read changes the shared inbox, so a representative needs `act` for it.
 */
async function callerInbox(actor: Actor, clientId: string | undefined, access: "view" | "act" = "view"): Promise<Inbox> {
  if (hasRole(actor, "worker")) return inboxOf.worker(actor.sub);
  // The role `provider` is granted only with the provider the caller acts for (identity/actor.ts).
  if (hasRole(actor, "provider")) return inboxOf.provider(actor.providerId!);
  if (hasRole(actor, "finance")) return financeInbox;
  const chosen = clientId ?? (actor.clientIds.length === 1 ? actor.clientIds[0] : undefined);
  if (!chosen) {
    throw new DomainError("VALIDATION_FAILED", {}, [{ path: "/query/clientId", code: "REQUIRED", text: "NOTIFICATIONS_CLIENT_REQUIRED" }]);
  }
  assertCanAccessClient(actor, await requireClient(chosen), access);
  return inboxOf.client(chosen);
}

const serviceNames = async (language: Language) => serviceNamer(await allServices(), language);

export const list = apiHandler(listRoute, async ({ query, actor, language }) => {
  const inbox = await callerInbox(actor, query.clientId);
  const page = await listInbox(inbox, query.limit, query.cursor);
  const names = await serviceNames(language);
  return {
    body: {
      items: page.items.map((item) => notificationView(item, language, names)),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
      unreadCount: page.unreadCount,
    },
  };
});

export const read = apiHandler(readRoute, async ({ params, actor, language, context }) => {
  const notification = await requireNotification(params.notificationId);
  // Someone else's notification is as unknown to the caller as one that does not exist.
  const clientId = isInstrumentNotification(notification) && isInboxOf("client", notification.inbox) ? notification.clientId : undefined;
  const inbox = await callerInbox(actor, clientId).catch(() => undefined);
  if (inbox !== notification.inbox) throw notFound("notification");
  // Seeing the notification is not enough to change its shared read state: a `view` representative is refused.
  await callerInbox(actor, clientId, "act");
  return { body: notificationView(await markRead(notification, context.now), language, await serviceNames(language)) };
});
