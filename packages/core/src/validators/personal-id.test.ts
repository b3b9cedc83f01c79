import fc from "fast-check";
import { FinnishSSN } from "finnish-ssn";
import { describe, expect, it } from "vitest";
import { isValidPersonalId, normalizePersonalId, parsePersonalId, personalIdCheckCharacter } from "./personal-id";

const SIGNS_BY_CENTURY: Record<number, readonly string[]> = {
  1800: ["+"],
  1900: ["-", "Y", "X", "W", "V", "U"],
  2000: ["A", "B", "C", "D", "E", "F"],
};
const ALL_SIGNS = Object.values(SIGNS_BY_CENTURY).flat();
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Independent oracle for the check character (BigInt-free: 9 digits fit a double). */
function oracleCheck(nineDigits: string): string {
  return "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(nineDigits) % 31] as string;
}

function build(year: number, month: number, day: number, sign: string, individual: number): string {
  const nine = `${pad(day, 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad(individual, 3)}`;
  return `${nine.slice(0, 6)}${sign}${nine.slice(6)}${oracleCheck(nine)}`;
}

/** A real calendar date in 1800–2099 (JS Date is the leap-year oracle), a sign of its century, 002–999. */
const validCode = fc
  .record({
    date: fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
    signIndex: fc.nat(),
    individual: fc.integer({ min: 2, max: 999 }),
  })
  .map(({ date, signIndex, individual }) => {
    const year = date.getUTCFullYear();
    const signs = SIGNS_BY_CENTURY[Math.floor(year / 100) * 100] ?? [];
    const sign = signs[signIndex % signs.length] as string;
    const birthDate = `${year}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
    return { code: build(year, date.getUTCMonth() + 1, date.getUTCDate(), sign, individual), birthDate, individual, year };
  });

describe("personalIdCheckCharacter", () => {
  it("computes DDMMYYNNN mod 31 into the DVV alphabet", () => {
    expect(personalIdCheckCharacter("131052308")).toBe("T");
    expect(personalIdCheckCharacter("010594902")).toBe("1");
    expect(personalIdCheckCharacter("020502902")).toBe("X");
  });

  it("rejects anything but 9 digits", () => {
    for (const bad of ["", "13105230", "1310523081", "13105230A", " 131052308"]) {
      expect(() => personalIdCheckCharacter(bad)).toThrow(RangeError);
    }
  });
});

describe("parsePersonalId: published and hand-verified examples", () => {
  // Every check character below was recomputed (DDMMYYNNN mod 31), not copied from memory.
  it.each([
    ["131052-308T", "1952-10-13", false],
    ["010594Y9021", "1994-05-01", true],
    ["010594Y9032", "1994-05-01", true],
    ["020594X903P", "1994-05-02", true],
    ["020594X902N", "1994-05-02", true],
    ["020502E902X", "2002-05-02", true],
    ["020502-902X", "1902-05-02", true],
    ["010516B903X", "2016-05-01", true],
    ["311298+1261", "1898-12-31", false],
    ["010677-530E", "1977-06-01", false],
    ["280264-051U", "1964-02-28", false],
    ["290200A901C", "2000-02-29", true],
  ])("%s is valid, born %s, temporary=%s", (code, birthDate, temporary) => {
    expect(parsePersonalId(code)).toEqual({ code, birthDate, temporary });
    expect(isValidPersonalId(code)).toBe(true);
  });

  it("normalizes: trims surrounding whitespace and upper-cases", () => {
    expect(normalizePersonalId("  131052-308t\n")).toBe("131052-308T");
    expect(parsePersonalId(" 131052-308t ")?.code).toBe("131052-308T");
    expect(isValidPersonalId("\t020502e902x ")).toBe(true);
  });

  it("keeps the century sign: '-' and 'Y' codes are different codes with the same birth date", () => {
    const dash = parsePersonalId("020502-902X");
    const y = parsePersonalId(build(1902, 5, 2, "Y", 902));
    expect(dash?.code).toBe("020502-902X");
    expect(y?.code).toBe("020502Y902X");
    expect(dash?.code).not.toBe(y?.code);
    expect(dash?.birthDate).toBe(y?.birthDate);
  });
});

describe("parsePersonalId: rejects", () => {
  it.each([
    ["wrong check character", "131052-308U"],
    ["check character from outside the alphabet (G)", "131052-308G"],
    ["30 February", build(1952, 2, 30, "-", 308)],
    ["29 February in a non-leap year (1900)", build(1900, 2, 29, "-", 308)],
    ["29 February in a non-leap year (2023)", build(2023, 2, 29, "A", 308)],
    ["31 April", build(1990, 4, 31, "-", 308)],
    ["month 13", build(1990, 13, 1, "-", 308)],
    ["day 00", build(1990, 1, 0, "-", 308)],
    ["month 00", build(1990, 0, 1, "-", 308)],
    ["unknown century sign G", "131052G308T"],
    ["unknown century sign Z", "131052Z308T"],
    ["space as century sign", "131052 308T"],
    ["individual number 000", build(1952, 10, 13, "-", 0)],
    ["individual number 001", build(1952, 10, 13, "-", 1)],
    ["too short", "131052-308"],
    ["too long", "131052-308TT"],
    ["inner whitespace", "131052 -308T"],
    ["empty", ""],
  ])("%s (%s)", (_why, code) => {
    expect(parsePersonalId(code)).toBeNull();
    expect(isValidPersonalId(code)).toBe(false);
  });

  it("reports 900–999 as temporary but 002–899 as ordinary", () => {
    expect(parsePersonalId(build(1980, 1, 1, "-", 899))?.temporary).toBe(false);
    expect(parsePersonalId(build(1980, 1, 1, "-", 900))?.temporary).toBe(true);
    expect(parsePersonalId(build(1980, 1, 1, "-", 2))?.temporary).toBe(false);
  });
});

describe("personal identity code properties", () => {
  it("accepts every generated code (1800–2099, every sign incl. 2023 signs) and parses back the birth date", () => {
    fc.assert(
      fc.property(validCode, ({ code, birthDate, individual }) => {
        expect(parsePersonalId(code)).toEqual({ code, birthDate, temporary: individual >= 900 });
        expect(personalIdCheckCharacter(code.slice(0, 6) + code.slice(7, 10))).toBe(code.charAt(10));
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts lower case and surrounding whitespace, normalizing to the same code", () => {
    fc.assert(
      fc.property(validCode, fc.constantFrom("", " ", "\t", "\n "), fc.constantFrom("", " ", "\r\n"), ({ code }, pre, post) => {
        expect(parsePersonalId(`${pre}${code.toLowerCase()}${post}`)?.code).toBe(code);
      }),
    );
  });

  it("rejects every single-digit change", () => {
    fc.assert(
      fc.property(validCode, fc.nat(), fc.integer({ min: 1, max: 9 }), ({ code }, at, delta) => {
        const digitPositions = [...code].flatMap((ch, i) => (/\d/.test(ch) ? [i] : []));
        const i = digitPositions[at % digitPositions.length] as number;
        const changed = String((Number(code.charAt(i)) + delta) % 10);
        expect(isValidPersonalId(code.slice(0, i) + changed + code.slice(i + 1))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("takes the century from the sign alone: another sign is valid exactly when the date exists in its century", () => {
    fc.assert(
      fc.property(validCode, fc.constantFrom(...ALL_SIGNS), ({ code }, sign) => {
        const century = Number(Object.entries(SIGNS_BY_CENTURY).find(([, signs]) => signs.includes(sign))?.[0]);
        const year = century + Number(code.slice(4, 6));
        const day = Number(code.slice(0, 2));
        const exists = new Date(Date.UTC(year, Number(code.slice(2, 4)) - 1, day)).getUTCDate() === day;
        const parsed = parsePersonalId(code.slice(0, 6) + sign + code.slice(7));
        expect(parsed?.birthDate ?? null).toBe(exists ? `${year}-${code.slice(2, 4)}-${code.slice(0, 2)}` : null);
      }),
    );
  });

  it("rejects any character that is not a century sign in position 7", () => {
    const notSigns = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)).filter((c) => !ALL_SIGNS.includes(c.toUpperCase()));
    fc.assert(
      fc.property(validCode, notSigns, ({ code }, sign) => {
        expect(isValidPersonalId(code.slice(0, 6) + sign + code.slice(7))).toBe(false);
      }),
    );
  });

  it("rejects dates that do not exist even with a correct check character", () => {
    const impossible = fc
      .record({ year: fc.integer({ min: 1800, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 29, max: 31 }) })
      .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day);
    fc.assert(
      fc.property(impossible, fc.integer({ min: 2, max: 999 }), ({ year, month, day }, individual) => {
        const signs = SIGNS_BY_CENTURY[Math.floor(year / 100) * 100] ?? [];
        for (const sign of signs) expect(isValidPersonalId(build(year, month, day, sign, individual))).toBe(false);
      }),
    );
  });

  it("rejects individual numbers 000 and 001 even with a correct check character", () => {
    fc.assert(
      fc.property(validCode, fc.constantFrom(0, 1), ({ code }, individual) => {
        const nine = code.slice(0, 6) + pad(individual, 3);
        expect(isValidPersonalId(`${code.slice(0, 7)}${pad(individual, 3)}${oracleCheck(nine)}`)).toBe(false);
      }),
    );
  });
});

describe("finnish-ssn (evaluated, not used in production)", () => {
  it("agrees with us inside its supported range (1850–2029)", () => {
    fc.assert(
      fc.property(
        validCode.filter(({ year }) => year >= 1850 && year <= 2029),
        ({ code }) => {
          expect(FinnishSSN.validate(code)).toBe(true);
        },
      ),
    );
  });

  it("is why we wrote our own: it rejects valid 1800–1849 and 2030+ codes and accepts individual number 000", () => {
    const early = build(1820, 3, 1, "+", 123);
    const late = build(2031, 3, 1, "A", 123);
    const zero = build(1980, 3, 1, "-", 0);
    expect([isValidPersonalId(early), FinnishSSN.validate(early)]).toEqual([true, false]);
    expect([isValidPersonalId(late), FinnishSSN.validate(late)]).toEqual([true, false]);
    expect([isValidPersonalId(zero), FinnishSSN.validate(zero)]).toEqual([false, true]);
  });
});
