/** The age groups of the statistics' breakdown (docs/statistics.md). */
const AGE_GROUPS = ["0-17", "18-29", "30-49", "50-64", "65+"] as const;

/** A client's age group at a month's end, from the birth date; `unknown` without one. */
export function ageGroupAt(birthDate: string | undefined, month: string): (typeof AGE_GROUPS)[number] | "unknown" {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return "unknown";
  const [year, mon] = month.split("-").map(Number) as [number, number];
  // The month's last day: day 0 of the next month.
  const end = new Date(Date.UTC(year, mon, 0));
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  let age = end.getUTCFullYear() - by;
  if (end.getUTCMonth() + 1 < bm || (end.getUTCMonth() + 1 === bm && end.getUTCDate() < bd)) age -= 1;
  if (age < 18) return "0-17";
  if (age < 30) return "18-29";
  if (age < 50) return "30-49";
  if (age < 65) return "50-64";
  return "65+";
}
