import type { Language } from "../../language";
import type { Period, Unit } from "./document";

/** The decision document's wording in each language (the rendering is document.ts). */

type CountUnit = Exclude<Unit, "euro">;

interface Texts {
  title: string;
  draft: string;
  headings: { decision: string; services: string; payment: string; clientFees: string; legalBasis: string; signature: string };
  decisionNumber: (n: string) => string;
  client: (name: string) => string;
  granted: (from: string, to: string, total: string) => string;
  noServices: string;
  units: Record<CountUnit, { one: string; many: string }>;
  per: Record<Period, string>;
  voucher: string;
  commitment: (provider?: string) => string;
  payment: { noMoneyToClient: string; voucher: string; commitment: string };
  clientFee: (service: string, amount: string) => string;
  clientFeeNote: (acts: string) => string;
  legalBasis: (acts: string) => string;
  decidedOn: (date: string) => string;
  issuedOn: (date: string) => string;
  notIssued: string;
  area: (name: string, businessId: string) => string;
}

export const texts: Record<Language, Texts> = {
  fi: {
    title: "Päätös henkilökohtaisesta budjetista",
    draft: "luonnos",
    headings: {
      decision: "Päätös",
      services: "Myönnetyt palvelut",
      payment: "Maksaminen",
      clientFees: "Asiakasmaksut",
      legalBasis: "Sovelletut säännökset",
      signature: "Allekirjoitus",
    },
    decisionNumber: (n) => `Päätösnumero: ${n}`,
    client: (name) => `Asiakas: ${name}`,
    granted: (from, to, total) =>
      `Asiakkaalle myönnetään henkilökohtainen budjetti ajalle ${from}–${to}. Budjetin kokonaismäärä on ${total}. Kunkin palvelun myönnetty määrä on laskettu koko voimassaoloajalle, ja palvelut on eritelty alla.`,
    noServices: "Päätöksellä ei myönnetä palveluja.",
    units: {
      // Finnish numerals other than 1 take the partitive: "1 tunti", "10 tuntia", "0,5 tuntia".
      hour: { one: "tunti", many: "tuntia" },
      day: { one: "päivä", many: "päivää" },
      visit: { one: "käynti", many: "käyntiä" },
    },
    per: { month: "kuukaudessa", week: "viikossa", validity: "koko voimassaoloaikana" },
    voucher: "palveluseteli",
    commitment: (provider) => (provider ? `maksusitoumus, palveluntuottaja: ${provider}` : "maksusitoumus"),
    payment: {
      noMoneyToClient:
        "Asiakkaalle ei makseta rahaa. Hyvinvointialue maksaa palvelujen kustannukset suoraan palveluntuottajalle enintään myönnettyyn määrään asti.",
      voucher:
        "Palveluseteli on hyvinvointialueen sitoumus maksaa palvelu asiakkaan itse valitsemalle, hyvinvointialueen hyväksymälle palveluntuottajalle setelin arvoon asti.",
      commitment:
        "Maksusitoumus on hyvinvointialueen sitoumus maksaa palvelu suoraan päätöksessä nimetylle palveluntuottajalle.",
    },
    clientFee: (service, amount) => `${service}: asiakasmaksu ${amount} kuukaudessa`,
    clientFeeNote: (acts) =>
      `Asiakasmaksu määrätään asiakkaan tulojen perusteella (${acts}). Se ei vähennä henkilökohtaista budjettia, ja hyvinvointialue laskuttaa sen erikseen kuukausittain.`,
    legalBasis: (acts) => `Päätös perustuu seuraaviin lakeihin: ${acts}.`,
    decidedOn: (date) => `Päätöspäivä: ${date}`,
    issuedOn: (date) => `Päätös annettu: ${date}`,
    notIssued: "Päätös on luonnos, eikä sitä ole vielä annettu.",
    area: (name, id) => `${name} (Y-tunnus ${id})`,
  },
  sv: {
    title: "Beslut om personlig budget",
    draft: "utkast",
    headings: {
      decision: "Beslut",
      services: "Beviljade tjänster",
      payment: "Betalning",
      clientFees: "Klientavgifter",
      legalBasis: "Tillämpade bestämmelser",
      signature: "Underskrift",
    },
    decisionNumber: (n) => `Beslutsnummer: ${n}`,
    client: (name) => `Klient: ${name}`,
    granted: (from, to, total) =>
      `Klienten beviljas en personlig budget för tiden ${from}–${to}. Budgetens totala belopp är ${total}. Det beviljade beloppet för varje tjänst har beräknats för hela giltighetstiden, och tjänsterna specificeras nedan.`,
    noServices: "Inga tjänster beviljas genom beslutet.",
    units: {
      hour: { one: "timme", many: "timmar" },
      day: { one: "dag", many: "dagar" },
      visit: { one: "besök", many: "besök" },
    },
    per: { month: "per månad", week: "per vecka", validity: "för hela giltighetstiden" },
    voucher: "servicesedel",
    commitment: (provider) => (provider ? `betalningsförbindelse, serviceproducent: ${provider}` : "betalningsförbindelse"),
    payment: {
      noMoneyToClient:
        "Inga pengar betalas till klienten. Välfärdsområdet betalar kostnaderna för tjänsterna direkt till serviceproducenten, högst upp till det beviljade beloppet.",
      voucher:
        "En servicesedel är välfärdsområdets förbindelse att betala tjänsten upp till sedelns värde till en serviceproducent som klienten själv väljer bland dem som välfärdsområdet har godkänt.",
      commitment:
        "En betalningsförbindelse är välfärdsområdets förbindelse att betala tjänsten direkt till den serviceproducent som anges i beslutet.",
    },
    clientFee: (service, amount) => `${service}: klientavgift ${amount} per månad`,
    clientFeeNote: (acts) =>
      `Klientavgiften bestäms utifrån klientens inkomster (${acts}). Den minskar inte den personliga budgeten, och välfärdsområdet fakturerar den separat varje månad.`,
    legalBasis: (acts) => `Beslutet grundar sig på följande lagar: ${acts}.`,
    decidedOn: (date) => `Beslutsdatum: ${date}`,
    issuedOn: (date) => `Beslutet meddelat: ${date}`,
    notIssued: "Beslutet är ett utkast och har ännu inte meddelats.",
    area: (name, id) => `${name} (FO-nummer ${id})`,
  },
  en: {
    title: "Decision on a personal budget",
    draft: "draft",
    headings: {
      decision: "Decision",
      services: "Services granted",
      payment: "Payment",
      clientFees: "Client fees",
      legalBasis: "Legal basis",
      signature: "Signature",
    },
    decisionNumber: (n) => `Decision number: ${n}`,
    client: (name) => `Client: ${name}`,
    granted: (from, to, total) =>
      `The client is granted a personal budget for the period ${from} to ${to}. The total amount of the budget is ${total}. The amount granted for each service is calculated for the whole period, and the services are itemised below.`,
    noServices: "No services are granted by this decision.",
    units: {
      hour: { one: "hour", many: "hours" },
      day: { one: "day", many: "days" },
      visit: { one: "visit", many: "visits" },
    },
    per: { month: "per month", week: "per week", validity: "for the whole period" },
    voucher: "service voucher",
    commitment: (provider) => (provider ? `payment commitment, provider: ${provider}` : "payment commitment"),
    payment: {
      noMoneyToClient:
        "No money is paid to the client. The welfare area pays the cost of the services directly to the service provider, up to the amount granted.",
      voucher:
        "A service voucher is the welfare area's commitment to pay, up to the value of the voucher, for the service from a provider that the client chooses from among the providers the area has approved.",
      commitment:
        "A payment commitment is the welfare area's commitment to pay for the service directly to the provider named in the decision.",
    },
    clientFee: (service, amount) => `${service}: client fee ${amount} per month`,
    clientFeeNote: (acts) =>
      `The client fee is set according to the client's income (${acts}). It does not reduce the personal budget; the welfare area invoices it separately each month.`,
    legalBasis: (acts) => `This decision is based on the following acts: ${acts}.`,
    decidedOn: (date) => `Date of decision: ${date}`,
    issuedOn: (date) => `Date of issue: ${date}`,
    notIssued: "This decision is a draft and has not yet been issued.",
    area: (name, id) => `${name} (Business ID ${id})`,
  },
};
