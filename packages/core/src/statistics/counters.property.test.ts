import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keys } from "../keys";
import { type Change, contributionsOf, dateOfInstant, dayBucket, daysBetween, firstDatesOf, monthOf } from "./contributions";
import { monthlyShares, utilisationBucket, utilisationPartsOf } from "./utilisation";
import { countsPeople, summarise, unitOf } from "./indicators";
import { MIN_PEOPLE, suppress } from "./suppression";

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
    .map(({ client, steps, first }): History => {
      let current: Image | undefined = {
        type: "ServiceEvent",
        eventId: `e${id}`,
        clientId: `c${client}`,
        providerId: `p${client % 3}`,
        // The client's instrument, whose service the event is of (instrumentHistory).
        instrumentId: `i${client - 1}`,
        serviceCode: (client - 1) % 2 === 0 ? "A" : "B",
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

/** An instrument of client i<n>, clipped now and then (a superseding decision, the end of HB lowers its grant and validity). */
const instrumentHistory = (id: number) =>
  fc
    .record({
      cap: fc.integer({ min: 0, max: 200_000 }),
      from: fc.constantFrom("2027-01-01", "2027-01-15", "2027-02-01"),
      to: fc.constantFrom("2027-02-28", "2027-03-31"),
      clips: fc.array(fc.record({ cap: fc.integer({ min: 0, max: 200_000 }), to: fc.constantFrom("2027-02-10", "2027-03-15", "2027-03-31") }), { maxLength: 3 }),
    })
    .map(({ cap, from, to, clips }): History => {
      let current: Image = {
        type: "Instrument",
        instrumentId: `i${id}`,
        clientId: `c${id + 1}`,
        serviceCode: id % 2 === 0 ? "A" : "B",
        kind: "commitment",
        status: "active",
        createdAt: "2027-01-01T08:00:00Z",
        capCents: cap,
        validFrom: from,
        validTo: to,
      };
      const images: (Image | undefined)[] = [undefined, current];
      for (const clip of clips) {
        current = { ...current, capCents: clip.cap, validTo: clip.to < from ? from : clip.to };
        images.push(current);
      }
      return { images };
    });

/** A client's follow-up listing: its due day moves with each follow-up held and plan; out of the index while not in HB. */
const followUpDueHistory = (client: number) =>
  fc.array(fc.record({ month: fc.constantFrom(...months), day: fc.integer({ min: 1, max: 28 }), listed: fc.boolean() }), { minLength: 1, maxLength: 4 }).map((steps): History => {
    const images: (Image | undefined)[] = [undefined];
    for (const step of steps) {
      images.push({ type: "FollowUpDue", clientId: `c${client}`, dueOn: `${step.month}-${String(step.day).padStart(2, "0")}`, ...(step.listed ? { gsi3pk: keys.FollowUpDue.gsi3.pk({}) } : {}) });
    }
    return { images };
  });

/** A client's assessments, each recorded once (a correction of the day is another image). */
const assessmentHistory = (client: number) =>
  fc.array(fc.record({ month: fc.constantFrom(...months), day: fc.integer({ min: 1, max: 28 }) }), { minLength: 1, maxLength: 3 }).map(
    (days): History => ({
      images: [undefined, ...days.map((d) => ({ type: "Assessment", clientId: `c${client}`, assessedOn: `${d.month}-${String(d.day).padStart(2, "0")}` }))],
    }),
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

/** Brute force: each item as it finally is (or, for levels and minima, as it ever was), counted from the histories themselves. */
function bruteForce(histories: readonly History[]): Totals {
  const totals: Totals = new Map();
  const distinct = new Map<string, Set<string>>();
  const mark = (key: string, client: string) => distinct.set(key, (distinct.get(key) ?? new Set()).add(client));
  const used = new Map<string, number>();
  const shares = new Map<string, { share: number; service: string }>();
  const firsts = new Map<string, { contactOn?: string; deliveryOn?: string }>();
  const lower = (client: string, field: "contactOn" | "deliveryOn", date: string) => {
    const known = firsts.get(client) ?? {};
    if (!known[field] || known[field]! > date) firsts.set(client, { ...known, [field]: date });
  };
  for (const { images } of histories) {
    const last = images[images.length - 1];
    const first = images[1]!;
    if (first.type === "ServiceEvent") {
      for (const image of images) if (image) lower(image.clientId as string, "deliveryOn", image.date as string);
      if (!last) continue;
      const cell = (key: string) => `${monthOf(last.date as string)}|${key}|${last.serviceCode as string}`;
      const amount = last.amountCents as number;
      const rank = stages.indexOf(last.status as (typeof stages)[number]);
      const instrumentMonth = `${monthOf(last.date as string)}|${last.instrumentId as string}`;
      used.set(instrumentMonth, (used.get(instrumentMonth) ?? 0) + amount);
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
    } else if (first.type === "Instrument") {
      const month = monthOf(dateOfInstant(last!.createdAt as string));
      bump(totals, `${month}|instruments.commitments|${last!.serviceCode as string}`, 1);
      // Issued active: the state entered at issue.
      bump(totals, `${month}|instruments.activated|${last!.serviceCode as string}`, 1);
      bump(totals, `${month}|budgets.grantedCents|${last!.serviceCode as string}`, last!.capCents as number);
      for (const [m, share] of monthlyShares(last!.validFrom as string, last!.validTo as string, last!.capCents as number)) {
        shares.set(`${m}|${last!.instrumentId as string}`, { share, service: last!.serviceCode as string });
      }
    } else if (first.type === "FollowUpDue") {
      for (const image of images) if (image?.gsi3pk) mark(`${monthOf(image.dueOn as string)}|followUps.due|-`, image.clientId as string);
    } else if (first.type === "Assessment") {
      for (const image of images) if (image) lower(image.clientId as string, "contactOn", image.assessedOn as string);
    } else {
      for (let i = 1; i < images.length; i++) {
        const before = images[i - 1]?.hbStatus;
        const after = images[i]!;
        // In HB in the month of every moment it was active: each change while active, and the one that ended it.
        if (after.hbStatus === "active") mark(`${monthOf(dateOfInstant(after.updatedAt as string))}|clients.inHb|-`, after.clientId as string);
        else if (before === "active") mark(`${monthOf(dateOfInstant(after.hbStatusChangedAt as string))}|clients.inHb|-`, after.clientId as string);
        if (i === 1 || before === after.hbStatus) continue;
        const key =
          after.hbStatus === "active" ? (before === "not-started" ? "clients.started" : "clients.resumed") : after.hbStatus === "declined" ? "clients.declined" : "clients.ended";
        bump(totals, `${monthOf(dateOfInstant(after.hbStatusChangedAt as string))}|${key}|-`, 1);
      }
    }
  }
  for (const [key, clients] of distinct) bump(totals, key, clients.size);
  for (const [id, { share, service }] of shares) {
    const bucket = utilisationBucket(used.get(id) ?? 0, share);
    if (bucket !== undefined) bump(totals, `${id.split("|")[0]}|budgets.utilisationPercent.h${bucket}|${service}`, 1);
  }
  for (const { contactOn, deliveryOn } of firsts.values()) {
    if (contactOn && deliveryOn && contactOn <= deliveryOn) bump(totals, `${monthOf(deliveryOn)}|firstContact.deliveryDays.h${dayBucket(daysBetween(contactOn, deliveryOn))}|-`, 1);
  }
  return totals;
}

/**
 * The consumer's way: records in the given order, a duplicate eventID skipped; distinct counts by
 * their markers; trackers summed with the record and placed after every record, duplicates too (trackers.ts).
 */
function fromRecords(records: readonly { eventID: string; change: Change }[]): Totals {
  const seen = new Set<string>();
  const totals: Totals = new Map();
  const markers = new Set<string>();
  const sums = new Map<string, { used: number; share: number; service: string }>();
  const firsts = new Map<string, { contactOn?: string; deliveryOn?: string }>();
  const placed = new Map<string, string | undefined>();
  const place = (tracker: string, placement: string | undefined) => {
    const before = placed.get(tracker);
    if (before === placement) return;
    if (before) bump(totals, before, -1);
    if (placement) bump(totals, placement, 1);
    placed.set(tracker, placement);
  };
  for (const { eventID, change } of records) {
    if (!seen.has(eventID)) {
      seen.add(eventID);
      for (const c of contributionsOf(change)) {
        const cell = `${c.month}|${c.key}|${c.serviceCode ?? "-"}`;
        if (!c.distinct) bump(totals, cell, c.delta);
        else if (!markers.has(`${cell}|${c.clientId}`)) {
          markers.add(`${cell}|${c.clientId}`);
          bump(totals, cell, 1);
        }
      }
      for (const part of utilisationPartsOf(change)) {
        const id = `${part.month}|${part.instrumentId}`;
        const known = sums.get(id) ?? { used: 0, share: 0, service: part.serviceCode ?? "-" };
        sums.set(id, { ...known, used: known.used + part.usedCents, share: known.share + part.shareCents });
      }
    }
    const dates = firstDatesOf(change);
    if (dates) {
      const known = firsts.get(dates.clientId) ?? {};
      if (dates.contactOn && (!known.contactOn || known.contactOn > dates.contactOn)) known.contactOn = dates.contactOn;
      if (dates.deliveryOn && (!known.deliveryOn || known.deliveryOn > dates.deliveryOn)) known.deliveryOn = dates.deliveryOn;
      firsts.set(dates.clientId, known);
      const { contactOn, deliveryOn } = known;
      place(dates.clientId, contactOn && deliveryOn && contactOn <= deliveryOn ? `${monthOf(deliveryOn)}|firstContact.deliveryDays.h${dayBucket(daysBetween(contactOn, deliveryOn))}|-` : undefined);
    }
    for (const part of utilisationPartsOf(change)) {
      const id = `${part.month}|${part.instrumentId}`;
      const { used, share, service } = sums.get(id)!;
      const bucket = utilisationBucket(used, share);
      place(id, bucket === undefined ? undefined : `${part.month}|budgets.utilisationPercent.h${bucket}|${service}`);
    }
  }
  return totals;
}

const sorted = (totals: Totals) => [...totals].sort(([a], [b]) => a.localeCompare(b));

describe("statistics counters", () => {
  it("equal a brute-force count, whatever the order of the records and however often each comes", () => {
    const histories = fc
      .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 4 }), fc.integer({ min: 0, max: 3 }))
      .chain(([events, clients, others]) =>
        fc.tuple(
          fc.tuple(...events.map((_, i) => eventHistory(i))),
          fc.tuple(...clients.map((_, i) => clientHistory(i + 1))),
          fc.tuple(...Array.from({ length: others }, (_, i) => fc.tuple(instrumentHistory(i), followUpDueHistory(i + 1), assessmentHistory(i + 1)))),
        ),
      )
      .map(([events, clients, others]) => [...events, ...clients, ...others.flat()] as History[]);
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

  it("summarises utilisation as quartiles in percent", () => {
    const row = summarise({ month: "2027-01", breakdown: "total", value: "total", counters: { people: 8, "budgets.utilisationPercent.h0": 2, "budgets.utilisationPercent.h50": 2, "budgets.utilisationPercent.h90": 2, "budgets.utilisationPercent.h130": 2 } });
    expect(row.indicators).toMatchObject({ "budgets.utilisationPercent.count": 8, "budgets.utilisationPercent.q1": 0, "budgets.utilisationPercent.median": 50, "budgets.utilisationPercent.q3": 90 });
    expect([unitOf("budgets.utilisationPercent.median"), unitOf("budgets.utilisationPercent.count"), unitOf("firstContact.deliveryDays.p90")]).toEqual(["percent", "count", "days"]);
    expect(countsPeople("budgets.utilisationPercent.median")).toBe(false);
    expect(["clients.inHb", "clients.representativesInUse", "followUps.due", "drift.overuse", "firstContact.deliveryDays.count"].every(countsPeople)).toBe(true);
  });

  it("spreads a grant over its months by days of validity", () => {
    expect([...monthlyShares("2027-01-15", "2027-03-14", 59_000)]).toEqual([["2027-01", 17_000], ["2027-02", 28_000], ["2027-03", 14_000]]);
    expect(utilisationBucket(0, 0)).toBeUndefined();
    expect(utilisationBucket(5_000, 2_000)).toBe(200);
  });
});

describe("publishable suppression", () => {
  const cellValue = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 }));
  // Any people-counting key: changes, levels, distinct counts, month-end instrument counts.
  const peopleKey = fc.constantFrom("clients.started", "clients.inHb", "clients.representativesInUse", "followUps.due", "drift.overuse");
  it("never shows a count of 1–4 people, directly or as the total less the cells shown", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cellValue, cellValue, fc.integer({ min: 0, max: 100_000 })), { minLength: 1, maxLength: 6 }), peopleKey, (cells, key) => {
        const rows = cells.map(([people, started, cents], i) =>
          summarise({ month: "2027-01", breakdown: "municipality", value: `M${i}`, counters: { people, [key]: started, "budgets.recordedCents": cents } }),
        );
        const sum = (pick: (c: (typeof cells)[number]) => number) => cells.reduce((total, c) => total + pick(c), 0);
        const total = summarise({
          month: "2027-01",
          breakdown: "total",
          value: "total",
          counters: { people: sum((c) => c[0]), [key]: sum((c) => c[1]), "budgets.recordedCents": sum((c) => c[2]) },
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
        for (const counted of ["people", key]) {
          const totalValue = shownTotal.indicators[counted];
          if (typeof totalValue !== "number") continue;
          const hidden = totalValue - out.slice(1).reduce((s, row) => s + (typeof row.indicators[counted] === "number" ? (row.indicators[counted] as number) : 0), 0);
          expect(hidden === 0 || hidden >= MIN_PEOPLE, `${counted}: ${hidden} by complement`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
