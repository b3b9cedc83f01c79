import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { usedCents } from "../budget/balance";
import { clipGrant, type GrantTerms } from "../budget/clipping";
import { totalQuantity } from "../budget/granted";
import { addDays, compareDates } from "../budget/periods";
import { budgetLineKey, requireBudget } from "../budget/repository";
import { changeStamp, queryAll, setFields, transition } from "../db";
import { businessDate } from "../dates";
import { DomainError } from "../errors";
import { getInstruments, isOpen, listClientInstruments, type StoredInstrument } from "../instruments/repository";
import { keys } from "../keys";
import { listOwned, ownedKey } from "../ownership";
import { retrying, type Transaction, transaction } from "../transaction";
import { inForce, periodsWithin } from "./supersede-rules";

/**
 * Ending HB (SPEC §2.11, docs/budget-rules.md "Ending HB"): the client's open instruments end on
 * `endsOn` the way a superseding decision from endsOn + 1 clips them (clipGrant), their budget
 * lines and budgets give back what is released, and the decisions in force become `ended`.
 * Deliveries up to endsOn stay recordable until the recording deadline and settle as usual;
 * later ones are refused by the clipped validity (OUTSIDE_VALIDITY).
 *
 * Each instrument is clipped in its own transaction (instrument, line, budget: 3 items), so no
 * client is too large to end; every write is conditioned on what was read and repeats as a
 * no-op, so a run cut short is finished by sending the request again.
 */

export interface HbEnd {
  status: "ended" | "declined";
  /** The last day HB funds. */
  endsOn: string;
}

/** How often one instrument's clipping that lost a race is tried again before 409 CONCURRENT_CHANGE. */
const maxAttempts = 10;

/**
 * The last day of the latest delivery on the instrument that falls after `endsOn`, if any
 * (gsi1 `INSTRUMENT#id`, `EVENT#date#id`, from endsOn itself: a night that starts on it may end
 * the day after). Deliveries cannot be in the future, so none exists when endsOn is today or later.
 */
async function deliveryAfter(instrumentId: string, endsOn: string, today: string): Promise<string | undefined> {
  if (compareDates(endsOn, today) >= 0) return undefined;
  const items = await queryAll({
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND gsi1sk >= :from",
    ExpressionAttributeValues: marshall({ ":pk": keys.ServiceEvent.gsi1.pk({ instrumentId }), ":from": `${keys.ServiceEvent.gsi1.sk.prefix}${endsOn}` }),
    ProjectionExpression: "#date, #end",
    ExpressionAttributeNames: { "#date": "date", "#end": "end" },
  });
  const lastDates = items.map((item) => (typeof item.end === "string" ? businessDate(new Date(Date.parse(item.end) - 1)) : String(item.date)));
  return lastDates.filter((date) => compareDates(date, endsOn) > 0).sort().at(-1);
}

/** 409 DELIVERIES_AFTER_END naming the instrument, rather than clipping away a delivery already recorded. */
async function refuseDeliveriesAfter(instrument: StoredInstrument, endsOn: string, today: string): Promise<void> {
  const lastDate = await deliveryAfter(instrument.instrumentId, endsOn, today);
  if (lastDate) throw new DomainError("DELIVERIES_AFTER_END", { instrumentNumber: instrument.number, lastDate, endsOn });
}

/** Whether ending on `endsOn` changes the instrument: open, and valid on a later day. */
const endsLater = (instrument: StoredInstrument, endsOn: string) => isOpen(instrument) && compareDates(instrument.validTo, endsOn) > 0;

/** Before anything is written: 409 DELIVERIES_AFTER_END when an open instrument holds a delivery after endsOn. */
export async function checkHbEnd(clientId: string, endsOn: string, today: string): Promise<void> {
  const instruments = (await listClientInstruments(clientId)).filter((instrument) => endsLater(instrument, endsOn));
  for (const instrument of instruments) await refuseDeliveriesAfter(instrument, endsOn, today);
}

/** The three conditioned writes that end one instrument on endsOn; undefined when it needs none. */
async function endTransaction(instrument: StoredInstrument, end: HbEnd, ctx: RequestContext): Promise<Transaction | undefined> {
  if (!endsLater(instrument, end.endsOn)) return undefined;
  await refuseDeliveriesAfter(instrument, end.endsOn, businessDate(ctx.now));
  const { budget, lines } = await requireBudget(instrument.budgetId);
  const line = lines.find((candidate) => candidate.lineId === instrument.lineId)!;
  const terms: GrantTerms = {
    quantity: instrument.quantityPerPeriod,
    per: instrument.per,
    unitValueCents: instrument.unitValueCents,
    validFrom: instrument.validFrom,
    validTo: instrument.validTo,
  };
  const used = usedCents(instrument);
  const byRule = clipGrant(terms, addDays(end.endsOn, 1), used, instrument.capCents);
  const grantedCents = byRule.grantedCents;
  const releasedCents = Math.max(0, instrument.capCents - grantedCents);
  const kept = byRule.validity;
  const quantityTotal = kept ? totalQuantity(instrument.quantityPerPeriod, periodsWithin(instrument.per, instrument, kept.validFrom, kept.validTo)) : 0;
  const stamp = changeStamp(instrument.clientId, ctx);

  const set = setFields({
    // Starting after the end: nothing is left to use, the instrument closes.
    ...(kept ? { validTo: kept.validTo } : { status: "closed", closedReason: `hb-${end.status}` }),
    capCents: grantedCents,
    availableCents: instrument.availableCents - releasedCents,
    quantityTotal,
    endedOn: end.endsOn,
    ...stamp,
  });
  const stampValues = { ":who": stamp.changedBy, ":rid": stamp.requestId, ":at": stamp.updatedAt };
  return transaction()
    .update(
      "instrument",
      ownedKey("INSTRUMENT", instrument.instrumentId),
      { expression: `SET ${set.clauses.join(", ")}`, names: set.names, values: set.values },
      // A delivery, a correction or a supersede in between makes this read again.
      {
        expression: "availableCents = :readAvailable AND capCents = :readCap AND validTo = :readValidTo AND #st = :readStatus",
        names: { "#st": "status" },
        values: { ":readAvailable": instrument.availableCents, ":readCap": instrument.capCents, ":readValidTo": instrument.validTo, ":readStatus": instrument.status },
      },
    )
    .update(
      "line",
      budgetLineKey(line.budgetId, line.lineId),
      {
        expression: "SET grantedCents = :granted, availableCents = :available, quantityTotal = :quantity, changedBy = :who, requestId = :rid, updatedAt = :at",
        values: {
          ":granted": line.grantedCents - releasedCents,
          ":available": line.availableCents - releasedCents,
          ":quantity": Math.round((line.quantityTotal - (instrument.quantityTotal - quantityTotal)) * 100) / 100,
          ...stampValues,
        },
      },
      { expression: "grantedCents = :readGranted AND availableCents = :readAvailable", values: { ":readGranted": line.grantedCents, ":readAvailable": line.availableCents } },
    )
    .update(
      "budget",
      ownedKey("BUDGET", budget.budgetId),
      {
        expression: "SET endedOn = :endsOn, totalGrantedCents = :total, changedBy = :who, requestId = :rid, updatedAt = :at",
        values: { ":endsOn": end.endsOn, ":total": budget.totalGrantedCents - releasedCents, ...stampValues },
      },
      { expression: "totalGrantedCents = :readTotal", values: { ":readTotal": budget.totalGrantedCents } },
    );
}

/** Ends one instrument on endsOn, reading it again after a lost race. */
async function endInstrument(instrumentId: string, end: HbEnd, ctx: RequestContext): Promise<void> {
  await retrying(maxAttempts, async () => {
    const [instrument] = await getInstruments([instrumentId]);
    const tx = instrument && (await endTransaction(instrument, end, ctx));
    await tx?.write();
  });
}

/**
 * Ends HB on `end.endsOn`: every open instrument of the client (those of decisions already
 * superseded too) is clipped, then each decision in force becomes `ended` with `endedOn`.
 */
export async function endHb(clientId: string, end: HbEnd, ctx: RequestContext): Promise<void> {
  for (const instrument of (await listClientInstruments(clientId)).filter(isOpen)) await endInstrument(instrument.instrumentId, end, ctx);
  const stamp = changeStamp(clientId, ctx);
  const decisions = await listOwned("DECISION", clientId);
  for (const decision of decisions.filter((item) => (inForce as readonly string[]).includes(String(item.status)))) {
    const item = transition(ownedKey("DECISION", String(decision.decisionId)), inForce, "ended", {
      endedOn: end.endsOn,
      closedAt: stamp.updatedAt,
      closedReason: `hb-${end.status}`,
    }, stamp);
    // No longer in force (the index lags, or a concurrent request ended it): nothing to end.
    await transaction().add("decision", item).writeUnlessFailed("decision");
  }
}
