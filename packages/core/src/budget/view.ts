import { getAreaSettings } from "../area/repository";
import type { AreaSettings } from "../area/settings";
import { serviceNamer } from "../catalogue/names";
import { allServices } from "../catalogue/repository";
import { businessDate } from "../dates";
import type { ClientFee } from "../decisions/document";
import { getDecision } from "../decisions/view";
import type { InstrumentView } from "../instruments/schemas";
import { instrumentPaceSubject, paceSubject, recentUse, type RecentUse } from "../instruments/recent-use";
import { getInstruments, isOpen, type StoredInstrument } from "../instruments/repository";
import type { Language } from "../language";
import { balance, usedCents } from "./balance";
import { fraction } from "./fraction";
import { paceOf } from "./pace";
import { periodStartOf } from "./period-use";
import { addDays, compareDates } from "./periods";
import { requireBudget, type StoredBudget, type StoredBudgetLine } from "./repository";
import type { BudgetLineView, BudgetView } from "./schemas";

/** Everything a view needs besides the stored items: the day, the drift rules and service names in the caller's language. */
export interface ViewContext {
  readonly today: string;
  readonly drift: AreaSettings["drift"];
  readonly serviceName: (code: string) => string;
}

/** What an open instrument still holds; a closed one holds nothing (SPEC §3 `committed`). */
export const committedCents = (instrument: StoredInstrument): number =>
  isOpen(instrument) ? Math.max(0, instrument.capCents - usedCents(instrument)) : 0;

const toFourDecimals = (periods: StoredBudgetLine["periods"]): number => {
  const exact = fraction(BigInt(periods.numerator), BigInt(periods.denominator));
  return Number((exact.numerator * 10_000n + exact.denominator / 2n) / exact.denominator) / 10_000;
};

/**
 * What the client can still use of an instrument or a line valid up to `lastDay`: nothing once it
 * is closed or that day has passed, even when a provider may still record a late delivery for an
 * earlier day (availableCents keeps room for that).
 */
export function usableNow(
  item: { availableCents: number; unitValueCents: number; unit: string },
  lastDay: string,
  closed: boolean,
  today: string,
): { usable: boolean; remainingQuantity?: number } {
  const usable = !closed && compareDates(today, lastDay) <= 0;
  const quantity = availableQuantity(usable ? item.availableCents : 0, item.unitValueCents, item.unit);
  return { usable, ...(quantity !== undefined ? { remainingQuantity: quantity } : {}) };
}

/** An instrument as the API shows it; `recent` from `recentUse` on the view's day. */
export function instrumentView(instrument: StoredInstrument, recent: RecentUse, view: ViewContext): InstrumentView {
  const { instrumentId, number, kind, clientId, budgetId, lineId, decisionId, serviceCode, unit, quantityPerPeriod, per } = instrument;
  const { quantityTotal, unitValueCents, validFrom, validTo, capCents, providerId, status, closedReason, createdAt } = instrument;
  const { recordedCents, approvedCents, settledCents, paidCents } = instrument;
  const consumption = { recordedCents, approvedCents, settledCents, paidCents };
  const balances = balance(instrument.capCents, consumption, committedCents(instrument));
  return {
    instrumentId, number, kind, clientId, budgetId, lineId, decisionId, serviceCode, unit, quantityPerPeriod, per,
    ...(instrument.periodCap ? { periodCap: instrument.periodCap } : {}),
    quantityTotal, unitValueCents, validFrom, validTo, capCents,
    ...(providerId ? { providerId } : {}),
    ...(instrument.providerFrom ? { providerFrom: instrument.providerFrom } : {}),
    ...(instrument.providers?.length ? { providers: instrument.providers } : {}),
    status,
    ...(closedReason ? { closedReason } : {}),
    ...(instrument.supersededFrom ? { supersededFrom: instrument.supersededFrom } : {}),
    ...(instrument.endedOn ? { endedOn: instrument.endedOn } : {}),
    createdAt,
    serviceName: view.serviceName(serviceCode),
    ...balances,
    ...usableNow({ availableCents: balances.availableCents, unitValueCents, unit }, validTo, !isOpen(instrument), view.today),
    pace: paceOf(instrumentPaceSubject(instrument, recent), view.today, view.drift),
  };
}

/** One instrument with its pace on the view's day. */
export const loadInstrumentView = async (instrument: StoredInstrument, view: ViewContext): Promise<InstrumentView> =>
  (await loadInstrumentViews([instrument], view))[0]!;

/** Instruments with their pace on the view's day. */
export async function loadInstrumentViews(instruments: readonly StoredInstrument[], view: ViewContext): Promise<InstrumentView[]> {
  const recent = await recentUse(instruments, view.today);
  return instruments.map((instrument) => instrumentView(instrument, recent.get(instrument.instrumentId)!, view));
}

/** A line's recent use is its instruments': the latest of their deliveries, the sum of their use in the current period. */
function lineRecentUse(line: StoredBudgetLine, instruments: readonly StoredInstrument[], recent: ReadonlyMap<string, RecentUse>, today: string): RecentUse {
  const uses = instruments.filter((instrument) => instrument.lineId === line.lineId).flatMap((instrument) => recent.get(instrument.instrumentId) ?? []);
  const lastUseOn = uses.reduce<string | undefined>((latest, use) => (use.lastUseOn && (!latest || use.lastUseOn > latest) ? use.lastUseOn : latest), undefined);
  const periodStart = periodStartOf(line.per, today);
  const periodUsed = uses.reduce((sum, { periodUse }) => sum + (periodUse && periodUse.periodStart === periodStart ? periodUse.usedCents : 0), 0);
  return { ...(lastUseOn ? { lastUseOn } : {}), ...(periodStart ? { periodUse: { periodStart, usedCents: periodUsed } } : {}) };
}

type Funded = Pick<StoredBudget, "validFrom" | "validTo" | "effectiveFrom" | "supersededFrom" | "endedOn">;

/** The days a budget's decision funds: from its effectiveFrom, up to the day before a successor took over or the day HB ended. */
export function fundedDays(budget: Funded): { validFrom: string; validTo: string } {
  const validFrom = budget.effectiveFrom && budget.effectiveFrom > budget.validFrom ? budget.effectiveFrom : budget.validFrom;
  const lastDay = lastFundedDay(budget);
  // Superseded (or ended) before its first day: no day is funded; pace sees its first day only (so it reads as ended).
  return { validFrom, validTo: lastDay < validFrom ? validFrom : lastDay };
}

/** The last day a budget's decision funds: validTo, the day before a successor took over, or the day HB ended (the earliest). */
const lastFundedDay = (budget: Funded): string =>
  [budget.validTo, ...(budget.supersededFrom ? [addDays(budget.supersededFrom, -1)] : []), ...(budget.endedOn ? [budget.endedOn] : [])].sort()[0]!;

export function lineView(
  line: StoredBudgetLine,
  budget: Funded,
  instruments: readonly StoredInstrument[],
  recent: ReadonlyMap<string, RecentUse>,
  view: ViewContext,
  clientFee?: ClientFee,
): BudgetLineView {
  const consumption = {
    recordedCents: line.recordedCents,
    approvedCents: line.approvedCents,
    settledCents: line.settledCents,
    paidCents: line.paidCents,
  };
  const committed = instruments.filter((instrument) => instrument.lineId === line.lineId).reduce((sum, i) => sum + committedCents(i), 0);
  const balances = balance(line.grantedCents, consumption, committed);
  return {
    lineId: line.lineId,
    serviceCode: line.serviceCode,
    serviceName: view.serviceName(line.serviceCode),
    unit: line.unit,
    quantity: line.quantity,
    per: line.per,
    ...(line.periodCap ? { periodCap: line.periodCap } : {}),
    periods: toFourDecimals(line.periods),
    quantityTotal: line.quantityTotal,
    unitValueCents: line.unitValueCents,
    ...balances,
    ...usableNow({ ...balances, unitValueCents: line.unitValueCents, unit: line.unit }, lastFundedDay(budget), false, view.today),
    pace: paceOf(
      paceSubject(
        {
          grantedCents: line.grantedCents,
          usedCents: usedCents(consumption),
          ...fundedDays(budget),
          per: line.per,
          quantity: line.quantity,
          unitValueCents: line.unitValueCents,
        },
        lineRecentUse(line, instruments, recent, view.today),
      ),
      view.today,
      view.drift,
    ),
    instrumentIds: line.instrumentIds,
    ...(clientFee ? { clientFee } : {}),
  };
}

export function budgetView(
  budget: StoredBudget,
  lines: readonly StoredBudgetLine[],
  instruments: readonly StoredInstrument[],
  recent: ReadonlyMap<string, RecentUse>,
  view: ViewContext,
  clientFees: ReadonlyMap<string, ClientFee> = new Map(),
): BudgetView {
  const lineViews = [...lines]
    .sort((a, b) => a.lineId.localeCompare(b.lineId, "en", { numeric: true }))
    .map((line) => lineView(line, budget, instruments, recent, view, clientFees.get(line.lineId)));
  const sum = (field: keyof ReturnType<typeof balance>) => lineViews.reduce((total, line) => total + line[field], 0);
  return {
    budgetId: budget.budgetId,
    clientId: budget.clientId,
    planId: budget.planId,
    planVersion: budget.planVersion,
    validFrom: budget.validFrom,
    validTo: budget.validTo,
    status: budget.status,
    ...(budget.decisionId ? { decisionId: budget.decisionId } : {}),
    ...(budget.supersededBy ? { supersededBy: budget.supersededBy, supersededFrom: budget.supersededFrom } : {}),
    ...(budget.endedOn ? { endedOn: budget.endedOn } : {}),
    ...(budget.effectiveFrom ? { effectiveFrom: budget.effectiveFrom } : {}),
    totalGrantedCents: budget.totalGrantedCents,
    totals: {
      grantedCents: sum("grantedCents"),
      committedCents: sum("committedCents"),
      recordedCents: sum("recordedCents"),
      approvedCents: sum("approvedCents"),
      settledCents: sum("settledCents"),
      paidCents: sum("paidCents"),
      availableCents: sum("availableCents"),
    },
    lines: lineViews,
    createdAt: budget.createdAt,
    createdBy: budget.createdBy,
  };
}

/** The area's drift rules and catalogue names for a view, read once per request. */
export async function loadViewContext(language: Language, now: Date): Promise<ViewContext> {
  const [settings, services] = await Promise.all([getAreaSettings(businessDate(now)), allServices()]);
  return { today: businessDate(now), drift: settings.drift, serviceName: serviceNamer(services, language) };
}

/** Loads and renders a budget with its instruments and the client fees its decision sets. */
export async function loadBudgetView(budgetId: string, view: ViewContext): Promise<BudgetView> {
  const { budget, lines } = await requireBudget(budgetId);
  const [instruments, decision] = await Promise.all([
    getInstruments(lines.flatMap((line) => line.instrumentIds)),
    budget.decisionId ? getDecision(budget.decisionId) : undefined,
  ]);
  const clientFees = new Map((decision?.lines ?? []).flatMap((line) => (line.clientFee ? [[line.lineId, line.clientFee] as const] : [])));
  return budgetView(budget, lines, instruments, await recentUse(instruments, view.today), view, clientFees);
}

/** How much of the unit is left, never overstated (rounded down to 2 decimals); none for euro lines. */
export function availableQuantity(availableCents: number, unitValueCents: number, unit: string): number | undefined {
  if (unit === "euro" || unitValueCents <= 0) return undefined;
  return Math.floor((availableCents * 100) / unitValueCents) / 100;
}
