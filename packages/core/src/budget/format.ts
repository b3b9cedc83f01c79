import type { Language } from "../language";
import { dayNumber } from "./periods";

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
    const withQuantity: Record<Language, string> = {
      fi: `${serviceName}: sinulla on jäljellä ${amount} eli ${euros}. Voit käyttää ne ${date} asti.`,
      sv: `${serviceName}: du har ${amount} kvar, alltså ${euros}. Du kan använda dem till och med ${date}.`,
      en: `${serviceName}: you have ${amount} left, worth ${euros}. You can use them until ${date}.`,
    };
    return withQuantity[language];
  }
  const moneyOnly: Record<Language, string> = {
    fi: `${serviceName}: sinulla on jäljellä ${euros}. Voit käyttää sen ${date} asti.`,
    sv: `${serviceName}: du har ${euros} kvar. Du kan använda det till och med ${date}.`,
    en: `${serviceName}: you have ${euros} left. You can use it until ${date}.`,
  };
  return moneyOnly[language];
}
