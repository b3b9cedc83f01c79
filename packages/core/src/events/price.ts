import type { AreaSettings, EventKindRules } from "../area/settings";
import { roundHalfUp, toSafeNumber } from "../budget/fraction";
import { getService } from "../catalogue/repository";
import type { StoredInstrument } from "../instruments/repository";
import { priceQuantity, priceTimeBanded, type PricedEvent } from "../pricing";
import type { RecordEventBody } from "./schemas";

export type { PricedEvent };

/**
 * The amount of a delivery at the instrument's unit value: hourly services
 * minute by minute in the area's time bands (or flat when the catalogue says
 * the service is not time-banded), others quantity × unit value; a late
 * cancellation or a no-show at the area's share of that, rounded once.
 */
export function priceDelivery(
  instrument: Pick<StoredInstrument, "unit" | "unitValueCents">,
  body: Pick<RecordEventBody, "start" | "end" | "quantity">,
  timeBanded: boolean,
  bands: AreaSettings["timeBands"],
  sharePercent = 100,
): PricedEvent {
  if (instrument.unit !== "hour") return priceQuantity({ quantity: body.quantity!, unitValueCents: instrument.unitValueCents, sharePercent });
  if (timeBanded) return priceTimeBanded({ start: body.start!, end: body.end!, unitValueCents: instrument.unitValueCents, bands, sharePercent });
  const minutes = Math.round((Date.parse(body.end!) - Date.parse(body.start!)) / 60_000);
  const amountCents = toSafeNumber(roundHalfUp(BigInt(minutes) * BigInt(instrument.unitValueCents) * BigInt(sharePercent), 6000n), "amount");
  return { amountCents, minutes, bands: [] };
}

/** What the catalogue says about pricing an instrument's service; the bands are the area's on each delivery's date. */
export interface ServicePricing {
  timeBanded: boolean;
  /** The area's rules for late cancellations and no-shows of the service. */
  kinds?: EventKindRules;
}

export async function pricingFor(instrument: Pick<StoredInstrument, "serviceCode">): Promise<ServicePricing> {
  const service = await getService(instrument.serviceCode);
  return { timeBanded: service?.timeBanded ?? false, ...(service?.eventKinds ? { kinds: service.eventKinds } : {}) };
}
