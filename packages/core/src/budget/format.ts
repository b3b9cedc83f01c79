import type { Language } from "../language";
import { compareDates, dayNumber } from "./periods";

export type BudgetUnit = "hour" | "day" | "visit" | "euro";

const numberLocale: Record<Language, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

const euroFormats: Record<Language, Intl.NumberFormat> = {
  fi: new Intl.NumberFormat(numberLocale.fi, { style: "currency", currency: "EUR" }),
  sv: new Intl.NumberFormat(numberLocale.sv, { style: "currency", currency: "EUR" }),
  en: new Intl.NumberFormat(numberLocale.en, { style: "currency", currency: "EUR" }),
};

/**
 * Integer cents as euros the caller's way: fi/sv "1 234,00 €" (ICU's own no-break spaces and
 * minus sign are kept), en "€1,234.00". Zero, also −0, is always "0,00 €" / "€0.00".
 */
export function formatEuros(cents: number, language: Language): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError("cents must be a safe integer");
  // A decimal string keeps Intl exact even where cents / 100 has no exact double.
  const abs = Math.abs(cents);
  const decimal = `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  return euroFormats[language].format(decimal as Intl.StringNumericLiteral);
}

const englishMonths = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** fi/sv "31.5.2027", en "31 May 2027"; built from the date's digits, so no time zone is involved. */
export function formatDate(date: string, language: Language): string {
  dayNumber(date); // validates; throws RangeError on a bad date
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return language === "en" ? `${day} ${englishMonths[month - 1]} ${year}` : `${day}.${month}.${year}`;
}

const unitWords: Record<Language, Record<Exclude<BudgetUnit, "euro">, readonly [one: string, many: string]>> = {
  fi: { hour: ["tunti", "tuntia"], day: ["päivä", "päivää"], visit: ["käynti", "käyntiä"] },
  sv: { hour: ["timme", "timmar"], day: ["dag", "dagar"], visit: ["besök", "besök"] },
  en: { hour: ["hour", "hours"], day: ["day", "days"], visit: ["visit", "visits"] },
};

const quantityFormats: Record<Language, Intl.NumberFormat> = {
  fi: new Intl.NumberFormat(numberLocale.fi, { maximumFractionDigits: 2 }),
  sv: new Intl.NumberFormat(numberLocale.sv, { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(numberLocale.en, { maximumFractionDigits: 2 }),
};

/** A quantity with at most two decimals in the language's notation: "0,5", "1 234" / "1,234". */
export function formatDecimal(quantity: number, language: Language): string {
  if (!Number.isFinite(quantity)) throw new RangeError(`Not a quantity: ${quantity}`);
  // + 0 turns −0 into 0 so "-0" never shows.
  return quantityFormats[language].format(quantity + 0);
}

function formatQuantity(quantity: number, unit: Exclude<BudgetUnit, "euro">, language: Language): string {
  const [one, many] = unitWords[language][unit];
  return `${formatDecimal(quantity, language)} ${quantity === 1 ? one : many}`;
}

export interface BalanceSummaryInput {
  /** Already in the caller's language, e.g. "Henkilökohtainen apu". */
  serviceName: string;
  availableCents: number;
  validTo: string;
  unit: BudgetUnit;
  /** Units still left (hours, days, visits); shown before the euros when given. */
  availableQuantity?: number;
  /** The first day of use, when it is still ahead: the text says from when. */
  usableFrom?: string;
}

/**
 * One or two short plain-language (selkokieli) sentences about what is left:
 * fi "Henkilökohtainen apu: sinulla on jäljellä 1 234,00 €. Voit käyttää sen 31.5.2027 asti."
 * With a quantity: "…: sinulla on jäljellä 12,5 tuntia eli 450,00 €. Voit käyttää ne 31.5.2027 asti."
 * Nothing left: "Henkilökohtainen apu: budjetti on käytetty loppuun."
 */
export function balanceSummary(input: BalanceSummaryInput, language: Language): string {
  const { serviceName, availableCents, validTo, unit, availableQuantity } = input;
  if (!Number.isSafeInteger(availableCents) || availableCents < 0) {
    throw new RangeError("availableCents must be a non-negative safe integer");
  }
  if (availableQuantity !== undefined && (!Number.isFinite(availableQuantity) || availableQuantity < 0)) {
    throw new RangeError("availableQuantity must be a non-negative number");
  }
  const date = formatDate(validTo, language);
  const from = input.usableFrom === undefined ? undefined : formatDate(input.usableFrom, language);

  if (availableCents === 0) {
    const usedUp: Record<Language, string> = {
      fi: "budjetti on käytetty loppuun.",
      sv: "budgeten är slut.",
      en: "the budget is used up.",
    };
    return `${serviceName}: ${usedUp[language]}`;
  }

  const euros = formatEuros(availableCents, language);
  if (unit !== "euro" && availableQuantity !== undefined) {
    const amount = formatQuantity(availableQuantity, unit, language);
    const withQuantity: Record<Language, string> = from
      ? {
          fi: `${serviceName}: sinulla on käytettävissä ${amount} eli ${euros}. Voit käyttää ne ${from} alkaen ${date} asti.`,
          sv: `${serviceName}: du har ${amount}, alltså ${euros}. Du kan använda dem från och med ${from} till och med ${date}.`,
          en: `${serviceName}: you have ${amount}, worth ${euros}. You can use them from ${from} until ${date}.`,
        }
      : {
          fi: `${serviceName}: sinulla on jäljellä ${amount} eli ${euros}. Voit käyttää ne ${date} asti.`,
          sv: `${serviceName}: du har ${amount} kvar, alltså ${euros}. Du kan använda dem till och med ${date}.`,
          en: `${serviceName}: you have ${amount} left, worth ${euros}. You can use them until ${date}.`,
        };
    return withQuantity[language];
  }
  const moneyOnly: Record<Language, string> = from
    ? {
        fi: `${serviceName}: sinulla on käytettävissä ${euros}. Voit käyttää sen ${from} alkaen ${date} asti.`,
        sv: `${serviceName}: du har ${euros}. Du kan använda det från och med ${from} till och med ${date}.`,
        en: `${serviceName}: you have ${euros}. You can use it from ${from} until ${date}.`,
      }
    : {
        fi: `${serviceName}: sinulla on jäljellä ${euros}. Voit käyttää sen ${date} asti.`,
        sv: `${serviceName}: du har ${euros} kvar. Du kan använda det till och med ${date}.`,
        en: `${serviceName}: you have ${euros} left. You can use it until ${date}.`,
      };
  return moneyOnly[language];
}

/**
 * A budget the client can no longer use, in plain language: which budget replaced it and from
 * when, or that HB ended; undefined for any other budget.
 */
export function budgetSummary(
  budget: { supersededFrom?: string; successorPlanVersion?: number; endedOn?: string },
  language: Language,
): string | undefined {
  if (budget.supersededFrom) {
    const from = formatDate(budget.supersededFrom, language);
    const version = budget.successorPlanVersion;
    const texts: Record<Language, string> = version === undefined
      ? {
          fi: `Tämä budjetti on korvattu uudella budjetilla ${from} alkaen.`,
          sv: `Den här budgeten har ersatts av en ny budget från och med ${from}.`,
          en: `This budget was replaced by a new budget from ${from}.`,
        }
      : {
          fi: `Tämä budjetti on korvattu uudella budjetilla (palvelusuunnitelman versio ${version}) ${from} alkaen.`,
          sv: `Den här budgeten har ersatts av en ny budget (serviceplanens version ${version}) från och med ${from}.`,
          en: `This budget was replaced by a new budget (service plan version ${version}) from ${from}.`,
        };
    return texts[language];
  }
  if (budget.endedOn) {
    const on = formatDate(budget.endedOn, language);
    const texts: Record<Language, string> = {
      fi: `Henkilökohtainen budjetti päättyi ${on}. Tätä budjettia ei voi enää käyttää.`,
      sv: `Den personliga budgeten upphörde ${on}. Den här budgeten kan inte längre användas.`,
      en: `Your personal budget ended on ${on}. This budget can no longer be used.`,
    };
    return texts[language];
  }
  return undefined;
}

export interface UseSummaryInput extends Omit<BalanceSummaryInput, "usableFrom"> {
  /** The first day of use (validTo is the last, already clipped by a successor or the end of HB). */
  validFrom: string;
  /** The view's business date. */
  today: string;
  /** Closed: nothing can be charged to it any more. */
  closed: boolean;
  /** A superseding decision took over from this day. */
  supersededFrom?: string;
  /** HB ended (or was declined) on this day. */
  endedOn?: string;
}

/**
 * What the client can still use, in plain language, never two balances for one service at once
 * (SPEC §3, issue 12): once its last day has passed or it is closed, an instrument or a budget
 * line says why it ended and that it can no longer be used, with no amount; one that a successor
 * replaces later says so after its balance; one that starts later says from when.
 * fi "Henkilökohtainen apu: uusi päätös korvasi tämän 15.4.2027 alkaen. Tätä ei voi enää käyttää."
 */
export function useSummary(input: UseSummaryInput, language: Language): string {
  const { serviceName, validFrom, validTo, today, closed, supersededFrom, endedOn } = input;
  if (closed || compareDates(today, validTo) > 0) {
    const noMore: Record<Language, string> = { fi: "Tätä ei voi enää käyttää.", sv: "Den kan inte längre användas.", en: "It can no longer be used." };
    let why: Record<Language, string>;
    if (supersededFrom) {
      const from = formatDate(supersededFrom, language);
      why = {
        fi: `uusi päätös korvasi tämän ${from} alkaen.`,
        sv: `ett nytt beslut ersatte det här från och med ${from}.`,
        en: `a new decision replaced this one from ${from}.`,
      };
    } else if (endedOn) {
      const on = formatDate(endedOn, language);
      why = {
        fi: `henkilökohtainen budjetti päättyi ${on}.`,
        sv: `den personliga budgeten upphörde ${on}.`,
        en: `your personal budget ended on ${on}.`,
      };
    } else if (closed) {
      why = { fi: "tämä on suljettu.", sv: "det här har stängts.", en: "this has been closed." };
    } else {
      const on = formatDate(validTo, language);
      why = { fi: `voimassaolo päättyi ${on}.`, sv: `giltighetstiden tog slut ${on}.`, en: `it was valid until ${on}.` };
    }
    return `${serviceName}: ${why[language]} ${noMore[language]}`;
  }
  const balance = balanceSummary({ ...input, ...(compareDates(validFrom, today) > 0 ? { usableFrom: validFrom } : {}) }, language);
  if (!supersededFrom) return balance;
  const then: Record<Language, string> = { fi: "Sen jälkeen tilalle tulee uusi päätös.", sv: "Därefter gäller ett nytt beslut.", en: "After that, a new decision applies." };
  return `${balance} ${then[language]}`;
}
