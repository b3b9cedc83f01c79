import { describe, expect, it } from "vitest";
import { occurrencesOf } from "./occurrences";

const voucher = {
  type: "Instrument",
  instrumentId: "i-1",
  number: "HB-2027-000001",
  kind: "voucher",
  clientId: "c-1",
  budgetId: "b-1",
  decisionId: "d-1",
  serviceCode: "HENKILOKOHTAINEN_APU",
  unit: "hour",
  validFrom: "2027-01-01",
  validTo: "2027-12-31",
  status: "awaiting-provider",
  requestId: "r-0",
};

describe("occurrencesOf", () => {
  it("a choice tells the chosen provider, with an id that a redelivery of the record repeats", () => {
    const after = { ...voucher, status: "awaiting-acceptance", providerId: "p-a", providerFrom: "2027-01-01", requestId: "r-1" };
    const [chosen, ...rest] = occurrencesOf(voucher, after);
    expect(rest).toEqual([]);
    expect(chosen).toMatchObject({ kind: "instrument.chosen", providerId: "p-a", data: { instrumentNumber: "HB-2027-000001", effectiveFrom: "2027-01-01" } });
    expect(occurrencesOf(voucher, after)[0]!.eventId).toBe(chosen!.eventId);
    // The same provider chosen again by another request is another occurrence.
    expect(occurrencesOf(voucher, { ...after, requestId: "r-9" })[0]!.eventId).not.toBe(chosen!.eventId);
  });

  it("never tells the client, its budget or its decision", () => {
    const after = { ...voucher, status: "awaiting-acceptance", providerId: "p-a" };
    const text = JSON.stringify(occurrencesOf(voucher, after).map((occurrence) => occurrence.data));
    expect(text).not.toMatch(/c-1|b-1|d-1/);
  });

  it("a switch tells the new provider it was chosen and the previous one it was switched away", () => {
    const before = { ...voucher, status: "active", providerId: "p-a" };
    const after = { ...voucher, status: "awaiting-acceptance", providerId: "p-b", providerFrom: "2027-03-01", requestId: "r-2" };
    expect(occurrencesOf(before, after).map((occurrence) => [occurrence.kind, occurrence.providerId])).toEqual([
      ["instrument.chosen", "p-b"],
      ["instrument.switched", "p-a"],
    ]);
  });

  it("an acceptance, a revocation and a superseding decision, each once", () => {
    const awaiting = { ...voucher, status: "awaiting-acceptance", providerId: "p-a" };
    const active = { ...awaiting, status: "active", requestId: "r-3" };
    expect(occurrencesOf(awaiting, active).map((occurrence) => occurrence.kind)).toEqual(["instrument.accepted"]);

    // Revoked at 00:30 on 11 March in Helsinki: its last day is the day it closed.
    const revoked = { ...active, status: "closed", closedReason: "decision-revoked", requestId: "r-4", updatedAt: "2027-03-10T22:30:00.000Z" };
    const [ended] = occurrencesOf(active, revoked);
    expect(ended).toMatchObject({ kind: "instrument.ended", data: { reason: "decision-revoked", lastDay: "2027-03-11" }, notify: { kind: "instrument-ended", effectiveFrom: "2027-03-12" } });
    // HB ended on 30 April with days kept up to it.
    expect(occurrencesOf(active, { ...active, validTo: "2027-04-30", endedOn: "2027-04-30", requestId: "r-7" })[0]).toMatchObject({
      kind: "instrument.ended",
      data: { reason: "hb-ended", lastDay: "2027-04-30" },
    });

    const clipped = { ...active, validTo: "2027-05-31", supersededFrom: "2027-06-01", requestId: "r-5" };
    expect(occurrencesOf(active, clipped)).toEqual([
      expect.objectContaining({ kind: "instrument.changed", notify: { kind: "instrument-changed", effectiveFrom: "2027-06-01", clientId: "c-1" } }),
    ]);
    // A later change of balance only is nothing to tell.
    expect(occurrencesOf(clipped, { ...clipped, availableCents: 100, requestId: "r-6" })).toEqual([]);
  });

  it("an approval, a statement closed and paid, a credit", () => {
    const event = { type: "ServiceEvent", eventId: "e-1", providerId: "p-a", status: "recorded", clientId: "c-1" };
    expect(occurrencesOf(event, { ...event, status: "approved" }).map((occurrence) => occurrence.kind)).toEqual(["service-event.approved"]);
    expect(occurrencesOf({ ...event, status: "approved" }, { ...event, status: "approved", statementId: "s-1" })).toEqual([]);
    const statement = { type: "SettlementStatement", statementId: "s-1", providerId: "p-a", state: "open" };
    expect(occurrencesOf(statement, { ...statement, state: "closed" })[0]!.kind).toBe("statement.closed");
    expect(occurrencesOf({ ...statement, state: "closed" }, { ...statement, state: "paid", paidAt: "2027-02-10T08:00:00.000Z" })[0]!.kind).toBe("payment.made");
    expect(occurrencesOf(undefined, { type: "Credit", creditId: "k-1", providerId: "p-a", clientId: "c-1" })[0]).toMatchObject({ kind: "credit.created", data: { creditId: "k-1" } });
  });
});
