import { type TransactWriteItem, TransactWriteItemsCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { personClientKey } from "../identity/person-register";
import type { Client } from "../clients/schemas";
import { businessDate } from "../dates";
import { backoff, cancellationCodes, changeStamp, dynamo, tableName } from "../db";

/**
 * A client whose HB ended or was declined has one small item in its
 * partition, in the sparse gsi3 under `RETENTION / <endedOn>#<clientId>`:
 * the erasure job reads the index up to today minus the area's retention
 * period, never a scan. HB active again removes it; a later end moves it to
 * that day (retention counts from the closing of the last matter).
 */
export const RETENTION_PARTITION = "RETENTION";
export const retentionListingKey = (clientId: string) => ({ pk: `CLIENT#${clientId}`, sk: "RETENTION" });

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
  let write: TransactWriteItem;
  if (ended) {
    const endedOn = businessDate(ctx.now);
    const listing: RetentionListing = {
      clientId: client.clientId,
      hbStatus: client.hbStatus as RetentionListing["hbStatus"],
      endedOn,
      ...(personRef ? { personalIdLookup: personClientKey(personRef).pk } : {}),
    };
    write = {
      Put: {
        TableName: tableName(),
        Item: marshall({
          ...key,
          type: "RetentionListing",
          gsi3pk: RETENTION_PARTITION,
          gsi3sk: `${endedOn}#${client.clientId}`,
          ...listing,
          ...changeStamp(client.clientId, ctx),
        }),
      },
    };
  } else {
    write = { Delete: { TableName: tableName(), Key: marshall(key) } };
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      await dynamo().send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              ConditionCheck: {
                TableName: tableName(),
                Key: marshall({ pk: `CLIENT#${client.clientId}`, sk: "PROFILE" }),
                ConditionExpression: "version = :version",
                ExpressionAttributeValues: marshall({ ":version": client.version }),
              },
            },
            write,
          ],
        }),
      );
      return;
    } catch (error) {
      const codes = cancellationCodes(error);
      // A later status change of the client decides the listing itself.
      if (codes[0] === "ConditionalCheckFailed") return;
      if (!codes.includes("TransactionConflict") || attempt >= attempts) throw error;
      await backoff(attempt);
    }
  }
}
