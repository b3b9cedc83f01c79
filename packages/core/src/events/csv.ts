import { CsvError, parse } from "csv-parse/sync";
import { DomainError } from "../errors";
import type { FieldCode } from "../messages";

/** The columns of an events CSV: the fields of `POST /v1/service-events`, by the same names (docs/api.md#batch). */
export const eventCsvColumns = ["instrumentId", "externalId", "kind", "start", "end", "date", "quantity", "note"] as const;
type Column = (typeof eventCsvColumns)[number];
/** Without these a file cannot name any event: their absence is a missing (or mistyped) header row. */
const requiredColumns: readonly Column[] = ["instrumentId", "externalId"];

/** One data row of the file: its place among the rows, the line it begins on (the header is line 1), and its cells as the JSON form's fields. */
export interface CsvEventRow {
  readonly index: number;
  readonly line: number;
  readonly event: Record<string, string | number>;
}

/** A quantity in Finnish notation (`1,5`) or with a point (`1.5`); anything else is left as text for the row's validation to refuse. */
const quantityPattern = /^[+-]?\d+(?:[.,]\d+)?$/;

/** A line of nothing but separators and spaces: read as no row at all. */
const blank = (line: string) => /^[\s;,]*$/.test(line);

/** The line a record begins on, from the line it ends on: a quoted field may hold line breaks. */
const firstLineOf = (record: readonly string[], lastLine: number) =>
  lastLine - record.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

const malformed = (line: number, code: FieldCode, params: Record<string, string | number> = {}) =>
  new DomainError("MALFORMED_CSV", { line }, [{ path: "/body", code, params }]);

/**
 * Reads an events CSV (UTF-8, an optional BOM; `;` or `,` between fields,
 * whichever the header row uses; RFC 4180 quotes; blank lines and lines of
 * empty fields skipped) into rows of the JSON form's fields: an empty cell is
 * a field left out, `quantity` a number. A file that cannot be read as a
 * whole is refused (400 MALFORMED_CSV naming the line); a row that reads but
 * is not a valid event is left to its own validation.
 */
export function readEventsCsv(text: string): CsvEventRow[] {
  const physical = text.replace(/^\uFEFF/, "").split(/\r?\n|\r/);
  // A file saved in another encoding reaches us with its bytes replaced by U+FFFD.
  const undecodable = physical.findIndex((content) => content.includes("\uFFFD"));
  if (undecodable >= 0) throw malformed(undecodable + 1, "CSV_NOT_UTF8");
  const firstLine = physical.findIndex((content) => !blank(content));
  if (firstLine < 0) throw malformed(1, "CSV_NO_HEADER");

  let records: string[][];
  /** The line each record read ends on. */
  const ends: number[] = [];
  let headerLength = 0;
  try {
    records = parse(text, {
      bom: true,
      delimiter: physical[firstLine]!.includes(";") ? ";" : ",",
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      on_record: (record, context) => {
        if (ends.length === 0) headerLength = record.length;
        ends.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const { record = [], lines = 1 } = error as unknown as { record?: string[]; lines?: number };
    switch (error.code) {
      case "CSV_QUOTE_NOT_CLOSED": {
        // Found only at the end of the file: the field opened on the first line after the last record read.
        let line = (ends.at(-1) ?? 0) + 1;
        while (line < physical.length && blank(physical[line - 1]!)) line += 1;
        throw malformed(line, "CSV_QUOTE_NOT_CLOSED");
      }
      case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
        throw malformed(firstLineOf(record, lines), "CSV_FIELD_COUNT", { found: record.length, expected: headerLength });
      case "INVALID_OPENING_QUOTE":
      case "CSV_INVALID_CLOSING_QUOTE":
        throw malformed(lines, "CSV_INVALID_QUOTE");
      default:
        throw malformed(lines, "CSV_UNREADABLE");
    }
  }

  const [header, ...rows] = records;
  const headerLine = firstLineOf(header!, ends[0]!);
  const columns = header!.map((name) => eventCsvColumns.find((column) => column.toLowerCase() === name.toLowerCase()) ?? name);
  const list = eventCsvColumns.join(", ");
  for (const [position, column] of columns.entries()) {
    if (!(eventCsvColumns as readonly string[]).includes(column)) throw malformed(headerLine, "CSV_UNKNOWN_COLUMN", { column, columns: list });
    if (columns.indexOf(column) !== position) throw malformed(headerLine, "CSV_DUPLICATE_COLUMN", { column });
  }
  const missing = requiredColumns.find((column) => !columns.includes(column));
  if (missing) throw malformed(headerLine, "CSV_MISSING_COLUMN", { column: missing, columns: list });
  if (rows.length === 0) throw malformed(ends[0]! + 1, "CSV_NO_ROWS");

  return rows.map((record, index) => {
    const event: Record<string, string | number> = {};
    record.forEach((cell, position) => {
      const column = columns[position]!;
      if (cell === "") return;
      event[column] = column === "quantity" && quantityPattern.test(cell) ? Number(cell.replace(",", ".")) : cell;
    });
    return { index, line: firstLineOf(record, ends[index + 1]!), event };
  });
}
