import { GetItemCommand, QueryCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { listBundles } from "../area/repository";
import { dynamo, setFields, tableName } from "../db";
import { DomainError } from "../errors";
import { keys } from "../keys";
import { decodeListCursor, encodeCursor, type Page } from "../pagination";
import type { CatalogueService, PutServiceBody } from "./schemas";

function toService(item: Record<string, unknown>): CatalogueService {
  const { code, unit, referenceUnitCostCents, timeBanded, bundles, name, eventKinds, version, updatedAt } = item;
  return { code, unit, referenceUnitCostCents, timeBanded, bundles, name, ...(eventKinds ? { eventKinds } : {}), version, updatedAt } as CatalogueService;
}

export async function listServices(limit: number, cursor?: string): Promise<Page<CatalogueService>> {
  const pk = keys.Service.pk({});
  const skPrefix = keys.Service.sk.prefix;
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: marshall({ ":pk": pk, ":prefix": skPrefix }),
      Limit: limit,
      ExclusiveStartKey: decodeListCursor(cursor, { pk, skPrefix }),
    }),
  );
  return {
    items: (result.Items ?? []).map((item) => toService(unmarshall(item))),
    nextCursor: encodeCursor(result.LastEvaluatedKey),
  };
}

export async function getService(code: string): Promise<CatalogueService | undefined> {
  const result = await dynamo().send(
    new GetItemCommand({ TableName: tableName(), Key: marshall(keys.Service.key({ code })) }),
  );
  return result.Item ? toService(unmarshall(result.Item)) : undefined;
}

/** Creates or replaces a catalogue service; `created` tells which, from the version counter. */
export async function putService(
  code: string,
  body: PutServiceBody,
  now: Date,
): Promise<{ service: CatalogueService; created: boolean }> {
  const known = new Set((await listBundles()).map((bundle) => bundle.code));
  const unknown = body.bundles.flatMap((bundle, index) => (known.has(bundle) ? [] : [{ bundle, index }]));
  const first = unknown[0];
  if (first) {
    throw new DomainError(
      "UNKNOWN_BUNDLE",
      { bundle: first.bundle },
      unknown.map(({ bundle, index }) => ({
        path: `/body/bundles/${index}`,
        code: "UNKNOWN_BUNDLE" as const,
        params: { bundle },
      })),
    );
  }
  const set = setFields({ type: "Service", code, ...body, updatedAt: now.toISOString() });
  const result = await dynamo().send(
    new UpdateItemCommand({
      TableName: tableName(),
      Key: marshall(keys.Service.key({ code })),
      // A PUT replaces the service: rules for event kinds it leaves out are gone.
      UpdateExpression: `SET ${set.clauses.join(", ")}, version = if_not_exists(version, :zero) + :one${body.eventKinds ? "" : " REMOVE eventKinds"}`,
      ExpressionAttributeNames: set.names,
      ExpressionAttributeValues: marshall({ ...set.values, ":zero": 0, ":one": 1 }, { removeUndefinedValues: true }),
      ReturnValues: "ALL_NEW",
    }),
  );
  const service = toService(unmarshall(result.Attributes ?? {}));
  return { service, created: service.version === 1 };
}

/** The whole catalogue (an area has tens of services, not thousands). */
export async function allServices(): Promise<CatalogueService[]> {
  const services: CatalogueService[] = [];
  let cursor: string | undefined;
  do {
    const page = await listServices(100, cursor);
    services.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return services;
}

/** A service code named in a request, with the JSON Pointer of where it was named. */
export interface ServiceReference {
  readonly code: string;
  readonly path: string;
}

/**
 * Refuses with 422 `UNKNOWN_SERVICE` (one field error per occurrence) when
 * any referenced code is missing from the area's catalogue. Each distinct
 * code is one GetItem (A4).
 */
export async function assertKnownServices(references: readonly ServiceReference[]): Promise<void> {
  const codes = [...new Set(references.map((reference) => reference.code))];
  const known = new Set<string>();
  for (let start = 0; start < codes.length; start += 25) {
    const chunk = codes.slice(start, start + 25);
    const services = await Promise.all(chunk.map((code) => getService(code)));
    services.forEach((service, index) => {
      if (service) known.add(chunk[index]!);
    });
  }
  const unknown = references.filter((reference) => !known.has(reference.code));
  const first = unknown[0];
  if (!first) return;
  throw new DomainError(
    "UNKNOWN_SERVICE",
    { service: first.code },
    unknown.map(({ path }) => ({ path, code: "UNKNOWN_SERVICE" as const })),
  );
}
