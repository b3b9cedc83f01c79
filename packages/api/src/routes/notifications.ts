import { z } from "zod";
import { notificationPageSchema, notificationSchema } from "@hb/core/notifications/schemas";
import { defineRoute } from "../route";
import { pageQuery } from "./shared";

export const listNotifications = defineRoute({
  id: "notifications.list",
  method: "GET",
  path: "/v1/notifications",
  roles: ["worker", "client", "representative", "provider", "finance"],
  subject: { from: "response" },
  summary: "The caller's notifications, newest first, with the unread count: a worker's own, a client's (shared with its representatives), a provider's (shared by its staff), the area's finance inbox (payments left out of a run, returned or rejected by the bank; shared by finance staff)",
  tags: ["notifications"],
  handler: "functions/api/notifications.list",
  query: z.object({
    clientId: z.uuid().optional().meta({ description: "Client or representative of several clients: whose inbox" }),
    ...pageQuery,
  }),
  response: { status: 200, description: "A page of notifications", schema: notificationPageSchema },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR", "NOT_FOUND"],
});

export const readNotification = defineRoute({
  id: "notifications.read",
  method: "POST",
  path: "/v1/notifications/{notificationId}/read",
  roles: ["worker", "client", "representative", "provider", "finance"],
  subject: { from: "response" },
  summary: "Mark a notification of the caller's inbox read (a repeat changes nothing)",
  tags: ["notifications"],
  handler: "functions/api/notifications.read",
  params: z.object({ notificationId: z.uuid() }),
  response: { status: 200, description: "The notification", schema: notificationSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});
