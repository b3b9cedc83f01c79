import { DomainError } from "../errors";
import { payloadHash } from "./delivery-rules";
import type { StoredEvent } from "./view";
import { maxBatchEvents, type RecordEventBody } from "./schemas";

/** One row of a batch: its place, the CSV line it began on, and what it holds (an event, or why it is none). */
export interface BatchRow<T> {
  readonly index: number;
  readonly line?: number;
  readonly row: T;
}

/** A row answered: recorded (201), its externalId's earlier event (200), or refused with the single route's problem. */
export type RowOutcome = { readonly status: 200 | 201; readonly event: StoredEvent } | { readonly status: number; readonly refusal: DomainError };

/** What recording one row takes; each step throws a DomainError for the row's refusal. */
export interface BatchSteps<T> {
  /** The row's event, valid by the schema of `POST /v1/service-events` (422 otherwise). */
  readonly event: (row: T) => RecordEventBody;
  /** The caller may record on the event's instrument (403, 404), checked and audited as the single route does. */
  readonly reach: (event: RecordEventBody) => Promise<void>;
  /** The single route's recording: one transaction, idempotent by externalId; with `dryRun` nothing written. */
  readonly record: (event: RecordEventBody) => Promise<{ event: StoredEvent; replayed: boolean }>;
}

/**
 * Records a batch row by row, one after another in the order sent, each as
 * `POST /v1/service-events` would: its own transaction, its own refusal. In
 * order, the rows of one instrument (or one client's day) meet each other as
 * the file orders them, so the same file always gets the same answer; rows
 * recorded before a failure stay recorded, and sending the file again
 * answers them 200 by their externalIds.
 *
 * A dry run writes nothing, so a later row cannot find what an earlier one
 * would have claimed: the externalIds of the file are remembered here, and a
 * repeat in the file is answered as the real run would (the earlier row's
 * event, or 409 DUPLICATE_EVENT for another payload). Balances, overlaps and
 * caps are checked against what is stored, row by row.
 *
 * An error that is no refusal (a service down, a bug) fails the request; the
 * rows recorded before it are found again by their externalIds.
 */
export async function recordBatch<T>(rows: readonly BatchRow<T>[], steps: BatchSteps<T>, options: { dryRun: boolean }): Promise<(BatchRow<T> & RowOutcome)[]> {
  if (rows.length > maxBatchEvents) throw new DomainError("BATCH_TOO_LARGE", { max: maxBatchEvents, rows: rows.length });
  const claimed = new Map<string, { hash: string; event: StoredEvent }>();
  const outcomes: (BatchRow<T> & RowOutcome)[] = [];
  for (const row of rows) {
    try {
      const body = steps.event(row.row);
      await steps.reach(body);
      const earlier = options.dryRun ? claimed.get(body.externalId) : undefined;
      if (earlier) {
        if (earlier.hash !== payloadHash(body)) throw new DomainError("DUPLICATE_EVENT", { externalId: body.externalId });
        outcomes.push({ ...row, status: 200, event: earlier.event });
        continue;
      }
      const { event, replayed } = await steps.record(body);
      if (options.dryRun && !replayed) claimed.set(body.externalId, { hash: payloadHash(body), event });
      outcomes.push({ ...row, status: replayed ? 200 : 201, event });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      outcomes.push({ ...row, status: error.status, refusal: error });
    }
  }
  return outcomes;
}
