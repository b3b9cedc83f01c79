import { roundHalfUp, toSafeNumber } from "../budget/fraction";

export interface ShareInput {
  /** The provider's price of one unit in force on the delivery date. */
  readonly unitPriceCents: number;
  /** The voucher's value of one unit. */
  readonly unitValueCents: number;
  readonly unit: "hour" | "day" | "visit" | "euro";
  /** Hourly services: the delivered minutes. */
  readonly minutes: number;
  /** Other services: days, visits or euros (≤ 2 decimals). */
  readonly quantity: number;
}

/**
 * The client's own share of a voucher delivery (palveluseteli): the price
 * above the voucher's value, times what was delivered, rounded half up once
 * to whole cents. A price at or below the voucher's value costs the client
 * nothing; the share is never charged to the budget.
 */
export function clientShareCents(input: ShareInput): number {
  const perUnit = BigInt(Math.max(0, input.unitPriceCents - input.unitValueCents));
  if (perUnit === 0n) return 0;
  const share =
    input.unit === "hour"
      ? roundHalfUp(perUnit * BigInt(input.minutes), 60n)
      : roundHalfUp(perUnit * BigInt(Math.round(input.quantity * 100)), 100n);
  return toSafeNumber(share, "own share");
}
