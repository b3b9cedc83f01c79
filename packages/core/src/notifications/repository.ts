import { QueryCommand, type TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { randomUUID } from "node:crypto";
import type { NotificationKind } from "../drift/rules";
import { dynamo, getItem, queryAll, tableName } from "../db";
import { notFound } from "../errors";
import { keys } from "../keys";
import { decodeListCursor, encodeCursor } from "../pagination";
import { transaction } from "../transaction";
import { type Audience, bankAccountNotificationKinds, type BankAccountNotificationKind } from "./texts";
import { type DecisionNotificationKind, decisionNotificationKinds, type PaymentNotificationKind, type ProviderSwitchNotificationKind, providerSwitchNotificationKinds } from "./schemas";

/**
 * Inboxes: a worker's own (`WORKER#<sub>`), a client's, shared by the client
 * and its representatives (`CLIENT#<clientId>`), a provider's, shared by its
 * staff (`PROVIDER#<providerId>`), and the area's finance inbox, shared by its
 * finance staff (`FINANCE`). Instruments' drift reaches the first three, a
 * change of a voucher's provider the providers' and the worker's, a change of
 * a provider's bank account the provider's, a payment that was not made
 * finance's. A notification is an item of its own
 * (`NOTIFICATION#<id>`), listed by inbox through gsi1 and by
 * the client it is about through gsi2 (`CLIENT#<clientId>`, whatever the
 * inbox: the client's export and erasure find them there); the inbox's unread
 * count is a counter item kept in the same transactions. An inbox's name is
 * data, not a key (keys.ts puts it into the keys of both): `inboxOf` builds
 * every name, `isInboxOf` tells whose it is.
 */
export const inboxOf = {
  worker: (sub: string) => `WORKER#${sub}` as const,
  client: (clientId: string) => `CLIENT#${clientId}` as const,
  provider: (providerId: string) => `PROVIDER#${providerId}` as const,
};
export const financeInbox = "FINANCE";
type InboxOf<Owner extends keyof typeof inboxOf> = ReturnType<(typeof inboxOf)[Owner]>;
export type Inbox = InboxOf<keyof typeof inboxOf> | typeof financeInbox;

/** Whether the inbox is the owner's kind (a worker's, a client's or a provider's): its name begins as `inboxOf` builds it. */
export const isInboxOf = <Owner extends keyof typeof inboxOf>(owner: Owner, inbox: Inbox): inbox is InboxOf<Owner> => inbox.startsWith(inboxOf[owner](""));

interface NotificationBase {
  notificationId: string;
  inbox: Inbox;
  createdAt: string;
  readAt?: string;
}

/** Budget drift of an instrument (the drift consumer and the daily job). */
export interface InstrumentNotification extends NotificationBase {
  inbox: Exclude<Inbox, typeof financeInbox>;
  kind: NotificationKind;
  threshold?: number;
  /** For `gap`: the days since the last delivery (or the validity's start) when it was raised. */
  idleDays?: number;
  clientId: string;
  instrumentId: string;
  instrumentNumber: string;
  serviceCode: string;
}

/**
 * A change of a voucher's provider (instruments/choice.ts): to the providers concerned and the client's worker;
 * a provider stopped by the area (providers/stopped-notices.ts): to the client and its worker, the only kinds in a client's inbox.
 */
export interface ProviderSwitchNotification extends NotificationBase {
  inbox: Exclude<Inbox, typeof financeInbox>;
  kind: ProviderSwitchNotificationKind;
  clientId: string;
  instrumentId: string;
  instrumentNumber: string;
  serviceCode: string;
  /** The first day that is the chosen provider's. */
  effectiveFrom: string;
}

/** An appeal's outcome (decisions/appeals.ts): to the client's inbox, which its representatives share. */
export interface DecisionNotification extends NotificationBase {
  inbox: InboxOf<"client">;
  kind: DecisionNotificationKind;
  clientId: string;
  decisionId: string;
  decisionNumber: string;
  outcome: "upheld" | "partly-upheld" | "dismissed" | "withdrawn";
  decidedOn: string;
  effectiveFrom?: string;
}

/** A change of a provider's bank account, in the provider's inbox; `contactEmail` is its registered contact when it was written. */
export interface BankAccountNotification extends NotificationBase {
  kind: BankAccountNotificationKind;
  providerId: string;
  changeId: string;
  /** The last four characters of the account asked for: enough to recognise it, and no more in a mail. */
  ibanEnding: string;
  contactEmail: string;
}

/** A payment of a settlement run that was not made (settlement/run-writes.ts): always to finance. */
export interface PaymentNotification extends NotificationBase {
  inbox: typeof financeInbox;
  kind: PaymentNotificationKind;
  payment: {
    runId: string;
    statementId: string;
    statementMonth: string;
    providerId: string;
    providerName: string;
    amountCents: number;
    reasonCode: string;
    reason?: string;
  };
}

export type StoredNotification = InstrumentNotification | ProviderSwitchNotification | DecisionNotification | BankAccountNotification | PaymentNotification;

/** A notification before it is written: `notificationWrites` gives it a new id unless it names one (a write that must happen once). */
type Unwritten<T extends NotificationBase> = Omit<T, "notificationId"> & { notificationId?: string };
export type NewNotification =
  | Unwritten<InstrumentNotification>
  | Unwritten<ProviderSwitchNotification>
  | Unwritten<DecisionNotification>
  | Unwritten<BankAccountNotification>
  | Unwritten<PaymentNotification>;

export const isBankAccountNotification = (notification: StoredNotification): notification is BankAccountNotification =>
  (bankAccountNotificationKinds as readonly string[]).includes(notification.kind);

export const isPaymentNotification = (notification: StoredNotification): notification is PaymentNotification => "payment" in notification;

export const isProviderSwitchNotification = (notification: StoredNotification): notification is ProviderSwitchNotification =>
  (providerSwitchNotificationKinds as readonly string[]).includes(notification.kind);

export const isDecisionNotification = (notification: StoredNotification): notification is DecisionNotification =>
  (decisionNotificationKinds as readonly string[]).includes(notification.kind);

/** Drift of an instrument, about one client. */
export const isInstrumentNotification = (notification: StoredNotification): notification is InstrumentNotification =>
  !isBankAccountNotification(notification) && !isPaymentNotification(notification) && !isProviderSwitchNotification(notification) && !isDecisionNotification(notification);

/** About one client's instrument: its drift or a change of its provider. */
export type ClientNotification = InstrumentNotification | ProviderSwitchNotification;

export const audienceOf = (inbox: Inbox): Audience => (isInboxOf("client", inbox) ? "client" : "staff");

/** The writes that deliver notifications into inboxes: the items, and one unread-count ADD per inbox. */
export function notificationWrites(notifications: readonly NewNotification[]): TransactWriteItem[] {
  const perInbox = new Map<Inbox, number>();
  const puts = notifications.map((notification): TransactWriteItem => {
    perInbox.set(notification.inbox, (perInbox.get(notification.inbox) ?? 0) + 1);
    const notificationId = notification.notificationId ?? randomUUID();
    return {
      Put: {
        TableName: tableName(),
        Item: marshall(
          {
            ...keys.Notification.key({ notificationId }),
            type: "Notification",
            ...keys.Notification.gsi1({ inbox: notification.inbox, createdAt: notification.createdAt, notificationId }),
            // Notifications about a client are found by client too (export, erasure); a provider's bank-account ones are about no client.
            ...("clientId" in notification ? keys.Notification.gsi2({ clientId: notification.clientId, createdAt: notification.createdAt, notificationId }) : {}),
            notificationId,
            ...notification,
          },
          { removeUndefinedValues: true },
        ),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    };
  });
  const counters = [...perInbox].map(([inbox, count]): TransactWriteItem => ({
    Update: {
      TableName: tableName(),
      Key: marshall(keys.InboxCounter.key({ inbox })),
      UpdateExpression: "ADD unread :count SET #type = :type",
      ExpressionAttributeNames: { "#type": "type" },
      ExpressionAttributeValues: marshall({ ":count": count, ":type": "InboxCounter" }),
    },
  }));
  return [...puts, ...counters];
}

/** One inbox, newest first, a page at a time, with its unread count. */
export async function listInbox(inbox: Inbox, limit: number, cursor?: string) {
  const [page, counter] = await Promise.all([
    dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk",
        ExpressionAttributeValues: marshall({ ":pk": keys.Notification.gsi1.pk({ inbox }) }),
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: decodeListCursor(cursor, { index: "gsi1", pk: keys.Notification.gsi1.pk({ inbox }) }),
      }),
    ),
    getItem<{ unread?: number }>(keys.InboxCounter.key({ inbox })),
  ]);
  return {
    items: (page.Items ?? []).map((item) => unmarshall(item) as StoredNotification),
    nextCursor: encodeCursor(page.LastEvaluatedKey),
    unreadCount: Math.max(0, Number(counter?.unread ?? 0)),
  };
}

export async function requireNotification(notificationId: string): Promise<StoredNotification> {
  const notification = await getItem<StoredNotification>(keys.Notification.key({ notificationId }));
  if (!notification) throw notFound("notification");
  return notification;
}

/** Marks it read once: the first time takes one off the inbox's unread count, a repeat changes nothing. */
export async function markRead(notification: StoredNotification, now: Date): Promise<StoredNotification> {
  if (notification.readAt) return notification;
  const readAt = now.toISOString();
  const tx = transaction()
    .update("notification", keys.Notification.key(notification), { expression: "SET readAt = :at", values: { ":at": readAt } }, "attribute_not_exists(readAt)")
    .update("unread", keys.InboxCounter.key(notification), { expression: "ADD unread :minus", values: { ":minus": -1 } });
  // Read meanwhile: the first read took it off the count.
  return (await tx.writeUnlessFailed("notification")) ? { ...notification, readAt } : requireNotification(notification.notificationId);
}

/** Every notification about a client (drift, changes of provider, appeal outcomes: only those have a client), in any inbox (the client's, its workers', its providers'), newest first. */
export async function listClientNotifications(clientId: string): Promise<(ClientNotification | DecisionNotification)[]> {
  const items = await queryAll({
    IndexName: "gsi2",
    KeyConditionExpression: "gsi2pk = :pk AND begins_with(gsi2sk, :prefix)",
    ExpressionAttributeValues: marshall({ ":pk": keys.Notification.gsi2.pk({ clientId }), ":prefix": keys.Notification.gsi2.sk.prefix }),
    ScanIndexForward: false,
  });
  return items as unknown as ClientNotification[];
}
