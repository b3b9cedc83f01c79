import { randomUUID } from "node:crypto";
import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import type { RequestContext } from "../actor";
import type { AreaSettings } from "../area/settings";
import { budgetLineKey, requireBudget, type StoredBudgetLine } from "../budget/repository";
import type { Client } from "../clients/schemas";
import { formatNumber, reserveNumbers } from "../counters";
import { compareDates } from "../budget/periods";
import { businessDate } from "../dates";
import { changeStamp, getItem, transition } from "../db";
import { DomainError, type FieldProblem, notFound } from "../errors";
import { getInstruments, type StoredInstrument } from "../instruments/repository";
import { listOwned, ownedKey } from "../ownership";
import type { Language } from "../language";
import { checkCommitmentProviders } from "./commitments";
import { priceKey, providerKey } from "../providers/repository";
import { instrumentNumberPut, providerIndexFields } from "../instruments/work-list";
import { consumptionOf, IndexBehind, inForce, moveItems, planSupersede, successorGrant, type MovableEvent } from "./supersede";
import { usedCents } from "../budget/balance";
import { lostRace, MAX_TRANSACTION_ITEMS, retrying, transaction, TransactionCancelled } from "../transaction";
import { type ClientFee, decisionDocument, type DecisionDocument } from "./document";
import { clientFeeMonthItems } from "./client-fees";
import type { AppealOutcomeBody, CreateDecisionBody } from "./schemas";
import { amendmentFrom, decisionHistory } from "./appeals";

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



/** The budget's lines, each exactly once; anything else is a 422 naming the offending entries. */
function checkLines(body: CreateDecisionBody, lines: readonly StoredBudgetLine[]): void {
  const known = new Set(lines.map((line) => line.lineId));
  const seen = new Set<string>();
  const errors: FieldProblem[] = [];
  body.lines.forEach((line, index) => {
    if (!known.has(line.lineId)) errors.push({ path: `/body/lines/${index}/lineId`, code: "UNKNOWN_LINE", params: { lineId: line.lineId } });
    else if (seen.has(line.lineId)) errors.push({ path: `/body/lines/${index}/lineId`, code: "DUPLICATE_LINE", params: { lineId: line.lineId } });
    seen.add(line.lineId);
  });
  const missing = [...known].filter((lineId) => !seen.has(lineId));
  if (missing.length > 0) errors.push({ path: "/body/lines", code: "LINES_MISSING", params: { lines: missing.join(", ") } });
  if (errors.length > 0) throw new DomainError("VALIDATION_FAILED", {}, errors);
}

/**
 * Drafts a decision. A payment commitment's provider must exist and be
 * approved for a bundle of the line's service (422 `PROVIDER_NOT_APPROVED`
 * naming each such line); issuing checks again.
 */
export async function createDecision(budgetId: string, body: CreateDecisionBody, ctx: RequestContext): Promise<StoredDecision> {
  const { budget, lines } = await requireBudget(budgetId);
  if (budget.status !== "draft") throw new DomainError("DECISION_IN_FORCE");
  checkLines(body, lines);
  if (body.effectiveFrom && (compareDates(body.effectiveFrom, budget.validFrom) < 0 || compareDates(body.effectiveFrom, budget.validTo) > 0)) {
    throw new DomainError("VALIDATION_FAILED", {}, [
      { path: "/body/effectiveFrom", code: "EFFECTIVE_FROM_OUTSIDE_BUDGET" },
    ]);
  }
  const byId = new Map(lines.map((line) => [line.lineId, line]));
  const providers = await checkCommitmentProviders(body.lines.map((line) => ({ ...line, serviceCode: byId.get(line.lineId)!.serviceCode })));
  if (providers.refused.length > 0) {
    const errors = providers.refused.map((index) => ({ path: `/body/lines/${index}/providerId`, code: "PROVIDER_NOT_APPROVED" as const }));
    throw new DomainError("PROVIDER_NOT_APPROVED", {}, errors);
  }
  // An amended decision after an upheld appeal takes effect from the day its outcome gives, unless the draft says otherwise.
  const amended = body.effectiveFrom ? undefined : amendmentFrom((await listOwned("DECISION", budget.clientId)) as unknown as StoredDecision[]);
  const effectiveFrom = body.effectiveFrom ?? (amended && compareDates(amended, budget.validFrom) > 0 && compareDates(amended, budget.validTo) <= 0 ? amended : budget.validFrom);
  const year = body.decidedOn.slice(0, 4);
  const [sequence] = await reserveNumbers("DECISION", year, 1);
  const decision: StoredDecision = {
    decisionId: randomUUID(),
    number: formatNumber("HB-P", year, sequence!),
    clientId: budget.clientId,
    budgetId,
    decidedOn: body.decidedOn,
    effectiveFrom,
    legalBasis: body.legalBasis,
    decisionMaker: body.decisionMaker,
    lines: body.lines.map((line) => ({
      lineId: line.lineId,
      serviceCode: byId.get(line.lineId)!.serviceCode,
      grantedCents: byId.get(line.lineId)!.grantedCents,
      paymentMethod: line.paymentMethod,
      ...(line.providerId ? { providerId: line.providerId, providerName: providers.names.get(line.providerId) } : {}),
      ...(line.clientFee ? { clientFee: line.clientFee } : {}),
    })),
    status: "draft",
    appeals: [],
    instrumentIds: [],
    createdAt: ctx.now.toISOString(),
    createdBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
  };
  await transaction()
    .put(
      "decision",
      {
        ...ownedKey("DECISION", decision.decisionId),
        type: "Decision",
        gsi1pk: `CLIENT#${decision.clientId}`,
        gsi1sk: `DECISION#${decision.createdAt}#${decision.decisionId}`,
        ...decision,
        ...changeStamp(decision.clientId, ctx),
      },
      "attribute_not_exists(pk)",
    )
    .add("clientFees", ...clientFeeMonthItems(decision, budget.validTo))
    .write();
  return decision;
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

/** How often an issue that lost a race on what it supersedes is tried again before 409 CONCURRENT_CHANGE. */
const maxIssueAttempts = 10;

/**
 * Issues a draft: in one transaction the decision becomes `issued` (only from
 * `draft`, so issuing twice is a 409), the budget becomes `decided` (only from
 * `draft`, so one decision is in force per budget), and one instrument per
 * line is created and linked to its line, starting on the decision's
 * `effectiveFrom`. Each payment commitment's provider must still be approved
 * for its service, checked before and again in the transaction (409
 * `COMMITMENT_PROVIDER_NOT_APPROVED`).
 *
 * The client's decision in force for an earlier plan version is superseded in
 * the same transaction (supersede.ts): it becomes `superseded`, its open
 * instruments end on effectiveFrom − 1 with the grant clipGrant keeps, their
 * budget lines give back what it releases, and a voucher's chosen (and
 * accepted) provider carries over to the new voucher of the same service.
 * Those writes are conditioned on the values read: a concurrent delivery makes
 * the issue read again; a concurrent superseding issue that won is a 409
 * `DECISION_SUPERSEDED`.
 */
export async function issueDecision(
  decision: StoredDecision,
  client: Client,
  area: AreaSettings,
  serviceName: (code: string) => string,
  ctx: RequestContext,
): Promise<{ decision: StoredDecision; instruments: StoredInstrument[] }> {
  if (decision.status !== "draft") throw new DomainError("DECISION_NOT_DRAFT", { status: decision.status });
  if (client.hbStatus === "declined" || client.hbStatus === "ended") throw new DomainError("HB_DECLINED", { status: client.hbStatus });
  const issuedAt = ctx.now.toISOString();
  const year = businessDate(ctx.now).slice(0, 4);
  const numbers = await reserveNumbers("INSTRUMENT", year, decision.lines.length);
  const instrumentIds = decision.lines.map(() => randomUUID());
  const seen = new Set<string>();
  // A delivery, a choice of provider, a lagging index or a concurrent transaction changed what was read: read again.
  return retrying(maxIssueAttempts, async () => {
    const { budget, lines } = await requireBudget(decision.budgetId);
    if (budget.status !== "draft") throw new DomainError("DECISION_IN_FORCE");
    const effectiveFrom = decision.effectiveFrom ?? budget.validFrom;
    const providers = await checkCommitmentProviders(decision.lines);
    const notApproved = (index: number) => new DomainError("COMMITMENT_PROVIDER_NOT_APPROVED", { lineId: decision.lines[index]!.lineId });
    if (providers.refused.length > 0) throw notApproved(providers.refused[0]!);
    const superseded = await planSupersede({
      clientId: decision.clientId,
      budget,
      decisionId: decision.decisionId,
      effectiveFrom,
      seen,
      read: getDecision,
      ctx,
    });
    const grants = new Map(lines.map((line) => [line.lineId, successorGrant(line, budget, effectiveFrom)]));
    const granted = lines.map((line) => ({ ...line, ...grants.get(line.lineId)!, availableCents: grants.get(line.lineId)!.grantedCents }));
    const byId = new Map(granted.map((line) => [line.lineId, line]));
    const totalGrantedCents = granted.reduce((sum, line) => sum + line.grantedCents, 0);
    // The first line of a service takes the deliveries moved from the old instrument of that service.
    const movedTo = new Map<string, MovableEvent[]>();
    for (const [serviceCode, events] of superseded.moved) {
      const line = granted.find((candidate) => candidate.serviceCode === serviceCode);
      const cents = usedCents(consumptionOf(events));
      if (!line || cents > line.grantedCents) {
        throw new DomainError("GRANT_BELOW_DELIVERED", { serviceCode, deliveredCents: cents, grantedCents: line?.grantedCents ?? 0, effectiveFrom });
      }
      movedTo.set(line.lineId, events);
    }
    const instruments: StoredInstrument[] = decision.lines.map((decided, index) => {
      const line = byId.get(decided.lineId)!;
      const carried = decided.paymentMethod === "voucher" ? superseded.carried.get(line.serviceCode) : undefined;
      const taken = consumptionOf(movedTo.get(line.lineId) ?? []);
      return {
        instrumentId: instrumentIds[index]!,
        number: formatNumber("HB", year, numbers[index]!),
        kind: decided.paymentMethod,
        clientId: decision.clientId,
        budgetId: decision.budgetId,
        lineId: line.lineId,
        decisionId: decision.decisionId,
        serviceCode: line.serviceCode,
        unit: line.unit,
        quantityPerPeriod: line.quantity,
        per: line.per,
        ...(line.periodCap ? { periodCap: line.periodCap } : {}),
        quantityTotal: line.quantityTotal,
        unitValueCents: line.unitValueCents,
        validFrom: compareDates(effectiveFrom, budget.validFrom) > 0 ? effectiveFrom : budget.validFrom,
        validTo: budget.validTo,
        capCents: line.grantedCents,
        availableCents: line.grantedCents - usedCents(taken),
        ...(decided.providerId ? { providerId: decided.providerId } : {}),
        ...(carried ? { providerId: carried.providerId } : {}),
        ...(carried?.providerFrom ? { providerFrom: carried.providerFrom } : {}),
        ...(carried?.providers ? { providers: carried.providers } : {}),
        status: carried ? carried.status : decided.paymentMethod === "voucher" ? "awaiting-provider" : "awaiting-acceptance",
        ...taken,
        createdAt: issuedAt,
      };
    });
    const supersedes = superseded.decisions.map((old) => old.decisionId);
    const issued: StoredDecision = {
      ...decision,
      status: "issued",
      issuedAt,
      effectiveFrom,
      ...(supersedes.length > 0 ? { supersedes } : {}),
      instrumentIds: instruments.map((instrument) => instrument.instrumentId),
    };
    issued.document = documentFor(issued, { ...budget, totalGrantedCents }, granted, client, area, serviceName);
    const changed = changeStamp(decision.clientId, ctx);
    const tx = transaction()
      .add(
        "decision",
        transition(ownedKey("DECISION", decision.decisionId), ["draft"], "issued", {
          issuedAt,
          effectiveFrom,
          ...(supersedes.length > 0 ? { supersedes } : {}),
          instrumentIds: issued.instrumentIds,
          document: issued.document,
        }, changed),
      )
      .add(
        "budget",
        transition(ownedKey("BUDGET", decision.budgetId), ["draft"], "decided", {
          decisionId: decision.decisionId,
          totalGrantedCents,
          ...(compareDates(effectiveFrom, budget.validFrom) > 0 ? { effectiveFrom } : {}),
        }, changed),
      );
    for (const instrument of instruments) {
      tx.put(
        "instruments",
        {
          ...ownedKey("INSTRUMENT", instrument.instrumentId),
          type: "Instrument",
          gsi1pk: `CLIENT#${instrument.clientId}`,
          gsi1sk: `INSTRUMENT#${instrument.createdAt}#${instrument.instrumentId}`,
          ...(instrument.providerId ? providerIndexFields(instrument.providerId, instrument.number) : {}),
          ...instrument,
          ...changed,
        },
        "attribute_not_exists(pk)",
      );
    }
    tx.add("instrumentNumbers", ...instruments.map(instrumentNumberPut));
    for (const instrument of instruments) {
      const line = byId.get(instrument.lineId)!;
      // A decision effective after the budget's validFrom grants the line only from that day; moved deliveries use it.
      const regrant = line.changed || instrument.availableCents !== line.grantedCents
        ? {
            expression:
              ", grantedCents = :granted, availableCents = :available, quantityTotal = :quantity, periods = :periods, recordedCents = :recorded, approvedCents = :approved, settledCents = :settled, paidCents = :paid",
            values: {
              ":granted": line.grantedCents,
              ":available": instrument.availableCents,
              ":quantity": line.quantityTotal,
              ":periods": line.periods,
              ":recorded": instrument.recordedCents,
              ":approved": instrument.approvedCents,
              ":settled": instrument.settledCents,
              ":paid": instrument.paidCents,
            },
          }
        : { expression: "", values: {} };
      tx.update(
        "lines",
        budgetLineKey(instrument.budgetId, instrument.lineId),
        {
          expression: `SET instrumentIds = list_append(instrumentIds, :id), changedBy = :by, requestId = :rid, updatedAt = :at${regrant.expression}`,
          values: { ":id": [instrument.instrumentId], ":by": changed.changedBy, ":rid": changed.requestId, ":at": issuedAt, ...regrant.values },
        },
        "attribute_exists(pk)",
      );
    }
    // Each commitment's provider under its line's index, so a refusal names the line.
    for (const condition of providers.conditions) tx.add(`commitmentProvider ${condition.lineIndex}`, condition.item);
    // A carried provider must still be approved and price the service, as when the client chose it (V5).
    const committed = new Set(decision.lines.flatMap((line) => (line.paymentMethod === "payment-commitment" && line.providerId ? [line.providerId] : [])));
    const carriedTo = instruments.filter((instrument) => instrument.kind === "voucher" && instrument.providerId);
    for (const providerId of new Set(carriedTo.map((instrument) => instrument.providerId!))) {
      if (committed.has(providerId)) continue; // its ConditionCheck above already requires it approved
      tx.check("carriedProviders", providerKey(providerId), { expression: "#status = :approved", names: { "#status": "status" }, values: { ":approved": "approved" } });
    }
    for (const instrument of carriedTo) tx.check("carriedPrices", priceKey(instrument.providerId!, instrument.serviceCode), "attribute_exists(pk)");
    tx.add("superseded", ...superseded.decisionItems).add("clipped", ...superseded.items);
    for (const instrument of instruments) {
      const events = movedTo.get(instrument.lineId);
      if (events) tx.add("moved", ...moveItems(events, instrument, changed));
    }
    // DynamoDB takes at most 100 items in one transaction; splitting would let a client be funded twice in between.
    if (tx.size > MAX_TRANSACTION_ITEMS) throw new DomainError("SUPERSEDE_TOO_LARGE", { items: tx.size });
    try {
      await tx.write();
      return { decision: issued, instruments };
    } catch (error) {
      if (!(error instanceof TransactionCancelled)) throw error;
      if (error.failed("decision")) throw new DomainError("DECISION_NOT_DRAFT", { status: "issued" });
      if (error.failed("budget")) throw new DomainError("DECISION_IN_FORCE");
      const refused = providers.conditions.find((condition) => error.failed(`commitmentProvider ${condition.lineIndex}`));
      if (refused) throw notApproved(refused.lineIndex);
      if (error.failed("superseded")) throw new DomainError("DECISION_SUPERSEDED");
      throw error;
    }
  }, { retryWhen: (error) => error instanceof IndexBehind || lostRace(error) });
}

/** Closing transaction items for open instruments (DynamoDB allows 100 items per transaction). */
function closeInstrumentItems(instruments: readonly StoredInstrument[], reason: string, ctx: RequestContext): TransactWriteItem[] {
  return instruments
    .filter((instrument) => instrument.status !== "closed")
    .map((instrument) =>
      transition(ownedKey("INSTRUMENT", instrument.instrumentId), [], "closed", { closedReason: reason }, changeStamp(instrument.clientId, ctx)),
    );
}

/**
 * Revoking closes the decision's instruments and frees the budget for a new decision. A decision
 * that superseded another is not revoked but superseded in turn by a corrected one (409
 * REVOKE_SUPERSEDING), so no day is left unfunded.
 */
export async function revokeDecision(decision: StoredDecision, reason: string, ctx: RequestContext): Promise<StoredDecision> {
  if (!(inForce as readonly string[]).includes(decision.status)) throw new DomainError("DECISION_NOT_IN_FORCE", { status: decision.status });
  // The decisions it superseded stay clipped: revoking it would leave the client's days funded by none.
  if (decision.supersedes && decision.supersedes.length > 0) throw new DomainError("REVOKE_SUPERSEDING");
  const instruments = await getInstruments(decision.instrumentIds);
  const changed = changeStamp(decision.clientId, ctx);
  const tx = transaction()
    .add("decision", transition(ownedKey("DECISION", decision.decisionId), inForce, "revoked", { closedAt: changed.updatedAt, closedReason: reason }, changed))
    .update(
      "budget",
      ownedKey("BUDGET", decision.budgetId),
      {
        expression: "SET #status = :draft, changedBy = :by, requestId = :rid, updatedAt = :at REMOVE decisionId",
        names: { "#status": "status" },
        values: { ":draft": "draft", ":by": changed.changedBy, ":rid": changed.requestId, ":at": changed.updatedAt },
      },
      { expression: "decisionId = :decisionId", values: { ":decisionId": decision.decisionId } },
    )
    .add("instruments", ...closeInstrumentItems(instruments, "decision-revoked", ctx));
  try {
    await tx.write();
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failed()) throw new DomainError("DECISION_NOT_IN_FORCE", { status: "changed" });
    throw error;
  }
  return { ...decision, status: "revoked", closedAt: changed.updatedAt, closedReason: reason };
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
