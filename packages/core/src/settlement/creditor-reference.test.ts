import fc from "fast-check";
import { describe, expect, it } from "vitest";
import FinnishBankUtils from "finnish-bank-utils";
import { creditorReference, formatCreditorReference, isValidCreditorReference, paymentMessageId, statementReference } from "./creditor-reference";

const DIGITS = "0123456789";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Independent oracle: ISO 11649 with BigInt over base + "RF00", letters A=10 … Z=35, check = 98 − n mod 97. */
function oracle(base: string): string {
  const numeric = `${base}RF00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return `RF${String(98n - (BigInt(numeric) % 97n)).padStart(2, "0")}${base}`;
}

const base = fc
  .array(fc.constantFrom(...DIGITS, ...LETTERS), { minLength: 1, maxLength: 21 })
  .map((chars) => chars.join(""));

describe("creditorReference", () => {
  it("gives the published ISO 11649 examples", () => {
    expect(creditorReference("539007547034")).toBe("RF18539007547034");
    expect(creditorReference("000000000539007547034")).toBe("RF18000000000539007547034");
    expect(creditorReference("2348231")).toBe("RF712348231");
  });

  it("gives RF04 for the base 0, as the oracle computes", () => {
    expect(oracle("0")).toBe("RF040");
    expect(creditorReference("0")).toBe("RF040");
  });

  it("takes a spaced or lower-case base", () => {
    expect(creditorReference("5390 0754 7034")).toBe("RF18539007547034");
    expect(creditorReference("hb2026x17")).toBe(oracle("HB2026X17"));
  });

  it.each(["", " ", "1234567890123456789012", "12-3", "ÄÖ1"])("refuses the base %j", (bad) => {
    expect(() => creditorReference(bad)).toThrow(RangeError);
  });

  it("matches the BigInt oracle for any base of 1–21 letters and digits, and the result validates", () => {
    fc.assert(
      fc.property(base, (b) => {
        const reference = creditorReference(b);
        expect(reference).toBe(oracle(b));
        expect(isValidCreditorReference(reference)).toBe(true);
      }),
    );
  });
});

describe("isValidCreditorReference", () => {
  it.each(["RF18539007547034", "RF18 5390 0754 7034", "rf18 5390 0754 7034", "RF18000000000539007547034", "RF712348231"])(
    "accepts %j",
    (reference) => expect(isValidCreditorReference(reference)).toBe(true),
  );

  it.each([
    "RF19539007547034", // check digits off by one
    "RF18539007547035", // last digit changed
    "RF18",
    "RF",
    "",
    "539007547034", // no RF prefix
    "XX18539007547034",
    "RF18-5390-0754-7034", // hyphens are not spaces
    `RF${oracle("1234567890123456789012").slice(2)}`, // 22-character base
  ])("refuses %j", (reference) => expect(isValidCreditorReference(reference)).toBe(false));

  it("any change of one character to another of its kind (digit for digit, letter for letter) is caught", () => {
    fc.assert(
      fc.property(base, fc.nat(), fc.nat(), (b, position, pick) => {
        const reference = creditorReference(b);
        const i = position % reference.length;
        const ch = reference.charAt(i);
        const pool = (DIGITS.includes(ch) ? DIGITS : LETTERS).replace(ch, "");
        const changed = reference.slice(0, i) + pool.charAt(pick % pool.length) + reference.slice(i + 1);
        expect(isValidCreditorReference(changed)).toBe(false);
      }),
    );
  });

  it("a limit of MOD 97-10: a letter for a digit is not always caught, since a letter counts as two digits", () => {
    // 7 → K (= 20) keeps the remainder; the same-kind changes above are always caught.
    expect(isValidCreditorReference("RF1853900754K034")).toBe(true);
  });
});

describe("formatCreditorReference", () => {
  it.each([
    ["RF18539007547034", "RF18 5390 0754 7034"],
    ["rf18 5390 0754 7034", "RF18 5390 0754 7034"],
    ["RF712348231", "RF71 2348 231"],
    ["RF18000000000539007547034", "RF18 0000 0000 0539 0075 4703 4"],
  ])("prints %j as %j", (reference, printed) => expect(formatCreditorReference(reference)).toBe(printed));

  it("refuses to print an invalid reference", () => {
    expect(() => formatCreditorReference("RF19539007547034")).toThrow(RangeError);
  });

  it("prints what validates back to the same reference", () => {
    fc.assert(
      fc.property(base, (b) => {
        const printed = formatCreditorReference(creditorReference(b));
        expect(printed).toMatch(/^RF\d{2}( [A-Z0-9]{4})*( [A-Z0-9]{1,3})?$/);
        expect(isValidCreditorReference(printed)).toBe(true);
        expect(printed.replace(/ /g, "")).toBe(creditorReference(b));
      }),
    );
  });
});

describe("statementReference (issue 18: RF built on a Finnish reference number)", () => {
  it("is RF + check + the Finnish reference <yyyymm><number><7-3-1 check>, valid for finnish-bank-utils in both forms", () => {
    const reference = statementReference("2026-10", 42);
    expect(reference).toMatch(/^RF\d{2}202610000042\d$/);
    const national = reference.slice(4);
    expect(FinnishBankUtils.isValidFinnishRefNumber(national)).toBe(true);
    expect(FinnishBankUtils.isValidFinnishRefNumber(reference)).toBe(true);
    expect(isValidCreditorReference(reference)).toBe(true);
  });

  it("agrees with finnish-bank-utils for every month and number tried", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 999_999 }), (year, month, number) => {
        const reference = statementReference(`${year}-${String(month).padStart(2, "0")}`, number);
        expect(FinnishBankUtils.isValidFinnishRefNumber(reference)).toBe(true);
        expect(FinnishBankUtils.isValidFinnishRefNumber(reference.slice(4))).toBe(true);
        // A wrong national check digit under a recomputed RF check is caught by the oracle too.
        const last = Number(reference.at(-1));
        const tampered = creditorReference(`${reference.slice(4, -1)}${(last + 1) % 10}`);
        expect(FinnishBankUtils.isValidFinnishRefNumber(tampered)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses numbers outside 1–999999", () => {
    expect(() => statementReference("2026-10", 0)).toThrow(RangeError);
    expect(() => statementReference("2026-10", 1_000_000)).toThrow(RangeError);
  });
});

describe("paymentMessageId (issue 18: the message id had no area)", () => {
  it("carries the area and the run, within 35 characters", () => {
    expect(paymentMessageId("demo", "SR-2026-10")).toBe("HB-DEMO-SR-2026-10");
    const long = paymentMessageId("pohjois-pohjanmaa-hyvinvointi", "SR-2026-10");
    expect(long).toBe("HB-POHJOIS-POHJANMAA-HYV-SR-2026-10");
    expect(long).toHaveLength(35);
  });
});
