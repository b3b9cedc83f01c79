import { countsPeople, type IndicatorRow } from "./indicators";

/** Cells counting fewer people than this are not published (THL's usual threshold). */
export const MIN_PEOPLE = 5;

const small = (value: number | null | undefined): boolean => typeof value === "number" && value > 0 && value < MIN_PEOPLE;

/**
 * Publishable output (pure). Per month:
 * 1. a people-counting cell of 1–4 is suppressed (null), in the total row and in every breakdown row;
 * 2. complements: where the total of an indicator is shown, the suppressed cells of the breakdown
 *    add up to total − shown cells; while that difference is 1–4, the smallest shown non-zero cell
 *    is suppressed too, so no count of 1–4 can be worked out by subtraction;
 * 3. every other cell of a row (money, events, distributions) follows the row's `people`: a row
 *    whose people count is suppressed shows none of its figures.
 */
export function suppress(rows: readonly IndicatorRow[]): IndicatorRow[] {
  const out = rows.map((row) => ({ ...row, indicators: { ...row.indicators } }));
  const byMonth = new Map<string, typeof out>();
  for (const row of out) byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), row]);
  for (const monthRows of byMonth.values()) {
    const total = monthRows.find((row) => row.breakdown === "total");
    const cells = monthRows.filter((row) => row.breakdown !== "total");
    const keys = new Set(monthRows.flatMap((row) => Object.keys(row.indicators)).filter(countsPeople));
    keys.add("people");
    for (const key of keys) {
      for (const row of monthRows) if (small(row.indicators[key])) row.indicators[key] = null;
      const totalValue = total?.indicators[key];
      if (typeof totalValue !== "number") continue;
      for (;;) {
        const shown = cells.filter((row) => typeof row.indicators[key] === "number");
        const hidden = totalValue - shown.reduce((sum, row) => sum + (row.indicators[key] as number), 0);
        if (!small(hidden)) break;
        const next = shown.filter((row) => (row.indicators[key] as number) > 0).sort((a, b) => (a.indicators[key] as number) - (b.indicators[key] as number))[0];
        if (!next) break;
        next.indicators[key] = null;
      }
    }
    for (const row of monthRows) {
      if (row.indicators.people !== null) continue;
      for (const key of Object.keys(row.indicators)) row.indicators[key] = null;
    }
  }
  return out;
}
