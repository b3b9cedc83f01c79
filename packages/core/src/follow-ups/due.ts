import type { DriftStatus } from "../budget/pace";
import { addDays, compareDates, dayNumber } from "../budget/periods";

/**
 * Urgency of each drift status, most urgent first: money at risk (exhausted,
 * overuse), then the client not getting the service (gap, underuse), then
 * nothing to act on. A status pace.ts gains must be ranked here to compile.
 */
const urgency: Record<DriftStatus, number> = { exhausted: 0, overuse: 1, gap: 2, underuse: 3, "on-track": 4, "not-started": 5, ended: 6 };

/** The most urgent of the statuses; undefined when there are none. */
export function mostUrgent(statuses: readonly DriftStatus[]): DriftStatus | undefined {
  return statuses.reduce<DriftStatus | undefined>((best, status) => (best === undefined || urgency[status] < urgency[best] ? status : best), undefined);
}

/** The later of two dates; a backdated follow-up does not move the latest one back. */
export function laterDate(a: string | undefined, b: string): string {
  return a !== undefined && compareDates(a, b) > 0 ? a : b;
}

/**
 * The day the next follow-up is due: intervalDays after the latest follow-up,
 * or after the plan's validFrom when there has been none or the plan starts
 * later (a new plan that starts in the future restarts the cycle).
 * Example: validFrom 2027-01-01, interval 30 → 2027-01-31; a follow-up on
 * 2027-02-10 → 2027-03-12; a new version from 2027-06-01 → 2027-07-01.
 */
export function followUpDueOn(plan: { validFrom: string; intervalDays: number }, lastFollowUpOn: string | undefined): string {
  return addDays(laterDate(lastFollowUpOn, plan.validFrom), plan.intervalDays);
}

/** Whole days from dueOn to `on`; 0 when not yet due. */
export const daysOverdue = (dueOn: string, on: string): number => Math.max(0, dayNumber(on) - dayNumber(dueOn));
