import { randomUUID } from "node:crypto";
import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { addDays, compareDates } from "../budget/periods";
import { formatDate } from "../budget/format";
import { businessDate } from "../dates";
import { changeStamp, dynamo, isConditionalCheckFailed, tableName } from "../db";
import { inboxOf, notificationWrites } from "../notifications/repository";
import { DomainError, notFound } from "../errors";
import { interpolate, type Language } from "../language";
import { historyTexts } from "./history-texts";
import { ownedKey } from "../ownership";
import { retrying, transaction } from "../transaction";
import type { AppealOutcomeBody } from "./schemas";
import { inForce } from "./supersede-rules";
import type { StoredDecision } from "./view";

/**
 * Requests for review (oikaisuvaatimus) and their outcomes (issue 12, SPEC §2 step 6). An appeal
 * keeps the decision in force; its outcome is recorded once. Upheld or partly upheld, the worker
 * issues an amended decision that supersedes this one from the outcome's `effectiveFrom` (which
 * may be this decision's first day: the deliveries move and the difference is granted for the
 * past too); dismissed or withdrawn, the decision stays as it was. The decision is `appealed`
 * while an appeal awaits its outcome.
 */

export type AppealOutcome = AppealOutcomeBody["outcome"];
export type StoredAppeal = StoredDecision["appeals"][number];

const maxAttempts = 5;

export async function recordAppeal(decision: StoredDecision, appeal: { receivedOn: string; text: string }, ctx: RequestContext): Promise<StoredDecision> {
  if (!(inForce as readonly string[]).includes(decision.status)) throw new DomainError("DECISION_NOT_IN_FORCE", { status: decision.status });
  const entry: StoredAppeal = {
    appealId: randomUUID(),
    receivedOn: appeal.receivedOn,
    text: appeal.text,
    recordedBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
    recordedAt: ctx.now.toISOString(),
  };
  const changed = changeStamp(decision.clientId, ctx);
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(ownedKey("DECISION", decision.decisionId)),
        // An appeal keeps the decision in force: its instruments stay as they are.
        UpdateExpression: "SET appeals = list_append(appeals, :appeal), #status = :appealed, changedBy = :by, requestId = :rid, updatedAt = :at",
        ConditionExpression: "#status IN (:issued, :appealed)",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: marshall({
          ":appeal": [entry],
          ":appealed": "appealed",
          ":issued": "issued",
          ":by": changed.changedBy,
          ":rid": changed.requestId,
          ":at": changed.updatedAt,
        }),
      }),
    );
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw new DomainError("DECISION_NOT_IN_FORCE", { status: "changed" });
    throw error;
  }
  return { ...decision, status: "appealed", appeals: [...decision.appeals, entry] };
}

/** The first day an upheld outcome may amend from: within the decision's days, never after a successor took over. */
function checkEffectiveFrom(decision: StoredDecision, effectiveFrom: string, validTo: string): void {
  const from = decision.effectiveFrom ?? effectiveFrom;
  const to = decision.supersededFrom ? addDays(decision.supersededFrom, -1) : validTo;
  if (compareDates(effectiveFrom, from) < 0 || compareDates(effectiveFrom, to) > 0) {
    throw new DomainError("VALIDATION_FAILED", {}, [{ path: "/body/effectiveFrom", code: "EFFECTIVE_FROM_OUTSIDE_DECISION", params: { from, to } }]);
  }
}

/**
 * Records the outcome of one appeal (once: 409 APPEAL_DECIDED). Written only if the decision is
 * unchanged since read, so two outcomes at once never both land and the status follows the
 * appeals as they are: `appealed` → `issued` when none awaits an outcome any more.
 */
export async function decideAppeal(
  decisionId: string,
  appealId: string,
  body: AppealOutcomeBody,
  validTo: (decision: StoredDecision) => Promise<string>,
  ctx: RequestContext,
  read: (id: string) => Promise<StoredDecision | undefined>,
): Promise<StoredDecision> {
  // Changed since it was read (another outcome, an appeal, a supersede): the retry reads it again.
  return retrying(maxAttempts, async () => {
    const decision = await read(decisionId);
    if (!decision) throw notFound("decision");
    const index = decision.appeals.findIndex((appeal) => appeal.appealId === appealId);
    if (index < 0) throw notFound("appeal");
    if (decision.appeals[index]!.outcome) throw new DomainError("APPEAL_DECIDED", { outcome: decision.appeals[index]!.outcome!.outcome });
    const amends = body.outcome === "upheld" || body.outcome === "partly-upheld";
    if (amends) checkEffectiveFrom(decision, body.effectiveFrom!, await validTo(decision));
    const outcome: NonNullable<StoredAppeal["outcome"]> = {
      outcome: body.outcome,
      decidedOn: body.decidedOn,
      reasoning: body.reasoning,
      ...(amends ? { effectiveFrom: body.effectiveFrom! } : {}),
      recordedBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
      recordedAt: ctx.now.toISOString(),
    };
    const appeals = decision.appeals.map((appeal, at) => (at === index ? { ...appeal, outcome } : appeal));
    const open = appeals.some((appeal) => !appeal.outcome);
    const status = decision.status === "appealed" && !open ? "issued" : decision.status;
    const changed = changeStamp(decision.clientId, ctx);
    // The client and its representatives (who share the client's inbox) are told in the same transaction.
    const told = notificationWrites([
      {
        inbox: inboxOf.client(decision.clientId),
        kind: "appeal-decided",
        clientId: decision.clientId,
        decisionId,
        decisionNumber: decision.number,
        outcome: outcome.outcome,
        decidedOn: outcome.decidedOn,
        ...(outcome.effectiveFrom ? { effectiveFrom: outcome.effectiveFrom } : {}),
        createdAt: changed.updatedAt,
      },
    ]);
    await transaction()
      .update(
        "decision",
        ownedKey("DECISION", decisionId),
        {
          expression: `SET appeals[${index}].outcome = :outcome, #status = :status, changedBy = :by, requestId = :rid, updatedAt = :at`,
          names: { "#status": "status" },
          values: { ":outcome": outcome, ":status": status, ":by": changed.changedBy, ":rid": changed.requestId, ":at": changed.updatedAt },
        },
        { expression: "updatedAt = :read", values: { ":read": (decision as StoredDecision & { updatedAt: string }).updatedAt } },
      )
      .add("notifications", ...told)
      .write();
    return { ...decision, status, appeals };
  });
}

/**
 * The effectiveFrom an amended decision takes when its draft names none: the day the client's
 * upheld appeal outcome gives, while the decision it amends is still in force.
 */
export function amendmentFrom(decisions: readonly StoredDecision[]): string | undefined {
  const pending = decisions
    .filter((decision) => (inForce as readonly string[]).includes(decision.status))
    .flatMap((decision) => decision.appeals.flatMap((appeal) => (appeal.outcome?.effectiveFrom ? [appeal.outcome] : [])))
    .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  return pending[0]?.effectiveFrom;
}


export type HistoryEntry = {
  event: "issued" | "appealed" | "appeal-decided" | "superseded" | "revoked" | "ended";
  on: string;
  appealId?: string;
  outcome?: AppealOutcome;
  decisionId?: string;
  text: string;
};

/** What happened to the decision in the order it was recorded, each with a plain-language sentence in `language`. */
export function decisionHistory(decision: StoredDecision, language: Language): HistoryEntry[] {
  const say = (key: keyof typeof historyTexts, params: Record<string, string>) =>
    interpolate(historyTexts[key][language], Object.fromEntries(Object.entries(params).map(([name, date]) => [name, formatDate(date, language)])));
  // `at`: when HB recorded it (a retroactive change is dated in the past but happened last).
  const entries: (HistoryEntry & { at: string })[] = [];
  if (decision.issuedAt) {
    const on = businessDate(new Date(decision.issuedAt));
    entries.push({ at: decision.issuedAt, event: "issued", on, text: say("issued", { at: on, from: decision.effectiveFrom ?? on }) });
  }
  for (const appeal of decision.appeals) {
    entries.push({ at: appeal.recordedAt, event: "appealed", on: appeal.receivedOn, appealId: appeal.appealId, text: say("appealed", { at: appeal.receivedOn }) });
    const outcome = appeal.outcome;
    if (outcome) {
      entries.push({
        at: outcome.recordedAt,
        event: "appeal-decided",
        on: outcome.decidedOn,
        appealId: appeal.appealId,
        outcome: outcome.outcome,
        text: say(outcome.outcome, { at: outcome.decidedOn, ...(outcome.effectiveFrom ? { from: outcome.effectiveFrom } : {}) }),
      });
    }
  }
  const closedAt = decision.closedAt ?? "";
  if (decision.supersededBy && decision.supersededFrom) {
    entries.push({
      at: closedAt,
      event: "superseded",
      on: decision.supersededFrom,
      decisionId: decision.supersededBy,
      // Superseded from its own first day or earlier, it funded no day at all.
      text:
        decision.effectiveFrom && compareDates(decision.supersededFrom, decision.effectiveFrom) <= 0
          ? say("replaced", { from: decision.supersededFrom })
          : say("superseded", { from: decision.supersededFrom, to: addDays(decision.supersededFrom, -1) }),
    });
  } else if ((decision.status === "revoked" || decision.status === "ended") && decision.closedAt) {
    const on = decision.endedOn ?? businessDate(new Date(decision.closedAt));
    entries.push({ at: closedAt, event: decision.status, on, text: say(decision.status, { at: on }) });
  }
  return entries.map((entry, order) => ({ entry, order })).sort((a, b) => a.entry.at.localeCompare(b.entry.at) || a.order - b.order).map(({ entry: { at: _at, ...entry } }) => entry);
}
