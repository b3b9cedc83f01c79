import { describe, expect, it } from "vitest";
import Holidays from "date-holidays";
import { easterSunday, finnishHoliday, isHolidayEve } from "./holidays";

const codeOn = (date: string) => finnishHoliday(date)?.code ?? null;

describe("finnishHoliday", () => {
  it.each([
    // 2026: Easter 5 April
    ["2026-04-03", "GOOD_FRIDAY"],
    ["2026-04-05", "EASTER_SUNDAY"],
    ["2026-04-06", "EASTER_MONDAY"],
    ["2026-05-14", "ASCENSION_DAY"],
    ["2026-05-24", "WHITSUN"],
    // 2027: Easter 28 March (the same night as the spring DST change)
    ["2027-03-26", "GOOD_FRIDAY"],
    ["2027-03-28", "EASTER_SUNDAY"],
    ["2027-03-29", "EASTER_MONDAY"],
    ["2027-05-06", "ASCENSION_DAY"],
    ["2027-05-16", "WHITSUN"],
    // 2028: Easter 16 April
    ["2028-04-14", "GOOD_FRIDAY"],
    ["2028-04-16", "EASTER_SUNDAY"],
    ["2028-04-17", "EASTER_MONDAY"],
    ["2028-05-25", "ASCENSION_DAY"],
    ["2028-06-04", "WHITSUN"],
  ])("Easter-dependent: %s is %s", (date, code) => {
    expect(codeOn(date)).toBe(code);
  });

  it.each([
    ["2026-06-20", "2026-10-31"],
    ["2027-06-26", "2027-11-06"],
    ["2028-06-24", "2028-11-04"],
  ])("Midsummer Day %s and All Saints' Day %s are Saturdays", (midsummer, allSaints) => {
    expect(codeOn(midsummer)).toBe("MIDSUMMER_DAY");
    expect(codeOn(allSaints)).toBe("ALL_SAINTS_DAY");
    expect(new Date(`${midsummer}T12:00Z`).getUTCDay()).toBe(6);
    expect(new Date(`${allSaints}T12:00Z`).getUTCDay()).toBe(6);
  });

  it("has the fixed-date holidays and their names in three languages", () => {
    expect(finnishHoliday("2027-01-01")?.code).toBe("NEW_YEARS_DAY");
    expect(finnishHoliday("2027-01-06")?.code).toBe("EPIPHANY");
    expect(finnishHoliday("2027-05-01")?.code).toBe("MAY_DAY");
    expect(finnishHoliday("2027-12-06")).toEqual({
      code: "INDEPENDENCE_DAY",
      name: { fi: "Itsenäisyyspäivä", sv: "Självständighetsdagen", en: "Independence Day" },
    });
    expect(finnishHoliday("2027-12-25")?.code).toBe("CHRISTMAS_DAY");
    expect(finnishHoliday("2027-12-26")?.code).toBe("BOXING_DAY");
  });

  it("does not count eves or observances as holidays", () => {
    for (const date of ["2027-06-25", "2027-12-24", "2027-04-30", "2027-12-31", "2027-05-09", "2027-03-27"]) {
      expect(finnishHoliday(date), date).toBeNull();
    }
  });

  it("names a day that is two holidays after the first listed one", () => {
    expect(codeOn("2008-05-01")).toBe("MAY_DAY"); // also Ascension Day
  });

  it("returns a fresh names object (callers cannot change the table)", () => {
    const first = finnishHoliday("2027-12-25");
    if (first) first.name.en = "changed";
    expect(finnishHoliday("2027-12-25")?.name.en).toBe("Christmas Day");
  });

  it("throws RangeError for malformed, impossible or unsupported dates", () => {
    for (const bad of ["2027-2-01", "2027-02-29", "2027-13-01", "2027-00-10", "27-12-06", "2027-12-06T00:00", "1990-12-06"]) {
      expect(() => finnishHoliday(bad), bad).toThrow(RangeError);
    }
    expect(codeOn("2028-02-29")).toBeNull(); // a real leap day
  });

  it("agrees with date-holidays' public holidays for FI, 1991–2100 (an independent implementation)", () => {
    const oracle = new Holidays("FI");
    for (let year = 1991; year <= 2100; year++) {
      const expected = [...new Set(oracle.getHolidays(year).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)))].sort();
      const ours: string[] = [];
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        const date = new Date(t).toISOString().slice(0, 10);
        if (finnishHoliday(date)) ours.push(date);
      }
      expect(ours, String(year)).toEqual(expected);
    }
  });
});

describe("easterSunday", () => {
  it.each([
    [1991, 3, 31],
    [2000, 4, 23],
    [2008, 3, 23], // early
    [2038, 4, 25], // latest possible date
    [2285, 3, 22], // earliest possible date
  ])("%i: %i/%i", (year, month, day) => {
    expect(easterSunday(year)).toEqual({ year, month, day });
  });
});

describe("isHolidayEve", () => {
  it.each(["2026-06-19", "2027-06-25", "2028-06-23", "2026-12-24", "2027-12-24", "2028-12-24"])("%s is an eve", (date) => {
    expect(isHolidayEve(date)).toBe(true);
  });

  it("Midsummer Eve is only the Friday between 19 and 25 June", () => {
    const june2027 = Array.from({ length: 30 }, (_, i) => `2027-06-${String(i + 1).padStart(2, "0")}`);
    expect(june2027.filter(isHolidayEve)).toEqual(["2027-06-25"]);
  });

  it("May Day Eve, New Year's Eve and Easter Saturday are not eves here", () => {
    for (const date of ["2027-04-30", "2027-12-31", "2027-03-27", "2027-12-23"]) expect(isHolidayEve(date), date).toBe(false);
  });

  it("throws RangeError for a malformed date", () => {
    expect(() => isHolidayEve("24.12.2027")).toThrow(RangeError);
  });
});
