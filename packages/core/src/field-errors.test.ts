import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { localizeFieldError } from "./field-errors";

describe("localizeFieldError", () => {
  it("writes a domain's field problem in the caller's language, dates as that language writes them", () => {
    const problem = { path: "/body/effectiveFrom", code: "EFFECTIVE_FROM_OUTSIDE_DECISION" as const, params: { from: "2027-01-05", to: "2027-12-31" } };
    expect(localizeFieldError(problem, "fi")).toEqual({ path: "/body/effectiveFrom", code: "EFFECTIVE_FROM_OUTSIDE_DECISION", message: "Voimaantulopäivän on oltava päätöksen voimassaoloaikana 5.1.2027–31.12.2027." });
    expect(localizeFieldError(problem, "en").message).toBe("The effective date must lie within the decision's days, 5 January 2027 to 31 December 2027.");
  });

  it("takes the text a code names when one code has several, and keeps the code the caller sees", () => {
    const error = new DomainError("VALIDATION_FAILED", {}, [{ path: "/body/start", code: "REQUIRED", text: "EVENT_START_AND_END" }]);
    expect(error.errors.map((field) => localizeFieldError(field, "sv"))).toEqual([
      { path: "/body/start", code: "REQUIRED", message: "En tjänst per timme registreras med start- och sluttid (start och end)." },
    ]);
  });

  it("leaves an error that schema validation wrote in the caller's language as it is", () => {
    const localized = { path: "/body/name", code: "too_small", message: "Liian lyhyt" };
    expect(localizeFieldError(localized, "en")).toBe(localized);
  });
});
