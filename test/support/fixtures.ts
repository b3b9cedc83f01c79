import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { composeIBAN } from "ibantools";
import type { z } from "zod";
import type { RouteDefinition } from "@hb/api/route";
import { parseAreaFile } from "@hb/core/area/settings";
import { repositoryRoot } from "@hb/local/handlers";
import { businessIdCheckDigit } from "@hb/core/validators/business-id";
import { personalIdCheckCharacter } from "@hb/core/validators/personal-id";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime, testNow } from "../setup/runtime";

/**
 * Shared by the route-table-driven suites (authorization matrix, bad input):
 * the fixtures built through the API, a minimal valid body per route id, and
 * a concrete request for any route of the table.
 */

export type Api = ReturnType<typeof apiClient>;
export type Response = Awaited<ReturnType<Api["call"]>>;

export const workerToken = "role=worker&sub=worker-1";

/** Client A's name; the leak tests look for it in refusals. */
export const clientAName = { firstName: "Salainen", lastName: "Asiakas", municipality: "Rovaniemi", language: "fi" } as const;

let individual = 1;
/** A valid, unused personal identity code (individual numbers 002-899 of 15.5.1990). */
export function freshPersonalId(): string {
  individual += 1;
  if (individual > 899) throw new Error("freshPersonalId: out of individual numbers");
  const nine = `150590${String(individual).padStart(3, "0")}`;
  return `150590-${nine.slice(6)}${personalIdCheckCharacter(nine)}`;
}

/**
 * A person's token: they sign in with their personal identity code and HB's
 * records decide what they are (a client, a representative, provider staff).
 * `sub` is what the audit log shows.
 */
export const personToken = (personalId: string, sub?: string): string => `personalId=${personalId}${sub ? `&sub=${encodeURIComponent(sub)}` : ""}`;

/**
 * The people of the fixtures, by personal identity code: the representatives
 * registered on client A (`act`, `view`, and one that exists so that
 * `DELETE …/representatives/{subject}` has something to remove), the staff of
 * the fixtures' provider and of another provider, and a stranger HB knows
 * nothing of.
 */
export const people = {
  repAct: freshPersonalId(),
  repView: freshPersonalId(),
  repRemovable: freshPersonalId(),
  providerStaff: freshPersonalId(),
  otherProviderStaff: freshPersonalId(),
  stranger: freshPersonalId(),
} as const;

/** The `sub`s the fixtures' people sign in with (the audit log shows them). */
export const representativeSubjects = { act: "rep-act", view: "rep-view" } as const;

const representative = (personalId: string, name: string, relationship: string, permission: "view" | "act") => ({
  personalId,
  name,
  relationship,
  permission,
  basis: "client-authorisation",
});

const removableRepresentative = representative(people.repRemovable, "Poistettava Edustaja", "ystävä", "view");

let businessSerial = 2_617_400;
/** A valid Y-tunnus not used before in this run (7-digit bodies whose check digit exists). */
export function freshBusinessId(): string {
  for (;;) {
    businessSerial += 1;
    const body = String(businessSerial).padStart(7, "0");
    const check = businessIdCheckDigit(body);
    if (check !== null) return `${body}-${check}`;
  }
}

/** The `sub` of the fixtures' provider staff member: applicant of the fixtures' applications, member of `fx.providerId`. */
const fixtureProviderStaff = "provider-p-staff";
export const fixtureProviderToken = (_fx?: Pick<Fixtures, "providerId">) => personToken(people.providerStaff, fixtureProviderStaff);
/** Staff of another approved provider: named on nothing of the fixtures. */
export const otherProviderToken = personToken(people.otherProviderStaff, "provider-other-staff");

let accountSerial = 0;
/**
 * A valid Finnish IBAN not used before in this run: a 14-digit account number
 * whose last digit is its Luhn check (the Finnish national check), under the
 * IBAN's own MOD 97 check digits.
 */
export function freshIban(): string {
  accountSerial += 1;
  const body = `4${String(accountSerial).padStart(12, "0")}`;
  const sum = [...body].reverse().reduce((total, digit, index) => {
    const weighted = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (weighted > 9 ? weighted - 9 : weighted);
  }, 0);
  const iban = composeIBAN({ countryCode: "FI", bban: `${body}${(10 - (sum % 10)) % 10}` });
  if (!iban) throw new Error("freshIban: no IBAN");
  return iban;
}

/** A valid provider application: the bundle of day activities, personal assistance and home care, two services priced. */
export const providerApplicationBody = (businessId: string) => ({
  businessId,
  name: "Aamurusko Oy",
  bundles: ["HEBU_PAIVATOIMINTA_HAPU_KOTIHOITO"],
  registryNumber: "SOTERI-1.2.246.10.12345678",
  iban: "FI2112345600000785",
  contact: { name: "Ulla Yrittäjä", email: "ulla@aamurusko.example", phone: "+358 40 123 4567" },
  prices: [
    { serviceCode: "HENKILOKOHTAINEN_APU", unitPriceCents: 3800 },
    { serviceCode: "PAIVATOIMINTA", unitPriceCents: 7500 },
  ],
});

const assistance = {
  serviceCode: "HENKILOKOHTAINEN_APU",
  content: "Apu asiointiin ja harrastuksiin",
  quantity: 10,
  unit: "hour",
  per: "month",
  unitCostCents: 3600,
  costBasis: "reference-price",
  basisNote: "Alueen viitehinta",
};
const dayActivities = {
  serviceCode: "PAIVATOIMINTA",
  content: "Päivätoiminta",
  quantity: 8,
  unit: "day",
  per: "month",
  unitCostCents: 7000,
  costBasis: "existing-service",
};

/** The demo area's rules as seeded, in the shape GET /v1/area/settings shows and PUT takes them. */
export function demoAreaRules() {
  const { area, timeBands } = parseAreaFile(JSON.parse(readFileSync(join(repositoryRoot, "areas", "demo.json"), "utf8")));
  const { reviewWindowDays, recordingDeadlineDays, settlementDayOfMonth, drift, retention } = area;
  return { reviewWindowDays, recordingDeadlineDays, settlementDayOfMonth, drift, retention, timeBands: { bands: timeBands.bands } };
}

/**
 * A minimal valid body per route id, for every route with a `body` schema.
 * A new route with a body must get an entry here: the suites fail until it does.
 * Bodies whose valid call creates something unique are fresh on every call.
 */
export const validBodies: Record<string, (fx?: Fixtures) => unknown> = {
  "catalogue.put": () => ({
    unit: "hour",
    referenceUnitCostCents: 3600,
    timeBanded: true,
    bundles: ["HEBU_PAIVATOIMINTA_HAPU_KOTIHOITO"],
    name: { fi: "Testipalvelu", sv: "Testtjänst", en: "Test service" },
  }),
  // Far in the future and the values as seeded: the suites' PUTs change nothing any of them prices with.
  "area.settings.put": () => ({ effectiveFrom: "2099-01-01", settings: demoAreaRules() }),
  "clients.create": () => ({ personalId: freshPersonalId(), firstName: "Eino", lastName: "Testinen", municipality: "Rovaniemi", language: "fi" }),
  // The values A already has: a valid call changes nothing that another test relies on.
  "clients.patch": () => ({ ...clientAName }),
  "clients.hbStatus": () => ({ status: "active", reason: "HB jatkuu" }),
  "representatives.put": () => representative(freshPersonalId(), "Lisätty Edustaja", "sisar", "view"),
  "assessments.create": () => ({
    assessedOn: "2025-03-14",
    needs: [{ area: "liikkuminen", description: "Tarvitsee apua asioinnissa", serviceCodes: ["HENKILOKOHTAINEN_APU"] }],
  }),
  "supportPlans.create": () => ({
    wishes: "Haluan käydä itse kaupassa ja uimassa.",
    goals: ["Asioin itse"],
    preferredServices: ["HENKILOKOHTAINEN_APU"],
    writtenWith: "omatyöntekijä",
  }),
  "servicePlans.create": () => ({
    validFrom: "2027-01-01",
    validTo: "2027-12-31",
    services: [{ ...assistance }, { ...dayActivities }],
    followUp: { intervalDays: 90, method: "kotikäynti" },
  }),
  // The commitment names the fixtures' provider (approved for day activities' bundle) or, without fixtures, a well-formed id.
  "decisions.create": (fx) => ({
    decidedOn: "2026-11-23",
    legalBasis: ["vammaispalvelulaki"],
    decisionMaker: { name: "Sari Sosiaalityöntekijä", title: "sosiaalityöntekijä" },
    lines: [
      { lineId: "L1", paymentMethod: "voucher" },
      { lineId: "L2", paymentMethod: "payment-commitment", providerId: fx?.providerId ?? "00000000-0000-4000-8000-000000000000" },
    ],
  }),
  "decisions.appeal": () => ({ receivedOn: "2026-11-20", text: "Tarvitsen enemmän tunteja." }),
  "decisions.revoke": () => ({ reason: "Oikaisuvaatimus hyväksytty, uusi päätös." }),
  "decisions.decideAppeal": () => ({ outcome: "dismissed", decidedOn: "2026-11-25", reasoning: "Tuntimäärä vastaa arvioitua tarvetta." }),
  "providerApplications.create": () => providerApplicationBody(freshBusinessId()),
  // The fixture provider's own status again: harmless to the other suites (it changes nothing).
  "providers.changeStatus": () => ({ status: "approved", reason: "Ehdot täyttyvät.", effectiveFrom: "2099-01-01" }),
  "providerApplications.decide": () => ({ outcome: "approved", reason: "Hakemus täyttää sääntökirjan ehdot." }),
  "providerApplications.reply": () => ({ message: "Omavalvontasuunnitelma on liitteenä." }),
  "providerMembers.invite": () => ({ personalId: freshPersonalId(), name: "Uusi Työntekijä" }),
  "providers.putPrices": () => ({
    prices: [
      { serviceCode: "HENKILOKOHTAINEN_APU", unitPriceCents: 3800 },
      { serviceCode: "PAIVATOIMINTA", unitPriceCents: 7500 },
    ],
  }),
  // `.invalid` never resolves (RFC 2606): a delivery meanwhile fails at once instead of reaching anyone.
  "providerWebhooks.put": () => ({ url: "https://hb-receiver.invalid/events", events: ["instrument.chosen", "instrument.ended"] }),
  // The fixtures' provider, the one the fixtures' voucher is already addressed to: choosing it again changes nothing.
  "instruments.chooseProvider": (fx) => ({ providerId: fx?.providerId ?? "00000000-0000-4000-8000-000000000000" }),
  // A new account every call: the one in force cannot be asked for again.
  "bankAccountChanges.create": () => ({ iban: freshIban(), accountHolder: "Aamurusko Oy", reason: "Pankki vaihtui." }),
  "bankAccountChanges.decide": () => ({ outcome: "confirmed", reason: "Varmistettu soittamalla rekisteröidylle yhteyshenkilölle." }),
  "events.edit": () => ({ note: "Korjattu kellonaika" }),
  // A cent at a time: the fixtures' settled event has enough left for every call of a run.
  "credits.create": () => ({ amountCents: 1, reasonCode: "WRONG_PRICE", explanation: "Hinta oli sentin liian suuri." }),
  "settlementRuns.create": (fx) => ({ month: fx?.settledMonth ?? "2026-01" }),
  // A bank notification of a debit that is not the run's: listed as unmatched, changing nothing.
  "settlementRuns.bankStatements": () => ({
    document:
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-10-07T06:00:00</CreDtTm></GrpHdr><Ntfctn><Id>N1</Id><CreDtTm>2026-10-07T06:00:00</CreDtTm><Acct><Id><IBAN>FI2112345600000785</IBAN></Id></Acct><Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-10-05</Dt></BookgDt><NtryDtls><TxDtls><Refs><EndToEndId>OTHER-1</EndToEndId></Refs></TxDtls></NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>',
  }),
  "events.record": (fx) => ({
    instrumentId: fx?.eventInstrumentId ?? "00000000-0000-4000-8000-000000000000",
    externalId: `matrix-${randomUUID()}`,
    kind: "delivered",
    ...nextDeliverySlot(),
  }),
  // One row, as the single route's body: each row of a batch is recorded on its own.
  "events.recordBatch": (fx) => ({ events: [validBodies["events.record"]!(fx)] }),
  "followUps.create": () => ({
    date: "2025-03-14",
    method: "kotikäynti",
    findings: "Avustajatunnit ovat riittäneet; asiointi onnistuu.",
    goalAttainment: [{ goal: "Asioin itse", rating: "partly" }],
  }),
};

let slots = 0;
/** Five minutes of the test clock's yesterday (UTC) not used before in this run: past, within the deadline, never overlapping. */
function nextDeliverySlot(): { start: string; end: string } {
  if (slots >= 287) throw new Error("nextDeliverySlot: the day is full");
  const midnight = Date.UTC(testNow.getUTCFullYear(), testNow.getUTCMonth(), testNow.getUTCDate() - 1);
  const start = midnight + slots * 5 * 60_000;
  slots += 1;
  return { start: new Date(start).toISOString(), end: new Date(start + 5 * 60_000).toISOString() };
}

/** The test clock's day in UTC ± days, as YYYY-MM-DD. */
const utcDate = (days: number) => new Date(testNow.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export interface Fixtures {
  clientA: string;
  clientB: string;
  personalIdA: string;
  personalIdB: string;
  /** Client A's own token; client B's. */
  clientAToken: string;
  clientBToken: string;
  /** The id of the removable representative's entry on A (re-added before each removal). */
  removableRepresentativeId: string;
  /** A member of `providerId`'s staff other than `fixtureProviderStaff` (removed and re-invited by the matrix). */
  memberId: string;
  planId: string;
  budgetId: string;
  decisionId: string;
  /** A voucher of A, addressed to `providerId` (awaiting its acceptance when the fixtures are built). */
  instrumentId: string;
  /** Its number (HB-yyyy-nnnnnn). */
  instrumentNumber: string;
  /** An approved provider; its staff member `fixtureProviderStaff` applied for it. */
  providerId: string;
  /** Another approved provider, whose staff is `otherProviderToken`. */
  otherProviderId: string;
  /** A pending application by `fixtureProviderStaff`, a member of `providerId`, for more of its bundles (the same business ID). */
  applicationId: string;
  /** A bank-account change of `providerId` asked for by `fixtureProviderStaff`; `prepare` makes sure one is pending before a decision. */
  changeId: string;
  /** An active voucher of A valid today, chosen by A and accepted by `providerId`: service events are recorded on it. */
  eventInstrumentId: string;
  /** A recorded service event of `providerId` on `eventInstrumentId`; `prepare` records a fresh one before each call on an event. */
  eventId: string;
  /** The month before this one, settled: its run has paid `providerId` for `settledEventId`. */
  settledMonth: string;
  runId: string;
  /** A settled event (credits can be given on it). */
  settledEventId: string;
  /** An appeal on `decisionId` awaiting its outcome; `prepare` records a fresh one before each outcome. */
  appealId?: string;
}

function expectStatus(response: Response, status: number, what: string): void {
  if (response.status !== status) {
    throw new Error(`fixture: ${what} answered ${response.status}, expected ${status}: ${JSON.stringify(response.body)}`);
  }
}

/**
 * Client A with the whole journey (assessment, support plan, service plan,
 * budget, issued decision with instruments) and the representatives
 * `rep-act` (act), `rep-view` (view) and `rep-removable`; client B with nothing.
 */
export async function buildFixtures(api: Api, runtime: Pick<LocalRuntime, "clock" | "settle">): Promise<Fixtures> {
  const as = workerToken;
  const personalIdA = freshPersonalId();
  const personalIdB = freshPersonalId();
  const a = await api.call("POST", "/v1/clients", { as, body: { personalId: personalIdA, ...clientAName } });
  expectStatus(a, 201, "client A");
  const clientA = a.body.clientId as string;
  const b = await api.call("POST", "/v1/clients", {
    as,
    body: { personalId: personalIdB, firstName: "Bertta", lastName: "Toinen", municipality: "Kemi", language: "sv" },
  });
  expectStatus(b, 201, "client B");
  const clientB = b.body.clientId as string;
  const clientAToken = personToken(personalIdA, "client-a");
  const clientBToken = personToken(personalIdB, "client-b");

  // An approved provider (before any decision: payment commitments name it) with a second member, a pending
  // application of its member for the same business, a bank-account change it asked for, and another approved provider.
  const staff = fixtureProviderToken();
  const businessId = freshBusinessId();
  const applied = await api.call("POST", "/v1/provider-applications", { as: staff, body: providerApplicationBody(businessId) });
  expectStatus(applied, 201, "provider application");
  const admin = "role=admin&sub=admin-1";
  const approved = await api.call("POST", `/v1/provider-applications/${applied.body.applicationId}/decision`, {
    as: admin,
    body: { outcome: "approved", reason: "Hyväksytty." },
  });
  expectStatus(approved, 200, "provider approval");
  const providerId = approved.body.providerId as string;
  const invited = await api.call("POST", `/v1/providers/${providerId}/members`, { as: staff, body: { personalId: freshPersonalId(), name: "Toinen Työntekijä" } });
  expectStatus(invited, 201, "second member");
  const pending = await api.call("POST", "/v1/provider-applications", { as: staff, body: providerApplicationBody(businessId) });
  expectStatus(pending, 201, "pending provider application");
  const otherApplied = await api.call("POST", "/v1/provider-applications", { as: otherProviderToken, body: providerApplicationBody(freshBusinessId()) });
  expectStatus(otherApplied, 201, "other provider's application");
  const otherApproved = await api.call("POST", `/v1/provider-applications/${otherApplied.body.applicationId}/decision`, {
    as: admin,
    body: { outcome: "approved", reason: "Hyväksytty." },
  });
  expectStatus(otherApproved, 200, "other provider's approval");
  const change = await api.call("POST", `/v1/providers/${providerId}/bank-account-changes`, { as: staff, body: validBodies["bankAccountChanges.create"]!() });
  expectStatus(change, 201, "bank-account change");

  let removableRepresentativeId = "";
  for (const entry of [
    representative(people.repAct, "Aktiivi Edustaja", "edunvalvoja", "act"),
    representative(people.repView, "Katsoja Edustaja", "äiti", "view"),
    removableRepresentative,
  ]) {
    const added = await api.call("POST", `/v1/clients/${clientA}/representatives`, { as, body: entry });
    expectStatus(added, 201, `representative ${entry.name}`);
    removableRepresentativeId = added.body.representatives.find((item: { name: string }) => item.name === removableRepresentative.name)?.representativeId ?? "";
  }

  // A plan valid today, for service events; made first so the plan of the journey below is A's current one.
  const eventsPlan = await api.call("POST", `/v1/clients/${clientA}/service-plans`, {
    as,
    body: { ...(validBodies["servicePlans.create"]!() as object), validFrom: utcDate(-70), validTo: utcDate(300), services: [{ ...assistance }] },
  });
  expectStatus(eventsPlan, 201, "service plan for events");
  const eventsBudget = await api.call("POST", `/v1/service-plans/${eventsPlan.body.planId}/budget`, { as });
  expectStatus(eventsBudget, 201, "budget for events");
  const eventsDecision = await api.call("POST", `/v1/budgets/${eventsBudget.body.budgetId}/decisions`, {
    as,
    body: { ...(validBodies["decisions.create"]!() as object), decidedOn: utcDate(-70), lines: [{ lineId: "L1", paymentMethod: "voucher" }] },
  });
  expectStatus(eventsDecision, 201, "decision for events");
  const eventsIssued = await api.call("POST", `/v1/decisions/${eventsDecision.body.decisionId}/issue`, { as });
  expectStatus(eventsIssued, 200, "issue for events");
  const eventInstrumentId = eventsIssued.body.instruments[0].instrumentId as string;

  expectStatus(
    await api.call("POST", `/v1/clients/${clientA}/assessments`, { as, body: validBodies["assessments.create"]!() }),
    201,
    "assessment",
  );
  expectStatus(
    await api.call("POST", `/v1/clients/${clientA}/support-plans`, { as, body: validBodies["supportPlans.create"]!() }),
    201,
    "support plan",
  );
  const plan = await api.call("POST", `/v1/clients/${clientA}/service-plans`, { as, body: validBodies["servicePlans.create"]!() });
  expectStatus(plan, 201, "service plan");
  const budget = await api.call("POST", `/v1/service-plans/${plan.body.planId}/budget`, { as });
  expectStatus(budget, 201, "budget");
  // The 2027 decision supersedes the events decision (an earlier plan version of A) from effectiveFrom: after the
  // events voucher's last day, so deliveries of recent days stay recordable on it whatever the date of the run.
  const afterEvents = utcDate(301) > "2027-01-01" ? utcDate(301) : "2027-01-01";
  const effectiveFrom = afterEvents < "2027-12-31" ? afterEvents : "2027-12-31";
  const draft = await api.call("POST", `/v1/budgets/${budget.body.budgetId}/decisions`, {
    as,
    body: { ...(validBodies["decisions.create"]!({ providerId } as Fixtures) as object), effectiveFrom },
  });
  expectStatus(draft, 201, "decision");
  const issued = await api.call("POST", `/v1/decisions/${draft.body.decisionId}/issue`, { as });
  expectStatus(issued, 200, "issue");
  const instrumentId = issued.body.instruments?.[0]?.instrumentId as string | undefined;
  if (!instrumentId) throw new Error(`fixture: the issued decision has no instruments: ${JSON.stringify(issued.body)}`);

  // A's voucher addressed to the provider.
  const chosen = await api.call("POST", `/v1/instruments/${instrumentId}/provider`, { as: clientAToken, body: { providerId } });
  expectStatus(chosen, 200, "provider choice");
  const providerToken = fixtureProviderToken({ providerId });
  expectStatus(
    await api.call("POST", `/v1/instruments/${eventInstrumentId}/provider`, { as: clientAToken, body: { providerId } }),
    200,
    "provider choice for events",
  );
  expectStatus(await api.call("POST", `/v1/instruments/${eventInstrumentId}/accept`, { as: providerToken }), 200, "acceptance for events");
  const event = await api.call("POST", "/v1/service-events", { as: providerToken, body: validBodies["events.record"]!({ eventInstrumentId } as Fixtures) });
  expectStatus(event, 201, "service event");

  // Last month, settled: an event delivered on its 14th, recorded and approved on its 15th, then the month's run.
  const thisMonth = utcDate(0).slice(0, 7);
  const settledMonth = thisMonth.endsWith("-01") ? `${Number(thisMonth.slice(0, 4)) - 1}-12` : `${thisMonth.slice(0, 5)}${String(Number(thisMonth.slice(5)) - 1).padStart(2, "0")}`;
  runtime.clock.set(new Date(`${settledMonth}-15T12:00:00+02:00`));
  let settledEventId: string;
  try {
    const delivered = await api.call("POST", "/v1/service-events", {
      as: providerToken,
      body: { instrumentId: eventInstrumentId, externalId: "fixture-settled", start: `${settledMonth}-14T10:00:00+02:00`, end: `${settledMonth}-14T11:00:00+02:00` },
    });
    expectStatus(delivered, 201, "service event last month");
    settledEventId = delivered.body.eventId;
    expectStatus(await api.call("POST", `/v1/service-events/${settledEventId}/approve`, { as }), 200, "approval last month");
  } finally {
    runtime.clock.reset();
  }
  await runtime.settle();
  const run = await api.call("POST", "/v1/settlement-runs", { as: "role=finance&sub=finance-1", body: { month: settledMonth } });
  expectStatus(run, 202, "settlement run");
  await runtime.settle(60_000);

  return {
    clientA,
    clientB,
    personalIdA,
    personalIdB,
    clientAToken,
    clientBToken,
    removableRepresentativeId,
    memberId: invited.body.memberId,
    otherProviderId: otherApproved.body.providerId,
    planId: plan.body.planId,
    budgetId: budget.body.budgetId,
    decisionId: draft.body.decisionId,
    instrumentId,
    instrumentNumber: issued.body.instruments[0].number,
    providerId,
    applicationId: pending.body.applicationId,
    changeId: change.body.changeId,
    eventInstrumentId,
    eventId: event.body.eventId,
    settledMonth,
    runId: run.body.runId,
    settledEventId,
  };
}

/** A runtime of the file's own with the fixtures built: the generated suites (authorization, bad input) start this way. */
export async function startWithFixtures(): Promise<{ runtime: LocalRuntime; api: Api; fx: Fixtures }> {
  const runtime = await startTestRuntime();
  const api = apiClient(runtime);
  return { runtime, api, fx: await buildFixtures(api, runtime) };
}

/* ---------- zod introspection (zod 4) ---------- */

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/** Strips optional/default/nullable/readonly/catch wrappers and the output side of pipes (transforms). */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType && ["optional", "default", "prefault", "nullable", "readonly", "catch", "nonoptional"].includes(def.type)) {
      current = def.innerType;
    } else if (def.type === "pipe" && def.in) current = def.in;
    else return current;
  }
}

/** The fields of an object schema (through wrappers), or undefined. */
export function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  if (!schema) return undefined;
  const inner = unwrap(schema);
  return defOf(inner).type === "object" ? (inner as unknown as { shape: Record<string, z.ZodType> }).shape : undefined;
}

/** The base type of a field (`string`, `number`, `object`, …) through wrappers. */
export const baseType = (schema: z.ZodType): string => defOf(unwrap(schema)).type;

/** Fields that must be present: their schema refuses `undefined`. */
export function requiredKeys(schema: z.ZodType | undefined): string[] {
  const shape = shapeOf(schema);
  if (!shape) return [];
  return Object.entries(shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}

/* ---------- concrete requests from the route table ---------- */

/** The value of a path parameter, by its name, from the fixtures. */
function paramValue(name: string, fx: Fixtures): string {
  switch (name) {
    case "clientId":
      return fx.clientA;
    case "planId":
      return fx.planId;
    case "budgetId":
      return fx.budgetId;
    case "decisionId":
      return fx.decisionId;
    case "instrumentId":
      return fx.instrumentId;
    case "providerId":
      return fx.providerId;
    case "applicationId":
      return fx.applicationId;
    case "changeId":
      return fx.changeId;
    case "eventId":
      return fx.eventId;
    case "appealId":
      return fx.appealId ?? "00000000-0000-4000-8000-0000000a9ea1";
    case "runId":
      return fx.runId;
    case "notificationId":
      return "00000000-0000-4000-8000-00000000a1e7";
    case "subject":
      return fx.removableRepresentativeId;
    case "memberId":
      return fx.memberId;
    case "code":
      return "TESTIPALVELU";
    default:
      throw new Error(`No fixture for path parameter {${name}}: add one to paramValue in test/support/fixtures.ts`);
  }
}

/** The value of a required query parameter, by its name, from the fixtures. */
function queryValue(name: string, fx: Fixtures): string {
  switch (name) {
    case "personalId":
      return fx.personalIdA;
    case "clientId":
      return fx.clientA;
    case "serviceCode":
      return "HENKILOKOHTAINEN_APU";
    case "day":
      return utcDate(0);
    case "month":
      return fx.settledMonth;
    case "from":
    case "to":
      // Statistics: a range of one month, the fixtures' settled one.
      return fx.settledMonth;
    case "number":
      return fx.instrumentNumber;
    default:
      throw new Error(`No fixture for required query parameter ${name}: add one to queryValue in test/support/fixtures.ts`);
  }
}

const pathParamNames = (route: Pick<RouteDefinition, "path">): string[] =>
  [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

interface ConcreteRequest {
  method: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
}

/** Query a route needs although no single key is required (one filter of several). */
const routeQuery: Record<string, (fx: Fixtures) => Record<string, string>> = {
  // By code (the caseload, `assignedTo`, is caseload.test.ts's).
  "clients.find": (fx) => ({ personalId: fx.personalIdA }),
  "events.list": (fx) => ({ instrumentId: fx.instrumentId }),
  "settlements.list": (fx) => ({ providerId: fx.providerId, month: fx.settledMonth }),
};

/** A valid request for the route: path params and required query from the fixtures, the route's valid body. */
export function concreteRequest(route: RouteDefinition, fx: Fixtures): ConcreteRequest {
  const params = Object.fromEntries(pathParamNames(route).map((name) => [name, paramValue(name, fx)]));
  const query = { ...Object.fromEntries(requiredKeys(route.query).map((name) => [name, queryValue(name, fx)])), ...routeQuery[route.id]?.(fx) };
  let body: unknown;
  if (route.body) {
    const make = validBodies[route.id];
    if (!make) throw new Error(`No valid body for route ${route.id}: add one to validBodies in test/support/fixtures.ts`);
    body = make(fx);
  }
  return { method: route.method, params, query, ...(route.body ? { body } : {}) };
}

/** `/v1/clients/{clientId}` + params + query → the URL path to call. */
export function urlOf(route: Pick<RouteDefinition, "path">, params: Record<string, string>, query: Record<string, string> = {}): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`urlOf: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

/** A fresh recorded event of the fixtures' provider, so approving, correcting or deleting always has one to act on. */
async function freshEvent(api: Api, fx: Fixtures): Promise<void> {
  const event = await api.call("POST", "/v1/service-events", { as: fixtureProviderToken(fx), body: validBodies["events.record"]!(fx) });
  if (event.status !== 201) throw new Error(`prepare: service event ${event.status} ${JSON.stringify(event.body)}`);
  fx.eventId = event.body.eventId;
}

async function registeredWebhook(api: Api, fx: Fixtures): Promise<void> {
  const put = await api.call("PUT", `/v1/providers/${fx.providerId}/webhook`, { as: fixtureProviderToken(), body: validBodies["providerWebhooks.put"]!(fx) });
  if (put.status !== 200 && put.status !== 201) throw new Error(`prepare webhook: ${put.status} ${JSON.stringify(put.body)}`);
}

/** State a route's valid call needs before every call (so a repeat finds what it acts on). */
export const prepare: Record<string, (api: Api, fx: Fixtures) => Promise<void>> = {
  "events.approve": freshEvent,
  "events.edit": freshEvent,
  "events.delete": freshEvent,
  "decisions.decideAppeal": async (api, fx) => {
    const appealed = await api.call("POST", `/v1/decisions/${fx.decisionId}/appeals`, { as: workerToken, body: validBodies["decisions.appeal"]!(fx) });
    if (appealed.status !== 201) throw new Error(`prepare: appeal ${appealed.status} ${JSON.stringify(appealed.body)}`);
    fx.appealId = (appealed.body.appeals as { appealId: string }[]).at(-1)!.appealId;
  },
  "credits.create": async (_api, fx) => {
    fx.eventId = fx.settledEventId;
  },
  // A decision needs a pending change: the one already pending, or a new one of the fixtures' provider.
  "bankAccountChanges.decide": async (api, fx) => {
    const asked = await api.call("POST", `/v1/providers/${fx.providerId}/bank-account-changes`, {
      as: fixtureProviderToken(),
      body: validBodies["bankAccountChanges.create"]!(),
    });
    if (asked.status === 201) {
      fx.changeId = asked.body.changeId;
      return;
    }
    if (asked.body?.code !== "BANK_ACCOUNT_CHANGE_PENDING") throw new Error(`prepare bankAccountChanges.decide: ${asked.status} ${JSON.stringify(asked.body)}`);
    const history = await api.call("GET", `/v1/providers/${fx.providerId}/bank-account-changes?limit=1`, { as: "role=finance&sub=finance-1" });
    fx.changeId = history.body.items[0].changeId;
  },
  "representatives.remove": async (api, fx) => {
    const put = await api.call("POST", `/v1/clients/${fx.clientA}/representatives`, { as: workerToken, body: removableRepresentative });
    if (put.status !== 200 && put.status !== 201) throw new Error(`prepare representatives.remove: ${put.status} ${JSON.stringify(put.body)}`);
    fx.removableRepresentativeId = put.body.representatives.find((item: { name: string }) => item.name === removableRepresentative.name).representativeId;
  },
  // The webhook routes act on the fixtures' provider's webhook: registered (again) before each call.
  "providerWebhooks.get": registeredWebhook,
  "providerWebhooks.rotateSecret": registeredWebhook,
  "providerWebhooks.delete": registeredWebhook,
  "providerMembers.remove": async (api, fx) => {
    const members = await api.call("GET", `/v1/providers/${fx.providerId}/members`, { as: fixtureProviderToken() });
    if (members.body.items.some((member: { memberId: string }) => member.memberId === fx.memberId)) return;
    const invited = await api.call("POST", `/v1/providers/${fx.providerId}/members`, { as: fixtureProviderToken(), body: { personalId: freshPersonalId(), name: "Toinen Työntekijä" } });
    if (invited.status !== 201) throw new Error(`prepare providerMembers.remove: ${invited.status} ${JSON.stringify(invited.body)}`);
    fx.memberId = invited.body.memberId;
  },
};

/** Keys a problem+json body may have; anything else in a refusal would be data. */
export const problemKeys = ["type", "title", "status", "detail", "code", "instance", "requestId", "errors"];
