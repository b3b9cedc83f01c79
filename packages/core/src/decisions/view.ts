import type { AreaSettings } from "../area/settings";
import type { StoredBudgetLine } from "../budget/repository";
import { compareDates } from "../budget/periods";
import type { Client } from "../clients/schemas";
import { businessDate } from "../dates";
import { getItem } from "../db";
import { notFound } from "../errors";
import type { Language } from "../language";
import { ownedKey } from "../ownership";
import { decisionHistory } from "./appeals";
import { type ClientFee, decisionDocument, type DecisionDocument } from "./document";
import type { AppealOutcomeBody, CreateDecisionBody } from "./schemas";

export interface StoredDecision {
  decisionId: string;
  number: string;
  clientId: string;
  budgetId: string;
  decidedOn: string;
  legalBasis: CreateDecisionBody["legalBasis"];
  decisionMaker: { name: string; title: string };
  lines: {
    lineId: string;
    serviceCode: string;
    grantedCents: number;
    paymentMethod: "voucher" | "payment-commitment";
    providerId?: string;
    /** The commitment's provider as the draft named it (an approved provider's name never changes through an application). */
    providerName?: string;
    /** An income-based fee the client pays the area each month; never charged to the budget (client-fees.ts). */
    clientFee?: ClientFee;
  }[];
  status: "draft" | "issued" | "appealed" | "revoked" | "ended" | "superseded";
  /** First day this decision funds (the draft's, or the budget's validFrom). */
  effectiveFrom?: string;
  supersedes?: string[];
  supersededBy?: string;
  /** The day the successor took over: this decision funds up to the day before. */
  supersededFrom?: string;
  /** HB ended or was declined: the last day this decision funds (end-hb.ts). */
  endedOn?: string;
  appeals: {
    appealId: string;
    receivedOn: string;
    text: string;
    recordedBy: { sub: string; roles: string[] };
    recordedAt: string;
    outcome?: AppealOutcomeBody & { recordedBy: { sub: string; roles: string[] }; recordedAt: string };
  }[];
  instrumentIds: string[];
  issuedAt?: string;
  closedAt?: string;
  closedReason?: string;
  /** Frozen when issued: the legal document as the client received it. */
  document?: DecisionDocument;
  createdAt: string;
  createdBy: { sub: string; roles: string[] };
}

export async function getDecision(decisionId: string): Promise<StoredDecision | undefined> {
  return getItem<StoredDecision>(ownedKey("DECISION", decisionId));
}

export async function requireDecision(decisionId: string): Promise<StoredDecision> {
  const decision = await getDecision(decisionId);
  if (!decision) throw notFound("decision");
  return decision;
}

/** The document as it reads today for a draft, or as it was issued. */
export function documentFor(
  decision: StoredDecision,
  budget: { validFrom: string; validTo: string; totalGrantedCents: number },
  lines: readonly StoredBudgetLine[],
  client: Client,
  area: AreaSettings,
  serviceName: (code: string) => string,
): DecisionDocument {
  if (decision.document) return decision.document;
  const byId = new Map(lines.map((line) => [line.lineId, line]));
  return decisionDocument({
    language: client.language,
    decisionNumber: decision.number,
    decidedOn: decision.decidedOn,
    ...(decision.issuedAt ? { issuedOn: businessDate(new Date(decision.issuedAt)) } : {}),
    area: { name: area.name[client.language] ?? area.name.fi, businessId: area.payerBusinessId },
    client: { firstName: client.firstName, lastName: client.lastName },
    legalBasis: decision.legalBasis,
    // A decision effective later than the budget's first day decides (and grants) from that day.
    validFrom: decision.effectiveFrom && compareDates(decision.effectiveFrom, budget.validFrom) > 0 ? decision.effectiveFrom : budget.validFrom,
    validTo: budget.validTo,
    lines: decision.lines.map((line) => {
      const budgetLine = byId.get(line.lineId)!;
      return {
        serviceName: serviceName(line.serviceCode),
        quantity: budgetLine.quantity,
        unit: budgetLine.unit,
        per: budgetLine.per,
        unitValueCents: budgetLine.unitValueCents,
        grantedCents: budgetLine.grantedCents,
        paymentMethod: line.paymentMethod,
        ...(line.providerName ? { providerName: line.providerName } : {}),
        ...(line.clientFee ? { clientFee: line.clientFee } : {}),
      };
    }),
    totalGrantedCents: budget.totalGrantedCents,
    decisionMaker: decision.decisionMaker,
  });
}

/** The decision as the API shows it: without keys and bookkeeping, with its history in the caller's language. */
export function decisionView(decision: StoredDecision, document: DecisionDocument, language: Language) {
  const { decisionId, number, clientId, budgetId, decidedOn, legalBasis, decisionMaker, lines, status, appeals, instrumentIds } = decision;
  const { issuedAt, closedAt, closedReason, createdAt, createdBy, effectiveFrom, supersedes, supersededBy, supersededFrom, endedOn } = decision;
  return {
    decisionId, number, clientId, budgetId, decidedOn, legalBasis, decisionMaker, lines, status,
    ...(effectiveFrom ? { effectiveFrom } : {}),
    ...(supersedes && supersedes.length > 0 ? { supersedes } : {}),
    ...(supersededBy ? { supersededBy, supersededFrom } : {}),
    ...(endedOn ? { endedOn } : {}),
    appeals, instrumentIds,
    ...(issuedAt ? { issuedAt } : {}),
    ...(closedAt ? { closedAt, closedReason } : {}),
    history: decisionHistory(decision, language),
    document,
    createdAt, createdBy,
  };
}
