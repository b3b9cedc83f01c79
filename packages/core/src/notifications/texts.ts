import type { Language } from "../language";
import type { NotificationKind } from "../drift/rules";

/** Who reads the text: clients get plain language about their own budget; staff get the case in a line. */
export type Audience = "client" | "staff";

const percent = (threshold: number | undefined, language: Language) =>
  `${Math.round((threshold ?? 0) * 100)}${language === "en" ? "%" : " %"}`;

type Texts = Record<NotificationKind, (service: string, number: string, threshold?: number) => string>;

const client: Record<Language, Texts> = {
  fi: {
    overuse: (s) => `Budjettiasi palveluun ${s} on käytetty sovittua nopeammin. Jos tarve on kasvanut, ota yhteyttä omatyöntekijääsi.`,
    underuse: (s) => `Budjettiasi palveluun ${s} on käytetty sovittua vähemmän. Jos palvelun käyttö ei onnistu, ota yhteyttä omatyöntekijääsi.`,
    gap: (s) => `Palvelua ${s} ei ole käytetty pitkään aikaan. Jos tarvitset apua, ota yhteyttä omatyöntekijääsi.`,
    exhausted: (s) => `Budjettisi palveluun ${s} on käytetty kokonaan.`,
    threshold: (s, _n, t) => `Budjetistasi palveluun ${s} on käytetty ${percent(t, "fi")}.`,
    expiry: (s) => `Budjettisi palveluun ${s} päättyy pian, ja osa siitä on vielä käyttämättä.`,
  },
  sv: {
    overuse: (s) => `Din budget för ${s} har använts snabbare än överenskommet. Om behovet har ökat, kontakta din kontaktperson.`,
    underuse: (s) => `Din budget för ${s} har använts mindre än överenskommet. Om tjänsten inte fungerar för dig, kontakta din kontaktperson.`,
    gap: (s) => `${s} har inte använts på länge. Om du behöver hjälp, kontakta din kontaktperson.`,
    exhausted: (s) => `Din budget för ${s} är helt använd.`,
    threshold: (s, _n, t) => `Av din budget för ${s} har ${percent(t, "sv")} använts.`,
    expiry: (s) => `Din budget för ${s} upphör snart och en del av den är fortfarande oanvänd.`,
  },
  en: {
    overuse: (s) => `Your budget for ${s} is being used faster than agreed. If your needs have grown, contact your social worker.`,
    underuse: (s) => `Your budget for ${s} is being used less than agreed. If the service is not working for you, contact your social worker.`,
    gap: (s) => `${s} has not been used for a long time. If you need help, contact your social worker.`,
    exhausted: (s) => `Your budget for ${s} has been used up.`,
    threshold: (s, _n, t) => `${percent(t, "en")} of your budget for ${s} has been used.`,
    expiry: (s) => `Your budget for ${s} ends soon and part of it is still unused.`,
  },
};

const staff: Record<Language, Texts> = {
  fi: {
    overuse: (s, n) => `${n} (${s}): käyttö on sovittua nopeampaa (ylikäyttö).`,
    underuse: (s, n) => `${n} (${s}): käyttö on sovittua vähäisempää (alikäyttö).`,
    gap: (s, n) => `${n} (${s}): ei palvelutapahtumia pitkään aikaan.`,
    exhausted: (s, n) => `${n} (${s}): budjetti on käytetty loppuun.`,
    threshold: (s, n, t) => `${n} (${s}): käytetty ${percent(t, "fi")}.`,
    expiry: (s, n) => `${n} (${s}): päättyy pian, ja osa on käyttämättä.`,
  },
  sv: {
    overuse: (s, n) => `${n} (${s}): används snabbare än överenskommet (överanvändning).`,
    underuse: (s, n) => `${n} (${s}): används mindre än överenskommet (underanvändning).`,
    gap: (s, n) => `${n} (${s}): inga servicehändelser på länge.`,
    exhausted: (s, n) => `${n} (${s}): budgeten är förbrukad.`,
    threshold: (s, n, t) => `${n} (${s}): ${percent(t, "sv")} använt.`,
    expiry: (s, n) => `${n} (${s}): upphör snart och en del är oanvänd.`,
  },
  en: {
    overuse: (s, n) => `${n} (${s}): used faster than agreed (over-use).`,
    underuse: (s, n) => `${n} (${s}): used less than agreed (under-use).`,
    gap: (s, n) => `${n} (${s}): no service events for a long time.`,
    exhausted: (s, n) => `${n} (${s}): the budget is used up.`,
    threshold: (s, n, t) => `${n} (${s}): ${percent(t, "en")} used.`,
    expiry: (s, n) => `${n} (${s}): ends soon with part of it unused.`,
  },
};

export function notificationText(
  kind: NotificationKind,
  audience: Audience,
  language: Language,
  subject: { serviceName: string; instrumentNumber: string; threshold?: number },
): string {
  const texts = (audience === "client" ? client : staff)[language];
  return texts[kind](subject.serviceName, subject.instrumentNumber, subject.threshold);
}

/** A change of a provider's bank account, told in the provider's inbox (and mailed to its registered contact). */
export const bankAccountNotificationKinds = ["bank-account-change-requested", "bank-account-change-confirmed", "bank-account-change-rejected"] as const;
export type BankAccountNotificationKind = (typeof bankAccountNotificationKinds)[number];

const bankAccount: Record<Language, Record<BankAccountNotificationKind, (ending: string) => string>> = {
  fi: {
    "bank-account-change-requested": (e) =>
      `Palveluntuottajan tilinumeron muutosta on pyydetty: uusi tili päättyy ${e}. Alueen talouspalvelut vahvistavat muutoksen ennen kuin yhtään maksua ohjataan uudelle tilille. Jos ette tunnista pyyntöä, ottakaa heti yhteyttä hyvinvointialueeseen.`,
    "bank-account-change-confirmed": (e) => `Tilinumeron muutos on vahvistettu: maksut maksetaan tästä lähtien tilille, joka päättyy ${e}.`,
    "bank-account-change-rejected": (e) => `Tilinumeron muutosta tilille, joka päättyy ${e}, ei hyväksytty. Maksut maksetaan edelleen entiselle tilille.`,
  },
  sv: {
    "bank-account-change-requested": (e) =>
      `En ändring av serviceproducentens kontonummer har begärts: det nya kontot slutar på ${e}. Områdets ekonomiförvaltning bekräftar ändringen innan någon betalning går till det nya kontot. Om ni inte känner igen begäran, kontakta välfärdsområdet genast.`,
    "bank-account-change-confirmed": (e) => `Ändringen av kontonumret har bekräftats: betalningarna görs från och med nu till kontot som slutar på ${e}.`,
    "bank-account-change-rejected": (e) => `Ändringen till kontot som slutar på ${e} godkändes inte. Betalningarna görs fortfarande till det tidigare kontot.`,
  },
  en: {
    "bank-account-change-requested": (e) =>
      `A change of the provider's bank account has been requested: the new account ends in ${e}. The area's finance staff confirm the change before any payment goes to the new account. If you do not recognise the request, contact the wellbeing services county at once.`,
    "bank-account-change-confirmed": (e) => `The bank account change is confirmed: payments go to the account ending in ${e} from now on.`,
    "bank-account-change-rejected": (e) => `The change to the account ending in ${e} was not accepted. Payments still go to the previous account.`,
  },
};

export const bankAccountNotificationText = (kind: BankAccountNotificationKind, language: Language, ibanEnding: string): string =>
  bankAccount[language][kind](ibanEnding);
