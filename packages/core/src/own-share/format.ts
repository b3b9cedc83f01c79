import { formatDate, formatEuros } from "../budget/format";
import type { Language } from "../language";

type CountedUnit = "hour" | "day" | "visit";

const perUnit: Record<Language, Record<CountedUnit, string>> = {
  fi: { hour: "tunnilta", day: "päivältä", visit: "käynniltä" },
  sv: { hour: "per timme", day: "per dag", visit: "per besök" },
  en: { hour: "per hour", day: "per day", visit: "per visit" },
};

export interface OwnShareSummaryInput {
  readonly unit: CountedUnit;
  /** The own share of one unit at the price in force today. */
  readonly perUnitCents: number;
  /** The own shares recorded this month. */
  readonly monthCents: number;
  /** An announced price change: the own share of one unit from its first day. */
  readonly coming?: { readonly perUnitCents: number; readonly effectiveFrom: string };
}

/** What the client pays the provider themself, in plain language: "Maksat itse 2,00 € tunnilta, tässä kuussa yhteensä 24,00 €." */
export function ownShareSummary(input: OwnShareSummaryInput, language: Language): string {
  const unit = perUnit[language][input.unit];
  const share = formatEuros(input.perUnitCents, language);
  const month = formatEuros(input.monthCents, language);
  const now = {
    fi: `Maksat itse ${share} ${unit}, tässä kuussa yhteensä ${month}.`,
    sv: `Du betalar själv ${share} ${unit}, den här månaden sammanlagt ${month}.`,
    en: `You pay ${share} ${unit} yourself, ${month} in all this month.`,
  }[language];
  if (!input.coming) return now;
  const from = formatDate(input.coming.effectiveFrom, language);
  const next = formatEuros(input.coming.perUnitCents, language);
  const later = {
    fi: `${from} alkaen maksat itse ${next} ${unit}.`,
    sv: `Från och med ${from} betalar du själv ${next} ${unit}.`,
    en: `From ${from} you pay ${next} ${unit} yourself.`,
  }[language];
  return `${now} ${later}`;
}
