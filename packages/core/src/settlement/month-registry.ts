import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { getItem, tableName } from "../db";
import { keys } from "../keys";
import type { Expression } from "../transaction";

/**
 * Which statements a month has is kept, strongly consistent, in the month's
 * registry item, which a settlement run reads instead of an index; the owed
 * registry holds the statements owed but in no file (left out, returned,
 * rejected), which the next run tries again.
 */
export const monthRegistryKey = (month: string) => keys.StatementRegistry.key({ month });
const owedRegistryKey = keys.OwedRegistry.key({});

/** Adds a new statement to its month's registry (in the transaction that creates it). */
export const registration = (statementId: string, month: string): Expression => ({
  expression: "ADD statementIds :id SET #type = :type, #month = :month",
  names: { "#type": "type", "#month": "month" },
  values: { ":id": new Set([statementId]), ":type": "StatementRegistry", ":month": month },
});

/** The ids of a month's statements, from its registry (strongly consistent). */
export async function statementIdsOfMonth(month: string): Promise<string[]> {
  const registry = await getItem<{ statementIds?: Set<string> }>(monthRegistryKey(month));
  return [...(registry?.statementIds ?? [])].sort();
}

/** The ids of the statements owed, sorted. */
export async function owedStatementIds(): Promise<string[]> {
  return [...((await getItem<{ statementIds?: Set<string> }>(owedRegistryKey))?.statementIds ?? [])].sort();
}

/** A statement into the owed registry, or out of it. */
export function owedChange(statementId: string, action: "ADD" | "DELETE"): TransactWriteItem {
  return {
    Update: {
      TableName: tableName(),
      Key: marshall(owedRegistryKey),
      UpdateExpression: `${action} statementIds :id SET #type = :type`,
      ExpressionAttributeNames: { "#type": "type" },
      ExpressionAttributeValues: marshall({ ":id": new Set([statementId]), ":type": "OwedRegistry" }),
    },
  };
}
