import { TransactWriteItemsCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { cancelledConditions, changeStamp, dynamo, isConditionalCheckFailed, setFields, tableName } from "../db";
import { DomainError, forbidden } from "../errors";
import type { Language } from "../language";
import { fieldTexts } from "../messages";
import { ownedKey } from "../ownership";
import { getPrice, getProvider, priceKey, providerKey } from "../providers/repository";
import { requireInstrument, type StoredInstrument } from "./repository";

/**
 * The client's choice of provider for a voucher and the provider's
 * acceptance (SPEC §2 step 7). Both are conditional writes on the
 * instrument's `status` (and `kind`), so a revocation, a closing or another
 * choice in between is never overwritten.
 */

const notAvailable = (providerId: string, language: Language) =>
  new DomainError("PROVIDER_NOT_AVAILABLE", { providerId }, [
    {
      path: "/body/providerId",
      code: "PROVIDER_NOT_AVAILABLE",
      message: fieldTexts.PROVIDER_NOT_AVAILABLE?.[language] ?? "The provider is not approved for this service",
    },
  ]);

/**
 * Names the provider of a voucher: `awaiting-acceptance` with that
 * provider, from any status but `closed` (a change of provider takes the
 * acceptance back). The provider must be approved and price the voucher's
 * service, checked in the same transaction. Choosing the provider already
 * named (awaiting acceptance or active) changes nothing.
 */
export async function chooseProvider(
  instrument: StoredInstrument,
  providerId: string,
  ctx: RequestContext,
  language: Language,
): Promise<StoredInstrument> {
  if (instrument.kind !== "voucher") throw new DomainError("NOT_A_VOUCHER");
  if (instrument.status === "closed") throw new DomainError("INSTRUMENT_CLOSED");
  const [provider, price] = await Promise.all([getProvider(providerId), getPrice(providerId, instrument.serviceCode)]);
  if (provider?.status !== "approved" || price === undefined) throw notAvailable(providerId, language);
  if (instrument.providerId === providerId && instrument.status !== "awaiting-provider") return instrument;

  const set = setFields({ status: "awaiting-acceptance", providerId, ...changeStamp(instrument.clientId, ctx) });
  try {
    await dynamo().send(
      new TransactWriteItemsCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: marshall(ownedKey("INSTRUMENT", instrument.instrumentId)),
              UpdateExpression: `SET ${set.clauses.join(", ")}`,
              ConditionExpression: "kind = :voucher AND #a0 <> :closed",
              ExpressionAttributeNames: set.names,
              ExpressionAttributeValues: marshall({ ...set.values, ":voucher": "voucher", ":closed": "closed" }),
            },
          },
          {
            ConditionCheck: {
              TableName: tableName(),
              Key: marshall(providerKey(providerId)),
              ConditionExpression: "#status = :approved",
              ExpressionAttributeNames: { "#status": "status" },
              ExpressionAttributeValues: marshall({ ":approved": "approved" }),
            },
          },
          {
            ConditionCheck: {
              TableName: tableName(),
              Key: marshall(priceKey(providerId, instrument.serviceCode)),
              ConditionExpression: "attribute_exists(pk)",
            },
          },
        ],
      }),
    );
  } catch (error) {
    const failed = cancelledConditions(error);
    if (failed[0]) {
      // Only a closing can fail the condition: the kind never changes.
      throw new DomainError("INSTRUMENT_CLOSED");
    }
    if (failed[1] || failed[2]) throw notAvailable(providerId, language);
    throw error;
  }
  return requireInstrument(instrument.instrumentId);
}

/**
 * The provider named on the instrument accepts it: `awaiting-acceptance →
 * active`, only while the caller's provider is still the one named.
 */
export async function acceptInstrument(instrumentId: string, ctx: RequestContext): Promise<StoredInstrument> {
  const providerId = ctx.actor.providerId;
  if (!providerId) throw forbidden();
  const instrument = await requireInstrument(instrumentId);
  const set = setFields({ status: "active", ...changeStamp(instrument.clientId, ctx) });
  try {
    const { Attributes } = await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(ownedKey("INSTRUMENT", instrumentId)),
        UpdateExpression: `SET ${set.clauses.join(", ")}`,
        ConditionExpression: "#a0 = :awaiting AND providerId = :provider",
        ExpressionAttributeNames: set.names,
        ExpressionAttributeValues: marshall({ ...set.values, ":awaiting": "awaiting-acceptance", ":provider": providerId }),
        ReturnValues: "ALL_NEW",
      }),
    );
    return unmarshall(Attributes ?? {}) as StoredInstrument;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    const now = await requireInstrument(instrumentId);
    if (now.status !== "awaiting-acceptance") throw new DomainError("INSTRUMENT_NOT_AWAITING_ACCEPTANCE", { status: now.status });
    // The client chose another provider in the meantime.
    throw forbidden();
  }
}
