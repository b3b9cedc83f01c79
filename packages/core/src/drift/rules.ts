import { type DriftSettings, type DriftStatus, expiryWarning, type PaceSubject, paceOf } from "../budget/pace";
import { addDays } from "../budget/periods";

/** The state whose changes are notified: each field raises its notification when it changes to an alerting value. */
export interface DriftState {
  status: DriftStatus;
  /** Highest used threshold reached (0.75, 0.9, 1), or null. */
  threshold: number | null;
  expiring: boolean;
}

export type NotificationKind = "overuse" | "underuse" | "gap" | "exhausted" | "threshold" | "expiry";

export function driftState(subject: PaceSubject, today: string, drift: DriftSettings): DriftState {
  const { driftStatus, thresholdReached } = paceOf(subject, today, drift);
  return {
    status: driftStatus,
    threshold: thresholdReached,
    expiring: driftStatus !== "ended" && expiryWarning({ ...subject, today }, drift),
  };
}

const alerting: ReadonlySet<DriftStatus> = new Set(["overuse", "underuse", "gap", "exhausted"]);

/**
 * The notifications a change of state raises: entering an alerting status,
 * crossing a higher threshold (100 % is told as `exhausted`, not twice), and
 * starting to expire. Going back to on-track, or to a lower threshold after a
 * correction, is quiet: nobody needs an alert that things are fine.
 */
export function notificationsFor(before: DriftState | undefined, after: DriftState): { kind: NotificationKind; threshold?: number }[] {
  const raised: { kind: NotificationKind; threshold?: number }[] = [];
  if (alerting.has(after.status) && after.status !== before?.status) raised.push({ kind: after.status as NotificationKind });
  if (after.threshold !== null && after.threshold > (before?.threshold ?? 0) && !(after.threshold >= 1 && after.status === "exhausted")) {
    raised.push({ kind: "threshold", threshold: after.threshold });
  }
  if (after.expiring && !before?.expiring) raised.push({ kind: "expiry" });
  return raised;
}

const sameState = (a: DriftState, b: DriftState) => a.status === b.status && a.threshold === b.threshold && a.expiring === b.expiring;

/**
 * The first day after `today` on which the state changes if nothing is
 * delivered meanwhile (a gap opens, under-use sets in, over-use fades, the
 * expiry warning starts, the validity ends), or undefined when it never
 * does. The daily job looks only at instruments whose day has come.
 * Day by day from tomorrow: at most the validity's length, pure arithmetic.
 */
export function nextChangeOn(subject: PaceSubject, today: string, drift: DriftSettings): string | undefined {
  const now = driftState(subject, today, drift);
  for (let day = addDays(today, 1); day <= addDays(subject.validTo, 1); day = addDays(day, 1)) {
    if (!sameState(now, driftState(subject, day, drift))) return day;
  }
  return undefined;
}
