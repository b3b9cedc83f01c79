import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { compareDates } from "../budget/periods";
import { businessDate } from "../dates";
import { dynamo, isConditionalCheckFailed, tableName } from "../db";
import { DomainError } from "../errors";
import { getProvider, providerKey, requireProvider } from "./repository";
import type { Provider, ProviderStatusBody } from "./schemas";

/**
 * The area's decision on an approved provider (issue 14, decision 79):
 * suspended or terminated takes effect for new clients at once (`status`,
 * which choice, acceptance, commitments and the choice list already
 * condition on) and for deliveries from `effectiveFrom` (`blockedFrom`, which
 * the recording path conditions on). Terminated is final; approved lifts a
 * suspension.
 */
export async function changeProviderStatus(provider: Provider, body: ProviderStatusBody, ctx: RequestContext): Promise<Provider> {
  const today = businessDate(ctx.now);
  if (compareDates(body.effectiveFrom, today) < 0) {
    throw new DomainError("VALIDATION_FAILED", {}, [{ path: "/body/effectiveFrom", code: "STATUS_FROM_IN_PAST" }]);
  }
  if (provider.status === "terminated") throw new DomainError("PROVIDER_TERMINATED");
  // The same status again changes nothing: a repeated request is harmless.
  if (provider.status === body.status) return provider;
  const entry = {
    status: body.status,
    reason: body.reason,
    effectiveFrom: body.effectiveFrom,
    decidedBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
    decidedAt: ctx.now.toISOString(),
  };
  // A termination of a suspended provider keeps the suspension's first day.
  const blockedFrom = body.status === "approved" ? undefined : (provider.blockedFrom ?? body.effectiveFrom);
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: marshall(providerKey(provider.providerId)),
        UpdateExpression:
          "SET #status = :status, statusHistory = list_append(if_not_exists(statusHistory, :none), :entry), version = version + :one, updatedAt = :now" +
          (blockedFrom ? ", blockedFrom = :blockedFrom" : " REMOVE blockedFrom"),
        ConditionExpression: "#status = :read",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: marshall({
          ":status": body.status,
          ":entry": [entry],
          ":none": [],
          ":one": 1,
          ":now": entry.decidedAt,
          ":read": provider.status,
          ...(blockedFrom ? { ":blockedFrom": blockedFrom } : {}),
        }),
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    throw new DomainError("CONCURRENT_CHANGE");
  }
  return requireProvider(provider.providerId);
}

/** The refusal of a delivery, choice or acceptance of a provider the area has stopped. */
export const providerStopped = (status: string) => new DomainError(status === "terminated" ? "PROVIDER_TERMINATED" : "PROVIDER_SUSPENDED", { status });

/**
 * The recording path's check of the provider: a ConditionCheck that no
 * delivery is dated on or after `blockedFrom`, in the delivery's transaction
 * (so a suspension decided meanwhile is never missed).
 */
export const deliveryAllowedCheck = (providerId: string, date: string) => ({
  ConditionCheck: {
    TableName: tableName(),
    Key: marshall(providerKey(providerId)),
    ConditionExpression: "attribute_not_exists(blockedFrom) OR blockedFrom > :date",
    ExpressionAttributeValues: marshall({ ":date": date }),
  },
});

/** After a failed `deliveryAllowedCheck`: the refusal with the provider's status. */
export async function deliveryRefused(providerId: string): Promise<DomainError> {
  return providerStopped((await getProvider(providerId))?.status ?? "suspended");
}
