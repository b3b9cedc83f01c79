import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatQuantity, joinList } from "./format";

// Intl separates groups and the euro sign with a no-break space in fi-FI and sv-FI.
const nb = "\u00a0";

describe("formatMoney", () => {
  it("formats cents as euros in each language", () => {
    expect(formatMoney(123_400, "fi")).toBe(`1${nb}234,00${nb}€`);
    expect(formatMoney(123_400, "sv")).toBe(`1${nb}234,00${nb}€`);
    expect(formatMoney(123_400, "en")).toBe("€1,234.00");
    expect(formatMoney(5, "fi")).toBe(`0,05${nb}€`);
    expect(formatMoney(1_000_000_000, "en")).toBe("€10,000,000.00");
  });

  it("refuses a non-number rather than printing NaN", () => {
    expect(() => formatMoney(Number.NaN, "fi")).toThrow(RangeError);
  });
});

describe("formatQuantity", () => {
  it("uses the language's decimal mark and at most two decimals", () => {
    expect(formatQuantity(0.5, "fi")).toBe("0,5");
    expect(formatQuantity(0.5, "en")).toBe("0.5");
    expect(formatQuantity(10, "sv")).toBe("10");
    expect(formatQuantity(2.345678, "en")).toBe("2.35");
  });
});

describe("formatDate", () => {
  it("writes fi and sv as d.m.yyyy and en as d Month yyyy", () => {
    expect(formatDate("2027-05-31", "fi")).toBe("31.5.2027");
    expect(formatDate("2027-05-31", "sv")).toBe("31.5.2027");
    expect(formatDate("2027-05-31", "en")).toBe("31 May 2027");
    expect(formatDate("2026-01-01", "en")).toBe("1 January 2026");
    expect(formatDate("2028-02-29", "fi")).toBe("29.2.2028");
  });

  it.each(["2027-02-30", "2027-13-01", "31.5.2027", "2027-5-31", "", "2027-05-31T00:00:00Z"])("rejects %j", (date) => {
    expect(() => formatDate(date, "fi")).toThrow(RangeError);
  });
});

describe("joinList", () => {
  it("joins with the language's 'and'", () => {
    expect(joinList(["a"], "fi")).toBe("a");
    expect(joinList(["a", "b"], "sv")).toBe("a och b");
    expect(joinList(["a", "b", "c"], "fi")).toBe("a, b ja c");
    expect(joinList(["a", "b", "c"], "en")).toBe("a, b and c");
  });
});
