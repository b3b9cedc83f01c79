import type { AreaSettings } from "../area/settings";
import { addDays, nextMonth } from "../budget/periods";
import { businessDate } from "../dates";
import { paymentDate } from "../settlement/banking-days";

export type PaymentSchedule = Pick<AreaSettings, "reviewWindowDays" | "settlementDayOfMonth">;

/** What of an event the timeline reads: its delivery date and how far it has come. */
export interface TimelineEvent {
  date: string;
  recordedAt: string;
  approvedAt?: string;
  statementId?: string;
  settledAt?: string;
  paidAt?: string;
}

const dayOf = (instant: string) => businessDate(new Date(instant));

/** The settlement day of the month after `month`, moved to a banking day: when the month's statements are paid by a run on time. */
const settlementDayOf = (month: string, schedule: PaymentSchedule) => paymentDate(month, schedule.settlementDayOfMonth, `${month}-01`);

/**
 * The statement month: the one it went into, else the delivery's month, or a later one when
 * the approval (done, or expected when the review window ends) comes on or after that month's
 * settlement day, by which its run has closed the month's statements.
 */
function statementMonthOf(event: TimelineEvent, schedule: PaymentSchedule, today: string): string {
  if (event.statementId) return event.statementId.slice(0, 7);
  const reviewEnds = addDays(dayOf(event.recordedAt), schedule.reviewWindowDays);
  const approvedOn = event.approvedAt ? dayOf(event.approvedAt) : reviewEnds > today ? reviewEnds : today;
  let month = event.date.slice(0, 7);
  while (approvedOn >= settlementDayOf(month, schedule)) month = nextMonth(month);
  return month;
}

/**
 * When the provider is expected to be paid for an event (docs/api.md#payment-timeline):
 * recorded → approved when the review window ends → its month's statement → the run on the
 * area's settlement day of the next month (a banking day) → paid, the actual day once paid.
 * A settled event pays on its run's execution date; a run not yet made by the settlement day
 * is expected today, paying on the next banking day. Pure: `today` is the business date.
 */
export function expectedPaymentOn(event: TimelineEvent, schedule: PaymentSchedule, today: string): string {
  if (event.paidAt) return dayOf(event.paidAt);
  const runOn = event.settledAt ? dayOf(event.settledAt) : today;
  return paymentDate(statementMonthOf(event, schedule, today), schedule.settlementDayOfMonth, runOn);
}
