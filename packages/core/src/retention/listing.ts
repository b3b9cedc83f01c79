import type { RequestContext } from "../actor";
import type { Client } from "../clients/schemas";
import { businessDate } from "../dates";
import { changeStamp } from "../db";
import { keys } from "../keys";
import { conflictOr, lastError, retrying, transaction } from "../transaction";

/**
 * A client whose HB ended or was declined has one small item in its
 * partition, in the sparse gsi3 under `RETENTION / <endedOn>#<clientId>`:
 * the erasure job reads the index up to today minus the area's retention
 * period, never a scan. HB active again removes it; a later end moves it to
 * that day (retention counts from the closing of the last matter).
 */
export const RETENTION_PARTITION = keys.RetentionListing.gsi3.pk({});
export const retentionListingKey = (clientId: string) => keys.RetentionListing.key({ clientId });

export interface RetentionListing {
  clientId: string;
  hbStatus: "declined" | "ended";
  /** The business day HB ended or was declined: the retention period counts from it. */
  endedOn: string;
  /** The key of the client's personal-ID lookup item, so the job can erase it without the area's HMAC key. */
  personalIdLookup?: string;
  /** Set by the job for a client it must never erase (born on one of the area's permanent days); such a listing leaves the index. */
  retainedPermanently?: boolean;
  gsi3pk?: string;
}

const attempts = 4;

/**
 * After an HB status change: a declined or ended client is listed by that
 * day, an active one is not. Conditioned on the client's version this change
 * produced: if another status change came after, its own call decides.
 */
export async function syncRetentionListing(
  client: Pick<Client, "clientId" | "hbStatus" | "version">,
  /** The lookup key of the client's identity code, as stored on the client item (never the code). */
  personRef: string | undefined,
  ctx: RequestContext,
): Promise<void> {
  const ended = client.hbStatus === "declined" || client.hbStatus === "ended";
  const key = retentionListingKey(client.clientId);
  // A later status change of the client decides the listing itself ("client").
  const tx = transaction().check("client", keys.Client.key({ clientId: client.clientId }), { expression: "version = :version", values: { ":version": client.version } });
  if (ended) {
    const endedOn = businessDate(ctx.now);
    const listing: RetentionListing = {
      clientId: client.clientId,
      hbStatus: client.hbStatus as RetentionListing["hbStatus"],
      endedOn,
      ...(personRef ? { personalIdLookup: keys.PersonalIdLookup.pk({ ref: personRef }) } : {}),
    };
    tx.put("listing", { ...key, type: "RetentionListing", ...keys.RetentionListing.gsi3({ endedOn, clientId: client.clientId }), ...listing, ...changeStamp(client.clientId, ctx) });
  } else {
    tx.delete("listing", key);
  }
  await retrying(attempts, () => tx.writeUnlessFailed("client"), { retryWhen: conflictOr(), exhausted: lastError });
}
