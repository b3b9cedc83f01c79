import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { usedCents, type Consumption } from "../budget/balance";
import { periodQuantityOf, periodUseWrites } from "../budget/period-use";
import { clipGrant } from "../budget/clipping";
import { totalQuantity } from "../budget/granted";
import { compareDates } from "../budget/periods";
import { budgetLineKey, requireBudget, type StoredBudget, type StoredBudgetLine } from "../budget/repository";
import { changeStamp, queryAll, setFields, tableName, transition } from "../db";
import { businessDate } from "../dates";
import { DomainError } from "../errors";
import { getInstruments, isOpen, type StoredInstrument } from "../instruments/repository";
import { keys } from "../keys";
import { listOwned, ownedKey } from "../ownership";
import { getPrice, getProvider } from "../providers/repository";
import {
  type CarriedProvider,
  carriedProvider,
  consumptionOf,
  counterClauses,
  counterValues,
  countedCents,
  inForce,
  lastDateOf,
  type MovableEvent,
  periodsWithin,
  termsOf,
} from "./supersede-rules";

/**
 * Issuing a decision for a newer plan version supersedes the client's decision in force from
 * `effectiveFrom` (issue 12, docs/budget-rules.md "Superseding decisions: clipping"). This module
 * reads what is superseded and builds the transaction items that clip it; issueDecision puts
 * them into the same TransactWriteItems as the new decision and its instruments.
 */

type Decision = { decisionId: string; budgetId: string; status: string; instrumentIds: string[]; clientId: string; supersededFrom?: string };

export interface SupersedePlan {
  /** The decisions superseded, as read (each in force when read). */
  decisions: Decision[];
  /** One transaction item per superseded decision, in the order of `decisions` (its status condition). */
  decisionItems: TransactWriteItem[];
  /** The other transaction items: what is clipped of the superseded decisions' instruments, lines and budgets. */
  items: TransactWriteItem[];
  /** Old vouchers' providers by service code, to carry over to the new vouchers. */
  carried: Map<string, CarriedProvider>;
  /** Deliveries dated from effectiveFrom on, by service code: the successor of the same service takes them (moveItems, move-deliveries.ts). */
  moved: Map<string, MovableEvent[]>;
}

/**
 * The client's decisions a decision from `effectiveFrom` takes days from, read by key (gsi1 finds
 * their ids; the items themselves are read strongly consistent): those in force, and those
 * already superseded from a later day (their instruments still fund the days up to it).
 */
async function decisionsToClip(clientId: string, effectiveFrom: string, read: (id: string) => Promise<Decision | undefined>): Promise<Decision[]> {
  const ids = (await listOwned("DECISION", clientId, "decisionId")).map((item) => String(item.decisionId));
  const decisions = await Promise.all(ids.map(read));
  return decisions.filter(
    (decision): decision is Decision =>
      decision !== undefined &&
      ((inForce as readonly string[]).includes(decision.status) ||
        (decision.status === "superseded" && decision.supersededFrom !== undefined && compareDates(decision.supersededFrom, effectiveFrom) > 0)),
  );
}

/**
 * The deliveries of an instrument dated on or after `from`, which a retroactive decision moves to
 * its successor. All of the instrument's events are read (gsi1 `INSTRUMENT#id`): the index is
 * eventually consistent, so their sum must equal the instrument's use as read, or the issue reads
 * again. A delivery running over midnight into `from` belongs to neither side: 409
 * DELIVERY_SPANS_CHANGE. Deliveries cannot be in the future, so nothing is read when `from` is
 * after today.
 */
async function deliveriesFrom(instrument: StoredInstrument, from: string, today: string): Promise<MovableEvent[]> {
  if (compareDates(from, today) > 0 || usedCents(instrument) === 0) return [];
  const events = (await queryAll({
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND begins_with(gsi1sk, :prefix)",
    ExpressionAttributeValues: marshall({ ":pk": keys.ServiceEvent.gsi1.pk({ instrumentId: instrument.instrumentId }), ":prefix": keys.ServiceEvent.gsi1.sk.prefix }),
  })) as unknown as MovableEvent[];
  if (events.reduce((sum, event) => sum + countedCents(event), 0) !== usedCents(instrument)) throw new IndexBehind();
  const spanning = events.find((event) => compareDates(event.date, from) < 0 && compareDates(lastDateOf(event), from) >= 0);
  if (spanning) throw new DomainError("DELIVERY_SPANS_CHANGE", { instrumentNumber: instrument.number, date: spanning.date, effectiveFrom: from });
  return events.filter((event) => compareDates(event.date, from) >= 0);
}

/** The event index does not yet show what the instrument counts: the issue reads again, like any lost race. */
export class IndexBehind extends Error {}

/**
 * What issuing `decisionId` on `budget` from `effectiveFrom` supersedes: every decision of the
 * client in force on a budget of an earlier plan version. 409 DECISION_SUPERSEDED when a decision
 * of a later plan version is in force, or when one seen in force on an earlier attempt no longer
 * is (a concurrent superseding issue won). A retroactive effectiveFrom moves the deliveries
 * already recorded from that day on to the successor of the same service (`moved`; the old
 * instrument and line stop counting them here, moveItems writes the other side).
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
  const found = (await decisionsToClip(input.clientId, effectiveFrom, input.read)).filter((decision) => decision.budgetId !== budget.budgetId);
  const withBudgets = await Promise.all(found.map(async (decision) => ({ decision, ...(await requireBudget(decision.budgetId)) })));
  if (withBudgets.some((old) => old.budget.planVersion >= budget.planVersion)) throw new DomainError("DECISION_SUPERSEDED");
  if ([...input.seen].some((id) => !found.some((decision) => decision.decisionId === id))) throw new DomainError("DECISION_SUPERSEDED");
  found.forEach((decision) => input.seen.add(decision.decisionId));

  const stamp = changeStamp(input.clientId, ctx);
  const decisionItems: TransactWriteItem[] = [];
  const items: TransactWriteItem[] = [];
  const carried = new Map<string, CarriedProvider>();
  const moved = new Map<string, MovableEvent[]>();
  for (const old of withBudgets) {
    const wasInForce = (inForce as readonly string[]).includes(old.decision.status);
    // One superseded already is taken over earlier now, if nobody else moved its day meanwhile.
    decisionItems.push(
      transition(ownedKey("DECISION", old.decision.decisionId), wasInForce ? inForce : ["superseded"], "superseded", {
        supersededBy: input.decisionId,
        supersededFrom: effectiveFrom,
        closedAt: stamp.updatedAt,
        closedReason: "superseded",
      }, stamp, [], wasInForce ? undefined : { expression: "supersededFrom = :readFrom", values: { ":readFrom": old.decision.supersededFrom } }),
    );
    const instruments = (await getInstruments(old.decision.instrumentIds)).filter(isOpen);
    const released = new Map<string, { cents: number; quantity: number; moved: MovableEvent[] }>();
    for (const instrument of instruments) {
      // The provider of the voucher in force carries over (an older one's was carried when it was superseded).
      if (wasInForce && instrument.kind === "voucher" && instrument.providerId && (instrument.status === "active" || instrument.status === "awaiting-acceptance")) {
        const [provider, price] = await Promise.all([getProvider(instrument.providerId), getPrice(instrument.providerId, instrument.serviceCode)]);
        // A provider no longer approved, or no longer pricing the service, is not carried over: the client chooses again.
        if (provider?.status === "approved" && price !== undefined) {
          carried.set(instrument.serviceCode, carriedProvider({ ...instrument, providerId: instrument.providerId, status: instrument.status }, effectiveFrom));
        }
      }
      if (compareDates(effectiveFrom, instrument.validTo) > 0) continue; // ends before the change: nothing to clip
      const moving = await deliveriesFrom(instrument, effectiveFrom, businessDate(ctx.now));
      const movedOut = consumptionOf(moving);
      const kept = usedCents(instrument) - usedCents(movedOut);
      const clipped = clipGrant(termsOf(instrument), effectiveFrom, kept, instrument.capCents);
      const releasedCents = Math.max(0, instrument.capCents - clipped.grantedCents);
      const quantityTotal = clipped.validity
        ? totalQuantity(instrument.quantityPerPeriod, periodsWithin(instrument.per, instrument, clipped.validity.validFrom, clipped.validity.validTo))
        : 0;
      const line = released.get(instrument.lineId) ?? { cents: 0, quantity: 0, moved: [] as MovableEvent[] };
      released.set(instrument.lineId, { cents: line.cents + releasedCents, quantity: line.quantity + (instrument.quantityTotal - quantityTotal), moved: [...line.moved, ...moving] });
      if (moving.length > 0) {
        const already = moved.get(instrument.serviceCode) ?? [];
        moved.set(instrument.serviceCode, [...already, ...moving]);
        items.push(...periodUseWrites(instrument.instrumentId, moving.map((event) => ({ periodStart: event.periodStart, cents: -countedCents(event), hundredths: -periodQuantityOf(event) }))));
      }
      const set = setFields({
        ...(clipped.validity ? { validTo: clipped.validity.validTo } : { status: "closed", closedReason: "superseded" }),
        capCents: instrument.capCents - releasedCents,
        // available = cap − used: the cap gives back what is released, the moved deliveries stop using it.
        availableCents: instrument.availableCents - releasedCents + usedCents(movedOut),
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
          UpdateExpression: `SET ${[...set.clauses, ...counterClauses(movedOut, -1)].join(", ")}`,
          ConditionExpression: `availableCents = :readAvailable AND capCents = :readCap AND validTo = :readValidTo AND #st = :readStatus AND ${
            instrument.providerId ? "providerId = :readProvider" : "attribute_not_exists(providerId)"
          }`,
          ExpressionAttributeNames: { ...set.names, "#st": "status" },
          ExpressionAttributeValues: marshall(
            {
              ...set.values,
              ...counterValues(movedOut),
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
    for (const [lineId, { cents, quantity, moved: movedFromLine }] of released) {
      const line = old.lines.find((candidate) => candidate.lineId === lineId)!;
      releasedTotal += cents;
      items.push(lineClip(line, cents, quantity, consumptionOf(movedFromLine), stamp));
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
  return { decisions: found, decisionItems, items, carried, moved };
}

/**
 * A budget line's grant lowered by what its clipped instruments release, and its use by the
 * deliveries moved to the successor, conditioned on the values read.
 */
function lineClip(
  line: StoredBudgetLine,
  releasedCents: number,
  releasedQuantity: number,
  movedOut: Consumption,
  stamp: ReturnType<typeof changeStamp>,
): TransactWriteItem {
  return {
    Update: {
      TableName: tableName(),
      Key: marshall(budgetLineKey(line.budgetId, line.lineId)),
      UpdateExpression: [
        "SET grantedCents = :granted, availableCents = :available, quantityTotal = :quantity, changedBy = :who, requestId = :rid, updatedAt = :at",
        ...counterClauses(movedOut, -1),
      ].join(", "),
      ConditionExpression: "grantedCents = :readGranted AND availableCents = :readAvailable",
      ExpressionAttributeValues: marshall({
        ":granted": line.grantedCents - releasedCents,
        ":available": line.availableCents - releasedCents + usedCents(movedOut),
        ":quantity": Math.round((line.quantityTotal - releasedQuantity) * 100) / 100,
        ":readGranted": line.grantedCents,
        ":readAvailable": line.availableCents,
        ":who": stamp.changedBy,
        ":rid": stamp.requestId,
        ":at": stamp.updatedAt,
        ...counterValues(movedOut),
      }),
    },
  };
}
