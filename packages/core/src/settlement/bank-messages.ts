/**
 * What the bank tells the payer about its credit transfers, read from ISO 20022
 * messages (@xmldom/xmldom, by namespace and element name, no string matching):
 * - camt.054 BankToCustomerDebitCreditNotification and camt.053
 *   BankToCustomerStatement: entries (`Ntry`) with their transaction details
 *   (`NtryDtls/TxDtls`). A booked debit (`CdtDbtInd` DBIT, `Sts` BOOK, no
 *   return information, not a reversal) is a payment made on its booking date;
 *   a transaction with return information (`RtrInf`), or a reversal, is a
 *   payment returned, with the return reason code.
 * - pain.002 CustomerPaymentStatusReport: transactions rejected (`TxSts` RJCT)
 *   with their reason, or the whole message rejected (`GrpSts` RJCT).
 * Versions 001.02 and later of camt and 001.03 and later of pain.002 share the
 * elements read here.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";

export type BankMessageKind = "camt.053" | "camt.054" | "pain.002";

export interface BankTransaction {
  /** The EndToEndId we sent (our RF reference); absent when the bank gave none ("NOTPROVIDED"). */
  endToEndId?: string;
  amountCents?: number;
  outcome: "paid" | "returned" | "rejected" | "pending";
  bookingDate?: string;
  reasonCode?: string;
  reason?: string;
}

export interface BankMessage {
  kind: BankMessageKind;
  namespace: string;
  messageId?: string;
  /** pain.002: the MsgId of the file it reports on. */
  originalMessageId?: string;
  transactions: BankTransaction[];
}

export class BankMessageError extends Error {}

const KINDS: readonly [RegExp, BankMessageKind, string][] = [
  [/^urn:iso:std:iso:20022:tech:xsd:camt\.054\.001\.\d{2}$/, "camt.054", "BkToCstmrDbtCdtNtfctn"],
  [/^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.\d{2}$/, "camt.053", "BkToCstmrStmt"],
  [/^urn:iso:std:iso:20022:tech:xsd:pain\.002\.001\.\d{2}$/, "pain.002", "CstmrPmtStsRpt"],
];

const childElements = (parent: Element | undefined, name: string): Element[] => {
  const found: Element[] = [];
  for (let node = parent?.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).localName === name) found.push(node as Element);
  }
  return found;
};
/** The first element along a path of child names. */
const at = (parent: Element | undefined, ...path: string[]): Element | undefined =>
  path.reduce<Element | undefined>((element, name) => childElements(element, name)[0], parent);
const textAt = (parent: Element | undefined, ...path: string[]): string | undefined => at(parent, ...path)?.textContent?.trim() || undefined;

/** "1234.5" → 123450 cents, exactly; undefined for anything that is not a plain decimal amount. */
function cents(text: string | undefined): number | undefined {
  const match = text === undefined ? null : /^(\d{1,15})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

const date = (element: Element | undefined) => (textAt(element, "Dt") ?? textAt(element, "DtTm"))?.slice(0, 10);

export function parseBankMessage(xml: string): BankMessage {
  const errors: string[] = [];
  let root: Element | null | undefined;
  try {
    root = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(xml, "text/xml").documentElement;
  } catch (error) {
    // xmldom throws its ParseError on fatal errors.
    throw new BankMessageError(`not an ISO 20022 XML document: ${(error as Error).message}`);
  }
  if (errors.length > 0 || !root || root.localName !== "Document") throw new BankMessageError(`not an ISO 20022 XML document${errors[0] ? `: ${errors[0]}` : ""}`);
  const namespace = root.namespaceURI ?? "";
  const known = KINDS.find(([pattern]) => pattern.test(namespace));
  if (!known) throw new BankMessageError(`not a camt.053, camt.054 or pain.002 message (namespace ${namespace || "none"})`);
  const [, kind, body] = known;
  const message = at(root, body);
  if (!message) throw new BankMessageError(`${kind} without ${body}`);
  return kind === "pain.002" ? statusReport(message, namespace) : entries(message, kind, namespace);
}

function entries(message: Element, kind: BankMessageKind, namespace: string): BankMessage {
  const transactions: BankTransaction[] = [];
  const reports = [...childElements(message, "Ntfctn"), ...childElements(message, "Stmt")];
  for (const report of reports) {
    for (const entry of childElements(report, "Ntry")) {
      // Sts is a code in 001.02 (BOOK, PDNG, INFO) and Sts/Cd from 001.09 on.
      const status = textAt(entry, "Sts", "Cd") ?? textAt(entry, "Sts");
      const debit = textAt(entry, "CdtDbtInd") === "DBIT";
      const reversal = textAt(entry, "RvslInd") === "true";
      const bookingDate = date(at(entry, "BookgDt"));
      const details = childElements(entry, "NtryDtls").flatMap((group) => childElements(group, "TxDtls"));
      // An entry without details is one transaction of the entry's own amount.
      for (const detail of details.length > 0 ? details : [undefined]) {
        const returned = at(detail, "RtrInf");
        const amount = cents(textAt(detail, "AmtDtls", "TxAmt", "Amt") ?? textAt(detail, "AmtDtls", "InstdAmt", "Amt") ?? textAt(detail, "Amt") ?? (details.length <= 1 ? textAt(entry, "Amt") : undefined));
        const endToEndId = textAt(detail, "Refs", "EndToEndId");
        const outcome: BankTransaction["outcome"] =
          status !== "BOOK" ? "pending" : returned || reversal ? "returned" : debit ? "paid" : "pending";
        transactions.push({
          ...(endToEndId && endToEndId !== "NOTPROVIDED" ? { endToEndId } : {}),
          ...(amount !== undefined ? { amountCents: amount } : {}),
          outcome,
          ...(bookingDate ? { bookingDate } : {}),
          ...(returned ? { reasonCode: textAt(returned, "Rsn", "Cd") ?? textAt(returned, "Rsn", "Prtry") ?? "RETURNED" } : reversal ? { reasonCode: "REVERSED" } : {}),
          ...(textAt(returned, "AddtlInf") ? { reason: textAt(returned, "AddtlInf") } : {}),
        });
      }
    }
  }
  return { kind, namespace, ...(textAt(message, "GrpHdr", "MsgId") ? { messageId: textAt(message, "GrpHdr", "MsgId") } : {}), transactions };
}

function statusReport(message: Element, namespace: string): BankMessage {
  const group = at(message, "OrgnlGrpInfAndSts");
  const transactions: BankTransaction[] = [];
  for (const info of childElements(message, "OrgnlPmtInfAndSts")) {
    for (const tx of childElements(info, "TxInfAndSts")) {
      const status = textAt(tx, "TxSts");
      const endToEndId = textAt(tx, "OrgnlEndToEndId");
      const amount = cents(textAt(tx, "OrgnlTxRef", "Amt", "InstdAmt"));
      transactions.push({
        ...(endToEndId && endToEndId !== "NOTPROVIDED" ? { endToEndId } : {}),
        ...(amount !== undefined ? { amountCents: amount } : {}),
        outcome: status === "RJCT" ? "rejected" : "pending",
        ...(status === "RJCT" ? { reasonCode: textAt(tx, "StsRsnInf", "Rsn", "Cd") ?? textAt(tx, "StsRsnInf", "Rsn", "Prtry") ?? "RJCT" } : {}),
        ...(textAt(tx, "StsRsnInf", "AddtlInf") ? { reason: textAt(tx, "StsRsnInf", "AddtlInf") } : {}),
      });
    }
  }
  const originalMessageId = textAt(group, "OrgnlMsgId");
  // The whole file refused: every payment in it, with the group's reason.
  if (textAt(group, "GrpSts") === "RJCT" && transactions.length === 0) {
    transactions.push({ outcome: "rejected", reasonCode: textAt(group, "StsRsnInf", "Rsn", "Cd") ?? "RJCT" });
  }
  return {
    kind: "pain.002",
    namespace,
    ...(textAt(message, "GrpHdr", "MsgId") ? { messageId: textAt(message, "GrpHdr", "MsgId") } : {}),
    ...(originalMessageId ? { originalMessageId } : {}),
    transactions,
  };
}
