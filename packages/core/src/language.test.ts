import { describe, expect, it } from "vitest";
import { problemStatus } from "./errors";
import { interpolate, languages, negotiateLanguage } from "./language";
import { fieldTexts, problemTexts } from "./messages";

describe("Accept-Language", () => {
  it("picks fi, sv or en by q-value and falls back to Finnish", () => {
    expect(negotiateLanguage(undefined)).toBe("fi");
    expect(negotiateLanguage("sv-FI,sv;q=0.9,en;q=0.8")).toBe("sv");
    expect(negotiateLanguage("de, en;q=0.5")).toBe("en");
    expect(negotiateLanguage("en;q=0.2, sv;q=0.7")).toBe("sv");
    expect(negotiateLanguage("de, fr")).toBe("fi");
    expect(negotiateLanguage("en;q=0")).toBe("fi");
  });

  it("has a title and detail in every language for every problem code, and a text for every field code", () => {
    for (const code of Object.keys(problemStatus) as (keyof typeof problemStatus)[]) {
      for (const language of languages) {
        expect(problemTexts[code].title[language], `${code} title ${language}`).toBeTruthy();
        expect(problemTexts[code].detail[language], `${code} detail ${language}`).toBeTruthy();
      }
    }
    for (const [code, text] of Object.entries(fieldTexts)) for (const language of languages) expect(text[language], code).toBeTruthy();
  });

  it("interpolates parameters and leaves unknown ones visible", () => {
    expect(interpolate("The {resource} was not found ({id}).", { resource: "client" })).toBe("The client was not found ({id}).");
  });
});
