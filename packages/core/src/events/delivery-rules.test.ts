import { describe, expect, it } from "vitest";
import type { StoredInstrument } from "../instruments/repository";
import { allOf, checkDelivery, dayIntervals, daysOf, deliveryMark, deliveryOf, payloadHash, withinValidity } from "./delivery-rules";
import type { RecordEventBody } from "./schemas";

/** Personal assistance for 2027, named to provider P, who has accepted it. */
const assistance = {
  unit: "hour",
  status: "active",
  providerId: "P",
  validFrom: "2027-01-01",
  validTo: "2027-12-31",
} as StoredInstrument;
const area = { recordingDeadlineDays: 30 };

describe("a delivery's payload (its externalId's claim)", () => {
  const body: RecordEventBody = { instrumentId: "I", externalId: "x-1", start: "2027-03-05T09:00:00+02:00", end: "2027-03-05T11:00:00+02:00" };

  it("hashes the same instants and defaults alike, whatever their spelling", () => {
    const sameInUtc = { ...body, start: "2027-03-05T07:00:00Z", end: "2027-03-05T09:00:00Z" };
    expect(payloadHash(sameInUtc)).toBe(payloadHash(body));
    expect(payloadHash({ ...body, kind: "delivered" })).toBe(payloadHash(body));
    expect(payloadHash({ ...body, externalId: "another" })).toBe(payloadHash(body));
  });

  it("hashes another time, note or kind differently", () => {
    expect(payloadHash({ ...body, end: "2027-03-05T12:00:00+02:00" })).not.toBe(payloadHash(body));
    expect(payloadHash({ ...body, note: "kauppa" })).not.toBe(payloadHash(body));
    expect(payloadHash({ ...body, kind: "no-show" })).not.toBe(payloadHash(body));
  });
});

describe("when a delivery happened", () => {
  it("takes an hourly delivery's Helsinki days from its start and its last minute", () => {
    const night = deliveryOf(assistance, { start: "2027-03-05T22:00:00+02:00", end: "2027-03-06T02:00:00+02:00" });
    expect(night).toEqual({ timed: true, startsAt: Date.parse("2027-03-05T20:00:00Z"), endsAt: Date.parse("2027-03-06T00:00:00Z"), date: "2027-03-05", lastDate: "2027-03-06" });
    // Ending at midnight, it lies wholly in its first day.
    expect(deliveryOf(assistance, { start: "2027-03-05T20:00:00+02:00", end: "2027-03-06T00:00:00+02:00" }).lastDate).toBe("2027-03-05");
  });

  it("refuses a date for an hourly service and a time for a daily one", () => {
    expect(() => deliveryOf(assistance, { date: "2027-03-05" })).toThrowError(expect.objectContaining({ code: "VALIDATION_FAILED" }));
    const days = { ...assistance, unit: "day" } as StoredInstrument;
    expect(deliveryOf(days, { date: "2027-03-05" })).toEqual({ timed: false, startsAt: 0, endsAt: 0, date: "2027-03-05", lastDate: "2027-03-05" });
    expect(() => deliveryOf(days, { start: "2027-03-05T09:00:00+02:00", end: "2027-03-05T10:00:00+02:00" })).toThrowError(expect.objectContaining({ code: "VALIDATION_FAILED" }));
  });
});

describe("who may record a delivery, and when", () => {
  const morning = deliveryOf(assistance, { start: "2027-03-05T09:00:00+02:00", end: "2027-03-05T11:00:00+02:00" });
  const afterwards = new Date("2027-03-05T12:00:00+02:00");

  it("gives the named provider the right once the delivery has ended", () => {
    expect(checkDelivery(assistance, "P", morning, area, afterwards)).toBe("current");
    expect(() => checkDelivery(assistance, "P", morning, area, new Date("2027-03-05T10:30:00+02:00"))).toThrowError(expect.objectContaining({ code: "VALIDATION_FAILED" }));
  });

  it("refuses another provider, a closed instrument, a day outside the validity and a late recording", () => {
    expect(() => checkDelivery(assistance, "Q", morning, area, afterwards)).toThrowError(expect.objectContaining({ code: "INSTRUMENT_NOT_ACTIVE" }));
    expect(() => checkDelivery(assistance, undefined, morning, area, afterwards)).toThrowError(expect.objectContaining({ code: "INSTRUMENT_NOT_ACTIVE" }));
    expect(() => checkDelivery({ ...assistance, status: "closed" }, "P", morning, area, afterwards)).toThrowError(expect.objectContaining({ code: "INSTRUMENT_NOT_ACTIVE" }));
    expect(() => checkDelivery({ ...assistance, validFrom: "2027-03-06" }, "P", morning, area, afterwards)).toThrowError(expect.objectContaining({ code: "OUTSIDE_VALIDITY" }));
    // The deadline counts from the delivery's last day: 30 days after 5.3. is 4.4.
    expect(checkDelivery(assistance, "P", morning, area, new Date("2027-04-04T12:00:00+03:00"))).toBe("current");
    expect(() => checkDelivery(assistance, "P", morning, area, new Date("2027-04-05T12:00:00+03:00"))).toThrowError(expect.objectContaining({ code: "RECORDING_DEADLINE_PASSED" }));
  });

  it("refuses the named provider a day before it took over", () => {
    const switched = { ...assistance, providerFrom: "2027-03-06" };
    expect(() => checkDelivery(switched, "P", morning, area, afterwards)).toThrowError(expect.objectContaining({ code: "NOT_PROVIDER_ON_DATE" }));
  });

  it("counts a delivery within the validity only when all of its days are", () => {
    expect(withinValidity(assistance, { date: "2027-12-31", lastDate: "2027-12-31" })).toBe(true);
    expect(withinValidity(assistance, { date: "2027-12-31", lastDate: "2028-01-01" })).toBe(false);
  });
});

describe("the instrument's last delivered day", () => {
  it("is raised only by a later delivery, on the condition nobody raised it further", () => {
    expect(deliveryMark({}, { date: "2027-03-05", lastDate: "2027-03-06" })).toEqual({
      fields: { lastDeliveryOn: "2027-03-06" },
      condition: { expression: "(attribute_not_exists(lastDeliveryOn) OR lastDeliveryOn <= :mark)", values: { ":mark": "2027-03-06" } },
    });
    expect(deliveryMark({ lastDeliveryOn: "2027-03-06" }, { date: "2027-03-06", lastDate: "2027-03-06" })).toBeUndefined();
  });

  it("joins conditions on one item, leaving out those not given", () => {
    const joined = allOf(
      { expression: "a = :a", values: { ":a": 1 } },
      undefined,
      { expression: "#s = :s", values: { ":s": "active" }, names: { "#s": "status" } },
    );
    expect(joined).toEqual({ expression: "a = :a AND #s = :s", values: { ":a": 1, ":s": "active" }, names: { "#s": "status" } });
  });
});

describe("the client's day occupancy", () => {
  const minute = (instant: string) => Date.parse(instant) / 60_000;
  const visit = (eventId: string, start: string, end: string) => ({ eventId, startMinute: minute(start), endMinute: minute(end) });
  const morning = visit("e1", "2027-03-05T09:00:00+02:00", "2027-03-05T11:00:00+02:00");

  it("spans the Helsinki days a delivery touches", () => {
    expect(daysOf(morning)).toEqual(["2027-03-05"]);
    expect(daysOf(visit("e2", "2027-03-05T22:00:00+02:00", "2027-03-06T02:00:00+02:00"))).toEqual(["2027-03-05", "2027-03-06"]);
  });

  it("adds a delivery that only touches another and refuses one that overlaps it", () => {
    const next = visit("e2", "2027-03-05T11:00:00+02:00", "2027-03-05T12:00:00+02:00");
    expect(dayIntervals("2027-03-05", [morning], new Set(), next)).toEqual([morning, next]);
    const overlapping = visit("e2", "2027-03-05T10:59:00+02:00", "2027-03-05T12:00:00+02:00");
    expect(() => dayIntervals("2027-03-05", [morning], new Set(), overlapping)).toThrowError(expect.objectContaining({ code: "OVERLAPPING_EVENT" }));
  });

  it("lets an edited delivery replace its own interval, and leaves a day it does not land on as it was", () => {
    const moved = visit("e1", "2027-03-05T10:00:00+02:00", "2027-03-05T12:00:00+02:00");
    expect(dayIntervals("2027-03-05", [morning], new Set(["e1"]), moved)).toEqual([moved]);
    expect(dayIntervals("2027-03-06", [morning], new Set(), moved)).toEqual([morning]);
    expect(dayIntervals("2027-03-05", [morning], new Set(["e1"]))).toEqual([]);
  });
});
