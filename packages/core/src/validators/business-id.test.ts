import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessIdCheckDigit, isValidBusinessId, normalizeBusinessId } from "./business-id";

/** Independent oracle: weights 7,9,10,5,8,4,2; remainder 0 → 0, 1 → none, else 11 − r. */
function oracleCheckDigit(sevenDigits: string): number | null {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const r = [...sevenDigits].reduce((sum, d, i) => sum + Number(d) * (weights[i] ?? 0), 0) % 11;
  return r === 0 ? 0 : r === 1 ? null : 11 - r;
}

const body = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 }).map((d) => d.join(""));
const validBusinessId = body
  .filter((b) => oracleCheckDigit(b) !== null)
  .map((b) => `${b}-${oracleCheckDigit(b)}`);

describe("isValidBusinessId", () => {
  // Check digits recomputed with the oracle above.
  it.each(["0112038-9", "0246246-0", "0245437-2", "2464491-9", "1572860-0", "0201256-6"])("accepts %s", (id) => {
    expect(oracleCheckDigit(id.slice(0, 7))).toBe(Number(id.charAt(8)));
    expect(isValidBusinessId(id)).toBe(true);
  });

  it("trims surrounding whitespace", () => {
    expect(normalizeBusinessId("  0112038-9\n")).toBe("0112038-9");
    expect(isValidBusinessId(" 0112038-9 ")).toBe(true);
  });

  it.each([
    ["wrong check digit", "0112038-8"],
    ["remainder 1 has no check digit", "1000008-0"],
    ["remainder 1 has no check digit (1)", "1000008-1"],
    ["old 6-digit form is not accepted", "112038-9"],
    ["missing dash", "01120389"],
    ["other dash character", "0112038–9"],
    ["VAT number form", "FI01120389"],
    ["inner space", "0112038 -9"],
    ["letters", "O112038-9"],
    ["empty", ""],
  ])("rejects %s (%s)", (_why, id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });
});

describe("businessIdCheckDigit", () => {
  it("matches the independent oracle for every body", () => {
    fc.assert(fc.property(body, (b) => {
        expect(businessIdCheckDigit(b)).toBe(oracleCheckDigit(b));
      }), { numRuns: 2000 });
  });

  it("rejects anything but 7 digits", () => {
    for (const bad of ["", "112038", "01120389", "011203A"]) expect(() => businessIdCheckDigit(bad)).toThrow(RangeError);
  });
});

describe("business ID properties", () => {
  it("accepts every generated ID", () => {
    fc.assert(fc.property(validBusinessId, (id) => {
        expect(isValidBusinessId(id)).toBe(true);
      }), { numRuns: 2000 });
  });

  it("rejects every single-digit change", () => {
    fc.assert(
      fc.property(validBusinessId, fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 8), fc.integer({ min: 1, max: 9 }), (id, i, delta) => {
        const changed = String((Number(id.charAt(i)) + delta) % 10);
        expect(isValidBusinessId(id.slice(0, i) + changed + id.slice(i + 1))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("no check digit makes a remainder-1 body valid", () => {
    fc.assert(
      fc.property(
        body.filter((b) => oracleCheckDigit(b) === null),
        (b) => {
          for (let d = 0; d <= 9; d++) expect(isValidBusinessId(`${b}-${d}`)).toBe(false);
        },
      ),
    );
  });
});
