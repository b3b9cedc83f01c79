/**
 * One-off backfill of a stack whose instruments were issued before the
 * provider's work list (issue 14): each instrument with a provider gets its
 * gsi2 keys, each instrument its number lookup. Run by an operator with
 * the `0002-index-provider-work-list` migration (`npm run migrate`), never by a request: it scans the table.
 * Idempotent: a second run finds nothing to do.
 */
import { PutItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { dynamo, isConditionalCheckFailed, scanByType, tableName } from "../db";
import { keys } from "../keys";
import type { StoredInstrument } from "./repository";
import { instrumentNumberPut } from "./work-list";

export interface WorkListBackfillReport {
  /** Instruments that got their provider's index keys. */
  readonly indexed: number;
  /** Number lookups written. */
  readonly numbered: number;
}

/** Writes what is missing; a provider changed between the read and the write is left to the choice that changed it (it writes the keys). */
export async function backfillWorkList(): Promise<WorkListBackfillReport> {
  const counts = { indexed: 0, numbered: 0 };
  for await (const item of scanByType("Instrument")) {
    const instrument = item as unknown as StoredInstrument & { gsi2pk?: string };
    if (instrument.providerId && !instrument.gsi2pk && (await indexed(instrument, instrument.providerId))) counts.indexed += 1;
    if (await numbered(instrument)) counts.numbered += 1;
  }
  return counts;
}

async function indexed(instrument: StoredInstrument, providerId: string): Promise<boolean> {
  const index = keys.Instrument.gsi2({ providerId, number: instrument.number });
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(keys.Instrument.key({ instrumentId: instrument.instrumentId })),
        UpdateExpression: "SET gsi2pk = :pk, gsi2sk = :sk",
        ConditionExpression: "providerId = :provider AND attribute_not_exists(gsi2pk)",
        ExpressionAttributeValues: marshall({ ":pk": index.gsi2pk, ":sk": index.gsi2sk, ":provider": providerId }),
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

async function numbered(instrument: StoredInstrument): Promise<boolean> {
  try {
    await dynamo().send(new PutItemCommand(instrumentNumberPut(instrument).Put!));
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
