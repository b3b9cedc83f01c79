/**
 * From counter items to the published indicators (pure): distributions kept as day histograms
 * (`<name>.h<days>`) are summarised as count, median and 90th percentile; everything else is
 * the counter as it is. docs/statistics.md defines each indicator.
 */

export interface CounterRow {
  readonly month: string;
  /** `total`, or the breakdown asked for. */
  readonly breakdown: "total" | "municipality" | "ageGroup" | "serviceCode";
  /** `total` for the total row, else the breakdown's value (`unknown` when it could not be told). */
  readonly value: string;
  readonly counters: Readonly<Record<string, number>>;
}

export interface IndicatorRow {
  readonly month: string;
  readonly breakdown: CounterRow["breakdown"];
  readonly value: string;
  /** Indicator key → value; null where publishable output suppresses it. */
  readonly indicators: Record<string, number | null>;
}

/** The distributions kept as histograms, and the quantiles published of each (besides its count). */
const DISTRIBUTIONS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  "payments.delayDays": { median: 0.5, p90: 0.9 },
  "instruments.firstDeliveryDays": { median: 0.5, p90: 0.9 },
  "firstContact.deliveryDays": { median: 0.5, p90: 0.9 },
  "budgets.utilisationPercent": { q1: 0.25, median: 0.5, q3: 0.75 },
};
const distributionOf = (key: string): string | undefined => Object.keys(DISTRIBUTIONS).find((name) => key.startsWith(`${name}.`));

/** The value at quantile q of a histogram (nearest rank), or undefined when it is empty. */
export function quantile(histogram: ReadonlyMap<number, number>, q: number): number | undefined {
  const total = [...histogram.values()].reduce((sum, count) => sum + count, 0);
  if (total <= 0) return undefined;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bucket) ?? 0;
    if (seen >= rank) return bucket;
  }
  return undefined;
}

/** The unit of an indicator, by its key. */
export function unitOf(key: string): string {
  if (key.endsWith("Cents")) return "cents";
  const distribution = distributionOf(key);
  if (distribution && !key.endsWith(".count")) return distribution.endsWith("Percent") ? "percent" : "days";
  if (key.endsWith("Percent")) return "percent";
  return "count";
}

/** Indicators that count people (or one item per person, like a follow-up): cells of 1–4 are suppressed. */
export const countsPeople = (key: string): boolean =>
  key === "people" ||
  key.startsWith("clients.") ||
  key.startsWith("followUps.") ||
  key.startsWith("goals.") ||
  key === "instruments.vouchers" ||
  key === "instruments.commitments" ||
  key.startsWith("drift.") ||
  (key.endsWith(".count") && distributionOf(key) !== undefined);

export function summarise(row: CounterRow): IndicatorRow {
  const indicators: Record<string, number | null> = {};
  const histograms = new Map<string, Map<number, number>>();
  const perProvider: number[] = [];
  for (const [key, value] of Object.entries(row.counters)) {
    // Per-provider counts are summarised, never published: they would name providers' volumes.
    if (key.startsWith("events.provider.")) {
      if (value > 0) perProvider.push(value);
      continue;
    }
    const distribution = distributionOf(key);
    if (distribution && key.startsWith(`${distribution}.h`)) {
      const bucket = Number(key.slice(distribution.length + 2));
      const histogram = histograms.get(distribution) ?? new Map<number, number>();
      if (value !== 0) histogram.set(bucket, (histogram.get(bucket) ?? 0) + value);
      histograms.set(distribution, histogram);
    } else if (value !== 0 || key === "people") {
      indicators[key] = value;
    }
  }
  for (const [name, histogram] of histograms) {
    const count = [...histogram.values()].reduce((sum, n) => sum + n, 0);
    if (count === 0) continue;
    indicators[`${name}.count`] = count;
    for (const [summary, q] of Object.entries(DISTRIBUTIONS[name]!)) indicators[`${name}.${summary}`] = quantile(histogram, q)!;
  }
  if (perProvider.length > 0) {
    const all = perProvider.reduce((sum, n) => sum + n, 0);
    const top = [...perProvider].sort((a, b) => b - a).slice(0, 3).reduce((sum, n) => sum + n, 0);
    indicators["providers.delivering"] = perProvider.length;
    indicators["providers.top3SharePercent"] = Math.round((100 * top) / all);
  }
  if (indicators.people === undefined) indicators.people = 0;
  return { month: row.month, breakdown: row.breakdown, value: row.value, indicators: sortKeys(indicators) };
}

const sortKeys = (record: Record<string, number | null>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
