import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, queryAll, tableName } from "./db";
import { notFound } from "./errors";
import { keys } from "./keys";

/**
 * Entities that belong to one client and are addressed by their own id. Each
 * lives at `pk = <ENTITY>#<id>, sk = <ENTITY>` and carries `clientId`, so the
 * owner of any of them is one GetItem away.
 */
export const ownedEntities = {
  SERVICEPLAN: "service plan",
  BUDGET: "budget",
  DECISION: "decision",
  INSTRUMENT: "instrument",
  EVENT: "service event",
} as const;
export type OwnedEntity = keyof typeof ownedEntities;

const ownedKeys: Record<OwnedEntity, (id: string) => { pk: string; sk: string }> = {
  SERVICEPLAN: (planId) => keys.ServicePlan.key({ planId }),
  BUDGET: (budgetId) => keys.Budget.key({ budgetId }),
  DECISION: (decisionId) => keys.Decision.key({ decisionId }),
  INSTRUMENT: (instrumentId) => keys.Instrument.key({ instrumentId }),
  EVENT: (eventId) => keys.ServiceEvent.key({ eventId }),
};
export const ownedKey = (entity: OwnedEntity, id: string) => ownedKeys[entity](id);

/** The owned entities in their client's gsi1 partition (plans and events are not). */
const byClient = { BUDGET: keys.Budget.gsi1, DECISION: keys.Decision.gsi1, INSTRUMENT: keys.Instrument.gsi1 };

/**
 * The client that owns the entity, the provider named on it if any, and the
 * providers that held it before (an instrument's `providers`); 404 when there
 * is no such entity.
 */
export async function ownerOf(entity: OwnedEntity, id: string): Promise<{ clientId: string; providerId?: string; formerProviderIds: string[] }> {
  const { Item } = await dynamo().send(
    new GetItemCommand({
      TableName: tableName(),
      Key: marshall(ownedKey(entity, id)),
      ProjectionExpression: "clientId, providerId, providers",
      ConsistentRead: true,
    }),
  );
  const owner = Item ? (unmarshall(Item) as { clientId?: string; providerId?: string; providers?: { providerId: string }[] }) : undefined;
  if (!owner?.clientId) throw notFound(ownedEntities[entity]);
  const formerProviderIds = (owner.providers ?? []).map((span) => span.providerId);
  return { clientId: owner.clientId, ...(owner.providerId ? { providerId: owner.providerId } : {}), formerProviderIds };
}

/**
 * A client's owned entities of one kind, newest first, through gsi1
 * (`gsi1pk = CLIENT#<id>`, `gsi1sk = <ENTITY>#<createdAt>#<id>`). Eventually
 * consistent: read the items by key where current values matter.
 */
export async function listOwned(entity: keyof typeof byClient, clientId: string, projection?: string): Promise<Record<string, unknown>[]> {
  const index = byClient[entity];
  return queryAll({
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND begins_with(gsi1sk, :prefix)",
    ExpressionAttributeValues: marshall({ ":pk": index.pk({ clientId }), ":prefix": index.sk.prefix }),
    ...(projection ? { ProjectionExpression: projection } : {}),
    ScanIndexForward: false,
  });
}
