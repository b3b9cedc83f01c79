import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { awsClientConfig } from "../aws-clients";
import type { NotificationKind } from "../drift/rules";
import type { Localized } from "../language";
import type { NotificationChannel } from "./delivery";
import { type BankAccountNotification, type ClientNotification, isBankAccountNotification, isDecisionNotification, isInboxOf, isPaymentNotification } from "./repository";
import type { ProviderSwitchNotificationKind } from "./schemas";

/** The subject line of a mail to the team mailbox, by kind (Finnish, as the staff text). */
const subjects: Record<NotificationKind | ProviderSwitchNotificationKind, string> = {
  overuse: "ylikäyttö",
  underuse: "alikäyttö",
  gap: "ei käyttöä pitkään aikaan",
  exhausted: "budjetti käytetty loppuun",
  threshold: "käyttöraja ylittyi",
  expiry: "päättyy pian",
  "provider-switched": "palveluntuottaja vaihtuu",
  "provider-chosen": "palveluntuottaja valittu",
  "instrument-ended": "päättyy",
  "instrument-changed": "korvattu uudella päätöksellä",
  "provider-suspended": "palveluntuottaja keskeytetty",
  "provider-terminated": "palveluntuottajan hyväksyntä päättyi",
};

/** The mail to the team mailbox: the staff text in Finnish, naming the instrument and service only. */
export function notificationEmail(notification: ClientNotification, rendered: Localized): { subject: string; text: string } {
  return {
    subject: `HB: ${notification.instrumentNumber}, ${subjects[notification.kind]}`,
    text: [
      rendered.fi,
      "",
      "Ilmoitus on myös HB:ssä työntekijän saapuneissa ilmoituksissa.",
      `Tunniste: ${notification.notificationId}`,
      "",
      "Tämä on HB:n automaattinen viesti, älä vastaa siihen.",
    ].join("\n"),
  };
}

/**
 * The mail to a provider's registered contact about a change of its bank
 * account: all three languages (HB does not know the contact's), the
 * account's last four characters only, the change id.
 */
export function bankAccountEmail(notification: BankAccountNotification, rendered: Localized): { subject: string; text: string } {
  return {
    subject: "HB: tilinumeron muutos / ändring av kontonummer / bank account change",
    text: [
      rendered.fi,
      "",
      rendered.sv,
      "",
      rendered.en,
      "",
      `Tunniste / Identifierare / Reference: ${notification.changeId}`,
      "",
      "Tämä on HB:n automaattinen viesti, älä vastaa siihen. / Detta är ett automatiskt meddelande från HB. / This is an automatic message from HB.",
    ].join("\n"),
  };
}

export interface EmailOptions {
  readonly from: string;
  readonly to: readonly string[];
  readonly ses?: SESv2Client;
}

/**
 * Mails through Amazon SES: notifications of workers' inboxes to the area's
 * team mailbox (HB holds no personal e-mail addresses, so the mail goes to
 * the team and carries no client data: instrument number and service,
 * nothing else), and a change of a provider's bank account to the provider's
 * registered contact, so a change asked for in its name is noticed outside
 * HB too. Client inboxes, providers' drift notifications and finance's
 * payment notifications are not mailed (finance hears through its inbox and
 * the webhook).
 */
export function emailChannel(options: EmailOptions): NotificationChannel {
  let ses = options.ses;
  return {
    name: "email",
    async deliver(notification, rendered) {
      let mail: { to: readonly string[]; subject: string; text: string };
      if (isBankAccountNotification(notification)) mail = { to: [notification.contactEmail], ...bankAccountEmail(notification, rendered) };
      else if (!isPaymentNotification(notification) && !isDecisionNotification(notification) && isInboxOf("worker", notification.inbox)) mail = { to: options.to, ...notificationEmail(notification, rendered) };
      else return;
      const { to, subject, text } = mail;
      ses ??= new SESv2Client(awsClientConfig());
      await ses.send(
        new SendEmailCommand({
          FromEmailAddress: options.from,
          Destination: { ToAddresses: [...to] },
          Content: {
            Simple: {
              Subject: { Data: subject, Charset: "UTF-8" },
              Body: { Text: { Data: text, Charset: "UTF-8" } },
            },
          },
        }),
      );
    },
  };
}
