import { describe, expect, it } from "vitest";
import { bandAt, KNOWN_BAND_CODES } from "./bands";

/** bandAt for a Helsinki wall-clock time; the offset is written out so the test says which one it means. */
const at = (local: string) => bandAt(new Date(local));

describe("bandAt (Europe/Helsinki, demo priority)", () => {
  it("weekday: NIGHT until 07, WEEKDAY_DAY 07–18, WEEKDAY_EVENING 18–22, NIGHT from 22", () => {
    // Monday 1 March 2027
    expect(at("2027-03-01T02:00+02:00")).toBe("NIGHT");
    expect(at("2027-03-01T06:59+02:00")).toBe("NIGHT");
    expect(at("2027-03-01T07:00+02:00")).toBe("WEEKDAY_DAY");
    expect(at("2027-03-01T17:59+02:00")).toBe("WEEKDAY_DAY");
    expect(at("2027-03-01T18:00+02:00")).toBe("WEEKDAY_EVENING");
    expect(at("2027-03-01T21:59+02:00")).toBe("WEEKDAY_EVENING");
    expect(at("2027-03-01T22:00+02:00")).toBe("NIGHT");
    expect(at("2027-03-01T23:59+02:00")).toBe("NIGHT");
  });

  it("Saturday: NIGHT until 07, SATURDAY 07–18, HOLIDAY_EVE 18–24", () => {
    expect(at("2027-03-06T06:00+02:00")).toBe("NIGHT");
    expect(at("2027-03-06T07:00+02:00")).toBe("SATURDAY");
    expect(at("2027-03-06T18:00+02:00")).toBe("HOLIDAY_EVE");
    expect(at("2027-03-06T23:00+02:00")).toBe("HOLIDAY_EVE");
  });

  it("Sunday is SUNDAY_HOLIDAY all day, night included; Monday night is NIGHT", () => {
    expect(at("2027-03-07T02:00+02:00")).toBe("SUNDAY_HOLIDAY");
    expect(at("2027-03-07T12:00+02:00")).toBe("SUNDAY_HOLIDAY");
    expect(at("2027-03-07T23:59+02:00")).toBe("SUNDAY_HOLIDAY");
    expect(at("2027-03-08T00:00+02:00")).toBe("NIGHT");
  });

  it("public holidays on weekdays are SUNDAY_HOLIDAY all day", () => {
    expect(at("2027-12-06T10:00+02:00")).toBe("SUNDAY_HOLIDAY"); // Independence Day, Monday
    expect(at("2028-12-06T03:00+02:00")).toBe("SUNDAY_HOLIDAY"); // Wednesday
    expect(at("2027-12-07T03:00+02:00")).toBe("NIGHT");
    expect(at("2027-05-06T19:00+03:00")).toBe("SUNDAY_HOLIDAY"); // Ascension Day, Thursday
    expect(at("2027-03-26T09:00+02:00")).toBe("SUNDAY_HOLIDAY"); // Good Friday
  });

  it("Midsummer Eve and Christmas Eve are priced like Saturdays; Midsummer Day is a holiday", () => {
    expect(at("2027-06-25T06:00+03:00")).toBe("NIGHT");
    expect(at("2027-06-25T10:00+03:00")).toBe("SATURDAY");
    expect(at("2027-06-25T19:00+03:00")).toBe("HOLIDAY_EVE");
    expect(at("2027-06-25T23:30+03:00")).toBe("HOLIDAY_EVE");
    expect(at("2027-06-26T10:00+03:00")).toBe("SUNDAY_HOLIDAY");
    expect(at("2027-12-24T12:00+02:00")).toBe("SATURDAY"); // Friday
    expect(at("2027-12-24T20:00+02:00")).toBe("HOLIDAY_EVE");
    expect(at("2026-12-24T22:30+02:00")).toBe("HOLIDAY_EVE"); // Thursday: the eve beats NIGHT
    expect(at("2028-12-24T20:00+02:00")).toBe("SUNDAY_HOLIDAY"); // a Sunday: the holiday wins
  });

  it("May Day Eve and New Year's Eve are ordinary days", () => {
    expect(at("2026-04-30T19:00+03:00")).toBe("WEEKDAY_EVENING");
    expect(at("2027-12-31T19:00+02:00")).toBe("WEEKDAY_EVENING");
  });

  it("evaluates in Helsinki time, whatever offset the instant is written with", () => {
    // 16:30 UTC on a Monday in winter is 18:30 in Helsinki.
    expect(bandAt(new Date("2027-03-01T16:30Z"))).toBe("WEEKDAY_EVENING");
    expect(bandAt(new Date("2027-03-01T16:30Z"), "UTC")).toBe("WEEKDAY_DAY");
  });

  it("follows the given priority order", () => {
    const nightFirst = ["NIGHT", ...KNOWN_BAND_CODES.filter((c) => c !== "NIGHT")].map((code) => ({ code }));
    expect(bandAt(new Date("2027-03-06T23:00+02:00"), "Europe/Helsinki", nightFirst)).toBe("NIGHT");
  });

  it("rejects unknown or repeated band codes, gaps in coverage and invalid dates", () => {
    expect(() => bandAt(new Date("2027-03-01T10:00Z"), "Europe/Helsinki", [{ code: "WEEKDAY_DAYS" }])).toThrow(/unknown band code "WEEKDAY_DAYS"/);
    expect(() => bandAt(new Date("2027-03-01T10:00Z"), "Europe/Helsinki", [{ code: "NIGHT" }, { code: "NIGHT" }])).toThrow(/listed twice/);
    expect(() => bandAt(new Date("2027-03-01T10:00Z"), "Europe/Helsinki", [])).toThrow(/no bands/);
    expect(() => bandAt(new Date("2027-03-01T10:00+02:00"), "Europe/Helsinki", [{ code: "NIGHT" }])).toThrow(/no band covers 2027-03-01 10:00/);
    expect(() => bandAt(new Date("nonsense"))).toThrow(RangeError);
    expect(() => bandAt(new Date("2027-03-01T10:00Z"), "Europe/Helsingfors")).toThrow(RangeError);
  });
});
