import { marshall } from "@aws-sdk/util-dynamodb";
import type { AreaSettings } from "../area/settings";
import { getItem, queryAll, versionedPut } from "../db";
import { dayNumber } from "../budget/periods";
import { responsibleWorker } from "../clients/responsible-worker";
import { instrumentPaceSubject, recentUse } from "../instruments/recent-use";
import { getInstruments, isOpen, type StoredInstrument } from "../instruments/repository";
import { keys } from "../keys";
import { inboxOf, type InstrumentNotification, notificationWrites } from "../notifications/repository";
import { conflictOr, lastError, retrying, transaction } from "../transaction";
import { type DriftState, driftState, nextChangeOn, type NotificationKind, notificationsFor } from "./rules";

/**
 * Each instrument's last notified drift state lives next to it
 * (`INSTRUMENT#<id>` / `DRIFT`), with a version: a new state and its
 * notifications commit in one transaction conditioned on that version, so a
 * redelivered or reordered record, or the daily job running at the same
 * time, notifies each change once. While the state can still change without
 * a delivery, the item is in the sparse gsi3 under `DRIFT-WATCH` by that day.
 */
interface StoredDrift extends DriftState {
  version: number;
  nextCheckOn?: string;
}

/**
 * Who hears of what: the worker and the client's inbox (which its representatives read) of every
 * kind, so under-use and gaps reach the client early enough to act (SPEC §2.10); the provider of near-exhaustion.
 */
function inboxesFor(kind: NotificationKind, threshold: number | undefined, instrument: StoredInstrument, workerSub: string | undefined): InstrumentNotification["inbox"][] {
  const inboxes: InstrumentNotification["inbox"][] = [];
  if (workerSub) inboxes.push(inboxOf.worker(workerSub));
  inboxes.push(inboxOf.client(instrument.clientId));
  const nearExhaustion = kind === "exhausted" || (kind === "threshold" && (threshold ?? 0) >= 0.9);
  if (nearExhaustion && instrument.providerId) inboxes.push(inboxOf.provider(instrument.providerId));
  return inboxes;
}

const sameStored = (stored: StoredDrift | undefined, state: DriftState, next: string | undefined) =>
  stored !== undefined && stored.status === state.status && stored.threshold === state.threshold && stored.expiring === state.expiring && stored.nextCheckOn === next;

/**
 * Evaluates one instrument on `today` (O(1): the instrument, its drift item,
 * its newest event, the use of its current month or week) and, when its state changed, stores the new state with
 * the notifications it raises. Returns how many notifications were written.
 */
export async function evaluateInstrument(instrumentId: string, today: string, area: Pick<AreaSettings, "drift">, now: Date): Promise<number> {
  // Someone evaluated it at the same moment: read again (six times at most); their notifications stand.
  return retrying(6, async () => {
    const [[instrument], stored] = await Promise.all([getInstruments([instrumentId]), getItem<StoredDrift>(keys.DriftState.key({ instrumentId }))]);
    if (!instrument) return 0;
    const subject = instrumentPaceSubject(instrument, (await recentUse([instrument], today)).get(instrumentId)!);
    const state = driftState(subject, today, area.drift);
    // A closed instrument raises nothing more and leaves the watch list.
    const open = isOpen(instrument);
    const next = open ? nextChangeOn(subject, today, area.drift) : undefined;
    if (sameStored(stored, state, next)) return 0;

    const raised = open ? notificationsFor(stored, state) : [];
    const workerSub = raised.length > 0 ? await responsibleWorker(instrument.clientId, instrument.decisionId) : undefined;
    // A gap is told in days ("not used for 22 days"), counted as the rule counts them.
    const idleDays = dayNumber(today) - dayNumber(subject.lastUseOn ?? subject.validFrom);
    const notifications: Omit<InstrumentNotification, "notificationId">[] = raised.flatMap(({ kind, threshold }) =>
      inboxesFor(kind, threshold, instrument, workerSub).map((inbox) => ({
        inbox,
        kind,
        ...(threshold !== undefined ? { threshold } : {}),
        ...(kind === "gap" ? { idleDays } : {}),
        clientId: instrument.clientId,
        instrumentId,
        instrumentNumber: instrument.number,
        serviceCode: instrument.serviceCode,
        createdAt: now.toISOString(),
      })),
    );
    const item = {
      ...keys.DriftState.key({ instrumentId }),
      type: "DriftState",
      instrumentId,
      status: state.status,
      threshold: state.threshold,
      expiring: state.expiring,
      evaluatedOn: today,
      ...(next ? { nextCheckOn: next, ...keys.DriftState.gsi3({ nextCheckOn: next, instrumentId }) } : {}),
    };
    await transaction().add("state", versionedPut(item, stored?.version)).add("notifications", ...notificationWrites(notifications)).write();
    return notifications.length;
  }, { retryWhen: conflictOr("state"), exhausted: lastError });
}

/** The daily job: every instrument whose state may have changed by today without a delivery (gap, under-use, expiry, end). */
export async function evaluateDueInstruments(today: string, area: Pick<AreaSettings, "drift">, now: Date): Promise<{ evaluated: number; notifications: number }> {
  const due = await queryAll({
    IndexName: "gsi3",
    KeyConditionExpression: "gsi3pk = :pk AND gsi3sk <= :until",
    // Until after every instrument due today.
    ExpressionAttributeValues: marshall({ ":pk": keys.DriftState.gsi3.pk({}), ":until": keys.DriftState.gsi3.sk({ nextCheckOn: today, instrumentId: "\uffff" }) }),
    ProjectionExpression: "instrumentId",
  });
  let notifications = 0;
  for (const item of due) notifications += await evaluateInstrument(String(item.instrumentId), today, area, now);
  return { evaluated: due.length, notifications };
}
