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
  /** A late cancellation or no-show billed at a share of the price: the client pays that share of the difference (default 100). */
  readonly sharePercent?: number;
}

/**
 * The client's own share of a voucher delivery (palveluseteli): the price
 * above the voucher's value, times what was delivered, rounded half up once
 * to whole cents (a cancellation billed at a share: that share of it, still
 * rounded once). A price at or below the voucher's value costs the client
 * nothing; the share is never charged to the budget.
 */
export function clientShareCents(input: ShareInput): number {
  const perUnit = BigInt(Math.max(0, input.unitPriceCents - input.unitValueCents));
  if (perUnit === 0n) return 0;
  const percent = BigInt(input.sharePercent ?? 100);
  const share =
    input.unit === "hour"
      ? roundHalfUp(perUnit * BigInt(input.minutes) * percent, 6_000n)
      : roundHalfUp(perUnit * BigInt(Math.round(input.quantity * 100)) * percent, 10_000n);
  return toSafeNumber(share, "own share");
}
