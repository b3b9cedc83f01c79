import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createCreditorReference,
  createFinnishReference,
  isValidCreditorReference,
  isValidFinnishReference,
  normalizeCreditorReference,
  normalizeFinnishReference,
} from "./creditor-reference";

const DIGITS = "0123456789";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Independent oracle: ISO 11649 check digits with BigInt over base + "RF00", letters A=10 … Z=35. */
function oracleRfCheckDigits(base: string): string {
  const numeric = `${base}RF00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return String(98n - (BigInt(numeric) % 97n)).padStart(2, "0");
}

/** Independent oracle: Finnish 7-3-1 check digit. */
function oracleFinnishCheckDigit(base: string): string {
  const weights = [7, 3, 1];
  const sum = [...base].reverse().reduce((acc, d, i) => acc + Number(d) * (weights[i % 3] ?? 0), 0);
  return String((10 - (sum % 10)) % 10);
}

const alphanumericBase = fc
  .array(fc.constantFrom(...DIGITS, ...LETTERS), { minLength: 1, maxLength: 21 })
  .map((chars) => chars.join(""));
const finnishBase = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 18 }))
  .map(([first, rest]) => `${first}${rest.join("")}`);

const printFormat = (ref: string) => ref.replace(/(.{4})(?!$)/g, "$1 ");

/** Substitute position i with a different character of the same class (digit ↔ digit, letter ↔ letter). */
function sameClassSubstitution(ref: string, i: number, pick: number): string {
  const ch = ref.charAt(i);
  const pool = (DIGITS.includes(ch) ? DIGITS : LETTERS).replace(ch, "");
  return ref.slice(0, i) + pool.charAt(pick % pool.length) + ref.slice(i + 1);
}

describe("ISO 11649 creditor reference", () => {
  it("matches the ISO 11649 example RF18 5390 0754 7034", () => {
    expect(createCreditorReference("539007547034")).toBe("RF18539007547034");
    expect(isValidCreditorReference("RF18 5390 0754 7034")).toBe(true);
    expect(isValidCreditorReference("RF18539007547034")).toBe(true);
  });

  it("builds from a Finnish reference, from an alphanumeric statement number, and from spaced / lower-case input", () => {
    expect(createCreditorReference(createFinnishReference("123"))).toBe(`RF${oracleRfCheckDigits("1232")}1232`);
    expect(createCreditorReference("1232")).toBe("RF111232");
    expect(createCreditorReference("hb 2024 000017")).toBe(`RF${oracleRfCheckDigits("HB2024000017")}HB2024000017`);
  });

  it("normalizes by stripping all whitespace and upper-casing", () => {
    expect(normalizeCreditorReference(" rf18 5390\t0754 7034\n")).toBe("RF18539007547034");
    expect(isValidCreditorReference(" rf18 5390 0754 7034 ")).toBe(true);
  });

  it.each([
    ["wrong check digits", "RF19539007547034"],
    ["check digits 00", "RF00539007547034"],
    ["no base", "RF18"],
    ["base longer than 21", `RF00${"1".repeat(22)}`],
    ["not RF", "RG18539007547034"],
    ["punctuation", "RF18-5390-0754-7034"],
    ["non-ASCII letter", "RF18Ä390"],
    ["empty", ""],
  ])("rejects %s (%s)", (_why, ref) => {
    expect(isValidCreditorReference(ref)).toBe(false);
  });

  it("rejects the wrong check digits for a base whose right ones are 02 even when mod 97 would pass", () => {
    const base = [...Array(100).keys()].map(String).find((b) => oracleRfCheckDigits(b) === "02");
    expect(base).toMatch(/^\d+$/);
    expect(isValidCreditorReference(`RF02${base}`)).toBe(true);
    expect(isValidCreditorReference(`RF99${base}`)).toBe(false);
  });

  it.each([[""], ["   "], ["1".repeat(22)], ["ÄÖ"], ["12-34"], ["12.34"]])("createCreditorReference refuses base %j", (base) => {
    expect(() => createCreditorReference(base)).toThrow(RangeError);
  });

  // Letters count as two digits in MOD 97-10, so a letter ↔ digit substitution is not a
  // single-digit error there and is not guaranteed to be caught (found by fast-check).
  it("documents the limit of MOD 97-10: a letter ↔ digit substitution can go unnoticed", () => {
    expect(createCreditorReference("A1B2C3")).toBe("RF47A1B2C3");
    expect(isValidCreditorReference("RF47A1B2CC")).toBe(true);
    expect(createCreditorReference(createFinnishReference("57100"))).toBe("RF49571005");
    expect(isValidCreditorReference("RF4957C005")).toBe(true);
  });
});

describe("creditor reference properties", () => {
  it("create → valid, with the oracle's check digits", () => {
    fc.assert(
      fc.property(alphanumericBase, (base) => {
        const ref = createCreditorReference(base);
        expect(ref).toBe(`RF${oracleRfCheckDigits(base)}${base}`);
        expect(isValidCreditorReference(ref)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips: print format / lower case normalize back, and the base recreates the same reference", () => {
    fc.assert(
      fc.property(alphanumericBase, (base) => {
        const ref = createCreditorReference(base.toLowerCase());
        expect(normalizeCreditorReference(printFormat(ref).toLowerCase())).toBe(ref);
        expect(ref.slice(4)).toBe(base);
        expect(createCreditorReference(ref.slice(4))).toBe(ref);
      }),
    );
  });

  it("rejects every same-class single-character substitution (digit ↔ digit, letter ↔ letter)", () => {
    fc.assert(
      fc.property(alphanumericBase, fc.nat(), fc.nat(), (base, at, pick) => {
        const ref = createCreditorReference(base);
        expect(isValidCreditorReference(sameClassSubstitution(ref, at % ref.length, pick))).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it("rejects every single-digit substitution in an RF built from a Finnish reference", () => {
    fc.assert(
      fc.property(finnishBase, fc.nat(), fc.nat(), (base, at, pick) => {
        const ref = createCreditorReference(createFinnishReference(base));
        expect(isValidCreditorReference(sameClassSubstitution(ref, at % ref.length, pick))).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("Finnish reference number (viitenumero)", () => {
  it("appends the 7-3-1 check digit", () => {
    expect(createFinnishReference("123")).toBe("1232");
    expect(createFinnishReference("123456")).toBe("1234561");
    expect(createFinnishReference("1 2345")).toBe("123453");
    expect(oracleFinnishCheckDigit("12345")).toBe("3");
  });

  it("validates, ignoring spaces and leading zeros", () => {
    expect(isValidFinnishReference("1232")).toBe(true);
    expect(isValidFinnishReference("12 34561")).toBe(true);
    expect(isValidFinnishReference("0001232")).toBe(true);
    expect(normalizeFinnishReference(" 00 1232 ")).toBe("1232");
  });

  it.each([
    ["wrong check digit", "1233"],
    ["too short", "123"],
    ["too long (21 digits)", createFinnishReference("1".repeat(19)) + "0"],
    ["letters", "12A2"],
    ["RF form", "RF111232"],
    ["empty", ""],
  ])("rejects %s (%s)", (_why, ref) => {
    expect(isValidFinnishReference(ref)).toBe(false);
  });

  it.each([[""], ["12"], ["012"], ["1".repeat(20)], ["12a"]])("createFinnishReference refuses base %j", (base) => {
    expect(() => createFinnishReference(base)).toThrow(RangeError);
  });

  it("create → valid with the oracle's check digit; every single-digit change is rejected", () => {
    fc.assert(
      fc.property(finnishBase, fc.nat(), fc.integer({ min: 1, max: 9 }), (base, at, delta) => {
        const ref = createFinnishReference(base);
        expect(ref).toBe(base + oracleFinnishCheckDigit(base));
        expect(isValidFinnishReference(ref)).toBe(true);
        const i = at % ref.length;
        const changed = String((Number(ref.charAt(i)) + delta) % 10);
        expect(isValidFinnishReference(ref.slice(0, i) + changed + ref.slice(i + 1))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
