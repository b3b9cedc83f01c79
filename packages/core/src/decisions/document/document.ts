import type { Language } from "../../language";
import { appealInstructions } from "./appeal";
import { formatDate, formatDecimal, formatEuros } from "../../budget/format";
import { joinList } from "./format";
import { type ClientFeeBasis, clientFeeBasisName, legalBases, legalBasisName, type LegalBasis } from "./legal-basis";
import { texts } from "./texts";

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
