import type { Language } from "../../language";

export const legalBases = ["vammaispalvelulaki", "kehitysvammalaki", "sosiaalihuoltolaki"] as const;
export type LegalBasis = (typeof legalBases)[number];

const names: Record<LegalBasis, Record<Language, string>> = {
  vammaispalvelulaki: {
    fi: "vammaispalvelulaki (675/2023)",
    sv: "lagen om funktionshinderservice (675/2023)",
    en: "Disability Services Act (675/2023)",
  },
  kehitysvammalaki: {
    fi: "laki kehitysvammaisten erityishuollosta (519/1977)",
    sv: "lagen angående specialomsorger om utvecklingsstörda (519/1977)",
    en: "Act on Special Care for People with Intellectual Disabilities (519/1977)",
  },
  sosiaalihuoltolaki: {
    fi: "sosiaalihuoltolaki (1301/2014)",
    sv: "socialvårdslagen (1301/2014)",
    en: "Social Welfare Act (1301/2014)",
  },
};

/** The act's proper name with its statute number, as it is written inside a sentence (lower case in fi and sv). */
export function legalBasisName(basis: LegalBasis, language: Language): string {
  return names[basis][language];
}

/** Acts under which an income-based client fee is set; HB records and shows the fee, the area collects it. */
export const clientFeeBases = ["asiakasmaksulaki"] as const;
export type ClientFeeBasis = (typeof clientFeeBases)[number];

const feeNames: Record<ClientFeeBasis, Record<Language, string>> = {
  asiakasmaksulaki: {
    fi: "laki sosiaali- ja terveydenhuollon asiakasmaksuista (734/1992)",
    sv: "lagen om klientavgifter inom social- och hälsovården (734/1992)",
    en: "Act on Client Charges in Healthcare and Social Welfare (734/1992)",
  },
};

export function clientFeeBasisName(basis: ClientFeeBasis, language: Language): string {
  return feeNames[basis][language];
}
