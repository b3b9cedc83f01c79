import type { Language } from "../../language";

// Private to the decision document until the formatting helpers are merged project-wide.

const moneyFormats: Record<Language, Intl.NumberFormat> = {
  fi: new Intl.NumberFormat("fi-FI", { style: "currency", currency: "EUR" }),
  sv: new Intl.NumberFormat("sv-FI", { style: "currency", currency: "EUR" }),
  // en-IE: a euro-area English locale, so "€1,234.00" with the sign in front.
  en: new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" }),
};

const numberFormats: Record<Language, Intl.NumberFormat> = {
  fi: new Intl.NumberFormat("fi-FI", { maximumFractionDigits: 2 }),
  sv: new Intl.NumberFormat("sv-FI", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-IE", { maximumFractionDigits: 2 }),
};

/** Integer euro cents as "1 234,00 €" (fi, sv; non-breaking spaces as Intl gives them) or "€1,234.00" (en). */
export function formatMoney(cents: number, language: Language): string {
  if (!Number.isFinite(cents)) throw new RangeError(`Not an amount of cents: ${cents}`);
  return moneyFormats[language].format(cents / 100);
}

/** A quantity with at most two decimals in the language's notation: "0,5", "1 234" / "1,234". */
export function formatQuantity(quantity: number, language: Language): string {
  if (!Number.isFinite(quantity)) throw new RangeError(`Not a quantity: ${quantity}`);
  return numberFormats[language].format(quantity);
}

const englishMonths = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** YYYY-MM-DD as "31.5.2027" (fi, sv) or "31 May 2027" (en); throws on anything that is not a real calendar date. */
export function formatDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  // Round-tripping through UTC rejects 2027-02-30 and the like, which would otherwise print as a wrong date.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (!match || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  }
  return language === "en" ? `${day} ${englishMonths[month - 1]} ${year}` : `${day}.${month}.${year}`;
}

/** "A", "A and B", "A, B and C" in the language (no serial comma, as in Finnish and Swedish usage). */
export function joinList(items: readonly string[], language: Language): string {
  const and = { fi: "ja", sv: "och", en: "and" }[language];
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
