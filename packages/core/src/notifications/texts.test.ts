import { describe, expect, it } from "vitest";
import { languages } from "../language";
import { paymentProblem } from "../settlement/payment-file";
import { webhookPayload, renderNotification } from "./delivery";
import { emailChannel } from "./email";
import { financeInbox, type PaymentNotification } from "./repository";
import { bankReasonTexts, excludedReasonTexts, notificationText, paymentNotificationText } from "./texts";

const subject = { runId: "SR-2026-09", statementMonth: "2026-09", providerName: "Hoiva Oy", amountCents: 123450, reasonCode: "IBAN_NOT_SEPA" };

describe("finance's payment notifications", () => {
  it("say who, how much, which statement and run, and why a payment was left out, in fi, sv and en", () => {
    expect(paymentNotificationText("payment-excluded", "fi", subject)).toBe(
      "Hoiva Oy: maksu 1\u00a0234,50\u00a0€ (tilitys 2026-09) jätettiin pois tilitysajon SR-2026-09 maksuaineistosta, koska tili ei ole SEPA-maassa (IBAN_NOT_SEPA). Se on yhä maksamatta; seuraava tilitysajo maksaa sen, kun syy on korjattu.",
    );
    expect(paymentNotificationText("payment-excluded", "sv", subject)).toBe(
      "Hoiva Oy: betalningen 1\u00a0234,50\u00a0€ (redovisning 2026-09) lämnades utanför betalningsfilen i körningen SR-2026-09, eftersom kontot inte finns i ett SEPA-land (IBAN_NOT_SEPA). Den är fortfarande obetald; nästa körning betalar den när orsaken är åtgärdad.",
    );
    expect(paymentNotificationText("payment-excluded", "en", subject)).toBe(
      "Hoiva Oy: the payment of €1,234.50 (statement 2026-09) was left out of run SR-2026-09's payment file because the account is not in a SEPA country (IBAN_NOT_SEPA). It is still owed; the next run pays it once the cause is fixed.",
    );
  });

  it("give the bank's reason code with its meaning, or with the bank's own words for a code not listed", () => {
    expect(paymentNotificationText("payment-returned", "fi", { ...subject, reasonCode: "AC04", reason: "Account closed" })).toBe(
      "Hoiva Oy: pankki palautti maksun 1\u00a0234,50\u00a0€ (tilitys 2026-09, tilitysajo SR-2026-09), syy AC04 (tili on lopetettu). Se on taas maksamatta; seuraava tilitysajo maksaa sen, kun palveluntuottajan tilinumero on vaihdettu.",
    );
    expect(paymentNotificationText("payment-rejected", "en", { ...subject, reasonCode: "XT99", reason: "Beneficiary bank unreachable" })).toBe(
      "Hoiva Oy: the bank rejected the payment of €1,234.50 (statement 2026-09, run SR-2026-09), reason XT99 (Beneficiary bank unreachable). It is owed again; the next run pays it once the provider's account number has changed.",
    );
    expect(paymentNotificationText("payment-rejected", "sv", { ...subject, reasonCode: "XT99" })).toContain("orsak XT99. ");
  });

  it("have a meaning in every language for every reason HB leaves a payment out and every bank code listed", () => {
    for (const texts of [...Object.values(excludedReasonTexts), ...Object.values(bankReasonTexts)]) {
      for (const language of languages) expect(texts[language].trim().length).toBeGreaterThan(3);
    }
    // The reasons paymentProblem gives are among them.
    const payment = { endToEndId: "E1", creditorName: "Hoiva Oy", creditorIban: "TR330006100519786457841326", amountCents: 100, creditorReference: "RF18539007547034" };
    expect(Object.keys(excludedReasonTexts)).toContain(paymentProblem(payment));
  });
});

describe("delivery of a payment notification", () => {
  const notification: PaymentNotification = {
    notificationId: "0b6c9f7e-1111-4e4e-9a9a-000000000009",
    inbox: financeInbox,
    kind: "payment-returned",
    payment: { runId: "SR-2026-09", statementId: "2026-09_p1", statementMonth: "2026-09", providerId: "p1", providerName: "Hoiva Oy", amountCents: 123450, reasonCode: "AC04", reason: "Account closed" },
    createdAt: "2026-10-07T08:00:00.000Z",
  };

  it("goes to the webhook with the payment and finance's text in all three languages, and nothing of a client", () => {
    const payload = webhookPayload(notification, renderNotification(notification, []));
    expect(payload).toEqual({
      notificationId: notification.notificationId,
      inbox: "FINANCE",
      kind: "payment-returned",
      payment: notification.payment,
      createdAt: notification.createdAt,
      text: {
        fi: paymentNotificationText("payment-returned", "fi", notification.payment),
        sv: paymentNotificationText("payment-returned", "sv", notification.payment),
        en: paymentNotificationText("payment-returned", "en", notification.payment),
      },
    });
  });

  it("is not mailed to the workers' team mailbox", async () => {
    const sent: unknown[] = [];
    const channel = emailChannel({ from: "hb@example.fi", to: ["team@example.fi"], ses: { send: async (command: unknown) => sent.push(command) } as never });
    await channel.deliver(notification, renderNotification(notification, []));
    expect(sent).toEqual([]);
  });
});

describe("early alerts to the client", () => {
  const subject = { serviceName: "henkilökohtainen apu", instrumentNumber: "HB-2027-000001", idleDays: 14 };

  it("say in plain language how long the service has gone unused and what to do, in fi, sv and en", () => {
    expect(notificationText("gap", "client", "fi", subject)).toBe(
      "Et ole käyttänyt palvelua henkilökohtainen apu 14 päivään. Jos palvelu ei sovi sinulle, ota yhteyttä omatyöntekijääsi.",
    );
    expect(notificationText("gap", "client", "sv", subject)).toBe("Du har inte använt henkilökohtainen apu på 14 dagar. Om tjänsten inte passar dig, kontakta din kontaktperson.");
    expect(notificationText("gap", "client", "en", subject)).toBe("You have not used henkilökohtainen apu for 14 days. If the service does not suit you, contact your social worker.");
    expect(notificationText("gap", "staff", "fi", subject)).toBe("HB-2027-000001 (henkilökohtainen apu): ei palvelutapahtumia 14 päivään.");
  });

  it("tell under-use as the client's own use, with whom to talk", () => {
    for (const language of languages) expect(notificationText("underuse", "client", language, subject)).toMatch(/omatyöntekijääsi|kontaktperson|social worker/);
    expect(notificationText("underuse", "client", "fi", subject)).toBe(
      "Olet käyttänyt palvelua henkilökohtainen apu vähemmän kuin sovittiin. Jos palvelu ei sovi sinulle tai sen saaminen ei onnistu, ota yhteyttä omatyöntekijääsi.",
    );
  });
});
