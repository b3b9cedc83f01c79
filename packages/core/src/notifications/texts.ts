import { formatDate, formatEuros } from "../budget/format";
import { addDays } from "../budget/periods";
import type { NotificationKind } from "../drift/rules";
import type { Language } from "../language";
import type { PaymentProblem } from "../settlement/payment-file";
import type { PaymentNotificationKind, ProviderSwitchNotificationKind } from "./schemas";

/** Who reads the text: clients get plain language about their own budget; staff get the case in a line. */
export type Audience = "client" | "staff";

const percent = (threshold: number | undefined, language: Language) =>
  `${Math.round((threshold ?? 0) * 100)}${language === "en" ? "%" : " %"}`;

type Texts = Record<NotificationKind, (service: string, number: string, threshold?: number, idleDays?: number) => string>;

const client: Record<Language, Texts> = {
  fi: {
    overuse: (s) => `Budjettiasi palveluun ${s} on käytetty sovittua nopeammin. Jos tarve on kasvanut, ota yhteyttä omatyöntekijääsi.`,
    underuse: (s) => `Olet käyttänyt palvelua ${s} vähemmän kuin sovittiin. Jos palvelu ei sovi sinulle tai sen saaminen ei onnistu, ota yhteyttä omatyöntekijääsi.`,
    gap: (s, _n, _t, d) => `Et ole käyttänyt palvelua ${s} ${d} päivään. Jos palvelu ei sovi sinulle, ota yhteyttä omatyöntekijääsi.`,
    exhausted: (s) => `Budjettisi palveluun ${s} on käytetty kokonaan.`,
    threshold: (s, _n, t) => `Budjetistasi palveluun ${s} on käytetty ${percent(t, "fi")}.`,
    expiry: (s) => `Budjettisi palveluun ${s} päättyy pian, ja osa siitä on vielä käyttämättä.`,
  },
  sv: {
    overuse: (s) => `Din budget för ${s} har använts snabbare än överenskommet. Om behovet har ökat, kontakta din kontaktperson.`,
    underuse: (s) => `Du har använt ${s} mindre än överenskommet. Om tjänsten inte passar dig eller du inte får den, kontakta din kontaktperson.`,
    gap: (s, _n, _t, d) => `Du har inte använt ${s} på ${d} dagar. Om tjänsten inte passar dig, kontakta din kontaktperson.`,
    exhausted: (s) => `Din budget för ${s} är helt använd.`,
    threshold: (s, _n, t) => `Av din budget för ${s} har ${percent(t, "sv")} använts.`,
    expiry: (s) => `Din budget för ${s} upphör snart och en del av den är fortfarande oanvänd.`,
  },
  en: {
    overuse: (s) => `Your budget for ${s} is being used faster than agreed. If your needs have grown, contact your social worker.`,
    underuse: (s) => `You have used ${s} less than agreed. If the service does not suit you or you cannot get it, contact your social worker.`,
    gap: (s, _n, _t, d) => `You have not used ${s} for ${d} days. If the service does not suit you, contact your social worker.`,
    exhausted: (s) => `Your budget for ${s} has been used up.`,
    threshold: (s, _n, t) => `${percent(t, "en")} of your budget for ${s} has been used.`,
    expiry: (s) => `Your budget for ${s} ends soon and part of it is still unused.`,
  },
};

const staff: Record<Language, Texts> = {
  fi: {
    overuse: (s, n) => `${n} (${s}): käyttö on sovittua nopeampaa (ylikäyttö).`,
    underuse: (s, n) => `${n} (${s}): käyttö on sovittua vähäisempää (alikäyttö).`,
    gap: (s, n, _t, d) => `${n} (${s}): ei palvelutapahtumia ${d} päivään.`,
    exhausted: (s, n) => `${n} (${s}): budjetti on käytetty loppuun.`,
    threshold: (s, n, t) => `${n} (${s}): käytetty ${percent(t, "fi")}.`,
    expiry: (s, n) => `${n} (${s}): päättyy pian, ja osa on käyttämättä.`,
  },
  sv: {
    overuse: (s, n) => `${n} (${s}): används snabbare än överenskommet (överanvändning).`,
    underuse: (s, n) => `${n} (${s}): används mindre än överenskommet (underanvändning).`,
    gap: (s, n, _t, d) => `${n} (${s}): inga servicehändelser på ${d} dagar.`,
    exhausted: (s, n) => `${n} (${s}): budgeten är förbrukad.`,
    threshold: (s, n, t) => `${n} (${s}): ${percent(t, "sv")} använt.`,
    expiry: (s, n) => `${n} (${s}): upphör snart och en del är oanvänd.`,
  },
  en: {
    overuse: (s, n) => `${n} (${s}): used faster than agreed (over-use).`,
    underuse: (s, n) => `${n} (${s}): used less than agreed (under-use).`,
    gap: (s, n, _t, d) => `${n} (${s}): no service events for ${d} days.`,
    exhausted: (s, n) => `${n} (${s}): the budget is used up.`,
    threshold: (s, n, t) => `${n} (${s}): ${percent(t, "en")} used.`,
    expiry: (s, n) => `${n} (${s}): ends soon with part of it unused.`,
  },
};

export function notificationText(
  kind: NotificationKind,
  audience: Audience,
  language: Language,
  subject: { serviceName: string; instrumentNumber: string; threshold?: number; idleDays?: number },
): string {
  const texts = (audience === "client" ? client : staff)[language];
  return texts[kind](subject.serviceName, subject.instrumentNumber, subject.threshold, subject.idleDays);
}

/** A change of a voucher's provider, for staff (the providers and the client's worker): the instrument, and the day it takes effect. */
const providerSwitch: Record<Language, Record<ProviderSwitchNotificationKind, (service: string, number: string, from: string) => string>> = {
  fi: {
    "provider-switched": (s, n, d) =>
      `${n} (${s}): asiakas vaihtoi palveluntuottajaa ${d} alkaen. Edellinen palveluntuottaja kirjaa ja korjaa sitä edeltävien päivien palvelut kirjausajan loppuun asti.`,
    "provider-chosen": (s, n, d) => `${n} (${s}): asiakas valitsi teidät palveluntuottajaksi ${d} alkaen. Hyväksykää palveluseteli, jotta voitte kirjata palveluja.`,
    "instrument-ended": (s, n, d) => `${n} (${s}): päättyy, viimeinen päivä on ${d}. Sen jälkeisiä palveluja ei voi kirjata.`,
    "instrument-changed": (s, n, d) => `${n} (${s}): uusi päätös korvaa tämän ${d} alkaen. Sitä edeltävät palvelut kirjataan tälle; katsokaa uusi maksuväline työlistalta.`,
    "provider-suspended": (s, n, d) => `${n} (${s}): alue keskeytti palveluntuottajan toiminnan ${d} alkaen. Sovi asiakkaan kanssa uuden palveluntuottajan valinnasta.`,
    "provider-terminated": (s, n, d) => `${n} (${s}): alue lopetti palveluntuottajan hyväksynnän ${d} alkaen. Sovi asiakkaan kanssa uuden palveluntuottajan valinnasta.`,
  },
  sv: {
    "provider-switched": (s, n, d) =>
      `${n} (${s}): klienten bytte serviceproducent från och med ${d}. Den tidigare producenten registrerar och rättar tjänsterna för dagarna innan till slutet av registreringstiden.`,
    "provider-chosen": (s, n, d) => `${n} (${s}): klienten valde er som serviceproducent från och med ${d}. Godkänn servicesedeln för att kunna registrera tjänster.`,
    "instrument-ended": (s, n, d) => `${n} (${s}): upphör, sista dagen är ${d}. Tjänster efter den kan inte registreras.`,
    "instrument-changed": (s, n, d) => `${n} (${s}): ett nytt beslut ersätter detta från och med ${d}. Tjänsterna före det registreras här; se det nya betalningsinstrumentet i arbetslistan.`,
    "provider-suspended": (s, n, d) => `${n} (${s}): området avbröt serviceproducentens verksamhet från och med ${d}. Kom överens med klienten om att välja en ny serviceproducent.`,
    "provider-terminated": (s, n, d) => `${n} (${s}): området avslutade serviceproducentens godkännande från och med ${d}. Kom överens med klienten om att välja en ny serviceproducent.`,
  },
  en: {
    "provider-switched": (s, n, d) =>
      `${n} (${s}): the client changed provider from ${d}. The previous provider records and corrects the deliveries of the days before until the recording deadline.`,
    "provider-chosen": (s, n, d) => `${n} (${s}): the client chose you as the provider from ${d}. Accept the voucher to record deliveries.`,
    "instrument-ended": (s, n, d) => `${n} (${s}): ends; its last day is ${d}. Deliveries after it cannot be recorded.`,
    "instrument-changed": (s, n, d) => `${n} (${s}): a new decision replaces it from ${d}. The deliveries before that day are recorded on it; see the new instrument in the work list.`,
    "provider-suspended": (s, n, d) => `${n} (${s}): the area suspended the provider from ${d}. Agree with the client on choosing another provider.`,
    "provider-terminated": (s, n, d) => `${n} (${s}): the area ended the provider's approval from ${d}. Agree with the client on choosing another provider.`,
  },
};

/** The same stop told to the client, in plain language (its inbox, which its representatives read). */
const providerStoppedForClient: Record<Language, (service: string, from: string) => string> = {
  fi: (s, d) => `${s}: palveluntuottajasi ei voi enää antaa palvelua ${d} alkaen. Valitse uusi palveluntuottaja HB:ssä tai ota yhteyttä omatyöntekijääsi.`,
  sv: (s, d) => `${s}: din serviceproducent kan inte längre ge tjänsten från och med ${d}. Välj en ny serviceproducent i HB eller kontakta din kontaktperson.`,
  en: (s, d) => `${s}: your provider can no longer give you the service from ${d}. Choose another provider in HB or contact your social worker.`,
};

export function providerSwitchNotificationText(
  kind: ProviderSwitchNotificationKind,
  audience: Audience,
  language: Language,
  subject: { serviceName: string; instrumentNumber: string; effectiveFrom: string },
): string {
  // An ending is told by its last day; everything else by its first.
  const day = formatDate(kind === "instrument-ended" ? addDays(subject.effectiveFrom, -1) : subject.effectiveFrom, language);
  if (audience === "client") return providerStoppedForClient[language](subject.serviceName, day);
  return providerSwitch[language][kind](subject.serviceName, subject.instrumentNumber, day);
}

/** Why HB left a payment out of a file (settlement/payment-file.ts `PaymentProblem`, and a provider no longer registered). */
export const excludedReasonTexts: Record<PaymentProblem | "PROVIDER_NOT_FOUND", Record<Language, string>> = {
  INVALID_IBAN: { fi: "tilinumero ei ole kelvollinen IBAN", sv: "kontonumret inte är ett giltigt IBAN", en: "the account number is not a valid IBAN" },
  IBAN_NOT_SEPA: { fi: "tili ei ole SEPA-maassa", sv: "kontot inte finns i ett SEPA-land", en: "the account is not in a SEPA country" },
  INVALID_BIC: { fi: "BIC-tunnus ei ole kelvollinen", sv: "BIC-koden är ogiltig", en: "the BIC is not valid" },
  BIC_REQUIRED: {
    fi: "tili on EU- ja ETA-alueen ulkopuolella, eikä pankin BIC-tunnusta ole annettu",
    sv: "kontot finns utanför EU och EES och bankens BIC-kod saknas",
    en: "the account is outside the EU and EEA and the bank's BIC is missing",
  },
  BIC_COUNTRY_MISMATCH: { fi: "BIC-tunnus on eri maasta kuin tili", sv: "BIC-koden är från ett annat land än kontot", en: "the BIC is of another country than the account" },
  NAME_NOT_WRITABLE: {
    fi: "nimessä ei ole merkkejä, joita maksu voi välittää",
    sv: "namnet inte har några tecken som en betalning kan förmedla",
    en: "the name has no characters a payment can carry",
  },
  AMOUNT_OUT_OF_RANGE: { fi: "summa ylittää SEPA-maksun enimmäismäärän", sv: "beloppet överskrider maxbeloppet för en SEPA-betalning", en: "the amount is above a SEPA payment's maximum" },
  INVALID_REFERENCE: { fi: "viite ei ole kelvollinen", sv: "referensen är ogiltig", en: "the reference is not valid" },
  PROVIDER_NOT_FOUND: { fi: "palveluntuottajaa ei ole rekisterissä", sv: "serviceproducenten inte finns i registret", en: "the provider is not in the register" },
};

/** The ISO 20022 return and status reason codes banks use most for SEPA credit transfers; others are shown as the bank gave them. */
export const bankReasonTexts: Record<string, Record<Language, string>> = {
  AC01: { fi: "virheellinen tilinumero", sv: "felaktigt kontonummer", en: "incorrect account number" },
  AC04: { fi: "tili on lopetettu", sv: "kontot är avslutat", en: "account closed" },
  AC06: { fi: "tili on estetty", sv: "kontot är spärrat", en: "account blocked" },
  AG01: { fi: "tapahtuma ei ole sallittu tälle tilille", sv: "transaktionen är inte tillåten på kontot", en: "transaction forbidden on this account" },
  AM04: { fi: "tilillä ei ole katetta", sv: "otillräcklig täckning på kontot", en: "insufficient funds" },
  AM05: { fi: "kaksoismaksu", sv: "dubbel betalning", en: "duplicate payment" },
  BE04: { fi: "saajan osoite puuttuu", sv: "mottagarens adress saknas", en: "creditor address missing" },
  FF01: { fi: "virheellinen aineiston muoto", sv: "ogiltigt filformat", en: "invalid file format" },
  MD07: { fi: "tilinomistaja on kuollut", sv: "kontohavaren har avlidit", en: "account holder deceased" },
  MS02: { fi: "saaja ei ilmoittanut syytä", sv: "mottagaren angav ingen orsak", en: "no reason given by the creditor" },
  MS03: { fi: "pankki ei ilmoittanut syytä", sv: "banken angav ingen orsak", en: "no reason given by the bank" },
  RC01: { fi: "virheellinen BIC-tunnus", sv: "felaktig BIC-kod", en: "incorrect BIC" },
  RR04: { fi: "viranomaismääräyksiin perustuva syy", sv: "regulatoriskt skäl", en: "regulatory reason" },
};

export interface PaymentSubject {
  runId: string;
  statementMonth: string;
  providerName: string;
  amountCents: number;
  reasonCode: string;
  reason?: string;
}

/** Why HB left it out, in words; the code itself for one not listed. */
const excludedReason = (subject: PaymentSubject, language: Language) =>
  (excludedReasonTexts as Partial<Record<string, Record<Language, string>>>)[subject.reasonCode]?.[language] ?? subject.reasonCode;

/** `AC04 (tili on lopetettu)`: the bank's code with what it means, or with the bank's own words for a code not listed. */
const bankReason = (subject: PaymentSubject, language: Language) => {
  const meaning = bankReasonTexts[subject.reasonCode]?.[language] ?? subject.reason;
  return meaning ? `${subject.reasonCode} (${meaning})` : subject.reasonCode;
};

const paymentTexts: Record<Language, Record<PaymentNotificationKind, (s: PaymentSubject, amount: string) => string>> = {
  fi: {
    "payment-excluded": (s, a) =>
      `${s.providerName}: maksu ${a} (tilitys ${s.statementMonth}) jätettiin pois tilitysajon ${s.runId} maksuaineistosta, koska ${excludedReason(s, "fi")} (${s.reasonCode}). Se on yhä maksamatta; seuraava tilitysajo maksaa sen, kun syy on korjattu.`,
    "payment-returned": (s, a) =>
      `${s.providerName}: pankki palautti maksun ${a} (tilitys ${s.statementMonth}, tilitysajo ${s.runId}), syy ${bankReason(s, "fi")}. Se on taas maksamatta; seuraava tilitysajo maksaa sen, kun palveluntuottajan tilinumero on vaihdettu.`,
    "payment-rejected": (s, a) =>
      `${s.providerName}: pankki hylkäsi maksun ${a} (tilitys ${s.statementMonth}, tilitysajo ${s.runId}), syy ${bankReason(s, "fi")}. Se on taas maksamatta; seuraava tilitysajo maksaa sen, kun palveluntuottajan tilinumero on vaihdettu.`,
  },
  sv: {
    "payment-excluded": (s, a) =>
      `${s.providerName}: betalningen ${a} (redovisning ${s.statementMonth}) lämnades utanför betalningsfilen i körningen ${s.runId}, eftersom ${excludedReason(s, "sv")} (${s.reasonCode}). Den är fortfarande obetald; nästa körning betalar den när orsaken är åtgärdad.`,
    "payment-returned": (s, a) =>
      `${s.providerName}: banken returnerade betalningen ${a} (redovisning ${s.statementMonth}, körning ${s.runId}), orsak ${bankReason(s, "sv")}. Den är obetald igen; nästa körning betalar den när serviceproducentens kontonummer har ändrats.`,
    "payment-rejected": (s, a) =>
      `${s.providerName}: banken avvisade betalningen ${a} (redovisning ${s.statementMonth}, körning ${s.runId}), orsak ${bankReason(s, "sv")}. Den är obetald igen; nästa körning betalar den när serviceproducentens kontonummer har ändrats.`,
  },
  en: {
    "payment-excluded": (s, a) =>
      `${s.providerName}: the payment of ${a} (statement ${s.statementMonth}) was left out of run ${s.runId}'s payment file because ${excludedReason(s, "en")} (${s.reasonCode}). It is still owed; the next run pays it once the cause is fixed.`,
    "payment-returned": (s, a) =>
      `${s.providerName}: the bank returned the payment of ${a} (statement ${s.statementMonth}, run ${s.runId}), reason ${bankReason(s, "en")}. It is owed again; the next run pays it once the provider's account number has changed.`,
    "payment-rejected": (s, a) =>
      `${s.providerName}: the bank rejected the payment of ${a} (statement ${s.statementMonth}, run ${s.runId}), reason ${bankReason(s, "en")}. It is owed again; the next run pays it once the provider's account number has changed.`,
  },
};

/** Finance's text of a payment that was not made: who, how much, which statement and run, and why. */
export function paymentNotificationText(kind: PaymentNotificationKind, language: Language, subject: PaymentSubject): string {
  return paymentTexts[language][kind](subject, formatEuros(subject.amountCents, language));
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
