import { describe, expect, it } from "vitest";
import { EEA_COUNTRIES, isSepaCountry, NON_EEA_SEPA_COUNTRIES, paymentAccountProblem } from "./sepa";
import { paymentAccountSchema, sepaIbanSchema } from "./zod";

const codesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; params?: unknown }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join("/"), (issue.params as { code?: string } | undefined)?.code]);

describe("SEPA countries", () => {
  it("are the 30 EEA countries and the 11 outside it, with no overlap", () => {
    expect(EEA_COUNTRIES.size).toBe(30);
    expect(NON_EEA_SEPA_COUNTRIES.size).toBe(11);
    expect([...NON_EEA_SEPA_COUNTRIES].filter((country) => EEA_COUNTRIES.has(country))).toEqual([]);
  });

  it.each(["FI", "SE", "DE", "AT", "DK", "IS", "NO", "LI", "CH", "GB", "SM", "VA", "MC", "AD", "AL", "ME", "MD", "MK"])("%s is in SEPA", (country) => {
    expect(isSepaCountry(country)).toBe(true);
  });

  it.each(["TR", "BR", "SA", "AE", "US", "RS", "UA", "XK"])("%s is not", (country) => {
    expect(isSepaCountry(country)).toBe(false);
  });
});

describe("sepaIbanSchema (issue 18: a non-SEPA IBAN was accepted and blocked the month)", () => {
  it.each([
    ["TR330006100519786457841326"],
    ["BR1800360305000010009795493C1"],
    ["SA0380000000608010167519"],
    ["AE070331234567890123456"],
  ])("refuses %s with IBAN_NOT_SEPA", (iban) => {
    const result = sepaIbanSchema.safeParse(iban);
    expect(codesOf(result)).toEqual([["", "IBAN_NOT_SEPA"]]);
  });

  it("accepts and normalizes a Finnish account, and still refuses a bad one as INVALID_IBAN", () => {
    expect(sepaIbanSchema.parse("fi21 1234 5600 0007 85")).toBe("FI2112345600000785");
    expect(codesOf(sepaIbanSchema.safeParse("FI1513830446621048"))).toEqual([["", "INVALID_IBAN"]]);
  });
});

describe("paymentAccountSchema: the BIC where the rulebook needs it", () => {
  it("needs no BIC in the EEA", () => {
    expect(paymentAccountSchema.parse({ iban: "DE89370400440532013000" })).toEqual({ iban: "DE89370400440532013000" });
  });

  it("needs the BIC for Switzerland and the United Kingdom", () => {
    expect(codesOf(paymentAccountSchema.safeParse({ iban: "CH9300762011623852957" }))).toEqual([["bic", "BIC_REQUIRED"]]);
    expect(codesOf(paymentAccountSchema.safeParse({ iban: "GB29NWBK60161331926819" }))).toEqual([["bic", "BIC_REQUIRED"]]);
    expect(paymentAccountSchema.parse({ iban: "GB29NWBK60161331926819", bic: "nwbkgb2l" })).toEqual({ iban: "GB29NWBK60161331926819", bic: "NWBKGB2L" });
  });

  it("refuses a BIC of another country, but takes a territory's BIC with its country's IBAN", () => {
    expect(codesOf(paymentAccountSchema.safeParse({ iban: "FI2112345600000785", bic: "DEUTDEFF" }))).toEqual([["bic", "BIC_COUNTRY_MISMATCH"]]);
    expect(paymentAccountProblem("FI2112345600000785", "AABAAX22")).toBeUndefined();
    expect(paymentAccountProblem("GB29NWBK60161331926819", "RBOSJESH")).toBeUndefined();
  });
});
