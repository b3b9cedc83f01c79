import { usedCents } from "../budget/balance";
import type { PaceSubject, PeriodUse } from "../budget/pace";
import { periodUsesOn } from "../budget/period-use";
import type { Per } from "../budget/periods";
import { listEvents } from "../events/view";
import type { StoredInstrument } from "./repository";

/** What an instrument's counters do not tell pace: the latest delivery, and the use in the month or week holding the day asked for. */
export interface RecentUse {
  lastUseOn?: string;
  periodUse?: PeriodUse;
}

/** Each instrument's recent use on `today`: its newest event (gsi1) and its period-use item, O(1) reads per instrument. */
export async function recentUse(instruments: readonly StoredInstrument[], today: string): Promise<Map<string, RecentUse>> {
  const [periodUses, lastUses] = await Promise.all([
    periodUsesOn(instruments, today),
    Promise.all(instruments.map(async ({ instrumentId }) => (await listEvents({ instrumentId }, 1)).items[0]?.date)),
  ]);
  return new Map(
    instruments.map(({ instrumentId }, index) => {
      const lastUseOn = lastUses[index];
      const periodUse = periodUses.get(instrumentId);
      return [instrumentId, { ...(lastUseOn ? { lastUseOn } : {}), ...(periodUse ? { periodUse } : {}) }];
    }),
  );
}

/** A grant of `quantity` per `per` at `unitValueCents`, used as `recent` says. */
export function paceSubject(
  grant: { grantedCents: number; usedCents: number; validFrom: string; validTo: string; per: Per; quantity: number; unitValueCents: number },
  recent: RecentUse,
): PaceSubject {
  const { per, quantity, unitValueCents, ...subject } = grant;
  return {
    ...subject,
    ...(recent.lastUseOn ? { lastUseOn: recent.lastUseOn } : {}),
    ...(per === "validity" ? {} : { recurrence: { per, quantity, unitValueCents, ...(recent.periodUse ? { periodUse: recent.periodUse } : {}) } }),
  };
}

export const instrumentPaceSubject = (instrument: StoredInstrument, recent: RecentUse): PaceSubject =>
  paceSubject(
    {
      grantedCents: instrument.capCents,
      usedCents: usedCents(instrument),
      validFrom: instrument.validFrom,
      validTo: instrument.validTo,
      per: instrument.per,
      quantity: instrument.quantityPerPeriod,
      unitValueCents: instrument.unitValueCents,
    },
    recent,
  );
