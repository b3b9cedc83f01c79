import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { balanceSummary, budgetSummary, formatDate, formatDecimal, formatEuros, useSummary } from "./format";

// Node's full ICU (22, as on Lambda) (fi-FI, sv-FI): U+00A0 no-break space as group separator and before "€",
// U+2212 minus sign. en-GB: plain ASCII.
const NBSP = "\u00a0";
const MINUS = "\u2212";

describe("formatEuros", () => {
  it("formats Finnish and Swedish as 1 234,00 €", () => {
    expect(formatEuros(123_400, "fi")).toBe(`1${NBSP}234,00${NBSP}€`);
    expect(formatEuros(123_456, "sv")).toBe(`1${NBSP}234,56${NBSP}€`);
    expect(formatEuros(5, "fi")).toBe(`0,05${NBSP}€`);
    expect(formatEuros(432_000, "fi")).toBe(`4${NBSP}320,00${NBSP}€`);
    expect(formatEuros(-123_400, "fi")).toBe(`${MINUS}1${NBSP}234,00${NBSP}€`);
  });

  it("formats English as €1,234.00", () => {
    expect(formatEuros(123_400, "en")).toBe("€1,234.00");
    expect(formatEuros(99, "en")).toBe("€0.99");
    expect(formatEuros(-1234, "en")).toBe("-€12.34");
  });

  it("never shows a negative zero", () => {
    expect(formatEuros(-0, "fi")).toBe(`0,00${NBSP}€`);
    expect(formatEuros(-0, "sv")).toBe(`0,00${NBSP}€`);
    expect(formatEuros(-0, "en")).toBe("€0.00");
  });

  it("is exact up to the largest safe integer", () => {
    expect(formatEuros(Number.MAX_SAFE_INTEGER, "fi")).toBe(`90${NBSP}071${NBSP}992${NBSP}547${NBSP}409,91${NBSP}€`);
    expect(formatEuros(Number.MAX_SAFE_INTEGER, "en")).toBe("€90,071,992,547,409.91");
    expect(() => formatEuros(1.5, "fi")).toThrow(RangeError);
    expect(() => formatEuros(Number.NaN, "fi")).toThrow(RangeError);
  });

  it("shows every cent as written (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const abs = Math.abs(cents);
        const digits = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
        expect(formatEuros(cents, "en").replace(/[^0-9.]/g, "")).toBe(digits);
        expect(formatEuros(cents, "fi").replace(/[^0-9,]/g, "")).toBe(digits.replace(".", ","));
      }),
    );
  });
});

describe("formatDate", () => {
  it("writes fi and sv as d.m.yyyy and en as d Month yyyy", () => {
    expect(formatDate("2027-05-31", "fi")).toBe("31.5.2027");
    expect(formatDate("2027-05-31", "sv")).toBe("31.5.2027");
    expect(formatDate("2027-05-31", "en")).toBe("31 May 2027");
    expect(formatDate("2028-02-29", "en")).toBe("29 February 2028");
    expect(formatDate("2027-01-01", "fi")).toBe("1.1.2027");
    expect(formatDate("2027-12-31", "en")).toBe("31 December 2027");
  });

  it("refuses invalid dates", () => {
    expect(() => formatDate("2027-02-29", "fi")).toThrow(RangeError);
    expect(() => formatDate("31.5.2027", "en")).toThrow(RangeError);
  });
});

describe("formatDecimal", () => {
  it("uses the language's decimal mark and at most two decimals", () => {
    expect(formatDecimal(0.5, "fi")).toBe("0,5");
    expect(formatDecimal(0.5, "en")).toBe("0.5");
    expect(formatDecimal(10, "sv")).toBe("10");
    expect(formatDecimal(2.345678, "en")).toBe("2.35");
    expect(() => formatDecimal(Number.NaN, "fi")).toThrow(RangeError);
  });
});

describe("balanceSummary", () => {
  const money = { availableCents: 123_400, validTo: "2027-05-31", unit: "euro" as const };

  it("says what is left and until when, in plain language", () => {
    expect(balanceSummary({ ...money, serviceName: "Henkilökohtainen apu" }, "fi")).toBe(
      `Henkilökohtainen apu: sinulla on jäljellä 1${NBSP}234,00${NBSP}€. Voit käyttää sen 31.5.2027 asti.`,
    );
    expect(balanceSummary({ ...money, serviceName: "Personlig assistans" }, "sv")).toBe(
      `Personlig assistans: du har 1${NBSP}234,00${NBSP}€ kvar. Du kan använda det till och med 31.5.2027.`,
    );
    expect(balanceSummary({ ...money, serviceName: "Personal assistance" }, "en")).toBe(
      "Personal assistance: you have €1,234.00 left. You can use it until 31 May 2027.",
    );
  });

  it("says when the budget is used up", () => {
    expect(balanceSummary({ ...money, availableCents: 0, serviceName: "Henkilökohtainen apu" }, "fi")).toBe(
      "Henkilökohtainen apu: budjetti on käytetty loppuun.",
    );
    expect(balanceSummary({ ...money, availableCents: 0, serviceName: "Personlig assistans" }, "sv")).toBe(
      "Personlig assistans: budgeten är slut.",
    );
    expect(balanceSummary({ ...money, availableCents: 0, serviceName: "Personal assistance" }, "en")).toBe(
      "Personal assistance: the budget is used up.",
    );
  });

  it("names the units left when a quantity is given", () => {
    const hours = { availableCents: 45_000, validTo: "2027-05-31", unit: "hour" as const, availableQuantity: 12.5 };
    expect(balanceSummary({ ...hours, serviceName: "Henkilökohtainen apu" }, "fi")).toBe(
      `Henkilökohtainen apu: sinulla on jäljellä 12,5 tuntia eli 450,00${NBSP}€. Voit käyttää ne 31.5.2027 asti.`,
    );
    expect(balanceSummary({ ...hours, serviceName: "Personlig assistans" }, "sv")).toBe(
      `Personlig assistans: du har 12,5 timmar kvar, alltså 450,00${NBSP}€. Du kan använda dem till och med 31.5.2027.`,
    );
    expect(balanceSummary({ ...hours, serviceName: "Personal assistance" }, "en")).toBe(
      "Personal assistance: you have 12.5 hours left, worth €450.00. You can use them until 31 May 2027.",
    );
    const oneVisit = { availableCents: 4500, validTo: "2027-05-31", unit: "visit" as const, availableQuantity: 1 };
    expect(balanceSummary({ ...oneVisit, serviceName: "Kotihoito" }, "fi")).toBe(
      `Kotihoito: sinulla on jäljellä 1 käynti eli 45,00${NBSP}€. Voit käyttää ne 31.5.2027 asti.`,
    );
    expect(balanceSummary({ ...oneVisit, unit: "day", availableQuantity: 3, serviceName: "Day activities" }, "en")).toBe(
      "Day activities: you have 3 days left, worth €45.00. You can use them until 31 May 2027.",
    );
  });

  it("ignores a quantity for euro-based services", () => {
    expect(balanceSummary({ ...money, availableQuantity: 1234, serviceName: "Apuvälineet" }, "fi")).toBe(
      `Apuvälineet: sinulla on jäljellä 1${NBSP}234,00${NBSP}€. Voit käyttää sen 31.5.2027 asti.`,
    );
  });

  it("refuses impossible balances", () => {
    expect(() => balanceSummary({ ...money, availableCents: -1, serviceName: "x" }, "fi")).toThrow(RangeError);
    expect(() => balanceSummary({ ...money, unit: "hour", availableQuantity: -1, serviceName: "x" }, "fi")).toThrow(RangeError);
    expect(() => balanceSummary({ ...money, validTo: "2027-02-30", serviceName: "x" }, "fi")).toThrow(RangeError);
  });
});

describe("useSummary", () => {
  const hours = { serviceName: "Henkilökohtainen apu", availableCents: 45_000, unit: "hour" as const, availableQuantity: 12.5 };
  const current = { ...hours, validFrom: "2027-01-01", validTo: "2027-12-31", today: "2027-06-21", closed: false };

  it("shows the balance while it can be used, and from when when that is still ahead", () => {
    expect(useSummary(current, "fi")).toBe(balanceSummary({ ...hours, validTo: "2027-12-31" }, "fi"));
    expect(useSummary({ ...current, today: "2026-12-01" }, "fi")).toBe(
      `Henkilökohtainen apu: sinulla on käytettävissä 12,5 tuntia eli 450,00${NBSP}€. Voit käyttää ne 1.1.2027 alkaen 31.12.2027 asti.`,
    );
    expect(useSummary({ ...current, unit: "euro", today: "2026-12-01" }, "sv")).toBe(
      `Henkilökohtainen apu: du har 450,00${NBSP}€. Du kan använda det från och med 1.1.2027 till och med 31.12.2027.`,
    );
  });

  it("says a successor takes over after the last day while the old one is still in use", () => {
    const clipped = { ...current, validTo: "2027-04-14", today: "2027-04-10", supersededFrom: "2027-04-15" };
    expect(useSummary(clipped, "en")).toBe(
      "Henkilökohtainen apu: you have 12.5 hours left, worth €450.00. You can use them until 14 April 2027. After that, a new decision applies.",
    );
  });

  it("shows no balance once replaced, ended, expired or closed, and says why (the day of the end still counts)", () => {
    const replaced = { ...current, validTo: "2027-04-14", today: "2027-04-15", supersededFrom: "2027-04-15" };
    expect(useSummary(replaced, "fi")).toBe("Henkilökohtainen apu: uusi päätös korvasi tämän 15.4.2027 alkaen. Tätä ei voi enää käyttää.");
    expect(useSummary(replaced, "sv")).toBe("Henkilökohtainen apu: ett nytt beslut ersatte det här från och med 15.4.2027. Den kan inte längre användas.");
    const ended = { ...current, validTo: "2027-06-20", endedOn: "2027-06-20" };
    expect(useSummary(ended, "en")).toBe("Henkilökohtainen apu: your personal budget ended on 20 June 2027. It can no longer be used.");
    expect(useSummary({ ...ended, today: "2027-06-20" }, "fi")).toContain("sinulla on jäljellä 12,5 tuntia");
    expect(useSummary({ ...current, today: "2028-01-01" }, "fi")).toBe("Henkilökohtainen apu: voimassaolo päättyi 31.12.2027. Tätä ei voi enää käyttää.");
    expect(useSummary({ ...current, closed: true }, "en")).toBe("Henkilökohtainen apu: this has been closed. It can no longer be used.");
    // Closed because HB ended before its first day: the end is the reason given.
    expect(useSummary({ ...current, today: "2026-12-01", closed: true, endedOn: "2026-12-01" }, "sv")).toBe(
      "Henkilökohtainen apu: den personliga budgeten upphörde 1.12.2026. Den kan inte längre användas.",
    );
  });
});

describe("budgetSummary", () => {
  it("names the budget that replaced it and from when, or the end of HB; nothing for a budget in use", () => {
    expect(budgetSummary({ supersededFrom: "2027-04-15", successorPlanVersion: 2 }, "fi")).toBe(
      "Tämä budjetti on korvattu uudella budjetilla (palvelusuunnitelman versio 2) 15.4.2027 alkaen.",
    );
    expect(budgetSummary({ supersededFrom: "2027-04-15" }, "en")).toBe("This budget was replaced by a new budget from 15 April 2027.");
    expect(budgetSummary({ endedOn: "2027-06-20" }, "sv")).toBe("Den personliga budgeten upphörde 20.6.2027. Den här budgeten kan inte längre användas.");
    expect(budgetSummary({}, "fi")).toBeUndefined();
  });
});
