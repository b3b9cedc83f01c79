import { daysInMonth } from "../budget/periods";

/**
 * The last end day whose retention period of `years` whole years has run out
 * by `today`: the same date `years` earlier, 29 February becoming 28 February.
 * A client whose HB ended on 29.2.2028 is therefore kept until 1.3.2038.
 */
export function retentionCutoff(today: string, years: number): string {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const earlier = year - years;
  const clamped = Math.min(day, daysInMonth(earlier, month));
  return `${String(earlier).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(clamped).padStart(2, "0")}`;
}

/** Whether a client born on `birthDate` (YYYY-MM-DD) falls on one of the area's permanent days of the month. */
export const bornOnPermanentDay = (birthDate: string | undefined, permanentBirthDays: readonly number[]): boolean =>
  birthDate !== undefined && permanentBirthDays.includes(Number(birthDate.slice(8, 10)));
