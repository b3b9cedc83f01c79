/**
 * Where a SEPA credit transfer can go, and what it must carry there. The one
 * list HB keeps of SEPA countries, by the country code an IBAN starts with
 * (territories bank under their country's code: Åland FI, the French overseas
 * departments FR, Jersey, Guernsey and the Isle of Man GB).
 *
 * Source: the EPC's list of countries in the SEPA schemes' geographical scope
 * (EPC409-09), with Albania and Montenegro (November 2024) and Moldova and North
 * Macedonia (March 2025) added. ibantools' own isSEPACountry lacks those four,
 * so it is not used. Update this list when the EPC changes the scope.
 */
import { normalizeBic, normalizeIban } from "./iban";

/** EU and EEA countries: a SEPA transfer needs only the IBAN (Regulation (EU) 260/2012). */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
  "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
  "IS", "LI", "NO",
]);

/** SEPA countries outside the EEA: the EPC rulebook requires the beneficiary bank's BIC for them. */
export const NON_EEA_SEPA_COUNTRIES: ReadonlySet<string> = new Set(["AD", "AL", "CH", "GB", "GI", "MC", "MD", "ME", "MK", "SM", "VA"]);

/** Territories in SEPA whose banks' BICs name the territory while their IBANs name the country. */
const TERRITORIES: Readonly<Record<string, readonly string[]>> = {
  FI: ["AX"],
  FR: ["GF", "GP", "MQ", "RE", "YT", "BL", "MF", "PM"],
  GB: ["GG", "IM", "JE"],
};

export const ibanCountry = (iban: string): string => normalizeIban(iban).slice(0, 2);

export function isSepaCountry(country: string): boolean {
  return EEA_COUNTRIES.has(country) || NON_EEA_SEPA_COUNTRIES.has(country);
}

/** Why a (valid) IBAN and optional BIC cannot be paid by SEPA credit transfer, or undefined when they can. */
export function paymentAccountProblem(iban: string, bic?: string): "IBAN_NOT_SEPA" | "BIC_REQUIRED" | "BIC_COUNTRY_MISMATCH" | undefined {
  const country = ibanCountry(iban);
  if (!isSepaCountry(country)) return "IBAN_NOT_SEPA";
  if (bic === undefined || bic === "") return NON_EEA_SEPA_COUNTRIES.has(country) ? "BIC_REQUIRED" : undefined;
  // A BIC's country is its 5th and 6th characters; a bank in one country does not hold another's IBANs.
  const bicCountry = normalizeBic(bic).slice(4, 6);
  return bicCountry === country || TERRITORIES[country]?.includes(bicCountry) ? undefined : "BIC_COUNTRY_MISMATCH";
}
