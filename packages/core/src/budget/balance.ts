/** Money that has left `available`, by lifecycle stage of the service events (integer cents ≥ 0). */
export interface Consumption {
  recordedCents: number;
  approvedCents: number;
  settledCents: number;
  paidCents: number;
}

/** The balance of SPEC §3 for one budget line or instrument, all in integer cents. */
export interface Balance {
  grantedCents: number;
  committedCents: number;
  recordedCents: number;
  approvedCents: number;
  settledCents: number;
  paidCents: number;
  availableCents: number;
}

function checkCents(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative safe integer`);
}

/** recorded + approved + settled + paid: every event counts in exactly one stage. */
export function usedCents(c: Consumption): number {
  checkCents(c.recordedCents, "recordedCents");
  checkCents(c.approvedCents, "approvedCents");
  checkCents(c.settledCents, "settledCents");
  checkCents(c.paidCents, "paidCents");
  const used = c.recordedCents + c.approvedCents + c.settledCents + c.paidCents;
  if (!Number.isSafeInteger(used)) throw new RangeError("used amount is not a safe integer");
  return used;
}

/**
 * available = max(0, granted − recorded − approved − settled − paid).
 * Committed (instrument quantity not yet used) is reported but does not reduce `available`:
 * a commitment is a promise about the same money, not a second use of it.
 *
 * granted 4 320,00 €, recorded 100,00, approved 200,00, settled 300,00, paid 1 000,00
 * → available 2 720,00 €. If a later decision lowers granted below used, available shows 0.
 */
export function balance(grantedCents: number, consumption: Consumption, committedCents: number): Balance {
  checkCents(grantedCents, "grantedCents");
  checkCents(committedCents, "committedCents");
  const used = usedCents(consumption);
  return {
    grantedCents,
    committedCents,
    recordedCents: consumption.recordedCents,
    approvedCents: consumption.approvedCents,
    settledCents: consumption.settledCents,
    paidCents: consumption.paidCents,
    availableCents: Math.max(0, grantedCents - used),
  };
}
