import { z } from "zod";
import { bankAccountNotificationKinds } from "./texts";

/** What a drift evaluation tells about an instrument. */
export const instrumentNotificationKinds = ["overuse", "underuse", "gap", "exhausted", "threshold", "expiry"] as const;
/** What finance hears of a payment: left out of a run's file, returned by the creditor's bank, rejected by the area's bank. */
export const paymentNotificationKinds = ["payment-excluded", "payment-returned", "payment-rejected"] as const;
export type PaymentNotificationKind = (typeof paymentNotificationKinds)[number];
/**
 * A change of a voucher's provider: `provider-switched` to the previous provider and the client's worker, `provider-chosen` to the provider chosen;
 * and of an instrument a provider holds (webhooks/occurrences.ts): `instrument-ended` (validity passed, HB ended, decision revoked), `instrument-changed` (clipped by a superseding decision);
 * the provider of an instrument stopped by the area (providers/stopped-notices.ts): `provider-suspended`, `provider-terminated` to the client and its worker.
 */
export const providerSwitchNotificationKinds = ["provider-switched", "provider-chosen", "instrument-ended", "instrument-changed", "provider-suspended", "provider-terminated"] as const;
export const providerStoppedNotificationKinds = ["provider-suspended", "provider-terminated"] as const satisfies readonly ProviderSwitchNotificationKind[];
export type ProviderSwitchNotificationKind = (typeof providerSwitchNotificationKinds)[number];

const common = {
  notificationId: z.string(),
  text: z.string().meta({ description: "In the request's language; plain language in a client's inbox" }),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().optional(),
};

export const instrumentNotificationSchema = z
  .object({
    kind: z.enum(instrumentNotificationKinds),
    ...common,
    threshold: z.number().optional().meta({ description: "For `threshold`: the share of the budget used, e.g. 0.9" }),
    idleDays: z.number().int().optional().meta({ description: "For `gap`: days without a delivery when it was raised" }),
    clientId: z.string().optional().meta({ description: "Absent in a provider's inbox" }),
    instrumentId: z.string(),
    instrumentNumber: z.string(),
    serviceCode: z.string(),
  })
  .meta({ id: "InstrumentNotification", description: "Budget drift of an instrument: to its worker, its client's inbox (read by its representatives too) and (near exhaustion) its provider" });

export const providerSwitchNotificationSchema = z
  .object({
    kind: z.enum(providerSwitchNotificationKinds),
    ...common,
    clientId: z.string().optional().meta({ description: "Absent in a provider's inbox" }),
    instrumentId: z.string(),
    instrumentNumber: z.string(),
    serviceCode: z.string(),
    effectiveFrom: z.iso.date().meta({
      description:
        "The first day the change takes effect: the chosen provider's first day (the previous one keeps the days before); for `instrument-ended` the first day it no longer funds; for `instrument-changed` the first day of the superseding decision; for `provider-suspended` and `provider-terminated` the first day the provider may not deliver",
    }),
  })
  .meta({
    id: "ProviderSwitchNotification",
    description:
      "A voucher's provider changed: `provider-switched` to the previous provider and the client's worker, `provider-chosen` to the provider chosen; an instrument the provider holds `instrument-ended` or was `instrument-changed` by a superseding decision: to the provider; the area suspended or terminated the instrument's provider (`provider-suspended`, `provider-terminated`): to the client's inbox and its worker, so that another provider is chosen",
  });

const bankAccountNotificationSchema = z
  .object({
    kind: z.enum(bankAccountNotificationKinds),
    ...common,
    changeId: z.string().meta({ description: "The change (GET /v1/providers/{providerId}/bank-account-changes)" }),
  })
  .meta({ id: "BankAccountNotification", description: "A change of the provider's bank account: to the provider's inbox only (and mailed to its registered contact)" });

export const notificationPaymentSchema = z
  .object({
    runId: z.string(),
    statementId: z.string(),
    statementMonth: z.string().meta({ description: "The statement's month, YYYY-MM" }),
    providerId: z.string(),
    providerName: z.string(),
    amountCents: z.number().int().positive(),
    reasonCode: z.string().meta({
      description:
        "payment-excluded: why HB left it out (IBAN_NOT_SEPA, INVALID_IBAN, BIC_REQUIRED, BIC_COUNTRY_MISMATCH, INVALID_BIC, NAME_NOT_WRITABLE, AMOUNT_OUT_OF_RANGE, INVALID_REFERENCE, PROVIDER_NOT_FOUND); returned or rejected: the bank's ISO 20022 reason code (AC04, MS03, …)",
    }),
    reason: z.string().optional().meta({ description: "The bank's additional information, when it gave any" }),
  })
  .meta({ id: "NotificationPayment" });

const paymentNotificationSchema = z
  .object({ kind: z.enum(paymentNotificationKinds), ...common, payment: notificationPaymentSchema })
  .meta({
    id: "PaymentNotification",
    description: "A payment of a settlement run that was not made: to the area's finance inbox, shared by its finance staff. The statement stays owed; the next run pays it once the cause is fixed",
  });

/** What a client and its representatives hear of the client's decisions. */
export const decisionNotificationKinds = ["appeal-decided"] as const;
export type DecisionNotificationKind = (typeof decisionNotificationKinds)[number];

export const decisionNotificationSchema = z
  .object({
    kind: z.enum(decisionNotificationKinds),
    ...common,
    clientId: z.string(),
    decisionId: z.string(),
    decisionNumber: z.string(),
    outcome: z.enum(["upheld", "partly-upheld", "dismissed", "withdrawn"]),
    decidedOn: z.iso.date(),
    effectiveFrom: z.iso.date().optional().meta({ description: "Upheld or partly upheld: the day the amended decision takes over" }),
  })
  .meta({ id: "DecisionNotification", description: "An appeal's outcome: to the client's inbox, shared with its representatives" });

export const notificationSchema = z
  .discriminatedUnion("kind", [instrumentNotificationSchema, providerSwitchNotificationSchema, decisionNotificationSchema, bankAccountNotificationSchema, paymentNotificationSchema])
  .meta({ id: "Notification" });
export type NotificationView = z.infer<typeof notificationSchema>;

export const notificationPageSchema = z
  .object({
    items: z.array(notificationSchema),
    nextCursor: z.string().optional().meta({ description: "Absent on the last page" }),
    unreadCount: z.number().int().min(0),
  })
  .meta({ id: "NotificationPage" });
