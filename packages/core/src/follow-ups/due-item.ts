import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import type { RequestContext } from "../actor";
import type { Client } from "../clients/schemas";
import { type ChangeStamp, changeStamp, getItem, versionedPut } from "../db";
import { keys } from "../keys";
import type { ServicePlan } from "../service-plans/schemas";
import { retrying, transaction } from "../transaction";
import { followUpDueOn } from "./due";

/**
 * One small item per client with a current plan: when its next follow-up is
 * due. While the client is in HB it is in the sparse gsi3 under
 * `FOLLOWUPS-DUE / <dueOn>#<clientId>`, so the due list is one Query, never a
 * scan. Written in the same transaction as a new plan version or a follow-up.
 */
export interface FollowUpDueItem {
  clientId: string;
  planId: string;
  planVersion: number;
  validFrom: string;
  followUp: ServicePlan["followUp"];
  lastFollowUpOn?: string;
  dueOn: string;
  /** Every write conditions on the version it read, so no writer overwrites a newer follow-up date. */
  version: number;
  gsi3pk?: string;
}

/** Attempts of a read-then-write of the index item before answering 409 CONCURRENT_CHANGE. */
export const MAX_ATTEMPTS = 4;

const inHb = (hbStatus: Client["hbStatus"]): boolean => hbStatus !== "declined" && hbStatus !== "ended";

/** The client's index item, strongly consistent; undefined when it has none (no plan yet). */
export async function getFollowUpDue(clientId: string): Promise<FollowUpDueItem | undefined> {
  return getItem<FollowUpDueItem>(keys.FollowUpDue.key({ clientId }));
}

/** The transaction Put of the index item for the client's current plan; `previous` is the item read before (its version). */
export function putFollowUpDue(
  clientId: string,
  plan: Pick<ServicePlan, "planId" | "version" | "validFrom" | "followUp">,
  lastFollowUpOn: string | undefined,
  previous: Pick<FollowUpDueItem, "version"> | undefined,
  stamp: ChangeStamp,
): TransactWriteItem {
  const dueOn = followUpDueOn({ validFrom: plan.validFrom, intervalDays: plan.followUp.intervalDays }, lastFollowUpOn);
  return versionedPut(
    {
      ...keys.FollowUpDue.key({ clientId }),
      type: "FollowUpDue",
      ...keys.FollowUpDue.gsi3({ dueOn, clientId }),
      clientId,
      planId: plan.planId,
      planVersion: plan.version,
      validFrom: plan.validFrom,
      followUp: plan.followUp,
      lastFollowUpOn,
      dueOn,
      ...stamp,
    },
    previous?.version,
  );
}

/**
 * After an HB status change: a declined or ended client leaves the due list
 * (the item stays, out of the index, keeping the latest follow-up date), an
 * active one returns to it. Conditioned on the client's version this change
 * produced: if another status change came after, its own call decides.
 */
export async function syncFollowUpListing(client: Pick<Client, "clientId" | "hbStatus" | "version">, ctx: RequestContext): Promise<void> {
  const listed = inHb(client.hbStatus);
  await retrying(MAX_ATTEMPTS, async () => {
    const due = await getFollowUpDue(client.clientId);
    if (!due || (due.gsi3pk !== undefined) === listed) return;
    const stamp = changeStamp(client.clientId, ctx);
    const stampSet = "version = :next, changedBy = :by, requestId = :rid, updatedAt = :at";
    // A later status change of the client decides the listing itself.
    await transaction()
      .check("client", keys.Client.key({ clientId: client.clientId }), { expression: "version = :clientVersion", values: { ":clientVersion": client.version } })
      .update(
        "due",
        keys.FollowUpDue.key({ clientId: client.clientId }),
        {
          expression: listed ? `SET gsi3pk = :pk, gsi3sk = :sk, ${stampSet}` : `SET ${stampSet} REMOVE gsi3pk, gsi3sk`,
          values: {
            ...(listed ? { ":pk": keys.FollowUpDue.gsi3.pk({}), ":sk": keys.FollowUpDue.gsi3.sk({ dueOn: due.dueOn, clientId: client.clientId }) } : {}),
            ":next": due.version + 1,
            ":by": stamp.changedBy,
            ":rid": stamp.requestId,
            ":at": stamp.updatedAt,
          },
        },
        { expression: "version = :read", values: { ":read": due.version } },
      )
      .writeUnlessFailed("client");
  });
}
