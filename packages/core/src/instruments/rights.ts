import { compareDates } from "../budget/periods";
import type { StoredInstrument } from "./repository";

/**
 * Who may record which day of an instrument (docs/decisions.md, decision 63):
 * the provider named on it, once it has accepted, for the days from
 * `providerFrom`; an earlier provider that had accepted it, for the days of
 * its entry in `providers`, while the instrument is open. A delivery lies
 * wholly in one provider's days, so no day is ever two providers'.
 */

type Days = { readonly date: string; readonly lastDate: string };
type Held = Pick<StoredInstrument, "providerId" | "providerFrom" | "providers" | "status" | "validFrom">;

/** The first day of the provider named on the instrument: a first choice holds the whole validity. */
export const providerFromOf = (instrument: Pick<StoredInstrument, "providerFrom" | "validFrom">): string => instrument.providerFrom ?? instrument.validFrom;

/** Whether the provider could record some day on it at all: named and accepted, or an earlier provider of an open instrument. */
export const mayRecord = (instrument: Held, providerId: string): boolean =>
  (instrument.providerId === providerId && instrument.status === "active") ||
  (instrument.status !== "closed" && (instrument.providers ?? []).some((span) => span.providerId === providerId));

/** A condition expression with its values and attribute names. */
export interface Condition {
  expression: string;
  values: Record<string, unknown>;
  names?: Record<string, string>;
}

/** The right a delivery is recorded by: `current` (the accepted provider named on it) or the index of the provider's entry in `providers`. */
export type DeliveryRight = "current" | number;

/** The provider's right to a delivery on these days, if it has one. */
export function deliveryRight(instrument: Held, providerId: string, days: Days): DeliveryRight | undefined {
  if (instrument.providerId === providerId && instrument.status === "active" && compareDates(days.date, providerFromOf(instrument)) >= 0) return "current";
  if (instrument.status === "closed") return undefined;
  const index = (instrument.providers ?? []).findIndex(
    (span) => span.providerId === providerId && compareDates(span.from, days.date) <= 0 && compareDates(days.lastDate, span.to) <= 0,
  );
  return index >= 0 ? index : undefined;
}

/**
 * The same right as a condition on the instrument item, so a switch or a
 * closing committed after the check fails the write (which is then retried
 * from a fresh read). An earlier provider's entry never changes once
 * written: its index names it for good.
 */
export function rightCondition(right: DeliveryRight, providerId: string, days: Days): Condition {
  if (right === "current") {
    return {
      expression: "#status = :active AND providerId = :provider AND (attribute_not_exists(providerFrom) OR providerFrom <= :first)",
      values: { ":active": "active", ":provider": providerId, ":first": days.date },
      names: { "#status": "status" },
    };
  }
  const span = `providers[${right}]`;
  return {
    expression: `#status <> :closed AND ${span}.providerId = :provider AND ${span}.#from <= :first AND ${span}.#to >= :last`,
    values: { ":closed": "closed", ":provider": providerId, ":first": days.date, ":last": days.lastDate },
    names: { "#status": "status", "#from": "from", "#to": "to" },
  };
}
