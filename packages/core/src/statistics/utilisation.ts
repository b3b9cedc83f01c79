import { type Change, counts, EVENT_STAGES, monthOf, num, str } from "./contributions";

/** What one record changes of an instrument's month: its use (events dated in the month, any stage) and its share of the grant. */
export interface UtilisationPart {
  readonly month: string;
  readonly instrumentId: string;
  readonly clientId?: string;
  readonly serviceCode?: string;
  readonly usedCents: number;
  readonly shareCents: number;
}

const DAY_MS = 86_400_000;
const dayIndex = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The grant spread evenly over the instrument's days of validity: each month's share, in cents. */
export function monthlyShares(validFrom: string, validTo: string, capCents: number): Map<string, number> {
  const shares = new Map<string, number>();
  const first = dayIndex(validFrom);
  const last = dayIndex(validTo);
  if (!(last >= first) || capCents <= 0) return shares;
  const total = last - first + 1;
  for (let day = first; day <= last; ) {
    const date = new Date(day * DAY_MS);
    const monthEnd = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / DAY_MS;
    const until = Math.min(monthEnd, last);
    shares.set(date.toISOString().slice(0, 7), Math.round((capCents * (until - day + 1)) / total));
    day = until + 1;
  }
  return shares;
}

function utilisationState(image: Record<string, unknown> | undefined): Map<string, UtilisationPart> {
  const state = new Map<string, UtilisationPart>();
  if (!image) return state;
  const instrumentId = str(image.instrumentId);
  if (!instrumentId) return state;
  const base = { instrumentId, clientId: str(image.clientId) ?? str(image.dataSubject), serviceCode: str(image.serviceCode) };
  if (image.type === "ServiceEvent") {
    const date = str(image.date);
    if (!date || !EVENT_STAGES.includes(image.status as (typeof EVENT_STAGES)[number])) return state;
    state.set(`${monthOf(date)}|${instrumentId}`, { ...base, month: monthOf(date), usedCents: num(image.amountCents), shareCents: 0 });
  } else if (image.type === "Instrument") {
    const from = str(image.validFrom);
    const to = str(image.validTo);
    if (!from || !to) return state;
    for (const [month, share] of monthlyShares(from, to, num(image.capCents))) state.set(`${month}|${instrumentId}`, { ...base, month, usedCents: 0, shareCents: share });
  }
  return state;
}

/**
 * Utilisation (used ÷ the month's share of the grant) is a ratio of sums over many records, so a
 * record adds to the instrument-month's sums (f(new) − f(old), as above) and the bucket they fall
 * in is worked out from the sums (trackers.ts), never from the record alone.
 */
export function utilisationPartsOf(change: Change): UtilisationPart[] {
  if (!counts(change)) return [];
  const before = utilisationState(change.oldImage);
  const after = utilisationState(change.newImage);
  const out: UtilisationPart[] = [];
  // Keyed by month and instrument: an event moved to another instrument (a superseding decision) leaves one and enters the other.
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(id);
    const now = after.get(id);
    const usedCents = (now?.usedCents ?? 0) - (old?.usedCents ?? 0);
    const shareCents = (now?.shareCents ?? 0) - (old?.shareCents ?? 0);
    if (usedCents !== 0 || shareCents !== 0) out.push({ ...(now ?? old)!, usedCents, shareCents });
  }
  return out;
}

/** Utilisation in whole percent, 0–200 (more in 200); none without a share of the grant in the month. */
export function utilisationBucket(usedCents: number, shareCents: number): number | undefined {
  if (shareCents <= 0) return undefined;
  return Math.max(0, Math.min(200, Math.round((100 * usedCents) / shareCents)));
}
