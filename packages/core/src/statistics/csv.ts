import { type IndicatorRow, unitOf } from "./indicators";

/** The CSV's columns, in order: stable (docs/statistics.md); a new column is only ever added at the end. */
export const CSV_COLUMNS = ["area", "month", "breakdown", "breakdown_value", "indicator", "unit", "value", "suppressed"] as const;

const field = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** One line per month × breakdown value × indicator, RFC 4180, CRLF line ends, the area code on every line. */
export function statisticsCsv(area: string, rows: readonly IndicatorRow[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const row of rows) {
    for (const [indicator, value] of Object.entries(row.indicators)) {
      lines.push(
        [area, row.month, row.breakdown, row.value, indicator, unitOf(indicator), value === null ? "" : String(value), value === null ? "1" : "0"].map(field).join(","),
      );
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}
