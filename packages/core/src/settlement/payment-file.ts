/**
 * The monthly ISO 20022 pain.001.001.03 SEPA credit-transfer file from the welfare area
 * to the service providers.
 *
 * `sepa` (sepa.js) builds the document and runs its own checks (lengths, IBAN check digits,
 * BIC country against IBAN country). Three things it cannot do for us are then done on a
 * DOM of its output (@xmldom/xmldom), never by string replacement:
 * - structured creditor references: its `structuredRemittanceInfo` writes `CdorPrtry` with
 *   `Issr` and `Ref` inside it, which pain.001.001.03 rejects, so `RmtInf` is rebuilt;
 * - the payer's business ID under `InitgPty` (sepa writes only the name);
 * - amounts and control sums from integer cents (sepa adds floating-point euros), and
 *   `CreDtTm` in UTC with its zone (sepa writes the machine's local time without one).
 *
 * Names are cleaned to the characters Finnish banks accept; identifiers are not cleaned
 * but checked, and any bad input throws a RangeError before a file exists.
 */
import { DOMParser, XMLSerializer, type Element } from "@xmldom/xmldom";
import { Document as SepaDocument } from "sepa";
import { businessDateSchema } from "../dates";
import { isValidBusinessId, normalizeBusinessId } from "../validators/business-id";
import { isValidCreditorReference, normalizeCreditorReference } from "../validators/creditor-reference";
import { isValidBic, isValidIban, normalizeBic, normalizeIban } from "../validators/iban";
import { paymentName } from "../validators/payment-name";
import { ibanCountry, paymentAccountProblem } from "../validators/sepa";

export interface PaymentBatch {
  /** GrpHdr/MsgId and PmtInf/PmtInfId base, ≤ 35 chars, e.g. "HB-2026-10-<short id>" */
  messageId: string;
  createdAt: Date; // GrpHdr/CreDtTm
  executionDate: string; // YYYY-MM-DD, PmtInf/ReqdExctnDt
  payer: { name: string; iban: string; bic: string; businessId: string }; // businessId = Finnish Y-tunnus e.g. "0201256-6"
  payments: ReadonlyArray<{
    endToEndId: string; // ≤ 35 chars
    creditorName: string; // provider name (truncate/clean to what SEPA allows, max 70)
    creditorIban: string; // may contain spaces: normalise
    creditorBic?: string;
    amountCents: number; // positive integer cents (EUR)
    creditorReference: string; // RF… (structured remittance: RmtInf/Strd/CdtrRefInf with Tp/CdOrPrtry/Cd = SCOR, Issr = ISO, Ref)
  }>;
}

const PAIN_FORMAT = "pain.001.001.03";
const NAMESPACE = `urn:iso:std:iso:20022:tech:xsd:${PAIN_FORMAT}`;
/** EPC's ceiling for one SEPA credit transfer: 999 999 999.99 EUR. */
const MAX_AMOUNT_CENTS = 99_999_999_999;

/**
 * Identifiers (MsgId, PmtInfId, InstrId, EndToEndId): EPC's basic Latin set without the
 * space, since Finnish banks allow no special characters (not even å, ä, ö) in them.
 */
const SEPA_ID = /^[A-Za-z0-9/\-?:().,'+]{1,35}$/;

/** Why one payment cannot go into a file; the run leaves it out with this reason, and it stays owed. */
export type PaymentProblem =
  | "INVALID_IBAN"
  | "IBAN_NOT_SEPA"
  | "INVALID_BIC"
  | "BIC_REQUIRED"
  | "BIC_COUNTRY_MISMATCH"
  | "NAME_NOT_WRITABLE"
  | "AMOUNT_OUT_OF_RANGE"
  | "INVALID_REFERENCE";

/** The same checks the file makes, for one payment, as a reason instead of an exception. */
export function paymentProblem(payment: PaymentBatch["payments"][number]): PaymentProblem | undefined {
  if (!isValidIban(payment.creditorIban)) return "INVALID_IBAN";
  if (payment.creditorBic !== undefined && !isValidBic(payment.creditorBic)) return "INVALID_BIC";
  const account = paymentAccountProblem(normalizeIban(payment.creditorIban), payment.creditorBic);
  if (account) return account;
  if (creditorName(payment.creditorName, payment.creditorIban) === "") return "NAME_NOT_WRITABLE";
  if (!Number.isInteger(payment.amountCents) || payment.amountCents < 1 || payment.amountCents > MAX_AMOUNT_CENTS) return "AMOUNT_OUT_OF_RANGE";
  return isValidCreditorReference(payment.creditorReference) ? undefined : "INVALID_REFERENCE";
}

/** Finnish banks take å, ä and ö; a payment to an account elsewhere gets the EPC basic set only. */
const creditorName = (name: string, iban: string) => paymentName(name, { finnishLetters: ibanCountry(iban) === "FI" });

/** The pain.001.001.03 XML document (UTF-8), one PmtInf, PmtMtd TRF, SEPA service level, EUR, NbOfTxs and CtrlSum in GrpHdr and PmtInf. Throws on an empty batch, non-positive or non-integer amounts, invalid IBANs or references. */
export function paymentFileXml(batch: PaymentBatch): string {
  const input = checkedBatch(batch);

  const sepa = new SepaDocument(PAIN_FORMAT);
  sepa.grpHdr.id = input.messageId;
  sepa.grpHdr.created = batch.createdAt;
  sepa.grpHdr.initiatorName = input.payerName;

  const info = sepa.createPaymentInfo();
  const [year, month, day] = batch.executionDate.split("-").map(Number) as [number, number, number];
  // sepa prints the date from local-time fields, so a local midnight prints the same day in any zone.
  info.requestedExecutionDate = new Date(year, month - 1, day);
  info.debtorName = input.payerName;
  info.debtorIBAN = input.payerIban;
  info.debtorBIC = input.payerBic;
  sepa.addPaymentInfo(info);
  // sepa would make it "<MsgId>.0", which can pass 35 characters; one PmtInf per message keeps MsgId unique enough.
  info.id = input.messageId;

  for (const payment of input.payments) {
    const tx = info.createTransaction();
    tx.end2endId = payment.endToEndId;
    tx.creditorName = payment.creditorName;
    tx.creditorIBAN = payment.creditorIban;
    tx.creditorBIC = payment.creditorBic;
    tx.amount = payment.amountCents / 100; // for sepa's range checks only; the file's amount is rewritten below
    info.addTransaction(tx);
    // InstrId: sepa's "<PmtInfId>.<n>" can pass 35 characters; the bank echoes InstrId in its status report.
    tx.id = payment.endToEndId;
  }

  let generated: string;
  try {
    generated = sepa.toString();
  } catch (error) {
    throw new RangeError(`The payment batch fails SEPA checks: ${(error as Error).message}`, { cause: error });
  }

  // sepa 3 keeps no DOM of its own (the toXML() in its typings is gone at run time), so its text is parsed.
  const xml = new DOMParser().parseFromString(generated, "text/xml");
  const documentElement = xml.documentElement;
  if (!documentElement) throw new Error("sepa produced no document element");
  const append = (parent: Element, name: string, text?: string): Element => {
    const element = xml.createElementNS(NAMESPACE, name);
    if (text !== undefined) element.textContent = text;
    parent.appendChild(element);
    return element;
  };

  const initiation = only(documentElement, "CstmrCdtTrfInitn");
  const groupHeader = only(initiation, "GrpHdr");
  const paymentInfo = only(initiation, "PmtInf");
  const controlSum = decimalEuros(input.payments.reduce((sum, p) => sum + BigInt(p.amountCents), 0n));

  only(groupHeader, "CreDtTm").textContent = batch.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z");
  only(groupHeader, "CtrlSum").textContent = controlSum;
  only(paymentInfo, "CtrlSum").textContent = controlSum;

  // Finnish banks read the payer's service ID, usually the business ID, from InitgPty/Id/OrgId/Othr with scheme "BANK".
  const otherId = append(append(append(only(groupHeader, "InitgPty"), "Id"), "OrgId"), "Othr");
  append(otherId, "Id", input.payerBusinessId);
  append(append(otherId, "SchmeNm"), "Cd", "BANK");

  const transactions = children(paymentInfo, "CdtTrfTxInf");
  if (transactions.length !== input.payments.length) throw new Error("sepa wrote a different number of transactions");
  input.payments.forEach((payment, i) => {
    const transaction = transactions[i]!;
    only(only(transaction, "Amt"), "InstdAmt").textContent = decimalEuros(BigInt(payment.amountCents));

    const remittance = only(transaction, "RmtInf");
    while (remittance.firstChild) remittance.removeChild(remittance.firstChild);
    const reference = append(append(remittance, "Strd"), "CdtrRefInf");
    const type = append(reference, "Tp");
    append(append(type, "CdOrPrtry"), "Cd", "SCOR");
    append(type, "Issr", "ISO");
    append(reference, "Ref", payment.creditorReference);
  });

  return new XMLSerializer().serializeToString(xml);
}

interface CheckedBatch {
  messageId: string;
  payerName: string;
  payerIban: string;
  payerBic: string;
  payerBusinessId: string;
  payments: Array<{
    endToEndId: string;
    creditorName: string;
    creditorIban: string;
    creditorBic: string;
    amountCents: number;
    creditorReference: string;
  }>;
}

function checkedBatch(batch: PaymentBatch): CheckedBatch {
  if (batch.payments.length === 0) throw new RangeError("A payment file needs at least one payment");
  checkId(batch.messageId, "messageId");
  if (!(batch.createdAt instanceof Date) || Number.isNaN(batch.createdAt.getTime())) {
    throw new RangeError("createdAt is not a valid date");
  }
  if (!businessDateSchema.safeParse(batch.executionDate).success) {
    throw new RangeError(`executionDate is not a calendar date YYYY-MM-DD: ${batch.executionDate}`);
  }

  const endToEndIds = new Set<string>();
  const payments = batch.payments.map((payment, i) => {
    const where = `payments[${i}]`;
    checkId(payment.endToEndId, `${where}.endToEndId`);
    // The bank's status report points at a payment by this id, so two payments must not share it.
    if (endToEndIds.has(payment.endToEndId)) throw new RangeError(`${where}.endToEndId repeats ${payment.endToEndId}`);
    endToEndIds.add(payment.endToEndId);
    const problem = paymentProblem(payment);
    if (problem) throw new RangeError(`${where} cannot be paid: ${problem}`);
    return {
      endToEndId: payment.endToEndId,
      creditorName: creditorName(payment.creditorName, payment.creditorIban),
      creditorIban: normalizeIban(payment.creditorIban),
      creditorBic: payment.creditorBic === undefined ? "" : normalizeBic(payment.creditorBic),
      amountCents: payment.amountCents,
      creditorReference: normalizeCreditorReference(payment.creditorReference),
    };
  });

  const payerBusinessId = normalizeBusinessId(batch.payer.businessId);
  if (!isValidBusinessId(payerBusinessId)) {
    throw new RangeError(`payer.businessId is not a valid Finnish business ID: ${batch.payer.businessId}`);
  }
  return {
    messageId: batch.messageId,
    payerName: checkedName(batch.payer.name, batch.payer.iban, "payer.name"),
    payerIban: sepaIban(batch.payer.iban, "payer.iban"),
    payerBic: checkedBic(batch.payer.bic, "payer.bic"),
    payerBusinessId,
    payments,
  };
}

function checkId(id: string, field: string): void {
  // EPC: an identifier must not start with "/" nor contain "//".
  if (!SEPA_ID.test(id) || id.startsWith("/") || id.includes("//")) {
    throw new RangeError(`${field} must be 1–35 of A–Z a–z 0–9 / - ? : ( ) . , ' + without a leading "/" or "//": ${id}`);
  }
}

function sepaIban(input: string, field: string): string {
  const iban = normalizeIban(input);
  if (!isValidIban(iban)) throw new RangeError(`${field} is not a valid IBAN: ${input}`);
  if (paymentAccountProblem(iban) === "IBAN_NOT_SEPA") throw new RangeError(`${field} is not in a SEPA country: ${input}`);
  return iban;
}

function checkedName(input: string, iban: string, field: string): string {
  const name = creditorName(input, iban);
  if (name === "") throw new RangeError(`${field} has no characters a SEPA payment can carry: ${input}`);
  return name;
}

function checkedBic(input: string, field: string): string {
  const bic = normalizeBic(input);
  if (!isValidBic(bic)) throw new RangeError(`${field} is not a valid BIC: ${input}`);
  return bic;
}

/** Integer cents as the decimal euros of the file, "1234.50"; BigInt so a control sum never rounds. */
function decimalEuros(cents: bigint): string {
  return `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
}

function children(parent: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).localName === name) found.push(node as Element);
  }
  return found;
}

/** The one child element of that name; sepa's output not having it means the library changed under us. */
function only(parent: Element, name: string): Element {
  const found = children(parent, name);
  if (found.length !== 1) throw new Error(`Expected one ${name} in ${parent.localName}, sepa wrote ${found.length}`);
  return found[0]!;
}
