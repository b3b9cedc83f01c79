import { z } from "zod";
import { bankAccountNotificationKinds } from "./texts";

export const notificationKindSchema = z
  .enum(["overuse", "underuse", "gap", "exhausted", "threshold", "expiry", ...bankAccountNotificationKinds])
  .meta({ description: "An instrument's drift, or (`bank-account-change-*`, a provider's inbox only) a change of the provider's bank account" });

export const notificationSchema = z
  .object({
    notificationId: z.string(),
    kind: notificationKindSchema,
    threshold: z.number().optional().meta({ description: "For `threshold`: the share of the budget used, e.g. 0.9" }),
    text: z.string().meta({ description: "In the request's language; plain language in a client's inbox" }),
    clientId: z.string().optional().meta({ description: "Absent in a provider's inbox" }),
    instrumentId: z.string().optional().meta({ description: "Drift notifications: the instrument (with its number and service)" }),
    instrumentNumber: z.string().optional(),
    serviceCode: z.string().optional(),
    changeId: z.string().optional().meta({ description: "Bank-account notifications: the change (GET /v1/providers/{providerId}/bank-account-changes)" }),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().optional(),
  })
  .meta({ id: "Notification" });
export type NotificationView = z.infer<typeof notificationSchema>;

export const notificationPageSchema = z
  .object({
    items: z.array(notificationSchema),
    nextCursor: z.string().optional().meta({ description: "Absent on the last page" }),
    unreadCount: z.number().int().min(0),
  })
  .meta({ id: "NotificationPage" });
