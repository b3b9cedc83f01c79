import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { usedCents } from "../budget/balance";
import { clipGrant, grantWithin, type GrantTerms } from "../budget/clipping";
import { fraction, type Fraction } from "../budget/fraction";
import { totalQuantity } from "../budget/granted";
import { addDays, compareDates, daysInclusive, periodsInValidity } from "../budget/periods";
import { budgetLineKey, requireBudget, type StoredBudget, type StoredBudgetLine } from "../budget/repository";
import { changeStamp, queryAll, setFields, tableName, transition } from "../db";
import { businessDate } from "../dates";
import { DomainError } from "../errors";
import { getInstruments, isOpen, type StoredInstrument } from "../instruments/repository";
import { listOwned, ownedKey } from "../ownership";
import { getPrice, getProvider } from "../providers/repository";

/**
 * Issuing a decision for a newer plan version supersedes the client's decision in force from
 * `effectiveFrom` (issue 12, docs/budget-rules.md "Superseding decisions: clipping"). This module
 * reads what is superseded and builds the transaction items that clip it; issueDecision puts
 * them into the same TransactWriteItems as the new decision and its instruments.
 */

export const inForce = ["issued", "appealed"] as const;
type Decision = { decisionId: string; budgetId: string; status: string; instrumentIds: string[]; clientId: string };

/** The periods of a grant over from..to, the part of its validity `whole` (per validity: the share of its days). */
export function periodsWithin(per: GrantTerms["per"], whole: { validFrom: string; validTo: string }, from: string, to: string): Fraction {
  return per === "validity"
    ? fraction(BigInt(daysInclusive(from, to)), BigInt(daysInclusive(whole.validFrom, whole.validTo)))
    : periodsInValidity(from, to, per);
}

const termsOf = (instrument: StoredInstrument): GrantTerms => ({
  quantity: instrument.quantityPerPeriod,
  per: instrument.per,
  unitValueCents: instrument.unitValueCents,
  validFrom: instrument.validFrom,
  validTo: instrument.validTo,
});

/** A voucher's provider as the client chose it (and, when `active`, as the provider accepted it). */
export interface CarriedProvider {
  providerId: string;
  status: "awaiting-acceptance" | "active";
  fromInstrumentId: string;
}

export interface SupersedePlan {
  /** The decisions superseded, as read (each in force when read). */
  decisions: Decision[];
  /** Transaction items: first one per superseded decision (its status condition), then the rest. */
  items: TransactWriteItem[];
  /** Old vouchers' providers by service code, to carry over to the new vouchers. */
  carried: Map<string, CarriedProvider>;
}

/** The client's decisions in force, read by key (gsi1 finds their ids; the items themselves are read strongly consistent). */
async function decisionsInForce(clientId: string, read: (id: string) => Promise<Decision | undefined>): Promise<Decision[]> {
  const ids = (await listOwned("DECISION", clientId, "decisionId")).map((item) => String(item.decisionId));
  const decisions = await Promise.all(ids.map(read));
  return decisions.filter((decision): decision is Decision => decision !== undefined && (inForce as readonly string[]).includes(decision.status));
}

/**
 * Whether a delivery on the instrument touches `from` or a later day: dated on or after it, or
 * starting the evening before and ending after midnight (gsi1 `INSTRUMENT#id`, `EVENT#date#id`,
 * from the day before). Deliveries cannot be in the future, so none exists when `from` is after
 * today, and the clipped validity refuses any recorded later: the index is not read then.
 */
async function hasDeliveryFrom(instrumentId: string, from: string, today: string): Promise<boolean> {
  if (compareDates(from, today) > 0) return false;
  const items = await queryAll({
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND gsi1sk >= :from",
    ExpressionAttributeValues: marshall({ ":pk": `INSTRUMENT#${instrumentId}`, ":from": `EVENT#${addDays(from, -1)}` }),
    ProjectionExpression: "#date, #end",
    ExpressionAttributeNames: { "#date": "date", "#end": "end" },
  });
  return items.some((item) => {
    const lastDate = typeof item.end === "string" ? businessDate(new Date(Date.parse(item.end) - 1)) : String(item.date);
    return compareDates(lastDate, from) >= 0;
  });
}

/**
 * What issuing `decisionId` on `budget` from `effectiveFrom` supersedes: every decision of the
 * client in force on a budget of an earlier plan version. 409 DECISION_SUPERSEDED when a decision
 * of a later plan version is in force, or when one seen in force on an earlier attempt no longer
 * is (a concurrent superseding issue won); 409 RETROACTIVE_SUPERSEDE when an old instrument
 * already holds a delivery dated on or after effectiveFrom (moving it is the next slice).
 */
export async function planSupersede(input: {
  clientId: string;
  budget: StoredBudget;
  decisionId: string;
  effectiveFrom: string;
  seen: Set<string>;
  read: (id: string) => Promise<Decision | undefined>;
  ctx: RequestContext;
}): Promise<SupersedePlan> {
  const { budget, effectiveFrom, ctx } = input;
  const found = (await decisionsInForce(input.clientId, input.read)).filter((decision) => decision.budgetId !== budget.budgetId);
  const withBudgets = await Promise.all(found.map(async (decision) => ({ decision, ...(await requireBudget(decision.budgetId)) })));
  if (withBudgets.some((old) => old.budget.planVersion >= budget.planVersion)) throw new DomainError("DECISION_SUPERSEDED");
  if ([...input.seen].some((id) => !found.some((decision) => decision.decisionId === id))) throw new DomainError("DECISION_SUPERSEDED");
  found.forEach((decision) => input.seen.add(decision.decisionId));

  const stamp = changeStamp(input.clientId, ctx);
  const decisionItems: TransactWriteItem[] = [];
  const items: TransactWriteItem[] = [];
  const carried = new Map<string, CarriedProvider>();
  for (const old of withBudgets) {
    decisionItems.push(
      transition(ownedKey("DECISION", old.decision.decisionId), inForce, "superseded", {
        supersededBy: input.decisionId,
        supersededFrom: effectiveFrom,
        closedAt: stamp.updatedAt,
        closedReason: "superseded",
      }, stamp),
    );
    const instruments = (await getInstruments(old.decision.instrumentIds)).filter(isOpen);
    const released = new Map<string, { cents: number; quantity: number }>();
    for (const instrument of instruments) {
      if (instrument.kind === "voucher" && instrument.providerId && (instrument.status === "active" || instrument.status === "awaiting-acceptance")) {
        const [provider, price] = await Promise.all([getProvider(instrument.providerId), getPrice(instrument.providerId, instrument.serviceCode)]);
        // A provider no longer approved, or no longer pricing the service, is not carried over: the client chooses again.
        if (provider?.status === "approved" && price !== undefined) {
          carried.set(instrument.serviceCode, { providerId: instrument.providerId, status: instrument.status, fromInstrumentId: instrument.instrumentId });
        }
      }
      if (compareDates(effectiveFrom, instrument.validTo) > 0) continue; // ends before the change: nothing to clip
      const used = usedCents(instrument);
      if (used > 0 && (await hasDeliveryFrom(instrument.instrumentId, effectiveFrom, businessDate(ctx.now)))) {
        throw new DomainError("RETROACTIVE_SUPERSEDE", { instrumentNumber: instrument.number, effectiveFrom });
      }
      const clipped = clipGrant(termsOf(instrument), effectiveFrom, used);
      const releasedCents = Math.max(0, instrument.capCents - clipped.grantedCents);
      const quantityTotal = clipped.validity
        ? totalQuantity(instrument.quantityPerPeriod, periodsWithin(instrument.per, instrument, clipped.validity.validFrom, clipped.validity.validTo))
        : 0;
      const line = released.get(instrument.lineId) ?? { cents: 0, quantity: 0 };
      released.set(instrument.lineId, { cents: line.cents + releasedCents, quantity: line.quantity + (instrument.quantityTotal - quantityTotal) });
      const set = setFields({
        ...(clipped.validity ? { validTo: clipped.validity.validTo } : { status: "closed", closedReason: "superseded" }),
        capCents: instrument.capCents - releasedCents,
        availableCents: instrument.availableCents - releasedCents,
        quantityTotal,
        supersededFrom: effectiveFrom,
        supersededByDecisionId: input.decisionId,
        ...stamp,
      });
      // Conditioned on what was read: a delivery, a choice or an acceptance in between makes the issue read again.
      items.push({
        Update: {
          TableName: tableName(),
          Key: marshall(ownedKey("INSTRUMENT", instrument.instrumentId)),
          UpdateExpression: `SET ${set.clauses.join(", ")}`,
          ConditionExpression: `availableCents = :readAvailable AND capCents = :readCap AND validTo = :readValidTo AND #st = :readStatus AND ${
            instrument.providerId ? "providerId = :readProvider" : "attribute_not_exists(providerId)"
          }`,
          ExpressionAttributeNames: { ...set.names, "#st": "status" },
          ExpressionAttributeValues: marshall(
            {
              ...set.values,
              ":readAvailable": instrument.availableCents,
              ":readCap": instrument.capCents,
              ":readValidTo": instrument.validTo,
              ":readStatus": instrument.status,
              ...(instrument.providerId ? { ":readProvider": instrument.providerId } : {}),
            },
            { removeUndefinedValues: true },
          ),
        },
      });
    }
    let releasedTotal = 0;
    for (const [lineId, { cents, quantity }] of released) {
      const line = old.lines.find((candidate) => candidate.lineId === lineId)!;
      releasedTotal += cents;
      items.push(lineClip(line, cents, quantity, stamp));
    }
    items.push({
      Update: {
        TableName: tableName(),
        Key: marshall(ownedKey("BUDGET", old.budget.budgetId)),
        UpdateExpression: "SET supersededBy = :by, supersededFrom = :from, totalGrantedCents = :total, changedBy = :who, requestId = :rid, updatedAt = :at",
        ConditionExpression: "decisionId = :decisionId AND totalGrantedCents = :readTotal",
        ExpressionAttributeValues: marshall({
          ":by": budget.budgetId,
          ":from": effectiveFrom,
          ":total": old.budget.totalGrantedCents - releasedTotal,
          ":decisionId": old.decision.decisionId,
          ":readTotal": old.budget.totalGrantedCents,
          ":who": stamp.changedBy,
          ":rid": stamp.requestId,
          ":at": stamp.updatedAt,
        }),
      },
    });
  }
  return { decisions: found, items: [...decisionItems, ...items], carried };
}

/** A budget line's grant lowered by what its clipped instruments release, conditioned on the values read. */
function lineClip(line: StoredBudgetLine, releasedCents: number, releasedQuantity: number, stamp: ReturnType<typeof changeStamp>): TransactWriteItem {
  return {
    Update: {
      TableName: tableName(),
      Key: marshall(budgetLineKey(line.budgetId, line.lineId)),
      UpdateExpression: "SET grantedCents = :granted, availableCents = :available, quantityTotal = :quantity, changedBy = :who, requestId = :rid, updatedAt = :at",
      ConditionExpression: "grantedCents = :readGranted AND availableCents = :readAvailable",
      ExpressionAttributeValues: marshall({
        ":granted": line.grantedCents - releasedCents,
        ":available": line.availableCents - releasedCents,
        ":quantity": Math.round((line.quantityTotal - releasedQuantity) * 100) / 100,
        ":readGranted": line.grantedCents,
        ":readAvailable": line.availableCents,
        ":who": stamp.changedBy,
        ":rid": stamp.requestId,
        ":at": stamp.updatedAt,
      }),
    },
  };
}

/** The new line's grant from `effectiveFrom` to the budget's validTo (the whole grant when it starts on validFrom). */
export function successorGrant(line: StoredBudgetLine, budget: Pick<StoredBudget, "validFrom" | "validTo">, effectiveFrom: string) {
  if (compareDates(effectiveFrom, budget.validFrom) <= 0) {
    return { grantedCents: line.grantedCents, quantityTotal: line.quantityTotal, periods: line.periods, changed: false };
  }
  const terms: GrantTerms = { quantity: line.quantity, per: line.per, unitValueCents: line.unitValueCents, validFrom: budget.validFrom, validTo: budget.validTo };
  const periods = periodsWithin(line.per, budget, effectiveFrom, budget.validTo);
  return {
    grantedCents: grantWithin(terms, effectiveFrom, budget.validTo),
    quantityTotal: totalQuantity(line.quantity, periods),
    periods: { numerator: periods.numerator.toString(), denominator: periods.denominator.toString() },
    changed: true,
  };
}
