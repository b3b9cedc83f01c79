import { describe, expect, it } from "vitest";
import { z } from "zod";
import { bicSchema, businessIdSchema, creditorReferenceSchema, ibanSchema, personalIdSchema } from "./zod";

const cases = [
  {
    name: "personalIdSchema",
    schema: personalIdSchema,
    raw: " 010594y9021 ",
    normalized: "010594Y9021",
    bad: "010594Y9022",
    code: "INVALID_PERSONAL_ID",
    message: "Not a valid Finnish personal identity code",
  },
  {
    name: "businessIdSchema",
    schema: businessIdSchema,
    raw: " 0112038-9 ",
    normalized: "0112038-9",
    bad: "0112038-8",
    code: "INVALID_BUSINESS_ID",
    message: "Not a valid Finnish business ID (Y-tunnus)",
  },
  {
    name: "ibanSchema",
    schema: ibanSchema,
    raw: "fi21 1234 5600 0007 85",
    normalized: "FI2112345600000785",
    bad: "FI2112345600000786",
    code: "INVALID_IBAN",
    message: "Not a valid IBAN",
  },
  { name: "bicSchema", schema: bicSchema, raw: " ndeafihh", normalized: "NDEAFIHH", bad: "NDEAFIH", code: "INVALID_BIC", message: "Not a valid BIC" },
  {
    name: "creditorReferenceSchema",
    schema: creditorReferenceSchema,
    raw: "rf18 5390 0754 7034",
    normalized: "RF18539007547034",
    bad: "RF19539007547034",
    code: "INVALID_CREDITOR_REFERENCE",
    message: "Not a valid ISO 11649 creditor reference",
  },
] as const;

describe.each(cases)("$name", ({ schema, raw, normalized, bad, code, message }) => {
  it("outputs the normalized string", () => {
    const out: string = schema.parse(raw);
    expect(out).toBe(normalized);
  });

  it("fails with a custom issue carrying params.code and an English message", () => {
    for (const input of [bad, "", "   "]) {
      const result = schema.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([expect.objectContaining({ code: "custom", params: { code }, message, path: [] })]);
    }
  });

  it("reports the field path inside an object", () => {
    const result = z.object({ field: schema }).safeParse({ field: bad });
    expect(result.error?.issues[0]).toMatchObject({ path: ["field"], params: { code } });
  });

  it("leaves non-strings to zod's own invalid_type issue", () => {
    expect(schema.safeParse(12345).error?.issues[0]?.code).toBe("invalid_type");
  });

  it("stays a plain string in JSON Schema for requests and responses (OpenAPI)", () => {
    expect(z.toJSONSchema(schema, { io: "input" })).toMatchObject({ type: "string" });
    expect(z.toJSONSchema(schema, { io: "output" })).toMatchObject({ type: "string" });
  });

  it("keeps working after .meta() and .optional()", () => {
    const described = schema.meta({ description: "x" }).optional();
    expect(described.parse(raw)).toBe(normalized);
    expect(described.parse(undefined)).toBeUndefined();
  });
});
