import { describe, expect, it } from "vitest";
import { paymentName, paymentNameProblem } from "./payment-name";
import { paymentNameSchema } from "./zod";

const basic = /^[A-Za-z0-9/\-?:().,'+ ]*$/;

describe("paymentName (issue 18: names lost letters)", () => {
  it.each([
    ["Łódź Opieka", "Lodz Opieka", "Lodz Opieka"],
    ["Østergaard", "Ostergaard", "Ostergaard"],
    ["Straße & Söhne Þór", "Strasse + Söhne Thor", "Strasse + Sohne Thor"],
    ["Ääkkönen Åsa Oy", "Ääkkönen Åsa Oy", "Aakkonen Asa Oy"],
    ["Café Ærø – hoiva", "Cafe AEro hoiva", "Cafe AEro hoiva"],
  ])("%s → %s to a Finnish account, %s elsewhere", (input, finnish, elsewhere) => {
    expect(paymentName(input, { finnishLetters: true })).toBe(finnish);
    expect(paymentName(input, { finnishLetters: false })).toBe(elsewhere);
    expect(paymentName(input, { finnishLetters: false })).toMatch(basic);
  });

  it("cuts at 70 characters and collapses spaces", () => {
    expect(paymentName(`${"a".repeat(69)}   bc`, { finnishLetters: true })).toBe(`${"a".repeat(69)}`);
    expect(paymentName("  A   B  ", { finnishLetters: true })).toBe("A B");
  });
});

describe("paymentNameProblem: what is refused where the name is entered", () => {
  it("refuses a name in another script, or with nothing writable", () => {
    expect(paymentNameProblem("株式会社")).toBe("NAME_NOT_LATIN");
    expect(paymentNameProblem("Hoiva 株式会社")).toBe("NAME_NOT_LATIN");
    expect(paymentNameProblem("Забота Oy")).toBe("NAME_NOT_LATIN");
    expect(paymentNameProblem("★ ☆ ★")).toBe("NAME_NOT_WRITABLE");
    expect(paymentNameProblem("Łódź Opieka")).toBeUndefined();
    expect(paymentNameProblem("3M")).toBeUndefined();
  });

  it("paymentNameSchema carries the codes", () => {
    const result = paymentNameSchema.safeParse("株式会社");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => (issue as { params?: { code?: string } }).params?.code)).toEqual(["NAME_NOT_LATIN"]);
    expect(paymentNameSchema.parse("  Straße & Söhne  ")).toBe("Straße & Söhne");
  });
});
