import { z } from "zod";

/** A business date, YYYY-MM-DD, that exists on the calendar (zod's ISO date checks month lengths and leap years). */
export const businessDateSchema = z.iso.date().meta({ description: "Business date (Europe/Helsinki), YYYY-MM-DD", example: "2027-01-01" });

const helsinkiDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Helsinki",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The business date in the area's time zone at an instant. */
export const businessDate = (instant: Date): string => helsinkiDate.format(instant);

let clock: () => Date = () => new Date();

/**
 * Now, for work that no request or schedule stamps with a time (queue
 * consumers): the machine's clock in AWS; the local runtime points it at its
 * business clock, so `PUT /dev/clock` moves consumers with the API.
 */
export const currentTime = (): Date => clock();

/** Sets the source of `currentTime`; without one, back to the machine's clock. */
export function useClock(source?: () => Date): void {
  clock = source ?? (() => new Date());
}
