import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usedCents } from "@hb/core/budget/balance";
import { grantWithin } from "@hb/core/budget/clipping";
import { addDays, compareDates } from "@hb/core/budget/periods";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { approvedProvider, type ProviderSetup, worker } from "../support/settlement";
import { assistance, draftVoucher, expectStatus, issueVoucher, newClient } from "../support/vouchers";

/**
 * Budget changes under arbitrary sequences (issue 12): superseding decisions with random effective
 * dates (retroactive ones too), appeals upheld with a retroactive amended decision, provider
 * switches with an effective date, deliveries on random past dates tried on every instrument by
 * every provider, and the end of HB. Each sequence is one client in 2027 whose first decision
 * grants 10 h/month × 36,00 € by voucher from 1.1.; the clock only moves forward.
 *
 * Checked after every sequence:
 * (a) at most one instrument took any delivery attempt, and every day of HB is covered by exactly
 *     one instrument that is not closed (never both, never neither);
 * (b) every instrument's cap is the budget rule over its days, never below what it has used, and
 *     its counters are the sums of its events by stage, available = cap − used;
 * (c) every delivery that was accepted is on exactly one instrument, with the amount it was
 *     accepted at (corrections aside: the sequences make none), none lost, none twice;
 * (d) every budget line equals its instrument (grant and counters) and every budget's total is the
 *     sum of its lines.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let providers: ProviderSetup[];

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  providers = [await approvedProvider(api, "prop-bc-a"), await approvedProvider(api, "prop-bc-b")];
});
afterAll(() => runtime?.stop());

type Op =
  | { kind: "advance"; days: number }
  | { kind: "record"; back: number; hour: number; hours: number }
  | { kind: "supersede"; hours: number; offset: number }
  | { kind: "appeal"; hours: number; back: number }
  | { kind: "switch"; offset: number; accept: boolean }
  | { kind: "end"; back: number };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("advance" as const), days: fc.integer({ min: 1, max: 30 }) }) },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant("record" as const), back: fc.integer({ min: 0, max: 12 }), hour: fc.integer({ min: 7, max: 18 }), hours: fc.integer({ min: 1, max: 3 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("supersede" as const), hours: fc.integer({ min: 1, max: 20 }), offset: fc.integer({ min: -40, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("appeal" as const), hours: fc.integer({ min: 8, max: 20 }), back: fc.integer({ min: 0, max: 60 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("switch" as const), offset: fc.integer({ min: -5, max: 20 }), accept: fc.constantFrom(true, true, false) }) },
);
/** Mostly without an end of HB; when there is one, it is the last operation. */
const sequenceArbitrary = fc.tuple(
  fc.array(opArbitrary, { minLength: 6, maxLength: 16 }),
  fc.option(fc.record({ kind: fc.constant("end" as const), back: fc.integer({ min: 0, max: 10 }) }), { freq: 3 }),
);

const yearEnd = "2027-12-31";
// Late in the Helsinki evening (22:30 in winter, 23:30 in summer): every delivery of the day has ended.
const at = (date: string) => runtime.clock.set(new Date(`${date}T22:30:00+02:00`));
const helsinki = (date: string, hour: number) => `${date}T${String(hour).padStart(2, "0")}:00:00${compareDates(date, "2027-03-28") >= 0 && compareDates(date, "2027-10-31") < 0 ? "+03:00" : "+02:00"}`;

function ok(response: { status: number; body: unknown }, status: number, what: string) {
  expectStatus(response, status, what);
  return response.body as Record<string, any>;
}

/** A plan version for 2027 of `hours` h/month, its budget and a draft decision by voucher (effectiveFrom when given). */
const draft = async (clientId: string, hours: number, effectiveFrom?: string) =>
  (await draftVoucher(api, clientId, [assistance(hours)], effectiveFrom ? { effectiveFrom } : {})).decisionId;

const refusalsOfIssue = ["GRANT_BELOW_DELIVERED", "DELIVERY_SPANS_CHANGE"];
const refusalsOfDelivery = [
  "OUTSIDE_VALIDITY",
  "INSUFFICIENT_BALANCE",
  "RECORDING_DEADLINE_PASSED",
  "INSTRUMENT_NOT_ACTIVE",
  "INSTRUMENT_CLOSED",
  "OVERLAPPING_EVENT",
  "NOT_PROVIDER_ON_DATE",
  "FORBIDDEN",
];

interface Sequence {
  clientId: string;
  clientToken: string;
  today: string;
  /** The decision in force (the last one issued). */
  decisionId: string;
  /** The provider the current voucher is addressed to (index into `providers`). */
  provider: number;
  accepted: Map<string, number>;
  endedOn?: string;
  attempts: number;
}

async function start(): Promise<Sequence> {
  at("2027-01-04");
  const { clientId, clientToken } = await newClient(api, "Olli", "Ominaisuus");
  const decisionId = await draft(clientId, 10);
  await issueVoucher(api, decisionId, clientToken, providers[0]);
  return { clientId, clientToken, today: "2027-01-04", decisionId, provider: 0, accepted: new Map(), attempts: 0 };
}

type Instrument = Record<string, any>;
const instrumentsOf = async (clientId: string): Promise<Instrument[]> =>
  ok(await api.call("GET", `/v1/clients/${clientId}/instruments?limit=100`, { as: worker }), 200, "instruments").items;

async function issue(seq: Sequence, decisionId: string): Promise<void> {
  const response = await api.call("POST", `/v1/decisions/${decisionId}/issue`, { as: worker });
  if (response.status === 409) {
    expect(refusalsOfIssue, JSON.stringify(response.body)).toContain(response.body.code);
    return;
  }
  ok(response, 200, "superseding issue");
  seq.decisionId = decisionId;
}

async function apply(seq: Sequence, op: Op): Promise<void> {
  switch (op.kind) {
    case "advance": {
      const next = addDays(seq.today, op.days);
      seq.today = compareDates(next, "2027-12-20") > 0 ? "2027-12-20" : next;
      at(seq.today);
      return;
    }
    case "record": {
      const date = addDays(seq.today, -op.back);
      if (compareDates(date, "2027-01-01") < 0) return;
      // Every instrument of the client, by both providers: at most one may take the delivery.
      const taken: string[] = [];
      for (const instrument of await instrumentsOf(seq.clientId)) {
        for (const provider of providers) {
          seq.attempts += 1;
          const response = await api.call("POST", "/v1/service-events", {
            as: provider.providerToken,
            body: { instrumentId: instrument.instrumentId, externalId: `p-${seq.clientId}-${seq.attempts}`, start: helsinki(date, op.hour), end: helsinki(date, op.hour + op.hours) },
          });
          if (response.status === 201) {
            taken.push(instrument.instrumentId);
            seq.accepted.set(response.body.eventId, response.body.amountCents);
          } else {
            expect([403, 409, 422], JSON.stringify(response.body)).toContain(response.status);
            expect(refusalsOfDelivery, JSON.stringify(response.body)).toContain(response.body.code);
          }
        }
      }
      expect(taken.length, `${date}: ${taken.join(", ")}`).toBeLessThanOrEqual(1);
      return;
    }
    case "supersede": {
      const from = addDays(seq.today, op.offset);
      const effectiveFrom = compareDates(from, "2027-01-02") < 0 ? "2027-01-02" : compareDates(from, yearEnd) > 0 ? yearEnd : from;
      await issue(seq, await draft(seq.clientId, op.hours, effectiveFrom));
      return;
    }
    case "appeal": {
      const decision = ok(await api.call("GET", `/v1/decisions/${seq.decisionId}`, { as: worker }), 200, "decision");
      const appealed = ok(
        await api.call("POST", `/v1/decisions/${seq.decisionId}/appeals`, { as: seq.clientToken, body: { receivedOn: seq.today, text: "Enemmän tunteja." } }),
        201,
        "appeal",
      );
      const earliest = decision.effectiveFrom as string;
      const back = addDays(seq.today, -op.back);
      const effectiveFrom = compareDates(back, earliest) < 0 ? earliest : back;
      ok(
        await api.call("POST", `/v1/decisions/${seq.decisionId}/appeals/${appealed.appeals.at(-1).appealId}/outcome`, {
          as: worker,
          body: { outcome: "upheld", decidedOn: seq.today, reasoning: "Tarve on suurempi.", effectiveFrom },
        }),
        200,
        "outcome",
      );
      // The amended decision names no day: it takes the outcome's.
      await issue(seq, await draft(seq.clientId, op.hours));
      return;
    }
    case "switch": {
      const voucher = (await instrumentsOf(seq.clientId)).find(
        (instrument) => instrument.status !== "closed" && compareDates(instrument.validTo, seq.today) >= 0 && compareDates(instrument.validFrom, seq.today) <= 0,
      );
      if (!voucher) return;
      const to = 1 - seq.provider;
      const effectiveFrom = addDays(seq.today, op.offset);
      const response = await api.call("POST", `/v1/instruments/${voucher.instrumentId}/provider`, {
        as: seq.clientToken,
        body: { providerId: providers[to]!.providerId, effectiveFrom },
      });
      if (response.status !== 200) {
        expect([409, 422], JSON.stringify(response.body)).toContain(response.status);
        return;
      }
      seq.provider = to;
      if (op.accept) ok(await api.call("POST", `/v1/instruments/${voucher.instrumentId}/accept`, { as: providers[to]!.providerToken }), 200, "acceptance");
      return;
    }
    case "end": {
      const endsOn = addDays(seq.today, -op.back);
      const response = await api.call("POST", `/v1/clients/${seq.clientId}/hb-status`, { as: worker, body: { status: "ended", reason: "Muutti pois", endsOn } });
      if (response.status === 200) seq.endedOn = endsOn;
      else expect([409], JSON.stringify(response.body)).toContain(response.status);
      return;
    }
  }
}

/** Every day of 2027 up to the end of HB. */
function daysOfHb(endedOn?: string): string[] {
  const days: string[] = [];
  for (let day = "2027-01-01"; compareDates(day, endedOn ?? yearEnd) <= 0; day = addDays(day, 1)) days.push(day);
  return days;
}

async function check(seq: Sequence): Promise<void> {
  const instruments = await instrumentsOf(seq.clientId);
  const open = instruments.filter((instrument) => instrument.status !== "closed");
  // (a) one instrument per day of HB, none after it.
  for (const day of daysOfHb(seq.endedOn)) {
    const covering = open.filter((instrument) => compareDates(instrument.validFrom, day) <= 0 && compareDates(day, instrument.validTo) <= 0);
    expect(covering.length, `${day} covered by ${covering.map((instrument) => instrument.number)}`).toBe(1);
  }
  if (seq.endedOn) for (const instrument of open) expect(compareDates(instrument.validTo, seq.endedOn)).toBeLessThanOrEqual(0);

  const seen = new Map<string, number>();
  for (const instrument of instruments) {
    const events: Record<string, any>[] = ok(await api.call("GET", `/v1/service-events?instrumentId=${instrument.instrumentId}&limit=100`, { as: worker }), 200, "events").items;
    const sums = { recordedCents: 0, approvedCents: 0, settledCents: 0, paidCents: 0 };
    for (const event of events) {
      expect(seen.has(event.eventId), `${event.eventId} twice`).toBe(false);
      seen.set(event.eventId, event.amountCents);
      sums[`${event.status as "recorded"}Cents`] += event.amountCents;
      expect(compareDates(event.date, instrument.validFrom) >= 0 && compareDates(event.date, instrument.validTo) <= 0, `${event.date} on ${instrument.number}`).toBe(true);
    }
    // (b) counters follow the events; the cap is the rule over the instrument's days, raised to what is used.
    expect(instrument, instrument.number).toMatchObject(sums);
    const used = usedCents(instrument as never);
    expect(instrument.availableCents, instrument.number).toBe(instrument.capCents - used);
    if (instrument.status === "closed") expect(instrument.capCents).toBe(used);
    else {
      const terms = { quantity: instrument.quantityPerPeriod, per: instrument.per, unitValueCents: instrument.unitValueCents, validFrom: instrument.validFrom, validTo: instrument.validTo };
      expect(instrument.capCents, instrument.number).toBe(Math.max(grantWithin(terms, instrument.validFrom, instrument.validTo), used));
    }
    // (d) its budget line agrees.
    const budget = ok(await api.call("GET", `/v1/budgets/${instrument.budgetId}`, { as: worker }), 200, "budget");
    const line = budget.lines.find((candidate: { lineId: string }) => candidate.lineId === instrument.lineId);
    expect(line, instrument.number).toMatchObject({ grantedCents: instrument.capCents, availableCents: instrument.availableCents, ...sums });
    expect(budget.totalGrantedCents).toBe(budget.lines.reduce((sum: number, candidate: { grantedCents: number }) => sum + candidate.grantedCents, 0));
  }
  // (c) nothing lost, nothing twice.
  expect(new Map([...seen].sort())).toEqual(new Map([...seq.accepted].sort()));
}

describe("budget changes (property)", () => {
  it("keep one instrument per day, grants by the rule, and every delivery exactly once", async () => {
    await fc.assert(
      fc.asyncProperty(sequenceArbitrary, async ([ops, end]) => {
        const seq = await start();
        try {
          for (const op of ops) await apply(seq, op);
          if (end) await apply(seq, end);
          await check(seq);
        } finally {
          runtime.clock.reset();
        }
      }),
      { numRuns: 5, endOnFailure: true },
    );
  }, 600_000);
});
