import type { Language } from "./texts";

const locales: Record<Language, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** Integer cents as euros the way the language writes them: fi "24,00 €", en "€24.00". */
export function money(cents: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** A business date (YYYY-MM-DD) or an instant, as a date: fi and sv "31.12.2027", en "31 December 2027". */
export function date(value: string, language: Language): string {
  const day = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  const style: Intl.DateTimeFormatOptions = language === "en" ? { day: "numeric", month: "long", year: "numeric" } : { day: "numeric", month: "numeric", year: "numeric" };
  return new Intl.DateTimeFormat(locales[language], { ...style, timeZone: "Europe/Helsinki" }).format(day);
}

export const percent = (fraction: number) => Math.round(fraction * 100);
