import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { languages, type Language } from "../../language";
import { appealInstructions, decisionDocument, legalBases, legalBasisName, type DecisionDocumentInput } from "./index";

const nb = "\u00a0";

const names: Record<Language, { area: string; assistance: string; day: string; title: string }> = {
  fi: { area: "Pirkanmaan hyvinvointialue", assistance: "Henkilökohtainen apu", day: "Päivätoiminta", title: "sosiaalityöntekijä" },
  sv: { area: "Birkalands välfärdsområde", assistance: "Personlig assistans", day: "Dagverksamhet", title: "socialarbetare" },
  en: { area: "Pirkanmaa Wellbeing Services County", assistance: "Personal assistance", day: "Day activities", title: "social worker" },
};

/** A 12-month decision: 10 h/month × 36,00 € by voucher, 15 days/month × 45,50 € by commitment to a named provider. */
function twoLineDecision(language: Language, overrides: Partial<DecisionDocumentInput> = {}): DecisionDocumentInput {
  const n = names[language];
  return {
    language,
    decisionNumber: "HB-P-2026-000042",
    decidedOn: "2026-05-20",
    issuedOn: "2026-05-22",
    area: { name: n.area, businessId: "3221343-5" },
    client: { firstName: "Aino", lastName: "Kärkkäinen" },
    legalBasis: ["sosiaalihuoltolaki", "vammaispalvelulaki", "kehitysvammalaki"],
    validFrom: "2026-06-01",
    validTo: "2027-05-31",
    lines: [
      { serviceName: n.assistance, quantity: 10, unit: "hour", per: "month", unitValueCents: 3600, grantedCents: 432_000, paymentMethod: "voucher" },
      {
        serviceName: n.day,
        quantity: 15,
        unit: "day",
        per: "month",
        unitValueCents: 4550,
        grantedCents: 819_000,
        paymentMethod: "payment-commitment",
        providerName: "Aamurusko Oy",
      },
    ],
    totalGrantedCents: 1_251_000,
    decisionMaker: { name: "Maija Mäkinen", title: n.title },
    ...overrides,
  };
}

const expected: Record<
  Language,
  { lines: [string, string]; total: string; deadline: string; signature: string[]; headings: string[]; title: string }
> = {
  fi: {
    lines: [
      `Henkilökohtainen apu: 10 tuntia kuukaudessa × 36,00${nb}€ = 4${nb}320,00${nb}€, palveluseteli`,
      `Päivätoiminta: 15 päivää kuukaudessa × 45,50${nb}€ = 8${nb}190,00${nb}€, maksusitoumus, palveluntuottaja: Aamurusko Oy`,
    ],
    total: `12${nb}510,00${nb}€`,
    deadline: "30 päivän kuluessa",
    signature: ["Päätöspäivä: 20.5.2026", "Päätös annettu: 22.5.2026", "Maija Mäkinen, sosiaalityöntekijä", "Pirkanmaan hyvinvointialue (Y-tunnus 3221343-5)"],
    headings: ["Päätös", "Myönnetyt palvelut", "Maksaminen", "Sovelletut säännökset", "Oikaisuvaatimusohje", "Allekirjoitus"],
    title: "Päätös henkilökohtaisesta budjetista",
  },
  sv: {
    lines: [
      `Personlig assistans: 10 timmar per månad × 36,00${nb}€ = 4${nb}320,00${nb}€, servicesedel`,
      `Dagverksamhet: 15 dagar per månad × 45,50${nb}€ = 8${nb}190,00${nb}€, betalningsförbindelse, serviceproducent: Aamurusko Oy`,
    ],
    total: `12${nb}510,00${nb}€`,
    deadline: "inom 30 dagar",
    signature: ["Beslutsdatum: 20.5.2026", "Beslutet meddelat: 22.5.2026", "Maija Mäkinen, socialarbetare", "Birkalands välfärdsområde (FO-nummer 3221343-5)"],
    headings: ["Beslut", "Beviljade tjänster", "Betalning", "Tillämpade bestämmelser", "Anvisning om begäran om omprövning", "Underskrift"],
    title: "Beslut om personlig budget",
  },
  en: {
    lines: [
      "Personal assistance: 10 hours per month × €36.00 = €4,320.00, service voucher",
      "Day activities: 15 days per month × €45.50 = €8,190.00, payment commitment, provider: Aamurusko Oy",
    ],
    total: "€12,510.00",
    deadline: "within 30 days",
    signature: [
      "Date of decision: 20 May 2026",
      "Date of issue: 22 May 2026",
      "Maija Mäkinen, social worker",
      "Pirkanmaa Wellbeing Services County (Business ID 3221343-5)",
    ],
    headings: ["Decision", "Services granted", "Payment", "Legal basis", "Instructions for requesting a review", "Signature"],
    title: "Decision on a personal budget",
  },
};

describe.each(languages)("decision document in %s", (language) => {
  const doc = decisionDocument(twoLineDecision(language));
  const want = expected[language];
  const section = (i: number) => doc.sections[i]!;

  it("has the sections in reading order, in the language", () => {
    expect(doc.language).toBe(language);
    expect(doc.title).toBe(want.title);
    expect(doc.sections.map((s) => s.heading)).toEqual(want.headings);
  });

  it("names the client and the decision, and states validity and total", () => {
    expect(section(0).paragraphs[0]).toContain("HB-P-2026-000042");
    expect(section(0).paragraphs[1]).toContain("Aino Kärkkäinen");
    const granted = section(0).paragraphs[2]!;
    expect(granted).toContain(want.total);
    expect(granted).toContain(language === "en" ? "1 June 2026 to 31 May 2027" : "1.6.2026–31.5.2027");
    expect(doc.text).toContain("Aino Kärkkäinen");
    expect(doc.text).toContain(want.total);
  });

  it("has one services paragraph per line with the exact amounts and payment method", () => {
    expect(section(1).paragraphs).toEqual(want.lines);
    for (const line of want.lines) expect(doc.text).toContain(line);
  });

  it("explains that no money goes to the client, and both instruments used", () => {
    expect(section(2).paragraphs).toHaveLength(3);
    const payment = section(2).paragraphs.join(" ");
    const words = {
      fi: ["ei makseta rahaa", "Palveluseteli", "Maksusitoumus"],
      sv: ["Inga pengar betalas till klienten", "servicesedel", "betalningsförbindelse"],
      en: ["No money is paid to the client", "service voucher", "payment commitment"],
    }[language];
    for (const word of words) expect(payment).toContain(word);
  });

  it("names every legal basis in canonical order", () => {
    const names = legalBases.map((basis) => legalBasisName(basis, language));
    const paragraph = section(3).paragraphs.join(" ");
    for (const name of names) expect(paragraph).toContain(name);
    const positions = names.map((name) => paragraph.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("includes the appeal instructions with the 30-day time limit", () => {
    expect(section(4)).toEqual(appealInstructions(language));
    expect(doc.text).toContain(want.deadline);
  });

  it("ends with the signature block: dates, decision maker and area", () => {
    expect(section(5).paragraphs).toEqual(want.signature);
    expect(doc.text.trimEnd().endsWith(want.signature.at(-1)!)).toBe(true);
  });

  it("prints title, headings and paragraphs in order as plain text", () => {
    const parts = [doc.title, ...doc.sections.flatMap((s) => [s.heading, ...s.paragraphs])];
    expect(doc.text).toBe(parts.join("\n\n") + "\n");
  });

  it("marks a draft in the title and the signature block", () => {
    const { issuedOn: _issued, ...draftInput } = twoLineDecision(language);
    const draft = decisionDocument(draftInput);
    expect(draft.title).toBe(`${want.title} (${{ fi: "luonnos", sv: "utkast", en: "draft" }[language]})`);
    expect(draft.sections[5]!.paragraphs).toHaveLength(4);
    expect(draft.sections[5]!.paragraphs[1]).not.toContain(want.signature[1]!);
    expect(draft.text).not.toContain(want.signature[1]!);
  });
});

describe("service lines", () => {
  const one = (language: Language, line: Partial<DecisionDocumentInput["lines"][number]>) =>
    decisionDocument(
      twoLineDecision(language, {
        lines: [{ serviceName: "S", quantity: 1, unit: "hour", per: "month", unitValueCents: 3600, grantedCents: 43_200, paymentMethod: "voucher", ...line }],
      }),
    ).sections[1]!.paragraphs[0];

  it("uses the singular for exactly one unit and the plural otherwise", () => {
    expect(one("fi", {})).toBe(`S: 1 tunti kuukaudessa × 36,00${nb}€ = 432,00${nb}€, palveluseteli`);
    expect(one("sv", {})).toBe(`S: 1 timme per månad × 36,00${nb}€ = 432,00${nb}€, servicesedel`);
    expect(one("en", {})).toBe("S: 1 hour per month × €36.00 = €432.00, service voucher");
    expect(one("fi", { unit: "day" })).toContain("1 päivä kuukaudessa");
    expect(one("fi", { unit: "visit" })).toContain("1 käynti kuukaudessa");
    expect(one("sv", { unit: "day" })).toContain("1 dag per månad");
    expect(one("en", { unit: "visit" })).toContain("1 visit per month");
    expect(one("fi", { quantity: 0.5 })).toContain("0,5 tuntia");
    expect(one("sv", { quantity: 1.5 })).toContain("1,5 timmar");
    expect(one("en", { quantity: 0.5 })).toContain("0.5 hours");
    expect(one("fi", { quantity: 4, unit: "visit" })).toContain("4 käyntiä");
    expect(one("sv", { quantity: 4, unit: "visit" })).toContain("4 besök");
    expect(one("en", { quantity: 4, unit: "visit" })).toContain("4 visits");
  });

  it("names each period", () => {
    expect(one("fi", { per: "week" })).toContain("1 tunti viikossa");
    expect(one("fi", { per: "validity" })).toContain("1 tunti koko voimassaoloaikana");
    expect(one("sv", { per: "week" })).toContain("1 timme per vecka");
    expect(one("sv", { per: "validity" })).toContain("1 timme för hela giltighetstiden");
    expect(one("en", { per: "week" })).toContain("1 hour per week");
    expect(one("en", { per: "validity" })).toContain("1 hour for the whole period");
  });

  it("shows a euro-unit line as an amount per period", () => {
    const line = { quantity: 300, unit: "euro", unitValueCents: 100, grantedCents: 360_000 } as const;
    expect(one("fi", line)).toBe(`S: 300,00${nb}€ kuukaudessa = 3${nb}600,00${nb}€, palveluseteli`);
    expect(one("en", line)).toBe("S: €300.00 per month = €3,600.00, service voucher");
  });

  it("names the provider of a payment commitment only when known", () => {
    expect(one("fi", { paymentMethod: "payment-commitment" })).toMatch(/, maksusitoumus$/);
    expect(one("en", { paymentMethod: "payment-commitment", providerName: "Acme Care Ltd" })).toMatch(
      /, payment commitment, provider: Acme Care Ltd$/,
    );
  });

  it("explains only the instruments the decision uses", () => {
    const vouchersOnly = decisionDocument(twoLineDecision("fi", { lines: twoLineDecision("fi").lines.slice(0, 1) }));
    expect(vouchersOnly.sections[2]!.paragraphs.join(" ")).not.toContain("Maksusitoumus");
  });
});

describe("legal basis and appeal instructions", () => {
  it("names the acts properly", () => {
    expect(legalBasisName("vammaispalvelulaki", "fi")).toBe("vammaispalvelulaki (675/2023)");
    expect(legalBasisName("kehitysvammalaki", "fi")).toBe("laki kehitysvammaisten erityishuollosta (519/1977)");
    expect(legalBasisName("sosiaalihuoltolaki", "fi")).toBe("sosiaalihuoltolaki (1301/2014)");
    expect(legalBasisName("vammaispalvelulaki", "sv")).toBe("lagen om funktionshinderservice (675/2023)");
    expect(legalBasisName("kehitysvammalaki", "sv")).toBe("lagen angående specialomsorger om utvecklingsstörda (519/1977)");
    expect(legalBasisName("sosiaalihuoltolaki", "sv")).toBe("socialvårdslagen (1301/2014)");
    expect(legalBasisName("vammaispalvelulaki", "en")).toBe("Disability Services Act (675/2023)");
    expect(legalBasisName("kehitysvammalaki", "en")).toBe("Act on Special Care for People with Intellectual Disabilities (519/1977)");
    expect(legalBasisName("sosiaalihuoltolaki", "en")).toBe("Social Welfare Act (1301/2014)");
  });

  it("joins one, two or three acts into one sentence, without duplicates", () => {
    expect(decisionDocument(twoLineDecision("fi", { legalBasis: ["vammaispalvelulaki"] })).sections[3]!.paragraphs).toEqual([
      "Päätös perustuu seuraaviin lakeihin: vammaispalvelulaki (675/2023).",
    ]);
    expect(
      decisionDocument(twoLineDecision("en", { legalBasis: ["sosiaalihuoltolaki", "vammaispalvelulaki", "sosiaalihuoltolaki"] })).sections[3]!
        .paragraphs,
    ).toEqual(["This decision is based on the following acts: Disability Services Act (675/2023) and Social Welfare Act (1301/2014)."]);
  });

  it("refuses a decision without a legal basis", () => {
    expect(() => decisionDocument(twoLineDecision("fi", { legalBasis: [] }))).toThrow(RangeError);
  });

  it.each([
    ["fi", ["30 päivän", "seitsemäntenä päivänä", "maksutonta", "täytäntöön", "millaista muutosta", "millä perusteilla", "yhteystiedot"]],
    ["sv", ["30 dagar", "sjunde dagen", "avgiftsfritt", "verkställas", "vilken ändring", "på vilka grunder", "kontaktuppgifter"]],
    ["en", ["30 days", "seventh day", "free of charge", "implemented", "what change", "why", "contact details"]],
  ] as const)("covers deadline, receipt, content, cost and enforcement in %s", (language, phrases) => {
    const { heading, paragraphs } = appealInstructions(language);
    expect(heading).toBe(expected[language].headings[4]);
    const all = paragraphs.join(" ");
    for (const phrase of phrases) expect(all).toContain(phrase);
  });

  it("hands out copies, so a caller cannot change the next document", () => {
    appealInstructions("fi").paragraphs.push("muutettu");
    expect(appealInstructions("fi").paragraphs).not.toContain("muutettu");
  });
});

describe("any decision renders without gaps", () => {
  const isoDate = fc
    .date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const line = fc.record(
    {
      serviceName: fc.constantFrom("Henkilökohtainen apu", "Dagverksamhet", "Transport", "Asumispalvelu"),
      quantity: fc.double({ min: 0.5, max: 500, noNaN: true, noDefaultInfinity: true }),
      unit: fc.constantFrom("hour", "day", "visit", "euro"),
      per: fc.constantFrom("month", "week", "validity"),
      unitValueCents: fc.integer({ min: 1, max: 10_000_000 }),
      grantedCents: fc.integer({ min: 1, max: 10_000_000 }),
      paymentMethod: fc.constantFrom("voucher", "payment-commitment"),
      providerName: fc.constantFrom("Aamurusko Oy", "Omsorg Ab", "Care Ltd"),
    },
    { requiredKeys: ["serviceName", "quantity", "unit", "per", "unitValueCents", "grantedCents", "paymentMethod"] },
  );
  const input = fc.record({
    language: fc.constantFrom(...languages),
    decisionNumber: fc.integer({ min: 1, max: 999_999 }).map((n) => `HB-P-2026-${String(n).padStart(6, "0")}`),
    decidedOn: isoDate,
    issuedOn: fc.option(isoDate, { nil: undefined }),
    area: fc.constant({ name: "Pirkanmaan hyvinvointialue", businessId: "3221343-5" }),
    client: fc.record({ firstName: fc.constantFrom("Aino", "Åsa", "Jo"), lastName: fc.constantFrom("Kärkkäinen", "Lindqvist", "Smith") }),
    legalBasis: fc.subarray([...legalBases], { minLength: 1 }),
    validFrom: isoDate,
    validTo: isoDate,
    lines: fc.array(line, { minLength: 1, maxLength: 8 }),
    totalGrantedCents: fc.integer({ min: 1, max: 10_000_000 }),
    decisionMaker: fc.constant({ name: "Maija Mäkinen", title: "sosiaalityöntekijä" }),
  }) as fc.Arbitrary<DecisionDocumentInput>;

  it("has no placeholders, undefined, NaN or empty parts, and keeps the section order", () => {
    fc.assert(
      fc.property(input, (decision) => {
        const doc = decisionDocument(decision);
        const all = [doc.title, doc.text, ...doc.sections.flatMap((s) => [s.heading, ...s.paragraphs])];
        for (const part of all) {
          expect(part).not.toMatch(/[{}]|undefined|NaN|null|Infinity|\[object/);
          expect(part.trim()).not.toBe("");
        }
        expect(doc.sections.map((s) => s.heading)).toEqual(expected[decision.language].headings);
        expect(doc.sections[1]!.paragraphs).toHaveLength(decision.lines.length);
        expect(doc.sections[4]).toEqual(appealInstructions(decision.language));
        for (const basis of decision.legalBasis) expect(doc.text).toContain(legalBasisName(basis, decision.language));
        expect(doc.sections[0]!.paragraphs[2]).toContain(
          new Intl.NumberFormat(decision.language === "en" ? "en-IE" : `${decision.language}-FI`, { style: "currency", currency: "EUR" }).format(
            decision.totalGrantedCents / 100,
          ),
        );
        expect(doc.text).toContain(expected[decision.language].deadline);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(input, (decision) => {
        expect(decisionDocument(decision)).toEqual(decisionDocument(decision));
      }),
      { numRuns: 50 },
    );
  });
});

describe("client fees in the decision", () => {
  const withFee = (language: Language) => {
    const input = twoLineDecision(language);
    const [assistance, day] = input.lines as [DecisionDocumentInput["lines"][number], DecisionDocumentInput["lines"][number]];
    return { ...input, lines: [assistance, { ...day, clientFee: { monthlyCents: 25_000, legalBasis: "asiakasmaksulaki" as const } }] };
  };

  it("has a section of the monthly fees and the act they rest on, after payment, in fi, sv and en", () => {
    const fi = decisionDocument(withFee("fi"));
    expect(fi.sections.map((section) => section.heading)).toEqual(["Päätös", "Myönnetyt palvelut", "Maksaminen", "Asiakasmaksut", "Sovelletut säännökset", "Oikaisuvaatimusohje", "Allekirjoitus"]);
    expect(fi.sections[3]!.paragraphs).toEqual([
      `Päivätoiminta: asiakasmaksu 250,00${nb}€ kuukaudessa`,
      "Asiakasmaksu määrätään asiakkaan tulojen perusteella (laki sosiaali- ja terveydenhuollon asiakasmaksuista (734/1992)). Se ei vähennä henkilökohtaista budjettia, ja hyvinvointialue laskuttaa sen erikseen kuukausittain.",
    ]);
    expect(decisionDocument(withFee("sv")).sections[3]!.paragraphs[0]).toBe(`Dagverksamhet: klientavgift 250,00${nb}€ per månad`);
    const en = decisionDocument(withFee("en"));
    expect(en.sections[3]).toEqual({
      heading: "Client fees",
      paragraphs: [
        "Day activities: client fee €250.00 per month",
        "The client fee is set according to the client's income (Act on Client Charges in Healthcare and Social Welfare (734/1992)). It does not reduce the personal budget; the welfare area invoices it separately each month.",
      ],
    });
    expect(en.text).toContain("Client fees\n\nDay activities: client fee €250.00 per month");
  });

  it("has no fee section when no line carries a fee", () => {
    for (const language of languages) {
      expect(decisionDocument(twoLineDecision(language)).sections.map((section) => section.heading)).not.toContain(decisionDocument(withFee(language)).sections[3]!.heading);
    }
  });
});
