import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { localizeFieldError } from "../field-errors";
import { readEventsCsv } from "./csv";

const instrument = "5b6a1f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

/** The refusal a file gets: its code, the line it names and the reason in errors. */
function refusal(text: string, language: "fi" | "sv" | "en" = "en") {
  try {
    readEventsCsv(text);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, status: error.status, line: error.params.line, reason: error.errors[0]?.code, message: error.errors[0] && localizeFieldError(error.errors[0], language).message };
  }
  throw new Error("the file was read");
}

describe("readEventsCsv", () => {
  it("reads a semicolon file into the JSON form's fields, an empty cell left out, quantity a number with a Finnish decimal comma", () => {
    const text = [
      "instrumentId;externalId;kind;start;end;date;quantity;note",
      `${instrument};A-1;;;;2027-03-05;1,5;Uinti`,
      `${instrument};A-2;no-show;;;2027-03-06;2;`,
      `${instrument};A-3;;2027-03-07T09:00:00+02:00;2027-03-07T11:00:00+02:00;;;`,
    ].join("\n");
    expect(readEventsCsv(text)).toEqual([
      { index: 0, line: 2, event: { instrumentId: instrument, externalId: "A-1", date: "2027-03-05", quantity: 1.5, note: "Uinti" } },
      { index: 1, line: 3, event: { instrumentId: instrument, externalId: "A-2", kind: "no-show", date: "2027-03-06", quantity: 2 } },
      { index: 2, line: 4, event: { instrumentId: instrument, externalId: "A-3", start: "2027-03-07T09:00:00+02:00", end: "2027-03-07T11:00:00+02:00" } },
    ]);
  });

  it("reads a comma file (the header decides), a BOM and CRLF line ends; a decimal point works too, a decimal comma in quotes", () => {
    const text = `\uFEFFexternalId,instrumentId,date,quantity\r\nB-1,${instrument},2027-03-05,"0,25"\r\nB-2,${instrument},2027-03-06,0.75\r\n`;
    expect(readEventsCsv(text).map((row) => row.event)).toEqual([
      { externalId: "B-1", instrumentId: instrument, date: "2027-03-05", quantity: 0.25 },
      { externalId: "B-2", instrumentId: instrument, date: "2027-03-06", quantity: 0.75 },
    ]);
  });

  it("matches column names whatever their case, and trims the spaces around fields", () => {
    const [row] = readEventsCsv(`InstrumentID ; EXTERNALID ; Date ; Quantity\n ${instrument} ; C-1 ; 2027-03-05 ; 1 `);
    expect(row!.event).toEqual({ instrumentId: instrument, externalId: "C-1", date: "2027-03-05", quantity: 1 });
  });

  it("leaves a quantity that is not a number as text, and a negative one as a number, for the row's own validation", () => {
    const rows = readEventsCsv(`instrumentId;externalId;date;quantity\n${instrument};D-1;2027-03-05;kaksi\n${instrument};D-2;2027-03-05;-1\n${instrument};D-3;2027-03-05;1,2,3`);
    expect(rows.map((row) => row.event.quantity)).toEqual(["kaksi", -1, "1,2,3"]);
  });

  it("numbers rows by the line they begin on: blank lines, lines of empty fields and line breaks inside quotes are counted", () => {
    const text = [
      "instrumentId;externalId;date;quantity;note",
      "",
      `${instrument};E-1;2027-03-05;1;"kaksi`,
      `riviä"`,
      ";;;;",
      `${instrument};E-2;2027-03-06;1;`,
    ].join("\n");
    const rows = readEventsCsv(text);
    expect(rows.map((row) => [row.index, row.line, row.event.externalId])).toEqual([
      [0, 3, "E-1"],
      [1, 6, "E-2"],
    ]);
    expect(rows[0]!.event.note).toBe("kaksi\nriviä");
  });

  it("refuses an unclosed quote naming the line where the field opened", () => {
    const text = `instrumentId;externalId;date;quantity;note\n${instrument};F-1;2027-03-05;1;ok\n${instrument};F-2;2027-03-05;1;"auki\n${instrument};F-3;2027-03-05;1;\n`;
    expect(refusal(text)).toMatchObject({ code: "MALFORMED_CSV", status: 400, line: 3, reason: "CSV_QUOTE_NOT_CLOSED" });
  });

  it("refuses a line with another number of fields than the header, naming it and both counts", () => {
    const text = `instrumentId;externalId;date;quantity\n${instrument};G-1;2027-03-05;1\n${instrument};G-2;2027-03-05;1;ylimääräinen\n`;
    expect(refusal(text)).toMatchObject({ code: "MALFORMED_CSV", line: 3, reason: "CSV_FIELD_COUNT", message: "The line has 5 fields; the header row has 4." });
  });

  it("refuses a quote inside an unquoted field, naming its line", () => {
    expect(refusal(`instrumentId;externalId;date;quantity;note\n${instrument};H-1;2027-03-05;1;5" lumi\n`)).toMatchObject({ line: 2, reason: "CSV_INVALID_QUOTE" });
  });

  it("refuses an unknown, a repeated or a missing column on the header line, in the caller's language", () => {
    expect(refusal("instrumentId;externalId;date;määrä\n", "fi")).toMatchObject({ line: 1, reason: "CSV_UNKNOWN_COLUMN", message: expect.stringContaining("Tuntematon sarake määrä") });
    expect(refusal("\n\ninstrumentId;externalId;date;date\n", "sv")).toMatchObject({ line: 3, reason: "CSV_DUPLICATE_COLUMN", message: "Kolumnen date finns två gånger på rubrikraden." });
    expect(refusal("instrumentId;date;quantity\nx;2027-03-05;1\n")).toMatchObject({ line: 1, reason: "CSV_MISSING_COLUMN", message: expect.stringContaining("no column externalId") });
  });

  it("takes a file without its header row for one whose first row names unknown columns", () => {
    expect(refusal(`${instrument};I-1;2027-03-05;1\n${instrument};I-2;2027-03-05;1\n`)).toMatchObject({ line: 1, reason: "CSV_UNKNOWN_COLUMN" });
  });

  it("refuses an empty file, a header without rows and a file that is not UTF-8", () => {
    expect(refusal("")).toMatchObject({ line: 1, reason: "CSV_NO_HEADER" });
    expect(refusal("\n ;; \n")).toMatchObject({ line: 1, reason: "CSV_NO_HEADER" });
    expect(refusal("instrumentId;externalId;date;quantity\n")).toMatchObject({ line: 2, reason: "CSV_NO_ROWS" });
    // Latin-1 "ä" read as UTF-8.
    const latin1 = Buffer.from(`instrumentId;externalId;date;quantity;note\n${instrument};J-1;2027-03-05;1;p\xe4iv\xe4\n`, "latin1").toString("utf8");
    expect(refusal(latin1)).toMatchObject({ line: 2, reason: "CSV_NOT_UTF8" });
  });
});
