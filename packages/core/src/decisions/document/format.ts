import type { Language } from "../../language";

/** "A", "A and B", "A, B and C" in the language (no serial comma, as in Finnish and Swedish usage). */
export function joinList(items: readonly string[], language: Language): string {
  const and = { fi: "ja", sv: "och", en: "and" }[language];
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
