/** Shared by the pricing tests; not used at run time. */
import type { TimeBand } from "./bands";

/** The demo area's bands (areas/demo.json), written out so that the cent figures below stay meaningful. */
export const DEMO_BANDS: readonly TimeBand[] = [
  { code: "SUNDAY_HOLIDAY", multiplier: 2.0, when: "all day on Sundays and public holidays" },
  { code: "HOLIDAY_EVE", multiplier: 2.0, when: "18:00-24:00 on Saturdays, Midsummer Eve and Christmas Eve" },
  { code: "NIGHT", multiplier: 1.25, when: "22:00-07:00 on any other day" },
  { code: "SATURDAY", multiplier: 1.2, when: "07:00-18:00 on Saturdays and holiday eves" },
  { code: "WEEKDAY_EVENING", multiplier: 1.15, when: "18:00-22:00 Monday to Friday" },
  { code: "WEEKDAY_DAY", multiplier: 1.0, when: "07:00-18:00 Monday to Friday" },
];
