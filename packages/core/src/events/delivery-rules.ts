import { createHash } from "node:crypto";
import type { AreaSettings } from "../area/settings";
import { addDays, compareDates } from "../budget/periods";
import { businessDate } from "../dates";
import { DomainError } from "../errors";
import type { StoredInstrument } from "../instruments/repository";
import { type Condition, type DeliveryRight, deliveryRight, mayRecord } from "../instruments/rights";
import type { RecordEventBody } from "./schemas";

/** A timed delivery's minutes (since the epoch), as the client's day occupancy holds them. */
export interface Interval {
  eventId: string;
  startMinute: number;
  endMinute: number;
}

/** The same payload, however its keys are ordered, hashes the same (a delivery as before kinds existed, so earlier claims still match). */
export function payloadHash(body: RecordEventBody): string {
  const { instrumentId, start, end, date, quantity, note, kind } = body;
  const canonical = {
    instrumentId, start: start && new Date(start).toISOString(), end: end && new Date(end).toISOString(), date, quantity, note: note ?? null,
    ...(kind !== undefined && kind !== "delivered" ? { kind } : {}),
  };
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

type DeliveryDays = { readonly date: string; readonly lastDate: string };

/** The delivery's days lie within the instrument's validity. */
export const withinValidity = (instrument: Pick<StoredInstrument, "validFrom" | "validTo">, days: DeliveryDays) =>
  compareDates(days.date, instrument.validFrom) >= 0 && compareDates(days.lastDate, instrument.validTo) <= 0;

/** The same as a condition on the instrument item: a superseding decision that clipped it meanwhile makes the write a retry (then OUTSIDE_VALIDITY). */
export const withinValidityCondition = (days: DeliveryDays) => ({
  expression: "validFrom <= :first AND validTo >= :last",
  values: { ":first": days.date, ":last": days.lastDate },
});

/**
 * Checks that do not depend on other events: who, when, and the instrument's
 * state. Returns the right the provider records the delivery by (the days
 * are its own: decision 63).
 */
export function checkDelivery(
  instrument: StoredInstrument,
  providerId: string | undefined,
  timing: { timed: boolean; date: string; lastDate: string; endsAt: number },
  area: Pick<AreaSettings, "recordingDeadlineDays">,
  now: Date,
): DeliveryRight {
  if (!providerId || !mayRecord(instrument, providerId)) {
    throw new DomainError("INSTRUMENT_NOT_ACTIVE", { status: instrument.status });
  }
  // A timed delivery has happened once it ended; a day or a visit on its (Helsinki) date.
  if (timing.timed ? timing.endsAt > now.getTime() : compareDates(timing.date, businessDate(now)) > 0) {
    throw new DomainError("VALIDATION_FAILED", {}, [{ path: "/body", code: "EVENT_IN_FUTURE" }]);
  }
  if (!withinValidity(instrument, timing)) {
    throw new DomainError("OUTSIDE_VALIDITY", { validFrom: instrument.validFrom, validTo: instrument.validTo });
  }
  const right = deliveryRight(instrument, providerId, timing);
  if (right === undefined) throw new DomainError("NOT_PROVIDER_ON_DATE", { date: timing.date });
  if (compareDates(addDays(timing.lastDate, area.recordingDeadlineDays), businessDate(now)) < 0) {
    throw new DomainError("RECORDING_DEADLINE_PASSED", { days: area.recordingDeadlineDays });
  }
  return right;
}

/**
 * The instrument's `lastDeliveryOn` raised to the delivery's last day when
 * that is later, with a condition that nobody raised it past that meanwhile:
 * a switch of provider conditions on it, so it never takes effect on a day
 * already delivered, whichever commits first.
 */
export function deliveryMark(instrument: Pick<StoredInstrument, "lastDeliveryOn">, days: DeliveryDays) {
  if (instrument.lastDeliveryOn !== undefined && compareDates(days.lastDate, instrument.lastDeliveryOn) <= 0) return undefined;
  return {
    fields: { lastDeliveryOn: days.lastDate },
    condition: { expression: "(attribute_not_exists(lastDeliveryOn) OR lastDeliveryOn <= :mark)", values: { ":mark": days.lastDate } },
  };
}

/** Conditions on one item, joined. */
export const allOf = (...conditions: (Condition | undefined)[]): Condition => {
  const present = conditions.filter((condition) => condition !== undefined);
  return {
    expression: present.map((condition) => condition.expression).join(" AND "),
    values: Object.assign({}, ...present.map((condition) => condition.values)) as Record<string, unknown>,
    names: Object.assign({}, ...present.map((condition) => condition.names ?? {})) as Record<string, string>,
  };
};

/** When a delivery happened, in the form the instrument's unit requires (timed for hourly services). */
export function deliveryOf(instrument: Pick<StoredInstrument, "unit">, body: Pick<RecordEventBody, "start" | "end" | "date">) {
  const timed = body.start !== undefined && body.end !== undefined;
  if ((instrument.unit === "hour") !== timed) {
    throw new DomainError("VALIDATION_FAILED", {}, [
      timed
        ? { path: "/body/date", code: "REQUIRED", text: "EVENT_DATE_AND_QUANTITY" }
        : { path: "/body/start", code: "REQUIRED", text: "EVENT_START_AND_END" },
    ]);
  }
  const startsAt = timed ? Date.parse(body.start!) : 0;
  const endsAt = timed ? Date.parse(body.end!) : 0;
  const date = timed ? businessDate(new Date(startsAt)) : body.date!;
  const lastDate = timed ? businessDate(new Date(endsAt - 1)) : body.date!;
  return { timed, startsAt, endsAt, date, lastDate };
}

/** The Helsinki dates a timed delivery touches (one, or two across midnight). */
export const daysOf = (interval: Interval): string[] => [
  ...new Set([businessDate(new Date(interval.startMinute * 60_000)), businessDate(new Date(interval.endMinute * 60_000 - 1))]),
];

/**
 * The intervals of one of the client's days once `removed` are taken out and
 * `add` is put in (when it lands on that day). A delivery overlapping any
 * other of the day is refused.
 */
export function dayIntervals(day: string, intervals: readonly Interval[], removed: ReadonlySet<string>, add?: Interval): Interval[] {
  const kept = intervals.filter((interval) => !removed.has(interval.eventId));
  const lands = add !== undefined && daysOf(add).includes(day);
  if (lands && kept.some((other) => other.startMinute < add.endMinute && add.startMinute < other.endMinute)) {
    throw new DomainError("OVERLAPPING_EVENT", { date: day });
  }
  return lands ? [...kept, add] : kept;
}
