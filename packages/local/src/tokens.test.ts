import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseIdentitySettings } from "@hb/core/identity/settings";
import { parseDevTokenQuery } from "./tokens";

const demo = parseIdentitySettings(JSON.parse(readFileSync(new URL("../../../areas/demo.identity.json", import.meta.url), "utf8")));
const parse = (query: string) => parseDevTokenQuery(new URLSearchParams(query), demo);

describe("GET /dev/token's query", () => {
  it("signs a person by identity code in the person issuer's claim, and nothing else", () => {
    expect(parse("personalId=010101A123N&sub=aino")).toEqual({ ok: true, kind: "person", claims: { sub: "aino", hetu: "010101A123N" } });
  });

  it("maps a staff role to the area's group for it", () => {
    expect(parse("role=worker&sub=w-1")).toEqual({ ok: true, kind: "staff", claims: { sub: "w-1", groups: ["hb-demo-workers"] } });
    expect(parse("role=finance,admin")).toMatchObject({ ok: true, kind: "staff", claims: { groups: ["hb-demo-finance", "hb-demo-admins"] } });
  });

  it("with a role, carries the employee's identity code in the staff directory's claim (four eyes across sign-ins)", () => {
    expect(parse("role=finance&sub=f-1&personalId=010101A123N")).toEqual({
      ok: true,
      kind: "staff",
      claims: { sub: "f-1", groups: ["hb-demo-finance"], hetu: "010101A123N" },
    });
  });

  it("refuses a person role, which people get from HB's records and never from a token", () => {
    const refused = parse("role=client");
    expect(refused.ok).toBe(false);
    expect(refused).toMatchObject({ errors: [{ path: "/query/role", code: "invalid_value" }] });
  });

  it("refuses a code that is not a valid personal identity code", () => {
    expect(parse("personalId=010101A123X")).toMatchObject({ ok: false, errors: [{ path: "/query/personalId", code: "INVALID_PERSONAL_ID" }] });
    expect(parse("role=finance&personalId=garbage")).toMatchObject({ ok: false, errors: [{ path: "/query/personalId" }] });
  });

  it("refuses an empty query", () => {
    expect(parse("")).toMatchObject({ ok: false, errors: [{ path: "/query" }] });
  });
});
