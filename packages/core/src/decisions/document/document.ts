import type { Language } from "../../language";
import { appealInstructions } from "./appeal";
import { formatDate, formatDecimal, formatEuros } from "../../budget/format";
import { joinList } from "./format";
import { type ClientFeeBasis, clientFeeBasisName, legalBases, legalBasisName, type LegalBasis } from "./legal-basis";

export type { Language };

export type Unit = "hour" | "day" | "visit" | "euro";
export type Period = "month" | "week" | "validity";
export type PaymentMethod = "voucher" | "payment-commitment";

/** An income-based fee the client pays the area for the service each month; not part of the budget. */
export interface ClientFee {
  monthlyCents: number;
  legalBasis: ClientFeeBasis;
}

export interface DecisionLine {
  serviceName: string;
  quantity: number;
  unit: Unit;
  per: Period;
  unitValueCents: number;
  grantedCents: number;
  paymentMethod: PaymentMethod;
  providerName?: string;
  clientFee?: ClientFee;
}

export interface DecisionDocumentInput {
  language: Language;
  decisionNumber: string;
  decidedOn: string;
  issuedOn?: string;
  area: { name: string; businessId: string };
  client: { firstName: string; lastName: string };
  legalBasis: LegalBasis[];
  validFrom: string;
  validTo: string;
  lines: DecisionLine[];
  totalGrantedCents: number;
  decisionMaker: { name: string; title: string };
}

export interface DecisionSection {
  heading: string;
  paragraphs: string[];
}

export interface DecisionDocument {
  language: Language;
  title: string;
  sections: DecisionSection[];
  text: string;
}

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

const texts: Record<Language, Texts> = {
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

function quantityWithUnit(line: DecisionLine, language: Language): string {
  const t = texts[language];
  if (line.unit === "euro") {
    // A euro-unit line is an amount of money per period, so it reads "300,00 € kuukaudessa", not "300 euroa × 1,00 €".
    return formatEuros(Math.round(line.quantity * line.unitValueCents), language);
  }
  const quantity = formatDecimal(line.quantity, language);
  // Decided on the printed figure, so 0.999 shown as "1" still reads "1 hour".
  const form = quantity === formatDecimal(1, language) ? t.units[line.unit].one : t.units[line.unit].many;
  return `${quantity} ${form}`;
}

/** One services-table row: "Henkilökohtainen apu: 10 tuntia kuukaudessa × 36,00 € = 4 320,00 €, palveluseteli". */
function serviceLine(line: DecisionLine, language: Language): string {
  const t = texts[language];
  const unitValue = line.unit === "euro" ? "" : ` × ${formatEuros(line.unitValueCents, language)}`;
  // Vouchers carry no provider: the client chooses one after the decision.
  const method = line.paymentMethod === "voucher" ? t.voucher : t.commitment(line.providerName?.trim() || undefined);
  return `${line.serviceName}: ${quantityWithUnit(line, language)} ${t.per[line.per]}${unitValue} = ${formatEuros(line.grantedCents, language)}, ${method}`;
}

/** The fees the decision sets, with the act they rest on; no section when it sets none. */
function clientFeeSections(lines: readonly DecisionLine[], language: Language): DecisionSection[] {
  const t = texts[language];
  const charged = lines.filter((line) => line.clientFee);
  if (charged.length === 0) return [];
  const acts = [...new Set(charged.map((line) => line.clientFee!.legalBasis))].map((basis) => clientFeeBasisName(basis, language));
  return [
    {
      heading: t.headings.clientFees,
      paragraphs: [
        ...charged.map((line) => t.clientFee(line.serviceName, formatEuros(line.clientFee!.monthlyCents, language))),
        t.clientFeeNote(joinList(acts, language)),
      ],
    },
  ];
}

/** Renders the written, appealable decision on a personal budget in the client's language. Pure: no I/O, no clock. */
export function decisionDocument(input: DecisionDocumentInput): DecisionDocument {
  const { language } = input;
  const t = texts[language];
  const clientName = `${input.client.firstName.trim()} ${input.client.lastName.trim()}`.trim();
  const methods = new Set(input.lines.map((line) => line.paymentMethod));
  // Canonical order and no duplicates, whatever order the caller stored them in.
  const bases = legalBases.filter((basis) => input.legalBasis.includes(basis));
  // An administrative decision without a legal basis is defective; refuse rather than print an empty list.
  if (bases.length === 0) throw new RangeError("A decision needs at least one legal basis");

  const sections: DecisionSection[] = [
    {
      heading: t.headings.decision,
      paragraphs: [
        t.decisionNumber(input.decisionNumber),
        t.client(clientName),
        t.granted(
          formatDate(input.validFrom, language),
          formatDate(input.validTo, language),
          formatEuros(input.totalGrantedCents, language),
        ),
      ],
    },
    {
      heading: t.headings.services,
      paragraphs: input.lines.length > 0 ? input.lines.map((line) => serviceLine(line, language)) : [t.noServices],
    },
    {
      heading: t.headings.payment,
      // Only the instruments this decision actually uses are explained, so the client is not told about ones they lack.
      paragraphs: [
        t.payment.noMoneyToClient,
        ...(methods.has("voucher") ? [t.payment.voucher] : []),
        ...(methods.has("payment-commitment") ? [t.payment.commitment] : []),
      ],
    },
    ...clientFeeSections(input.lines, language),
    {
      heading: t.headings.legalBasis,
      paragraphs: [t.legalBasis(joinList(bases.map((basis) => legalBasisName(basis, language)), language))],
    },
    appealInstructions(language),
    {
      heading: t.headings.signature,
      paragraphs: [
        t.decidedOn(formatDate(input.decidedOn, language)),
        input.issuedOn ? t.issuedOn(formatDate(input.issuedOn, language)) : t.notIssued,
        `${input.decisionMaker.name}, ${input.decisionMaker.title}`,
        t.area(input.area.name, input.area.businessId),
      ],
    },
  ];

  // A draft must never be mistaken for an issued decision, so its title says so.
  const title = input.issuedOn ? t.title : `${t.title} (${t.draft})`;
  const text = [title, ...sections.map((s) => [s.heading, ...s.paragraphs].join("\n\n"))].join("\n\n") + "\n";
  return { language, title, sections, text };
}
