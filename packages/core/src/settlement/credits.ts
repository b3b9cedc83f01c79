import { randomUUID } from "node:crypto";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { periodUseWrites } from "../budget/period-use";
import { budgetLineKey } from "../budget/repository";
import { businessDate } from "../dates";
import { balanceChange, changeStamp, queryAll } from "../db";
import { DomainError } from "../errors";
import { requireEvent, type StoredEvent } from "../events/view";
import { keys } from "../keys";
import { ownedKey } from "../ownership";
import { conflictOr, lastError, retrying, transaction } from "../transaction";
import type { CreateCreditBody, Credit } from "./schemas";

export const creditKey = (creditId: string) => keys.Credit.key({ creditId });

type SettledEvent = StoredEvent & { creditableCents?: number; creditedCents?: number };

const maxAttempts = 10;

/**
 * Credits part of a settled or paid event. In one transaction: the credit,
 * the event's remaining amount (never below zero, by condition) and the
 * balance: the amount leaves `settledCents` or `paidCents` (and the use of
 * the delivery's period) and is available to the client again. The settlement queue then puts it into the
 * provider's next open statement as a negative line.
 */
export async function createCredit(eventId: string, body: CreateCreditBody, ctx: RequestContext): Promise<Credit> {
  // Paid or credited meanwhile: read again and decide anew.
  return retrying(maxAttempts, async () => {
    const event = (await requireEvent(eventId)) as SettledEvent;
    if (event.status !== "settled" && event.status !== "paid") throw new DomainError("EVENT_NOT_SETTLED", { status: event.status });
    const remaining = event.creditableCents ?? 0;
    if (body.amountCents > remaining) throw new DomainError("CREDIT_EXCEEDS_EVENT", { remainingCents: remaining });

    const stamp = changeStamp(event.clientId, ctx);
    const credit: Credit = {
      creditId: randomUUID(),
      eventId,
      instrumentId: event.instrumentId,
      instrumentNumber: event.instrumentNumber,
      clientId: event.clientId,
      providerId: event.providerId,
      serviceCode: event.serviceCode,
      amountCents: body.amountCents,
      reasonCode: body.reasonCode,
      explanation: body.explanation,
      date: businessDate(ctx.now),
      createdAt: ctx.now.toISOString(),
      createdBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
    };
    const counter = event.status === "settled" ? "settledCents" : "paidCents";
    const move = { availableCents: body.amountCents, [counter]: -body.amountCents };
    await transaction()
      .update(
        "event",
        ownedKey("EVENT", eventId),
        {
          expression: "SET creditableCents = creditableCents - :amount, creditedCents = creditedCents + :amount, changedBy = :by, requestId = :rid, updatedAt = :at",
          values: { ":amount": body.amountCents, ":by": stamp.changedBy, ":rid": stamp.requestId, ":at": stamp.updatedAt },
        },
        // The status read decides which counter the amount leaves, the instrument read which balance; the remainder can never go below zero.
        {
          expression: "#status = :status AND creditableCents >= :amount AND instrumentId = :instrument",
          names: { "#status": "status" },
          values: { ":status": event.status, ":instrument": event.instrumentId },
        },
      )
      .put(
        "credit",
        { ...creditKey(credit.creditId), type: "Credit", ...keys.Credit.gsi1({ eventId, createdAt: credit.createdAt, creditId: credit.creditId }), ...credit, ...stamp },
        "attribute_not_exists(pk)",
      )
      .add("instrument", balanceChange(ownedKey("INSTRUMENT", event.instrumentId), move, undefined, stamp))
      .add("line", balanceChange(budgetLineKey(event.budgetId, event.lineId), move, undefined, stamp))
      // The delivery's period used less than recorded.
      .add("periodUse", ...periodUseWrites(event.instrumentId, [{ periodStart: event.periodStart, cents: -body.amountCents }]))
      .write();
    return {
      ...credit,
      event: { status: event.status, amountCents: event.amountCents, creditedCents: (event.creditedCents ?? 0) + body.amountCents },
    };
  }, { retryWhen: conflictOr("event"), exhausted: lastError });
}

/** The credits given on an event (gsi1 `EVENT#<eventId>`), oldest first, as the API shows them. */
export async function creditsOfEvent(eventId: string): Promise<Credit[]> {
  const items = await queryAll({
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND begins_with(gsi1sk, :prefix)",
    ExpressionAttributeValues: marshall({ ":pk": keys.Credit.gsi1.pk({ eventId }), ":prefix": keys.Credit.gsi1.sk.prefix }),
  });
  return items.map((item) => {
    const { creditId, instrumentId, instrumentNumber, clientId, providerId, serviceCode, amountCents, reasonCode, explanation, date, createdAt, createdBy, statementId } = item;
    return {
      creditId, eventId, instrumentId, instrumentNumber, clientId, providerId, serviceCode, amountCents, reasonCode, explanation, date, createdAt, createdBy,
      ...(statementId ? { statementId } : {}),
    } as Credit;
  });
}
