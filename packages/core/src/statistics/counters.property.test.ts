import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Change, contributionsOf, dateOfInstant, dayBucket, daysBetween, monthOf } from "./contributions";
import { summarise } from "./indicators";
import { MIN_PEOPLE, suppress } from "./suppression";
import { countsPeople } from "./indicators";

/**
 * For random histories of items, the counters summed from their stream records — duplicated and
 * in any order, deduplicated by eventID as the consumer does — equal a brute-force count from the
 * items' histories themselves.
 */

type Image = Record<string, unknown>;
interface History {
  readonly images: (Image | undefined)[];
}

const months = ["2027-01", "2027-02", "2027-03"];
const stages = ["recorded", "approved", "settled", "paid"] as const;

const eventHistory = (id: number) =>
  fc
    .record({
      client: fc.integer({ min: 1, max: 4 }),
      service: fc.constantFrom("A", "B"),
      steps: fc.array(
        fc.record({
          op: fc.constantFrom("correct", "advance", "advance", "unpay", "delete"),
          day: fc.integer({ min: 1, max: 28 }),
          month: fc.constantFrom(...months),
          amount: fc.integer({ min: 100, max: 20_000 }),
          payDay: fc.integer({ min: 0, max: 60 }),
        }),
        { maxLength: 6 },
      ),
      first: fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.constantFrom(...months), amount: fc.integer({ min: 100, max: 20_000 }), band: fc.constantFrom("DAY", "EVENING", undefined) }),
    })
    .map(({ client, service, steps, first }): History => {
      let current: Image | undefined = {
        type: "ServiceEvent",
        eventId: `e${id}`,
        clientId: `c${client}`,
        providerId: `p${client % 3}`,
        serviceCode: service,
        date: `${first.month}-${String(first.day).padStart(2, "0")}`,
        amountCents: first.amount,
        bands: first.band ? [{ code: first.band, amountCents: first.amount }] : [],
        status: "recorded",
      };
      const images: (Image | undefined)[] = [undefined, current];
      for (const step of steps) {
        if (!current) break;
        const rank = stages.indexOf(current.status as (typeof stages)[number]);
        let next: Image | undefined;
        if (step.op === "correct" && rank === 0) {
          next = { ...current, date: `${step.month}-${String(step.day).padStart(2, "0")}`, amountCents: step.amount, bands: [] };
        } else if (step.op === "advance" && rank < 3) {
          const status = stages[rank + 1]!;
          const paidAt = new Date(Date.parse(`${current.date as string}T10:00:00Z`) + step.payDay * 86_400_000).toISOString();
          next = { ...current, status, ...(status === "paid" ? { paidAt } : {}) };
        } else if (step.op === "unpay" && rank === 3) {
          const { paidAt: _paid, ...rest } = current;
          next = { ...rest, status: "settled" };
        } else if (step.op === "delete" && rank === 0) {
          next = undefined;
        } else continue;
        images.push(next);
        current = next;
      }
      return { images };
    });

const clientHistory = (id: number) =>
  fc.array(fc.record({ status: fc.constantFrom("active", "declined", "ended"), month: fc.constantFrom(...months), day: fc.integer({ min: 1, max: 28 }) }), { maxLength: 4 }).map(
    (changes): History => {
      let current: Image = { type: "Client", clientId: `c${id}`, hbStatus: "not-started", municipality: "Oulu", createdAt: "2027-01-01T08:00:00Z", updatedAt: "2027-01-01T08:00:00Z" };
      const images: (Image | undefined)[] = [undefined, current];
      for (const change of changes) {
        const at = `${change.month}-${String(change.day).padStart(2, "0")}T09:00:00Z`;
        current = { ...current, hbStatus: change.status, hbStatusChangedAt: at, updatedAt: at };
        images.push(current);
      }
      return { images };
    },
  );

/** The stream records of a history: one per change, each with its own eventID. */
function recordsOf(histories: readonly History[]): { eventID: string; change: Change }[] {
  return histories.flatMap((history, h) =>
    history.images.slice(1).map((image, i) => {
      const before = history.images[i];
      const eventName: Change["eventName"] = !before ? "INSERT" : !image ? "REMOVE" : "MODIFY";
      return { eventID: `h${h}-${i}`, change: { eventName, ...(before ? { oldImage: before } : {}), ...(image ? { newImage: image } : {}) } };
    }),
  );
}

type Totals = Map<string, number>;
const bump = (totals: Totals, key: string, delta: number) => {
  if (delta === 0) return;
  const value = (totals.get(key) ?? 0) + delta;
  if (value === 0) totals.delete(key);
  else totals.set(key, value);
};

/** Brute force: each event as it finally is, and each client's status changes as they happened. */
function bruteForce(histories: readonly History[]): Totals {
  const totals: Totals = new Map();
  for (const { images } of histories) {
    const last = images[images.length - 1];
    const first = images[1]!;
    if (first.type === "ServiceEvent") {
      if (!last) continue;
      const cell = (key: string) => `${monthOf(last.date as string)}|${key}|${last.serviceCode as string}`;
      const amount = last.amountCents as number;
      const rank = stages.indexOf(last.status as (typeof stages)[number]);
      bump(totals, cell("events.count"), 1);
      bump(totals, cell(`events.provider.${last.providerId as string}`), 1);
      bump(totals, cell("events.kind.delivered.count"), 1);
      bump(totals, cell("events.kind.delivered.amountCents"), amount);
      bump(totals, cell("budgets.recordedCents"), amount);
      if (rank >= 1) bump(totals, cell("budgets.approvedCents"), amount);
      if (rank === 3) {
        bump(totals, cell("budgets.paidCents"), amount);
        bump(totals, cell(`payments.delayDays.h${dayBucket(daysBetween(last.date as string, dateOfInstant(last.paidAt as string)))}`), 1);
      }
      for (const band of last.bands as { code: string; amountCents: number }[]) {
        bump(totals, cell(`events.band.${band.code}.count`), 1);
        bump(totals, cell(`events.band.${band.code}.amountCents`), band.amountCents);
      }
    } else {
      for (let i = 2; i < images.length; i++) {
        const before = images[i - 1]!.hbStatus;
        const after = images[i]!;
        if (before === after.hbStatus) continue;
        const key =
          after.hbStatus === "active" ? (before === "not-started" ? "clients.started" : "clients.resumed") : after.hbStatus === "declined" ? "clients.declined" : "clients.ended";
        bump(totals, `${monthOf(dateOfInstant(after.hbStatusChangedAt as string))}|${key}|-`, 1);
      }
    }
  }
  return totals;
}

/** The consumer's way: records in the given order, a duplicate eventID skipped. */
function fromRecords(records: readonly { eventID: string; change: Change }[]): Totals {
  const seen = new Set<string>();
  const totals: Totals = new Map();
  for (const { eventID, change } of records) {
    if (seen.has(eventID)) continue;
    seen.add(eventID);
    for (const c of contributionsOf(change)) bump(totals, `${c.month}|${c.key}|${c.serviceCode ?? "-"}`, c.delta);
  }
  return totals;
}

const sorted = (totals: Totals) => [...totals].sort(([a], [b]) => a.localeCompare(b));

describe("statistics counters", () => {
  it("equal a brute-force count, whatever the order of the records and however often each comes", () => {
    const histories = fc
      .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 4 }))
      .chain(([events, clients]) => fc.tuple(fc.tuple(...events.map((_, i) => eventHistory(i))), fc.tuple(...clients.map((_, i) => clientHistory(i + 1)))))
      .map(([events, clients]) => [...events, ...clients] as History[]);
    fc.assert(
      fc.property(
        histories.chain((h) => {
          const records = recordsOf(h);
          return fc.tuple(
            fc.constant(h),
            fc.shuffledSubarray([...records, ...records], { minLength: records.length * 2, maxLength: records.length * 2 }),
            fc.array(fc.constantFrom(...(records.length > 0 ? records : [undefined])), { maxLength: 5 }),
          );
        }),
        ([h, shuffled, extra]) => {
          const replayed = [...shuffled, ...extra.filter((r): r is NonNullable<typeof r> => r !== undefined)];
          expect(sorted(fromRecords(replayed))).toEqual(sorted(bruteForce(h)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("summarises per-provider counts as providers delivering and the largest three's share, never publishing them", () => {
    const row = summarise({ month: "2027-01", breakdown: "serviceCode", value: "A", counters: { people: 9, "events.provider.p1": 50, "events.provider.p2": 20, "events.provider.p3": 20, "events.provider.p4": 10 } });
    expect(row.indicators).toEqual({ people: 9, "providers.delivering": 4, "providers.top3SharePercent": 90 });
  });

  it("summarises a day histogram as count, median and 90th percentile", () => {
    const row = summarise({ month: "2027-01", breakdown: "total", value: "total", counters: { people: 9, "payments.delayDays.h10": 5, "payments.delayDays.h20": 4, "payments.delayDays.h40": 1 } });
    expect(row.indicators).toMatchObject({ "payments.delayDays.count": 10, "payments.delayDays.median": 10, "payments.delayDays.p90": 20 });
  });
});

describe("publishable suppression", () => {
  const cellValue = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 }));
  it("never shows a count of 1–4 people, directly or as the total less the cells shown", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cellValue, cellValue, fc.integer({ min: 0, max: 100_000 })), { minLength: 1, maxLength: 6 }), (cells) => {
        const rows = cells.map(([people, started, cents], i) =>
          summarise({ month: "2027-01", breakdown: "municipality", value: `M${i}`, counters: { people, "clients.started": started, "budgets.recordedCents": cents } }),
        );
        const sum = (pick: (c: (typeof cells)[number]) => number) => cells.reduce((total, c) => total + pick(c), 0);
        const total = summarise({
          month: "2027-01",
          breakdown: "total",
          value: "total",
          counters: { people: sum((c) => c[0]), "clients.started": sum((c) => c[1]), "budgets.recordedCents": sum((c) => c[2]) },
        });
        const out = suppress([total, ...rows]);
        const shownTotal = out[0]!;
        for (const row of out) {
          for (const [key, value] of Object.entries(row.indicators)) {
            if (countsPeople(key) && typeof value === "number") expect(value === 0 || value >= MIN_PEOPLE, `${row.value} ${key}=${value}`).toBe(true);
          }
          // A row of few people shows no money either.
          if (row.indicators.people === null) expect(row.indicators["budgets.recordedCents"] ?? null).toBeNull();
        }
        for (const key of ["people", "clients.started"]) {
          const totalValue = shownTotal.indicators[key];
          if (typeof totalValue !== "number") continue;
          const hidden = totalValue - out.slice(1).reduce((s, row) => s + (typeof row.indicators[key] === "number" ? (row.indicators[key] as number) : 0), 0);
          expect(hidden === 0 || hidden >= MIN_PEOPLE, `${key}: ${hidden} by complement`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
