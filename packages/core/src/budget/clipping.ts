import { fraction } from "./fraction";
import { grantedCents } from "./granted";
import { addDays, compareDates, daysInclusive, periodsInValidity, type Per } from "./periods";

/** What a budget line or instrument grants: `quantity` per `per` at `unitValueCents`, over an inclusive validity. */
export interface GrantTerms {
  quantity: number;
  per: Per;
  unitValueCents: number;
  validFrom: string;
  validTo: string;
}

/** An inclusive run of business dates (YYYY-MM-DD). */
export interface Validity {
  validFrom: string;
  validTo: string;
}

/** The superseded side of a change: what the old terms keep and give back. */
export interface ClippedGrant {
  /** validFrom..effectiveFrom − 1, or the validity unchanged when effectiveFrom is after it; null when no day is left. */
  validity: Validity | null;
  /** The budget rule over `validity`, never below what is already used. */
  grantedCents: number;
  /** The grant over the whole validity − `grantedCents`: money back in the budget, never negative. */
  releasedCents: number;
}

/** The grant of the new terms from `effectiveFrom` (on which the superseding instrument starts). */
export interface SuccessorGrant extends Validity {
  grantedCents: number;
}

function checkWithin(terms: GrantTerms, from: string, to: string): void {
  if (compareDates(from, terms.validFrom) < 0 || compareDates(to, terms.validTo) > 0 || compareDates(from, to) > 0) {
    throw new RangeError(`${from}..${to} is not a part of the validity ${terms.validFrom}..${terms.validTo}`);
  }
}

/**
 * The grant of `terms` over from..to, a part of their validity, by the same budget rule as the
 * whole: per month or week the periods from..to holds; per validity the share of the validity's
 * days (the quantity is for the whole validity, as pace already spreads it evenly by day).
 * Rounded once, half up, like every grant.
 */
export function grantWithin(terms: GrantTerms, from: string, to: string): number {
  checkWithin(terms, from, to);
  const periods =
    terms.per === "validity"
      ? fraction(BigInt(daysInclusive(from, to)), BigInt(daysInclusive(terms.validFrom, terms.validTo)))
      : periodsInValidity(from, to, terms.per);
  return grantedCents(terms.quantity, terms.unitValueCents, periods);
}

/**
 * Ends `terms` on effectiveFrom − 1 (a superseding decision, or the end of HB with effectiveFrom
 * = the day after the end date). The clipped grant is the budget rule over the days kept, raised
 * to `usedCents` when more is already used (money spent is never taken back); the rest of the
 * whole grant is released. `usedCents` is what stays on the old instrument (recorded + approved
 * + settled + paid): deliveries dated from effectiveFrom on are the successor's days. `capCents`
 * is the instrument's grant when an earlier clip raised it above the rule (clipped again later).
 *
 * 10 h/month × 3 600 c over 2027-01-01..2027-12-31 (432 000 c), effectiveFrom 2027-04-15:
 * kept 2027-01-01..2027-04-14 = 36 000 × (3 + 14/30) = 124 800 c, released 307 200 c.
 */
export function clipGrant(terms: GrantTerms, effectiveFrom: string, usedCents: number, capCents = 0): ClippedGrant {
  if (!Number.isSafeInteger(usedCents) || usedCents < 0) throw new RangeError("usedCents must be a non-negative safe integer");
  // The grant as it stands: by the rule, or more where an earlier clip raised it to what was already used.
  const whole = Math.max(grantWithin(terms, terms.validFrom, terms.validTo), capCents);
  // SPEC §3 refuses any use beyond the grant; a larger used amount means the caller's data is wrong.
  if (usedCents > whole) throw new RangeError(`usedCents ${usedCents} exceeds the grant ${whole}`);

  let validity: Validity | null;
  if (compareDates(effectiveFrom, terms.validFrom) <= 0) validity = null;
  else if (compareDates(effectiveFrom, terms.validTo) > 0) validity = { validFrom: terms.validFrom, validTo: terms.validTo };
  else validity = { validFrom: terms.validFrom, validTo: addDays(effectiveFrom, -1) };

  const byRule = validity ? grantWithin(terms, validity.validFrom, validity.validTo) : 0;
  const granted = Math.max(byRule, usedCents);
  return { validity, grantedCents: granted, releasedCents: whole - granted };
}

/**
 * A superseding decision from `effectiveFrom`: the old terms clipped (clipGrant), and the new
 * terms' grant from effectiveFrom to their validTo, so every day is funded by exactly one of them.
 * effectiveFrom must lie in the new terms' validity: a day before it would be funded by neither.
 *
 * Old 10 h/month, new 14 h/month × 3 600 c, both 2027-01-01..2027-12-31, from 2027-04-15:
 * old 124 800 c (1.1.–14.4.), new 50 400 × (16/30 + 8) = 430 080 c (15.4.–31.12.).
 */
export function supersedeGrant(
  old: GrantTerms,
  usedCents: number,
  effectiveFrom: string,
  successor: GrantTerms,
): { clipped: ClippedGrant; successor: SuccessorGrant } {
  checkWithin(successor, effectiveFrom, successor.validTo);
  return {
    clipped: clipGrant(old, effectiveFrom, usedCents),
    successor: {
      validFrom: effectiveFrom,
      validTo: successor.validTo,
      grantedCents: grantWithin(successor, effectiveFrom, successor.validTo),
    },
  };
}
