import type { Consumption } from "../budget/balance";
import { grantWithin, type GrantTerms } from "../budget/clipping";
import { fraction, type Fraction } from "../budget/fraction";
import { totalQuantity } from "../budget/granted";
import { compareDates, daysInclusive, periodsInValidity } from "../budget/periods";
import type { StoredBudget, StoredBudgetLine } from "../budget/repository";
import { businessDate } from "../dates";
import type { StoredEvent } from "../events/view";
import type { ProviderSpan, StoredInstrument } from "../instruments/repository";

/**
 * The arithmetic of superseding (docs/budget-rules.md "Superseding decisions: clipping"): what a
 * successor grants from `effectiveFrom`, which provider carries over, and what the deliveries
 * moved to the successor count. supersede.ts reads and writes with these.
 */

/** A decision is in force while issued or appealed. */

export const inForce = ["issued", "appealed"] as const;

/** The periods of a grant over from..to, the part of its validity `whole` (per validity: the share of its days). */
export function periodsWithin(per: GrantTerms["per"], whole: { validFrom: string; validTo: string }, from: string, to: string): Fraction {
  return per === "validity"
    ? fraction(BigInt(daysInclusive(from, to)), BigInt(daysInclusive(whole.validFrom, whole.validTo)))
    : periodsInValidity(from, to, per);
}

export const termsOf = (instrument: StoredInstrument): GrantTerms => ({
  quantity: instrument.quantityPerPeriod,
  per: instrument.per,
  unitValueCents: instrument.unitValueCents,
  validFrom: instrument.validFrom,
  validTo: instrument.validTo,
});

/** A voucher's provider as the client chose it (and, when `active`, as the provider accepted it). */
export interface CarriedProvider {
  providerId: string;
  status: "awaiting-acceptance" | "active";
  fromInstrumentId: string;
  /** A switch of provider taking effect after effectiveFrom: the new voucher keeps it (decision 63). */
  providerFrom?: string;
  /** Earlier providers' days from effectiveFrom on: they keep recording those on the new voucher. */
  providers?: ProviderSpan[];
}

/** The provider of a voucher as it carries over to its successor from `effectiveFrom`: a pending switch and earlier providers' days after it stay. */
export function carriedProvider(instrument: StoredInstrument & { providerId: string; status: CarriedProvider["status"] }, effectiveFrom: string): CarriedProvider {
  const providerFrom = instrument.providerFrom && compareDates(instrument.providerFrom, effectiveFrom) > 0 ? instrument.providerFrom : undefined;
  const providers = (instrument.providers ?? [])
    .filter((span) => compareDates(span.to, effectiveFrom) >= 0)
    .map((span) => ({ ...span, from: compareDates(span.from, effectiveFrom) < 0 ? effectiveFrom : span.from }));
  return {
    providerId: instrument.providerId,
    status: instrument.status,
    fromInstrumentId: instrument.instrumentId,
    ...(providerFrom ? { providerFrom } : {}),
    ...(providers.length > 0 ? { providers } : {}),
  };
}

/** An event as far as a move needs it (the item read from gsi1, with its bookkeeping). */
export type MovableEvent = StoredEvent & { updatedAt: string; creditableCents?: number };

const counterOf = { recorded: "recordedCents", approved: "approvedCents", settled: "settledCents", paid: "paidCents" } as const;

/** What an event counts in its instrument's balance: its amount, or what is left of it after credits once settled. */
export const countedCents = (event: MovableEvent): number =>
  event.status === "settled" || event.status === "paid" ? (event.creditableCents ?? event.amountCents) : event.amountCents;

/** The counters the events add up to, by their stage. */
export function consumptionOf(events: readonly MovableEvent[]): Consumption {
  const sums: Consumption = { recordedCents: 0, approvedCents: 0, settledCents: 0, paidCents: 0 };
  for (const event of events) sums[counterOf[event.status]] += countedCents(event);
  return sums;
}

export const lastDateOf = (event: Pick<StoredEvent, "date" | "end">) => (event.end ? businessDate(new Date(Date.parse(event.end) - 1)) : event.date);

/** `SET recordedCents = recordedCents + :recordedCents, …` for the counters that change, moving `sign` × the consumption. */
export function counterClauses(consumption: Consumption, sign: 1 | -1): string[] {
  return (Object.keys(counterValues(consumption)) as string[]).map((name) => `${name.slice(1)} = ${name.slice(1)} ${sign > 0 ? "+" : "-"} ${name}`);
}

/** The counters that change, as expression values (`:recordedCents` …). */
export function counterValues(consumption: Consumption): Record<string, number> {
  return Object.fromEntries(Object.entries(consumption).filter(([, cents]) => cents !== 0).map(([counter, cents]) => [`:${counter}`, cents]));
}

/** The new line's grant from `effectiveFrom` to the budget's validTo (the whole grant when it starts on validFrom). */
export function successorGrant(line: StoredBudgetLine, budget: Pick<StoredBudget, "validFrom" | "validTo">, effectiveFrom: string) {
  if (compareDates(effectiveFrom, budget.validFrom) <= 0) {
    return { grantedCents: line.grantedCents, quantityTotal: line.quantityTotal, periods: line.periods, changed: false };
  }
  const terms: GrantTerms = { quantity: line.quantity, per: line.per, unitValueCents: line.unitValueCents, validFrom: budget.validFrom, validTo: budget.validTo };
  const periods = periodsWithin(line.per, budget, effectiveFrom, budget.validTo);
  return {
    grantedCents: grantWithin(terms, effectiveFrom, budget.validTo),
    quantityTotal: totalQuantity(line.quantity, periods),
    periods: { numerator: periods.numerator.toString(), denominator: periods.denominator.toString() },
    changed: true,
  };
}
