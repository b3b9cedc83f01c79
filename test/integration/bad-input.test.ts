import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { Role } from "@hb/core/actor";
import { problemStatus, type ProblemCode } from "@hb/core/errors";
import type { RouteDefinition } from "@hb/api/route";
import { routes } from "@hb/api/routes";
import type { LocalRuntime } from "@hb/local/runtime";
import {
  type Api,
  type Fixtures,
  type Response,
  baseType,
  concreteRequest,
  fixtureProviderToken,
  prepare,
  requiredKeys,
  shapeOf,
  startWithFixtures,
  unwrap,
  urlOf,
  otherProviderToken,
  people,
  personToken,
  validBodies,
  workerToken,
} from "../support/fixtures";

/**
 * Bad input on every route with params, query or body, generated from the
 * route table and its zod schemas: SPEC §4 — bad input is 400/422 (415 for a
 * body that is not JSON at all), unknown ids 404, never 500; every answer is
 * problem+json with a code, and a 422 names the fields as JSON Pointers into
 * /params, /query or /body.
 */

let runtime: LocalRuntime;
let api: Api;
let fx: Fixtures;

beforeAll(async () => ({ runtime, api, fx } = await startWithFixtures()));
afterAll(() => runtime?.stop());

const TOO_LONG = "x".repeat(10_001);
/** Fields that carry a whole document, not text (the bank's XML message): refused one character past their own, larger limit. */
const documentLimits: Readonly<Record<string, number>> = { "settlementRuns.bankStatements /body/document": 5_000_000 };
/** What no stored text may hold (docs/api.md, free text); each goes into every string of every body. */
const BAD_CHARACTERS = [
  { label: "NUL", character: "\u0000", code: "CONTROL_CHARACTER" },
  { label: "BEL", character: "\u0007", code: "CONTROL_CHARACTER" },
  { label: "ESC", character: "\u001b", code: "CONTROL_CHARACTER" },
  { label: "a lone surrogate", character: "\ud83c", code: "INVALID_UNICODE" },
] as const;
/** A free-text field takes this and stores it in NFC: "Cafe" + a combining acute accent is stored as "Café". */
const FREE_TEXT = "Sámi: čđŋšŧž 🏊 Cafe\u0301";
const FREE_TEXT_NFC = "Sámi: čđŋšŧž 🏊 Café";
const IMPOSSIBLE_DATES = ["2027-02-29", "2026-13-01"] as const;
const UNKNOWN_FIELD = "unexpectedField";

/**
 * A token with the route's first allowed role (a worker, else an admin, where they may call it), so neither the
 * role gate nor a provider's own-provider check hides validation.
 */
function tokenFor(route: RouteDefinition, f: Fixtures): string | undefined {
  if (route.roles === "public") return undefined;
  const role: Role = (["worker", "admin"] as const).find((staff) => (route.roles as readonly Role[]).includes(staff)) ?? route.roles[0]!;
  switch (role) {
    case "worker":
      return workerToken;
    case "client":
      return f.clientAToken;
    case "representative":
      return personToken(people.repAct, "rep-act");
    case "provider":
      // A provider's own routes (its prices, staff, work list) refuse another provider before they read a cursor.
      return route.path.includes("{providerId}") ? fixtureProviderToken(f) : otherProviderToken;
    case "applicant":
      return personToken(people.stranger, "stranger");
    default:
      return `role=${role}&sub=${role}-1`;
  }
}

type Segment = string | number;
const pointer = (part: string, path: readonly Segment[]) =>
  `/${[part, ...path].map((segment) => String(segment).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;

/** Every node of a JSON value with its path (the root too). */
function nodesOf(value: unknown, path: Segment[] = []): { path: Segment[]; value: unknown }[] {
  const found = [{ path, value }];
  if (Array.isArray(value)) value.forEach((item, index) => found.push(...nodesOf(item, [...path, index])));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) found.push(...nodesOf(item, [...path, key]));
  }
  return found;
}

function setAt(value: unknown, path: readonly Segment[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<Segment, unknown>;
  let target = copy;
  for (const segment of path.slice(0, -1)) target = target[segment] as Record<Segment, unknown>;
  target[path[path.length - 1]!] = replacement;
  return copy;
}

const isContainer = (value: unknown) => value !== null && typeof value === "object";
const isPlainObject = (value: unknown) => isContainer(value) && !Array.isArray(value);

/** A value of another JSON type: a string where a number is expected and vice versa. */
function wrongTypeFor(value: unknown): { value: unknown; label: string } {
  if (typeof value === "number") return { value: String(value), label: `the string "${value}"` };
  if (typeof value === "string") return { value: 12345, label: "the number 12345" };
  if (typeof value === "boolean") return { value: String(value), label: `the string "${value}"` };
  return { value: "x", label: `a string instead of an ${Array.isArray(value) ? "array" : "object"}` };
}

/** The schema of the value at `path` inside `schema` (objects, arrays, wrappers); undefined where it cannot tell (unions). */
function schemaAt(schema: z.ZodType, path: readonly Segment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const inner = unwrap(current);
    const def = (inner as unknown as { def: { type: string; element?: z.ZodType } }).def;
    if (def.type === "object" && typeof segment === "string") current = shapeOf(inner)?.[segment];
    else if (def.type === "array" && typeof segment === "number") current = def.element;
    else return undefined;
  }
  return current;
}

/** A field that takes text: a short sentence with an emoji goes in (ids, codes, dates, e-mail addresses and phone numbers refuse it). */
const isTextField = (schema: z.ZodType | undefined) => schema?.safeParse("Sámi 🏊").success === true;

/** A free-text field (not a reference compared as it is): it stores NFC. */
const isFreeTextField = (schema: z.ZodType | undefined) => isTextField(schema) && schema?.parse("Cafe\u0301") === "Café";

/** A date-like schema: takes a calendar date and refuses a non-date. */
const isDateField = (schema: z.ZodType) =>
  schema.safeParse("2027-01-01").success && !schema.safeParse("x2027-01-01").success && !schema.safeParse("2027-01-01x").success;


interface Built {
  params: Record<string, string>;
  query: Record<string, string>;
  /** A string is sent as it is; anything else as JSON. */
  body?: unknown;
  contentType?: string;
}

interface Case {
  readonly name: string;
  readonly status: number;
  readonly code: ProblemCode;
  /** Pointers a 422 must name: exactly, or (when `ancestorOk`) through a containing field other than the part itself. */
  readonly pointers?: readonly string[];
  readonly ancestorOk?: boolean;
  /** A field code the error at the (first) pointer must carry. */
  readonly fieldCode?: string;
  readonly build: (valid: Built, f: Fixtures) => Built;
}

const validationFailed = (name: string, pointers: readonly string[], build: Case["build"], ancestorOk = true): Case => ({
  name: `${name} → 422`,
  status: 422,
  code: "VALIDATION_FAILED",
  pointers,
  ancestorOk,
  build,
});

/** Optional body fields the valid bodies leave out (a valid value depends on the state), each spoilt on its own. */
const withField = (field: string, value: unknown): Case["build"] => (valid) => ({ ...valid, body: { ...(valid.body as object), [field]: value } });
const optionalFieldCases: Readonly<Record<string, readonly Case[]>> = {
  "instruments.chooseProvider": [
    validationFailed(`/body/effectiveFrom = "15.4.2027" (not YYYY-MM-DD)`, ["/body/effectiveFrom"], withField("effectiveFrom", "15.4.2027"), false),
    ...IMPOSSIBLE_DATES.map((date) => validationFailed(`/body/effectiveFrom = ${date}`, ["/body/effectiveFrom"], withField("effectiveFrom", date), false)),
    {
      ...validationFailed("/body/effectiveFrom = 2999-01-01 (outside the voucher's validity)", ["/body/effectiveFrom"], withField("effectiveFrom", "2999-01-01"), false),
      fieldCode: "EFFECTIVE_FROM_OUTSIDE_VALIDITY",
    },
  ],
};

/** The cases for one route, from its schemas and its valid body. */
function casesFor(route: RouteDefinition): Case[] {
  const cases: Case[] = [];

  // Path parameters: malformed, unknown but well-formed, too long.
  for (const [name, schema] of Object.entries(shapeOf(route.params) ?? {})) {
    const at = pointer("params", [name]);
    const withParam = (value: string) => (valid: Built) => ({ ...valid, params: { ...valid.params, [name]: value } });
    if (schema.safeParse("not-an-id").success) {
      cases.push({ name: `${at} = "not-an-id" (well-formed here, names nothing) → 404`, status: 404, code: "NOT_FOUND", build: withParam("not-an-id") });
    } else {
      cases.push(validationFailed(`${at} = "not-an-id"`, [at], withParam("not-an-id"), false));
    }
    if (schema.safeParse(randomUUID()).success) {
      cases.push({ name: `${at} = an unknown UUID → 404`, status: 404, code: "NOT_FOUND", build: (valid) => withParam(randomUUID())(valid) });
    }
    cases.push(validationFailed(`${at} of 10 001 characters`, [at], withParam(TOO_LONG), false));
    if (isDateField(schema)) {
      for (const date of IMPOSSIBLE_DATES) cases.push(validationFailed(`${at} = ${date}`, [at], withParam(date), false));
    }
  }

  // Query: missing required parameters, wrong types, too long strings, impossible dates.
  const queryShape = shapeOf(route.query) ?? {};
  for (const name of requiredKeys(route.query)) {
    const at = pointer("query", [name]);
    cases.push(
      validationFailed(`${at} missing`, [at], (valid) => {
        const { [name]: _omitted, ...query } = valid.query;
        return { ...valid, query };
      }, false),
    );
  }
  for (const [name, schema] of Object.entries(queryShape)) {
    const at = pointer("query", [name]);
    const withQuery = (value: string) => (valid: Built) => ({ ...valid, query: { ...valid.query, [name]: value } });
    const type = baseType(schema);
    if (type === "number" || type === "int" || type === "bigint") {
      cases.push(validationFailed(`${at} = "abc" where a number is expected`, [at], withQuery("abc"), false));
    }
    if (type === "string") {
      cases.push(validationFailed(`${at} of 10 001 characters`, [at], withQuery(TOO_LONG), false));
      if (isDateField(schema)) {
        for (const date of IMPOSSIBLE_DATES) cases.push(validationFailed(`${at} = ${date}`, [at], withQuery(date), false));
      }
    }
  }

  // A cursor of another list, in each key shape a list can have (table, gsi1–3): 400, never a DynamoDB error.
  if ("cursor" in queryShape) {
    for (const index of [undefined, "gsi1", "gsi2", "gsi3"] as const) {
      const foreign = { S: "FOREIGN#x" };
      const key = { pk: foreign, sk: foreign, ...(index ? { [`${index}pk`]: foreign, [`${index}sk`]: foreign } : {}) };
      cases.push({
        name: `/query/cursor of another list (${index ?? "table"} keys) → 400`,
        status: 400,
        code: "INVALID_CURSOR",
        build: (valid) => ({ ...valid, query: { ...valid.query, cursor: Buffer.from(JSON.stringify(key)).toString("base64url") } }),
      });
    }
  }

  // Body.
  if (route.body) {
    const make = validBodies[route.id];
    // Without a valid body there is nothing to spoil; the suite's first test names the route.
    if (!make) return cases;
    const sample = make();
    const withBody = (path: readonly Segment[], replacement: unknown) => (valid: Built) => ({ ...valid, body: setAt(valid.body, path, replacement) });

    cases.push(validationFailed("no body at all", ["/body"], (valid) => ({ params: valid.params, query: valid.query }), false));
    if (!route.body.safeParse({}).success) {
      const required = requiredKeys(route.body).map((key) => pointer("body", [key]));
      cases.push(
        validationFailed(
          `an empty object {}${required.length > 0 ? ` (names ${required.join(", ")})` : ""}`,
          required,
          (valid) => ({ ...valid, body: {} }),
          false,
        ),
      );
    }
    for (const value of [null, []]) {
      cases.push(validationFailed(`the JSON ${JSON.stringify(value)} as the body`, ["/body"], (valid) => ({ ...valid, body: value }), false));
    }
    // One case per field of the schema: the second service of a plan adds nothing the first did not, its providerId does.
    const seen = new Set<string>();
    const once = (kind: string, path: readonly Segment[]) => {
      const key = `${kind} ${path.map((segment) => (typeof segment === "number" ? "*" : segment)).join("/")}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const node of nodesOf(sample)) {
      const at = pointer("body", node.path);
      if (isPlainObject(node.value) && once("object", node.path)) {
        cases.push(
          validationFailed(`an unknown field "${UNKNOWN_FIELD}" in ${at}`, [at], withBody([...node.path, UNKNOWN_FIELD], "surprise"), false),
        );
        if (node.path.length > 0) {
          const nested = schemaAt(route.body, node.path);
          const required = nested ? requiredKeys(nested).map((key) => pointer("body", [...node.path, key])) : [];
          cases.push(
            validationFailed(
              `${at} as an empty object {}${required.length > 0 ? ` (names ${required.join(", ")})` : ""}`,
              required.length > 0 ? required : [at],
              withBody(node.path, {}),
              required.length === 0,
            ),
          );
        }
      }
      if (!once("leaf", node.path)) continue;
      if (node.path.length > 0) {
        const wrong = wrongTypeFor(node.value);
        cases.push(validationFailed(`${at} as ${wrong.label}`, [at], withBody(node.path, wrong.value)));
      }
      if (typeof node.value === "string") {
        const limit = documentLimits[`${route.id} ${at}`];
        cases.push(
          limit === undefined
            ? validationFailed(`${at} of 10 001 characters`, [at], withBody(node.path, TOO_LONG))
            : validationFailed(`${at} of ${limit + 1} characters (a document)`, [at], withBody(node.path, "x".repeat(limit + 1))),
        );
        // A text field refuses the character with its own code; any other string (an id, a date, a code) refuses it by its format.
        const textField = isTextField(schemaAt(route.body, node.path));
        for (const { label, character, code } of BAD_CHARACTERS) {
          const spoilt = `${node.value.slice(0, 1)}${character}${node.value.slice(1)}`;
          cases.push({
            ...validationFailed(`${at} with ${label} inside`, [at], withBody(node.path, spoilt), !textField),
            ...(textField ? { fieldCode: code } : {}),
          });
        }
        if (/^\d{4}-\d{2}-\d{2}$/.test(node.value)) {
          for (const date of IMPOSSIBLE_DATES) cases.push(validationFailed(`${at} = ${date}`, [at], withBody(node.path, date)));
        }
      }
    }
    cases.push({
      name: "a body that is not JSON ({oops) → 400",
      status: 400,
      code: "MALFORMED_REQUEST",
      build: (valid) => ({ ...valid, body: "{oops" }),
    });
    cases.push({
      name: "a valid JSON body sent as text/plain → 415",
      status: 415,
      code: "UNSUPPORTED_MEDIA_TYPE",
      build: (valid) => ({ ...valid, body: JSON.stringify(valid.body), contentType: "text/plain" }),
    });
    cases.push(...(optionalFieldCases[route.id] ?? []));
  }
  return cases;
}

const describeResponse = (response: Response) =>
  `${response.status} ${response.headers.get("content-type") ?? "-"} ${JSON.stringify(response.body)?.slice(0, 800)}`;

const partRoots = ["/params", "/query", "/body"];

/** The error names the pointer itself, or (when allowed) a field containing it, never just the part's root. */
function names(errors: { path: string }[], expected: string, ancestorOk: boolean): boolean {
  return errors.some(
    (error) =>
      error.path === expected ||
      (ancestorOk && expected.startsWith(`${error.path}/`) && !partRoots.includes(error.path)),
  );
}

const inputRoutes = routes.filter((route) => route.params || route.query || route.body);

/**
 * A batch (an `each` subject) answers bad input inside one of its items as that item's problem in a 200, the
 * other items answered as usual; bad input around the items is the request's. The answer a case is checked on.
 */
function answerOf(route: RouteDefinition, c: Case, response: Response): Response {
  const item = route.subject.from === "each" ? /^\/body\/\w+\/(\d+)(\/|$)/.exec(c.pointers?.[0] ?? "")?.[1] : undefined;
  if (item === undefined) return response;
  expect(response.status, describeResponse(response)).toBe(200);
  const row = (response.body.rows as { status: number; problem?: unknown }[])[Number(item)]!;
  return { status: row.status, headers: new Headers(row.problem ? { "content-type": "application/problem+json" } : {}), body: row.problem };
}

describe("the route table and the suite's inputs", () => {
  it("every problem code this suite expects has the status it expects", () => {
    for (const route of inputRoutes) {
      for (const c of casesFor(route)) expect(problemStatus[c.code], `${route.id}: ${c.name}`).toBe(c.status);
    }
  });
});

describe("bad input on every route with params, query or body (from the route table)", () => {
  for (const route of inputRoutes) {
    describe(`${route.id} (${route.method} ${route.path})`, () => {
      for (const c of casesFor(route)) {
        it(`${route.id}: ${c.name}`, async () => {
          const valid = concreteRequest(route, fx);
          const built = c.build({ params: valid.params, query: valid.query, ...(valid.body !== undefined ? { body: valid.body } : {}) }, fx);
          const token = tokenFor(route, fx);
          const response = await api.call(route.method, urlOf(route, built.params, built.query), {
            ...(token ? { as: token } : {}),
            ...(built.body !== undefined ? { body: built.body } : {}),
            ...(built.contentType ? { headers: { "content-type": built.contentType } } : {}),
          });
          const detail = describeResponse(response);
          expect(response.status, `never a server error: ${detail}`).toBeLessThan(500);
          const answer = answerOf(route, c, response);
          expect([400, 404, 415, 422], detail).toContain(answer.status);
          expect(answer.status, detail).toBe(c.status);
          expect(answer.headers.get("content-type"), detail).toMatch(/^application\/problem\+json\b/);
          expect(answer.body?.code, detail).toBe(c.code);
          expect(answer.body?.status, detail).toBe(c.status);
          if (c.code === "VALIDATION_FAILED") {
            const errors = answer.body.errors as { path: string; code: string; message: string }[];
            expect(Array.isArray(errors) && errors.length > 0, detail).toBe(true);
            for (const error of errors) {
              expect(error.path, detail).toMatch(/^\/(params|query|body)(\/([^~/]|~[01])*)*$/);
              expect(typeof error.code === "string" && error.code.length > 0, detail).toBe(true);
              expect(typeof error.message === "string" && error.message.length > 0, detail).toBe(true);
            }
            for (const expected of c.pointers ?? []) {
              expect(names(errors, expected, c.ancestorOk ?? false), `an error at ${expected}: ${detail}`).toBe(true);
            }
            if (c.fieldCode) {
              expect(errors.find((error) => error.path === c.pointers?.[0])?.code, detail).toBe(c.fieldCode);
            }
          }
        });
      }
    });
  }
});

/** The caller whose valid call of the route succeeds: a worker where workers may call it, else the fixtures' own provider, client A, admin or finance. */
function callerFor(route: RouteDefinition, f: Fixtures): string | undefined {
  if (route.roles === "public") return undefined;
  if (route.roles.includes("worker")) return workerToken;
  if (route.roles.includes("provider")) return fixtureProviderToken(f);
  if (route.roles.includes("client")) return f.clientAToken;
  return `role=${route.roles[0]}&sub=${route.roles[0]}-1`;
}

/** The paths of the free-text fields in a route's valid body. */
const freeTextPaths = (route: RouteDefinition): Segment[][] =>
  route.body && validBodies[route.id]
    ? nodesOf(validBodies[route.id]!())
        .filter((node) => typeof node.value === "string" && isFreeTextField(schemaAt(route.body!, node.path)))
        .map((node) => node.path)
    : [];

/** Every audit entry of client A, newest first. */
async function auditOfClientA(): Promise<{ kind: string; entity?: string; requestId: string }[]> {
  const entries = [];
  let cursor: string | undefined;
  do {
    const page = await api.call("GET", `/v1/audit?clientId=${fx.clientA}&limit=100${cursor ? `&cursor=${cursor}` : ""}`, { as: "role=admin&sub=admin-1" });
    expect(page.status, describeResponse(page)).toBe(200);
    entries.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return entries;
}

describe("free text: emoji and Finnish, Swedish and Sámi letters are accepted on every route and stored in NFC", () => {
  it("the suite finds the free-text fields of the route table", () => {
    const found = routes.flatMap((route) => freeTextPaths(route).map((path) => `${route.id} ${pointer("body", path)}`));
    expect(found).toEqual(
      expect.arrayContaining([
        "supportPlans.create /body/wishes",
        "supportPlans.create /body/goals/0",
        "events.edit /body/note",
        "credits.create /body/explanation",
        "clients.create /body/firstName",
        "decisions.revoke /body/reason",
        "followUps.create /body/findings",
        "catalogue.put /body/name/sv",
      ]),
    );
    // References compared as they are (a token's sub, a budget line, a provider id) are checked but not normalised.
    expect(found).not.toContain("representatives.put /body/subject");
    expect(found).not.toContain("decisions.create /body/lines/0/lineId");
  });

  for (const route of routes) {
    const paths = freeTextPaths(route);
    if (paths.length === 0) continue;
    it(`${route.id}: ${paths.map((path) => pointer("body", path)).join(", ")} = "${FREE_TEXT_NFC}" is accepted and answered in NFC`, async () => {
      await prepare[route.id]?.(api, fx);
      const valid = concreteRequest(route, fx);
      const body = paths.reduce((spoilt, path) => setAt(spoilt, path, FREE_TEXT), valid.body);
      const caller = callerFor(route, fx);
      const response = await api.call(route.method, urlOf(route, valid.params, valid.query), { ...(caller ? { as: caller } : {}), body });
      const detail = describeResponse(response);
      // As in the authorization matrix: 2xx, or one of the route's own documented state conflicts.
      const conflict = response.status === 409 && route.problems.includes(response.body?.code);
      expect((response.status >= 200 && response.status < 300) || conflict, detail).toBe(true);
      expect(JSON.stringify(response.body), detail).not.toContain("e\u0301");
    });
  }

  it("a support plan with an emoji is stored as written and reaches the audit trail through the pipe", async () => {
    const created = await api.call("POST", `/v1/clients/${fx.clientA}/support-plans`, {
      as: workerToken,
      body: { wishes: "Haluan käydä uimassa 🏊", goals: ["Sámi: čđŋšŧž", "Cafe\u0301 joka viikko"], preferredServices: [], writtenWith: "Åsa 👩‍🦽" },
    });
    expect(created.status, describeResponse(created)).toBe(201);
    const list = await api.call("GET", `/v1/clients/${fx.clientA}/support-plans?limit=100`, { as: workerToken });
    const stored = list.body.items.find((plan: { supportPlanId: string }) => plan.supportPlanId === created.body.supportPlanId);
    expect(stored).toMatchObject({ wishes: "Haluan käydä uimassa 🏊", goals: ["Sámi: čđŋšŧž", "Café joka viikko"], writtenWith: "Åsa 👩‍🦽" });

    await runtime.settle();
    const requestId = created.headers.get("apigw-requestid");
    expect(await auditOfClientA()).toContainEqual(expect.objectContaining({ kind: "change", entity: "SupportPlan", requestId }));
  });

  it("a service event note with an emoji flows through the settlement and audit-trail queues", async () => {
    const recorded = await api.call("POST", "/v1/service-events", {
      as: fixtureProviderToken(fx),
      body: { ...(validBodies["events.record"]!(fx) as object), note: `Uinti 🏊 ${FREE_TEXT}` },
    });
    expect(recorded.status, describeResponse(recorded)).toBe(201);
    expect(recorded.body.note).toBe(`Uinti 🏊 ${FREE_TEXT_NFC}`);
    const approved = await api.call("POST", `/v1/service-events/${recorded.body.eventId}/approve`, { as: workerToken });
    expect(approved.status, describeResponse(approved)).toBe(200);

    await runtime.settle();
    const events = await api.call("GET", `/v1/service-events?instrumentId=${fx.eventInstrumentId}&limit=100`, { as: workerToken });
    const placed = events.body.items.find((event: { eventId: string }) => event.eventId === recorded.body.eventId);
    // The settlement consumer put it into the provider's open statement.
    expect(placed).toMatchObject({ note: `Uinti 🏊 ${FREE_TEXT_NFC}`, statementId: expect.stringMatching(/^\d{4}-\d{2}_/) });
    expect(await auditOfClientA()).toContainEqual(
      expect.objectContaining({ kind: "change", entity: "ServiceEvent", requestId: recorded.headers.get("apigw-requestid") }),
    );
  });
});

describe("clients.hbStatus: a bad end date (endsOn) is a 422 naming /body/endsOn, before anything is written", () => {
  const cases: { name: string; body: Record<string, unknown>; code?: string }[] = [
    ...IMPOSSIBLE_DATES.map((date) => ({ name: `endsOn = ${date}`, body: { status: "ended", endsOn: date } })),
    { name: "endsOn in the Finnish notation 20.6.2027", body: { status: "ended", endsOn: "20.6.2027" } },
    { name: "endsOn as the number 20270620", body: { status: "declined", endsOn: 20270620 } },
    { name: "endsOn as an instant", body: { status: "ended", endsOn: "2027-06-20T00:00:00Z" } },
    { name: "endsOn of 10 001 characters", body: { status: "ended", endsOn: TOO_LONG } },
    { name: "endsOn in the future", body: { status: "ended", endsOn: "2099-01-01" }, code: "ENDS_ON_IN_FUTURE" },
    { name: "endsOn with status active", body: { status: "active", endsOn: "2026-01-01" }, code: "ENDS_ON_NOT_ENDING" },
  ];
  for (const c of cases) {
    it(`${c.name} → 422`, async () => {
      const response = await api.call("POST", `/v1/clients/${fx.clientA}/hb-status`, {
        as: workerToken,
        body: { reason: "Päättyy", ...c.body },
        headers: { "accept-language": "sv" },
      });
      const detail = describeResponse(response);
      expect(response.status, detail).toBe(422);
      expect(response.headers.get("content-type"), detail).toMatch(/^application\/problem\+json\b/);
      const error = (response.body.errors as { path: string; code: string; message: string }[]).find((e) => e.path === "/body/endsOn");
      expect(error, detail).toMatchObject({ message: expect.any(String), ...(c.code ? { code: c.code } : {}) });
    });
  }
  it("client A is still in HB afterwards", async () => {
    const client = await api.call("GET", `/v1/clients/${fx.clientA}`, { as: workerToken });
    expect(["not-started", "active"]).toContain(client.body.hbStatus);
  });
});
