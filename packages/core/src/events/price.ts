import type { AreaSettings } from "../area/settings";
import { roundHalfUp, toSafeNumber } from "../budget/fraction";
import type { StoredInstrument } from "../instruments/repository";
import { priceQuantity, priceTimeBanded, type PricedEvent } from "../pricing";
import type { RecordEventBody } from "./schemas";

export type { PricedEvent };

/**
 * The amount of a delivery at the instrument's unit value: hourly services
 * minute by minute in the area's time bands (or flat when the catalogue says
 * the service is not time-banded), others quantity × unit value.
 */
export function priceDelivery(
  instrument: Pick<StoredInstrument, "unit" | "unitValueCents">,
  body: Pick<RecordEventBody, "start" | "end" | "quantity">,
  timeBanded: boolean,
  bands: AreaSettings["timeBands"],
): PricedEvent {
  if (instrument.unit !== "hour") return priceQuantity({ quantity: body.quantity!, unitValueCents: instrument.unitValueCents });
  if (timeBanded) return priceTimeBanded({ start: body.start!, end: body.end!, unitValueCents: instrument.unitValueCents, bands });
  const minutes = Math.round((Date.parse(body.end!) - Date.parse(body.start!)) / 60_000);
  const amountCents = toSafeNumber(roundHalfUp(BigInt(minutes) * BigInt(instrument.unitValueCents), 60n), "amount");
  return { amountCents, minutes, bands: [] };
}
