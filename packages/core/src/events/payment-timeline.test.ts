import { describe, expect, it } from "vitest";
import { expectedPaymentOn, type TimelineEvent } from "./payment-timeline";

// The demo area: a 7-day review window, settlement on the 5th.
const schedule = { reviewWindowDays: 7, settlementDayOfMonth: 5 };
const at = (date: string) => `${date}T09:00:00.000Z`;
const recorded = (date: string, recordedOn = date): TimelineEvent => ({ date, recordedAt: at(recordedOn) });

describe("expectedPaymentOn", () => {
  it("pays a delivery recorded in time on the settlement day of the month after", () => {
    // Approved by 17.3. when the window ends, in March's statement, paid on Monday 5.4.
    expect(expectedPaymentOn(recorded("2027-03-10"), schedule, "2027-03-10")).toBe("2027-04-05");
    expect(expectedPaymentOn({ ...recorded("2027-03-10"), approvedAt: at("2027-03-11") }, schedule, "2027-03-11")).toBe("2027-04-05");
  });

  it("moves an approval on or after the settlement day to the next month's run", () => {
    // Recorded 30.3.: the window ends 6.4., after March's run on 5.4., so April's statement pays on 5.5.
    expect(expectedPaymentOn(recorded("2027-03-28", "2027-03-30"), schedule, "2027-03-30")).toBe("2027-05-05");
    // The worker approves it on 31.3.: in time for March.
    expect(expectedPaymentOn({ ...recorded("2027-03-28", "2027-03-30"), approvedAt: at("2027-03-31") }, schedule, "2027-03-31")).toBe("2027-04-05");
    // Approved on the settlement day itself: too late for that run.
    expect(expectedPaymentOn({ ...recorded("2027-03-28", "2027-03-30"), approvedAt: at("2027-04-05") }, schedule, "2027-04-05")).toBe("2027-05-05");
  });

  it("expects an approval overdue from the review window today", () => {
    // Recorded 1.3., still not approved on 7.4. (the daily job missed it): approved today, so April's statement.
    expect(expectedPaymentOn(recorded("2027-03-01"), schedule, "2027-04-07")).toBe("2027-05-05");
  });

  it("follows the statement the event went into", () => {
    expect(expectedPaymentOn({ ...recorded("2027-03-10"), approvedAt: at("2027-03-17"), statementId: "2027-04_p1" }, schedule, "2027-03-17")).toBe("2027-05-05");
  });

  it("moves a settlement day on a weekend to the next banking day", () => {
    // 5.6.2027 is a Saturday.
    expect(expectedPaymentOn(recorded("2027-05-10"), schedule, "2027-05-10")).toBe("2027-06-07");
    // December's run pays in January of the next year.
    expect(expectedPaymentOn(recorded("2027-12-20"), schedule, "2027-12-20")).toBe("2028-01-05");
  });

  it("pays on the run's execution date once settled, and after today when the run is late", () => {
    // The run was made on 6.4., after the settlement day: it pays the next banking day.
    const settled = { ...recorded("2027-03-10"), approvedAt: at("2027-03-17"), statementId: "2027-03_p1", settledAt: at("2027-04-06") };
    expect(expectedPaymentOn(settled, schedule, "2027-04-20")).toBe("2027-04-07");
    // Approved in March's statement but no run by Friday 9.4.: a run today pays on Monday 12.4.
    expect(expectedPaymentOn({ ...recorded("2027-03-10"), approvedAt: at("2027-03-17"), statementId: "2027-03_p1" }, schedule, "2027-04-09")).toBe("2027-04-12");
  });

  it("is the actual day of payment once paid, in Helsinki", () => {
    const paid = { ...recorded("2027-03-10"), approvedAt: at("2027-03-17"), statementId: "2027-03_p1", settledAt: at("2027-04-01"), paidAt: "2027-04-05T22:30:00.000Z" };
    expect(expectedPaymentOn(paid, schedule, "2027-04-20")).toBe("2027-04-06");
  });
});
