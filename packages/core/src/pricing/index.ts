/** Pricing engine for service events (SPEC §2 step 8). Pure functions; see docs/pricing.md. */
export { priceTimeBanded, priceQuantity, PRICING_LIMITS, type PricedBand, type PricedEvent } from "./price";
export { bandAt, KNOWN_BAND_CODES, type BandCode, type TimeBand } from "./bands";
export { finnishHoliday, isHolidayEve, easterSunday, type FinnishHoliday, type FinnishHolidayCode, type LocalizedName } from "./holidays";
export { DEFAULT_ZONE } from "./zone";
