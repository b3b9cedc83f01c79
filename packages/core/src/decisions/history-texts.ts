import { formatDate } from "../budget/format";
import { interpolate, type Language, type Localized } from "../language";

/** A decision's history in plain language (fi, sv, en): its view and the client's inbox say the same. */
export const historyTexts = {
  issued: { fi: "Päätös annettiin {at}. Se on voimassa {from} alkaen.", sv: "Beslutet gavs {at}. Det gäller från {from}.", en: "The decision was given on {at}. It applies from {from}." },
  appealed: { fi: "Päätökseen haettiin muutosta {at}.", sv: "Omprövning av beslutet begärdes {at}.", en: "A review of the decision was asked for on {at}." },
  upheld: {
    fi: "Muutoksenhaku hyväksyttiin {at}. Uusi päätös on voimassa {from} alkaen.",
    sv: "Begäran om omprövning godkändes {at}. Ett nytt beslut gäller från {from}.",
    en: "The review was decided in the client's favour on {at}. A new decision applies from {from}.",
  },
  "partly-upheld": {
    fi: "Muutoksenhaku hyväksyttiin osittain {at}. Uusi päätös on voimassa {from} alkaen.",
    sv: "Begäran om omprövning godkändes delvis {at}. Ett nytt beslut gäller från {from}.",
    en: "The review was partly decided in the client's favour on {at}. A new decision applies from {from}.",
  },
  dismissed: {
    fi: "Muutoksenhaku hylättiin {at}. Päätös pysyy ennallaan.",
    sv: "Begäran om omprövning avslogs {at}. Beslutet gäller som förut.",
    en: "The review was turned down on {at}. The decision stays as it was.",
  },
  withdrawn: {
    fi: "Muutoksenhaku peruttiin {at}. Päätös pysyy ennallaan.",
    sv: "Begäran om omprövning återkallades {at}. Beslutet gäller som förut.",
    en: "The review was withdrawn on {at}. The decision stays as it was.",
  },
  superseded: {
    fi: "Uusi päätös korvasi tämän {from} alkaen. Tämä päätös on voimassa {to} asti.",
    sv: "Ett nytt beslut ersatte detta från {from}. Detta beslut gäller till {to}.",
    en: "A new decision replaced this one from {from}. This one applies until {to}.",
  },
  replaced: {
    fi: "Uusi päätös korvasi tämän kokonaan {from} alkaen.",
    sv: "Ett nytt beslut ersatte detta helt från {from}.",
    en: "A new decision replaced this one entirely from {from}.",
  },
  revoked: { fi: "Päätös peruttiin {at}.", sv: "Beslutet återkallades {at}.", en: "The decision was revoked on {at}." },
  ended: { fi: "Päätös päättyi {at}.", sv: "Beslutet upphörde {at}.", en: "The decision ended on {at}." },
} satisfies Record<string, Localized>;

/** What the client's inbox says of an appeal's outcome: the decision's number, then the history's sentence. */
export function appealOutcomeText(
  notification: { decisionNumber: string; outcome: "upheld" | "partly-upheld" | "dismissed" | "withdrawn"; decidedOn: string; effectiveFrom?: string },
  language: Language,
): string {
  const params: Record<string, string> = { at: formatDate(notification.decidedOn, language), ...(notification.effectiveFrom ? { from: formatDate(notification.effectiveFrom, language) } : {}) };
  return `${notification.decisionNumber}: ${interpolate(historyTexts[notification.outcome][language], params)}`;
}

