export const languages = ["fi", "sv", "en"] as const;
export type Language = (typeof languages)[number];

/** Picks fi, sv or en from an Accept-Language header by q-value; Finnish when nothing matches. */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return "fi";
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0] as Language;
    if ((languages as readonly string[]).includes(primary)) return primary;
  }
  return "fi";
}

export type Localized = Readonly<Record<Language, string>>;

/** Replaces `{name}` placeholders; unknown names stay visible so a missing parameter is noticed. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
