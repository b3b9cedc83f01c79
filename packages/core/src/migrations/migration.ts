/**
 * A versioned change to the data of a deployed stage, run once per stage by
 * `npm run migrate -- --stage <area>` after a deploy (docs/operations.md#upgrading).
 * `run` is one pass over the table and must be idempotent: the runner repeats
 * it until a pass changes nothing, and a pass interrupted half-way is simply
 * run again.
 */
export interface Migration {
  /** `<nnnn>-<what it does>`: runs in this order; never renamed or reused, the stage's record is keyed by it. */
  readonly id: string;
  readonly description: string;
  /** One pass: what it did (printed and kept in the record) and how many items it changed or left for the next pass. */
  run(now: Date): Promise<{ readonly report: object; readonly changed: number }>;
}
