import { describe, expect, it } from "vitest";
import { daysOverdue, followUpDueOn, laterDate, mostUrgent } from "./due";

describe("follow-up due date", () => {
  const plan = { validFrom: "2027-01-01", intervalDays: 30 };

  it("counts from the plan's validFrom when there has been no follow-up", () => {
    expect(followUpDueOn(plan, undefined)).toBe("2027-01-31");
  });

  it("counts from the latest follow-up", () => {
    expect(followUpDueOn(plan, "2027-02-10")).toBe("2027-03-12");
    expect(followUpDueOn({ ...plan, intervalDays: 90 }, "2027-12-15")).toBe("2028-03-14");
  });

  it("restarts at the validFrom of a plan that starts after the latest follow-up", () => {
    expect(followUpDueOn({ validFrom: "2027-06-01", intervalDays: 30 }, "2027-02-10")).toBe("2027-07-01");
  });

  it("crosses leap days on the calendar", () => {
    expect(followUpDueOn({ validFrom: "2028-02-01", intervalDays: 29 }, undefined)).toBe("2028-03-01");
  });

  it("keeps the later date when a follow-up is backdated", () => {
    expect(laterDate("2027-03-01", "2027-02-01")).toBe("2027-03-01");
    expect(laterDate("2027-03-01", "2027-04-01")).toBe("2027-04-01");
    expect(laterDate(undefined, "2027-04-01")).toBe("2027-04-01");
  });
});

describe("days overdue", () => {
  it("is 0 on the due day and before it, then a day per day", () => {
    expect(daysOverdue("2027-01-31", "2027-01-20")).toBe(0);
    expect(daysOverdue("2027-01-31", "2027-01-31")).toBe(0);
    expect(daysOverdue("2027-01-31", "2027-02-10")).toBe(10);
    expect(daysOverdue("2027-12-31", "2028-01-01")).toBe(1);
  });
});

describe("drift urgency", () => {
  const order = ["exhausted", "overuse", "gap", "underuse", "on-track", "not-started", "ended"] as const;

  it("orders money at risk first, then service not used, then nothing to act on", () => {
    order.forEach((status, index) => {
      expect(mostUrgent(order.slice(index))).toBe(status);
      expect(mostUrgent([...order.slice(index)].reverse())).toBe(status);
    });
  });

  it("picks the most urgent status of several", () => {
    expect(mostUrgent([])).toBeUndefined();
    expect(mostUrgent(["on-track"])).toBe("on-track");
    expect(mostUrgent(["ended", "underuse", "on-track", "gap"])).toBe("gap");
    expect(mostUrgent(["not-started", "exhausted", "overuse"])).toBe("exhausted");
    expect(mostUrgent(["ended", "not-started"])).toBe("not-started");
  });
});
