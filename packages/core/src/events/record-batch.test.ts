import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { type BatchSteps, recordBatch } from "./record-batch";
import type { StoredEvent } from "./view";
import type { RecordEventBody } from "./schemas";

const instrumentId = "5b6a1f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
const body = (externalId: string, quantity = 1): RecordEventBody => ({ instrumentId, externalId, date: "2027-03-05", quantity });
const rowsOf = (bodies: (RecordEventBody | string)[]) => bodies.map((row, index) => ({ index, line: index + 2, row }));

/** Steps over an in-memory store: a string row is invalid, instrument "other" is out of reach, recording claims the externalId. */
function steps(): BatchSteps<RecordEventBody | string> & { recorded: string[]; order: string[] } {
  const claims = new Map<string, StoredEvent>();
  const recorded: string[] = [];
  const order: string[] = [];
  return {
    recorded,
    order,
    event: (row) => {
      if (typeof row === "string") throw new DomainError("VALIDATION_FAILED", {}, [{ path: "/body", code: "invalid_type", message: row }]);
      return row;
    },
    reach: async (event) => {
      if (event.externalId.startsWith("other")) throw new DomainError("FORBIDDEN");
    },
    record: async (event) => {
      order.push(event.externalId);
      const earlier = claims.get(event.externalId);
      if (earlier) return { event: earlier, replayed: true };
      const stored = { eventId: `e-${event.externalId}`, externalId: event.externalId, amountCents: 700 * event.quantity! } as StoredEvent;
      claims.set(event.externalId, stored);
      return { event: stored, replayed: false };
    },
  };
}

describe("recordBatch", () => {
  it("answers every row in the order sent: 201, 200 for a stored externalId, each refusal with its status", async () => {
    const store = steps();
    const outcomes = await recordBatch(rowsOf([body("A"), "rikki", body("other-1"), body("B")]), store, { dryRun: false });
    expect(outcomes.map((outcome) => [outcome.line, outcome.status, "refusal" in outcome ? outcome.refusal.code : outcome.event.eventId])).toEqual([
      [2, 201, "e-A"],
      [3, 422, "VALIDATION_FAILED"],
      [4, 403, "FORBIDDEN"],
      [5, 201, "e-B"],
    ]);
    // Refused rows never reach recording; the others are recorded one after another, in order.
    expect(store.order).toEqual(["A", "B"]);
  });

  it("answers a dry run's repeat of an externalId as the real run would: the earlier row's event, or 409 for another payload", async () => {
    const outcomes = await recordBatch(rowsOf([body("A"), body("A"), body("A", 2), body("C")]), steps(), { dryRun: true });
    expect(outcomes.map((outcome) => [outcome.status, "refusal" in outcome ? outcome.refusal.code : outcome.event.eventId])).toEqual([
      [201, "e-A"],
      [200, "e-A"],
      [409, "DUPLICATE_EVENT"],
      [201, "e-C"],
    ]);
  });

  it("leaves a real run's repeats to the recording itself", async () => {
    const store = steps();
    const outcomes = await recordBatch(rowsOf([body("A"), body("A")]), store, { dryRun: false });
    expect(store.order).toEqual(["A", "A"]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([201, 200]);
  });

  it("refuses more than 100 rows whole, before recording any", async () => {
    const store = steps();
    const many = Array.from({ length: 101 }, (_, n) => body(`R-${n}`));
    await expect(recordBatch(rowsOf(many), store, { dryRun: false })).rejects.toMatchObject({ code: "BATCH_TOO_LARGE", params: { max: 100, rows: 101 } });
    expect(store.order).toEqual([]);
    expect(await recordBatch(rowsOf(many.slice(0, 100)), store, { dryRun: false })).toHaveLength(100);
  });

  it("fails the whole request on an error that is no refusal (an outage), after the rows before it", async () => {
    const store = steps();
    const failing = { ...store, record: async (event: RecordEventBody) => (event.externalId === "B" ? Promise.reject(new Error("DynamoDB down")) : store.record(event)) };
    await expect(recordBatch(rowsOf([body("A"), body("B"), body("C")]), failing, { dryRun: false })).rejects.toThrow("DynamoDB down");
    expect(store.order).toEqual(["A"]);
  });
});
