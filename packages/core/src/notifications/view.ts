import { appealOutcomeText } from "../decisions/history-texts";
import type { Language } from "../language";
import {
  audienceOf,
  type ClientNotification,
  type DecisionNotification,
  isBankAccountNotification,
  isDecisionNotification,
  isInboxOf,
  isPaymentNotification,
  isProviderSwitchNotification,
  type StoredNotification,
} from "./repository";
import type { NotificationView } from "./schemas";
import { bankAccountNotificationText, notificationText, paymentNotificationText, providerSwitchNotificationText } from "./texts";

/** The notification's text in one language, for its inbox's audience (plain language in a client's inbox). */
export const notificationTextOf = (stored: StoredNotification, language: Language, serviceName: (code: string) => string): string =>
  isBankAccountNotification(stored)
    ? bankAccountNotificationText(stored.kind, language, stored.ibanEnding)
    : isPaymentNotification(stored)
      ? paymentNotificationText(stored.kind, language, stored.payment)
    : isDecisionNotification(stored)
      ? appealOutcomeText(stored, language)
    : isProviderSwitchNotification(stored)
      ? providerSwitchNotificationText(stored.kind, audienceOf(stored.inbox), language, {
          serviceName: serviceName(stored.serviceCode),
          instrumentNumber: stored.instrumentNumber,
          effectiveFrom: stored.effectiveFrom,
        })
    : notificationText(stored.kind, audienceOf(stored.inbox), language, {
        serviceName: serviceName(stored.serviceCode),
        instrumentNumber: stored.instrumentNumber,
        ...(stored.threshold !== undefined ? { threshold: stored.threshold } : {}),
        ...(stored.idleDays !== undefined ? { idleDays: stored.idleDays } : {}),
      });

const commonView = (stored: StoredNotification, language: Language, serviceName: (code: string) => string) => ({
  notificationId: stored.notificationId,
  text: notificationTextOf(stored, language, serviceName),
  createdAt: stored.createdAt,
  ...(stored.readAt ? { readAt: stored.readAt } : {}),
});

/** What a notification about a client's instrument tells of it, in the inbox view and the webhook alike: a provider's inbox never learns the client. */
export const instrumentFields = (stored: ClientNotification) => ({
  ...("threshold" in stored && stored.threshold !== undefined ? { threshold: stored.threshold } : {}),
  ...("idleDays" in stored && stored.idleDays !== undefined ? { idleDays: stored.idleDays } : {}),
  ...(isInboxOf("provider", stored.inbox) ? {} : { clientId: stored.clientId }),
  instrumentId: stored.instrumentId,
  instrumentNumber: stored.instrumentNumber,
  serviceCode: stored.serviceCode,
  ...("effectiveFrom" in stored ? { effectiveFrom: stored.effectiveFrom } : {}),
});

/** A notification about a client's instrument as its inbox shows it. */
export function instrumentNotificationView(stored: ClientNotification, language: Language, serviceName: (code: string) => string) {
  const common = commonView(stored, language, serviceName);
  return isProviderSwitchNotification(stored)
    ? { kind: stored.kind, ...common, ...instrumentFields(stored), effectiveFrom: stored.effectiveFrom }
    : { kind: stored.kind, ...common, ...instrumentFields(stored) };
}

/** An appeal's outcome as the client's inbox, the webhook and the export show it. */
export const decisionFields = (stored: DecisionNotification) => ({
  clientId: stored.clientId,
  decisionId: stored.decisionId,
  decisionNumber: stored.decisionNumber,
  outcome: stored.outcome,
  decidedOn: stored.decidedOn,
  ...(stored.effectiveFrom ? { effectiveFrom: stored.effectiveFrom } : {}),
});

/** A notification about a client as its inbox (and the client's export) shows it. */
export function clientNotificationView(stored: ClientNotification | DecisionNotification, language: Language, serviceName: (code: string) => string) {
  return isDecisionNotification(stored)
    ? { kind: stored.kind, ...commonView(stored, language, serviceName), ...decisionFields(stored) }
    : instrumentNotificationView(stored, language, serviceName);
}

export function notificationView(stored: StoredNotification, language: Language, serviceName: (code: string) => string): NotificationView {
  if (isDecisionNotification(stored)) return clientNotificationView(stored, language, serviceName);
  if (isBankAccountNotification(stored)) return { kind: stored.kind, ...commonView(stored, language, serviceName), changeId: stored.changeId };
  if (isPaymentNotification(stored)) return { kind: stored.kind, ...commonView(stored, language, serviceName), payment: stored.payment };
  return instrumentNotificationView(stored, language, serviceName);
}
