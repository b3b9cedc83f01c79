import { describe, expect, it } from "vitest";
import { fieldTexts } from "../messages";
import { freeText, textErrorCodes, textReference } from "./text";

const codesOf = (result: { success: boolean; error?: { issues: { code: string; params?: unknown }[] } }) =>
  (result.error?.issues ?? []).map((issue) => (issue.params as { code?: string } | undefined)?.code ?? issue.code);

describe("freeText", () => {
  const text = freeText({ max: 100 });

  it.each([
    ["Finnish and Swedish", "Hyvää päivää, åäö ÅÄÖ"],
    ["Sámi", "Sámi: čđŋšŧž ČĐŊŠŦŽ áŋ"],
    ["emoji, a family sequence with joiners and a flag", "Haluan käydä uimassa 🏊 👨‍👩‍👧 🇫🇮"],
    ["characters outside the BMP", "𝄞 𠜎"],
    ["tab and line feed inside", "rivi 1\n\trivi 2"],
  ])("accepts %s as it is", (_, value) => {
    expect(text.parse(value)).toBe(value);
  });

  it("stores NFC: a letter with a combining accent becomes the precomposed letter", () => {
    expect(text.parse("Caf\u0065\u0301 A\u030Ango")).toBe("Café Ångo");
    expect(text.parse("Caf\u0065\u0301")).toBe(text.parse("Café"));
  });

  it("turns CR LF into LF and trims", () => {
    expect(text.parse("  rivi 1\r\nrivi 2 \n")).toBe("rivi 1\nrivi 2");
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["BEL", "a\u0007b"],
    ["ESC (a terminal escape sequence)", "a\u001b[31mb"],
    ["a lone carriage return", "a\rb"],
    ["vertical tab", "a\u000Bb"],
    ["DEL", "a\u007Fb"],
    ["a C1 control (NEL)", "a\u0085b"],
  ])("refuses %s with CONTROL_CHARACTER", (_, value) => {
    expect(codesOf(text.safeParse(value))).toEqual(["CONTROL_CHARACTER"]);
  });

  it.each([
    ["a lone high surrogate", "a\uD83Cb"],
    ["a lone low surrogate", "a\uDFCAb"],
    ["a surrogate pair in the wrong order", "a\uDFCA\uD83Cb"],
    ["the noncharacter U+FFFF", "a\uFFFFb"],
    ["the noncharacter U+FDD0", "a\uFDD0b"],
  ])("refuses %s with INVALID_UNICODE", (_, value) => {
    expect(codesOf(text.safeParse(value))).toEqual(["INVALID_UNICODE"]);
  });

  it("measures length after normalisation and trimming, and needs one character unless told otherwise", () => {
    expect(freeText({ max: 3 }).safeParse("e\u0301e\u0301e\u0301").success).toBe(true);
    expect(codesOf(freeText({ max: 3 }).safeParse("abcd"))).toEqual(["too_big"]);
    expect(codesOf(text.safeParse("   "))).toEqual(["too_small"]);
    expect(freeText({ max: 10, min: 0 }).parse("  ")).toBe("");
  });
});

describe("textReference", () => {
  const reference = textReference({ max: 20 });

  it("keeps the value character for character", () => {
    expect(reference.parse("e\u0301 ")).toBe("e\u0301 ");
  });

  it("refuses the same characters as free text", () => {
    expect(codesOf(reference.safeParse("sub\u0000"))).toEqual(["CONTROL_CHARACTER"]);
    expect(codesOf(reference.safeParse("sub\uD800"))).toEqual(["INVALID_UNICODE"]);
  });
});

it("every code has a message in Finnish, Swedish and English", () => {
  for (const code of textErrorCodes) {
    expect(Object.keys(fieldTexts[code] ?? {}).sort(), code).toEqual(["en", "fi", "sv"]);
  }
});
