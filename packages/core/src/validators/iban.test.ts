import fc from "fast-check";
import { describe, expect, it } from "vitest";
import FinnishBankUtils from "finnish-bank-utils";
import { hasLuhnCheckDigit, isValidBic, isValidIban, normalizeBic, normalizeIban } from "./iban";

const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Independent oracle: ISO 7064 MOD 97-10 check digits with BigInt, letters A=10 … Z=35. */
function oracleIbanCheckDigits(countryCode: string, bban: string): string {
  const rearranged = `${bban}${countryCode}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return String(98n - (BigInt(rearranged) % 97n)).padStart(2, "0");
}

/** The Luhn digit that completes 13 digits of a Finnish account number, computed here independently of the code under test. */
function luhnDigit(digits: string): number {
  const sum = [...digits].reverse().reduce((total, ch, i) => {
    const doubled = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return total + Math.floor(doubled / 10) + (doubled % 10);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

const thirteenDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 13, maxLength: 13 }).map((digits) => digits.join(""));
const finnishIban = thirteenDigits
  .map((digits) => `${digits}${luhnDigit(digits)}`)
  .map((bban) => `FI${oracleIbanCheckDigits("FI", bban)}${bban}`);
/** Finnish IBANs whose MOD 97 check digits are right but whose account number's own check digit is wrong. */
const wrongNationalCheck = fc
  .tuple(thirteenDigits, fc.integer({ min: 1, max: 9 }))
  .map(([digits, off]) => `${digits}${(luhnDigit(digits) + off) % 10}`)
  .map((bban) => `FI${oracleIbanCheckDigits("FI", bban)}${bban}`);

const friendly = (iban: string) => iban.replace(/(.{4})(?!$)/g, "$1 ");

describe("isValidIban", () => {
  it.each([
    "FI2112345600000785",
    "FI4950009420028730",
    "NL91ABNA0417164300",
    "DE89370400440532013000",
    "GB29NWBK60161331926819",
    "SE4550000000058398257466",
    "NO9386011117947",
    "BE68539007547034",
  ])("accepts %s", (iban) => {
    const rest = iban.slice(4);
    expect(oracleIbanCheckDigits(iban.slice(0, 2), rest)).toBe(iban.slice(2, 4));
    expect(isValidIban(iban)).toBe(true);
  });

  it("accepts spaces, lower case and copy-paste whitespace, and normalizes to the electronic format", () => {
    expect(normalizeIban(" fi21 1234 5600 0007 85 ")).toBe("FI2112345600000785");
    expect(normalizeIban("FI21\u00a01234\u00a05600\u00a00007\u00a085")).toBe("FI2112345600000785");
    expect(isValidIban("fi21 1234 5600 0007 85")).toBe(true);
    expect(isValidIban("FI21-1234-5600-0007-85")).toBe(true);
  });

  it.each([
    ["wrong check digits", "FI2212345600000785"],
    ["check digits 00", "FI0012345600000785"],
    ["check digits 99 (≡ 02 mod 97, never produced)", "FI9912345600000785"],
    ["too short for FI", "FI211234560000078"],
    ["too long for FI", "FI21123456000007850"],
    ["letter in a Finnish BBAN", "FI21123456000007A5"],
    ["Finnish account number's own check digit wrong (issue 18)", "FI1513830446621048"],
    ["unknown country", "XX2112345600000785"],
    ["no country", "2112345600000785"],
    ["punctuation", "FI21.1234.5600.0007.85"],
    ["empty", ""],
  ])("rejects %s (%s)", (_why, iban) => {
    expect(isValidIban(iban)).toBe(false);
  });
});

describe("IBAN properties", () => {
  it("accepts every Finnish IBAN built from a random BBAN, in electronic and print format", () => {
    fc.assert(
      fc.property(finnishIban, (iban) => {
        expect(isValidIban(iban)).toBe(true);
        expect(normalizeIban(friendly(iban).toLowerCase())).toBe(iban);
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects Finnish IBANs whose MOD 97 digits are right but whose national check digit is wrong, as finnish-bank-utils does (issue 18: 4 521 of 5 000 passed)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(wrongNationalCheck, (iban) => {
        expect(oracleIbanCheckDigits("FI", iban.slice(4))).toBe(iban.slice(2, 4));
        expect(FinnishBankUtils.isValidFinnishIBAN(iban)).toBe(false);
        if (isValidIban(iban)) accepted += 1;
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBe(0);
  });

  it("agrees with finnish-bank-utils on random Finnish IBANs, right or wrong", () => {
    fc.assert(
      fc.property(fc.oneof(finnishIban, wrongNationalCheck), (iban) => {
        expect(isValidIban(iban)).toBe(FinnishBankUtils.isValidFinnishIBAN(iban));
      }),
      { numRuns: 2000 },
    );
  });

  it("hasLuhnCheckDigit: the standard's examples, and nothing but digits", () => {
    expect(hasLuhnCheckDigit("79927398713")).toBe(true);
    expect(hasLuhnCheckDigit("79927398710")).toBe(false);
    expect(hasLuhnCheckDigit("12345600000785")).toBe(true);
    expect(hasLuhnCheckDigit("1234560000078A")).toBe(false);
    expect(hasLuhnCheckDigit("")).toBe(false);
  });

  it("rejects every single-character substitution", () => {
    fc.assert(
      fc.property(finnishIban, fc.nat(), fc.constantFrom(...ALPHANUMERIC), (iban, at, ch) => {
        const i = at % iban.length;
        fc.pre(iban.charAt(i) !== ch);
        expect(isValidIban(iban.slice(0, i) + ch + iban.slice(i + 1))).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  // Check digits vs BBAN swaps (positions 3/4) are not adjacent in the MOD 97 string, so not guaranteed.
  it("rejects every swap of two different adjacent digits within the check digits or within the BBAN", () => {
    fc.assert(
      fc.property(finnishIban, fc.oneof(fc.constant(2), fc.integer({ min: 4, max: 16 })), (iban, i) => {
        fc.pre(iban.charAt(i) !== iban.charAt(i + 1));
        expect(isValidIban(iban.slice(0, i) + iban.charAt(i + 1) + iban.charAt(i) + iban.slice(i + 2))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isValidBic", () => {
  it.each(["NDEAFIHH", "OKOYFIHH", "HELSFIHH", "DEUTDEFF500", "DEUTDEFFXXX"])("accepts %s", (bic) => {
    expect(isValidBic(bic)).toBe(true);
  });

  it("normalizes whitespace and case", () => {
    expect(normalizeBic(" ndea fi hh ")).toBe("NDEAFIHH");
    expect(isValidBic("ndeafihh")).toBe(true);
  });

  it.each([
    ["7 characters", "NDEAFIH"],
    ["9 characters", "NDEAFIHHX"],
    ["10 characters", "DEUTDEFF50"],
    ["12 characters", "DEUTDEFF5000"],
    ["digit in the bank code", "NDE4FIHH"],
    ["digit in the country code", "NDEAF1HH"],
    ["unknown country", "NDEAZZHH"],
    ["punctuation", "NDEA-FIHH"],
    ["empty", ""],
  ])("rejects %s (%s)", (_why, bic) => {
    expect(isValidBic(bic)).toBe(false);
  });
});
