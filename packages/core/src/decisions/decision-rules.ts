import { usedCents } from "../budget/balance";
import { compareDates } from "../budget/periods";
import type { StoredBudget, StoredBudgetLine } from "../budget/repository";
import { DomainError, type FieldProblem } from "../errors";
import type { StoredInstrument } from "../instruments/repository";
import type { CreateDecisionBody } from "./schemas";
import { type CarriedProvider, consumptionOf, type MovableEvent } from "./supersede-rules";
import type { StoredDecision } from "./view";

/** A budget line as the issue grants it: from the decision's effectiveFrom (`changed` when that is after the budget's validFrom). */
export type GrantedLine = StoredBudgetLine & { changed: boolean };

/** The budget's lines, each exactly once; anything else is a 422 naming the offending entries. */
export function checkLines(body: CreateDecisionBody, lines: readonly StoredBudgetLine[]): void {
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
 * The first line of a service takes the deliveries moved from the old instrument of that service,
 * by line id; a service with no line, or a grant below what was delivered, is refused.
 */
export function movedToLines(moved: ReadonlyMap<string, MovableEvent[]>, granted: readonly GrantedLine[], effectiveFrom: string): Map<string, MovableEvent[]> {
  const movedTo = new Map<string, MovableEvent[]>();
  for (const [serviceCode, events] of moved) {
    const line = granted.find((candidate) => candidate.serviceCode === serviceCode);
    const cents = usedCents(consumptionOf(events));
    if (!line || cents > line.grantedCents) {
      throw new DomainError("GRANT_BELOW_DELIVERED", { serviceCode, deliveredCents: cents, grantedCents: line?.grantedCents ?? 0, effectiveFrom });
    }
    movedTo.set(line.lineId, events);
  }
  return movedTo;
}

/**
 * The instrument a decided line becomes: its grant from effectiveFrom, the deliveries moved to it
 * already counted, and a voucher's provider carried over from the one it supersedes.
 */
export function decidedInstrument(input: {
  decision: Pick<StoredDecision, "decisionId" | "clientId" | "budgetId">;
  decided: StoredDecision["lines"][number];
  line: GrantedLine;
  budget: Pick<StoredBudget, "validFrom" | "validTo">;
  effectiveFrom: string;
  instrumentId: string;
  number: string;
  carried: CarriedProvider | undefined;
  moved: readonly MovableEvent[];
  createdAt: string;
}): StoredInstrument {
  const { decision, decided, line, budget, effectiveFrom, carried } = input;
  const taken = consumptionOf(input.moved);
  return {
    instrumentId: input.instrumentId,
    number: input.number,
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
    createdAt: input.createdAt,
  };
}

/**
 * The part of the line's update that grants it anew: a decision effective after the budget's
 * validFrom grants the line only from that day, and moved deliveries use it. Nothing otherwise.
 */
export function lineRegrant(line: GrantedLine, instrument: StoredInstrument): { expression: string; values: Record<string, unknown> } {
  return line.changed || instrument.availableCents !== line.grantedCents
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
}
