import type { Consumption } from "../budget/balance";
import { batchGet } from "../budget/repository";
import type { Per } from "../budget/periods";
import type { PeriodCap } from "../service-plans/schemas";
import { notFound } from "../errors";
import { listOwned, ownedKey } from "../ownership";

export interface StoredInstrument extends Consumption {
  instrumentId: string;
  number: string;
  kind: "voucher" | "payment-commitment";
  clientId: string;
  budgetId: string;
  lineId: string;
  decisionId: string;
  serviceCode: string;
  unit: "hour" | "day" | "visit" | "euro";
  quantityPerPeriod: number;
  per: Per;
  /** `hard`: a delivery that would take a month's or week's delivered quantity past quantityPerPeriod is refused. Absent: soft (pacing only). */
  periodCap?: PeriodCap;
  quantityTotal: number;
  unitValueCents: number;
  validFrom: string;
  validTo: string;
  capCents: number;
  /** capCents − everything used: kept in step with the counters so a transaction can condition on it. */
  availableCents: number;
  providerId?: string;
  /** The first day that is `providerId`'s (decision 63); absent: the whole validity. */
  providerFrom?: string;
  /** Earlier providers that had accepted it, each with its days, oldest first: append-only, so a write may condition on an entry by its index. */
  providers?: ProviderSpan[];
  /** The last day of the latest delivery ever recorded on it: a switch of provider takes effect only after it. */
  lastDeliveryOn?: string;
  status: "awaiting-provider" | "awaiting-acceptance" | "active" | "closed";
  closedReason?: string;
  /** A superseding decision took over from this day (validTo is the day before). */
  supersededFrom?: string;
  supersededByDecisionId?: string;
  /** HB ended or was declined on this day (validTo is it, or the instrument closed): decisions/end-hb.ts. */
  endedOn?: string;
  createdAt: string;
}

/** A provider that held the instrument before a switch, for the days `from`–`to`. */
export interface ProviderSpan {
  providerId: string;
  from: string;
  to: string;
}

export const isOpen = (instrument: Pick<StoredInstrument, "status">): boolean => instrument.status !== "closed";

export async function getInstruments(instrumentIds: readonly string[]): Promise<StoredInstrument[]> {
  const items = await batchGet(instrumentIds.map((id) => ownedKey("INSTRUMENT", id)));
  return items as unknown as StoredInstrument[];
}

export async function requireInstrument(instrumentId: string): Promise<StoredInstrument> {
  const [instrument] = await getInstruments([instrumentId]);
  if (!instrument) throw notFound("instrument");
  return instrument;
}

/** A client's instruments, newest first: ids through gsi1, then the items themselves by key (balances must be current). */
export async function listClientInstruments(clientId: string): Promise<StoredInstrument[]> {
  const ids = (await listOwned("INSTRUMENT", clientId, "instrumentId")).map((item) => item.instrumentId as string);
  const byId = new Map((await getInstruments(ids)).map((instrument) => [instrument.instrumentId, instrument]));
  // One decision issues its instruments at the same instant: their numbers order them.
  return ids
    .flatMap((id) => byId.get(id) ?? [])
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.number.localeCompare(b.number));
}
