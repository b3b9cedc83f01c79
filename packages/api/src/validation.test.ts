import { describe, expect, it } from "vitest";
import { z } from "zod";
import { monthSchema, shapedString } from "@hb/core/validators/zod";
import { parsePart } from "./validation";

const runId = shapedString(/^SR-\d{4}-(0[1-9]|1[0-2])$/, "SETTLEMENT_RUN_ID", "SR-2026-10");
const query = z.object({ month: monthSchema, runId });

describe("parsePart with a shaped string", () => {
  it("names our code and says in the caller's language what shape is wanted", () => {
    const bad = { month: "2026-13", runId: "SR-26-1" };
    const messages = (language: "fi" | "sv" | "en") => {
      const result = parsePart("query", query, bad, language);
      if (result.ok) throw new Error("accepted a bad month");
      return result.errors;
    };
    expect(messages("fi")).toEqual([
      { path: "/query/month", code: "MONTH", message: "Anna kuukausi muodossa VVVV-KK, esimerkiksi 2027-01." },
      { path: "/query/runId", code: "SETTLEMENT_RUN_ID", message: "Maksuajon tunnus on muotoa SR-VVVV-KK, esimerkiksi SR-2027-01." },
    ]);
    expect(messages("sv").map((error) => error.message)).toEqual([
      "Ange månaden som ÅÅÅÅ-MM, till exempel 2027-01.",
      "Utbetalningskörningens id har formen SR-ÅÅÅÅ-MM, till exempel SR-2027-01.",
    ]);
    expect(messages("en")[0]!.message).toBe("Give the month as YYYY-MM, for example 2027-01.");
  });

  it("accepts the shape and passes the value through", () => {
    expect(parsePart("query", query, { month: "2026-12", runId: "SR-2026-12" }, "en")).toEqual({ ok: true, value: { month: "2026-12", runId: "SR-2026-12" } });
  });
});
