import { describe, expect, it } from "vitest";
import { keys } from "../keys";
import type { StatementLine } from "./schemas";
import { headerSums, lineSortKey, totalSortKeys, totalsOf } from "./statement-totals";

const event: StatementLine = { kind: "event", eventId: "e1", date: "2027-03-05", serviceCode: "HENKILOKOHTAINEN_APU", amountCents: 7200, instrumentNumber: "SL-2027-000001" };
const credit: StatementLine = { kind: "credit", creditId: "c1", eventId: "e1", date: "2027-03-20", serviceCode: "HENKILOKOHTAINEN_APU", amountCents: -3600, instrumentNumber: "SL-2027-000001" };
const carried: StatementLine = { kind: "carry-over", fromStatementId: "2027-02_P", date: "2027-04-02", amountCents: -1500 };

describe("how a line counts in its statement", () => {
  it("keys each line by its date, kind and source, so a credit of an event is a line of its own", () => {
    expect(lineSortKey(event)).toBe("LINE#2027-03-05#event#e1");
    expect(lineSortKey(credit)).toBe("LINE#2027-03-20#credit#c1");
    expect(lineSortKey(carried)).toBe("LINE#2027-04-02#carry-over#2027-02_P");
  });

  it("adds an event to the events and a credit or carried debt, as a positive sum, to the credits; both to the net", () => {
    expect(headerSums(event)).toEqual({ eventsCents: 7200, creditsCents: 0, netCents: 7200, eventCount: 1, creditCount: 0 });
    expect(headerSums(credit)).toEqual({ eventsCents: 0, creditsCents: 3600, netCents: -3600, eventCount: 0, creditCount: 1 });
    expect(headerSums(carried)).toEqual({ eventsCents: 0, creditsCents: 1500, netCents: -1500, eventCount: 0, creditCount: 1 });
  });

  it("adds a line to its service's and its instrument's totals; a carried debt to neither", () => {
    expect(totalSortKeys(event)).toEqual(["TOTAL#SERVICE#HENKILOKOHTAINEN_APU", "TOTAL#INSTRUMENT#SL-2027-000001"]);
    expect(totalSortKeys(carried)).toEqual([]);
  });

  it("reads the totals of one dimension back from the statement's items, by value", () => {
    const statementId = "2027-03_P";
    const items = [
      { ...keys.SettlementStatement.key({ statementId }), netCents: 3600 },
      { ...keys.StatementTotal.key({ statementId, dimension: "SERVICE", value: "HENKILOKOHTAINEN_APU" }), amountCents: 3600, count: 2 },
      { ...keys.StatementTotal.key({ statementId, dimension: "INSTRUMENT", value: "SL-2027-000001" }), amountCents: 3600, count: 2 },
      { ...keys.StatementLine.key({ statementId, date: "2027-03-05", kind: "event", sourceId: "e1" }), amountCents: 7200 },
    ];
    expect(totalsOf(items, "SERVICE")).toEqual({ HENKILOKOHTAINEN_APU: { amountCents: 3600, count: 2 } });
    expect(totalsOf(items, "INSTRUMENT")).toEqual({ "SL-2027-000001": { amountCents: 3600, count: 2 } });
  });
});
