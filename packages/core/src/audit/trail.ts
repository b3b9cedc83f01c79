import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { AuditEntry } from "./schemas";

/** A DynamoDB stream record as EventBridge Pipes puts it on the queue (and the local relay imitates). */
export interface TableChangeRecord {
  eventID: string;
  eventName: "INSERT" | "MODIFY" | "REMOVE";
  dynamodb: {
    ApproximateCreationDateTime?: number;
    Keys?: Record<string, AttributeValue>;
    NewImage?: Record<string, AttributeValue>;
    OldImage?: Record<string, AttributeValue>;
  };
}

const bookkeeping = new Set(["pk", "sk", "gsi1pk", "gsi1sk", "type", "version", "updatedAt", "changedBy", "requestId", "dataSubject"]);

/**
 * Turns a change of an item that holds client data into its audit entry.
 * Writes are audited from the stream, so a write cannot commit without
 * being audited and no handler has to remember to do it.
 */
export function auditEntryForChange(record: TableChangeRecord): AuditEntry | undefined {
  const after = record.dynamodb.NewImage ? unmarshall(record.dynamodb.NewImage) : undefined;
  const before = record.dynamodb.OldImage ? unmarshall(record.dynamodb.OldImage) : undefined;
  const image = after ?? before;
  if (!image || typeof image.dataSubject !== "string") return undefined;
  const names = new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})]);
  const changedFields = [...names]
    .filter((name) => !bookkeeping.has(name))
    .filter((name) => JSON.stringify(after?.[name]) !== JSON.stringify(before?.[name]))
    .sort();
  const seconds = record.dynamodb.ApproximateCreationDateTime;
  const at = new Date(image.updatedAt ?? (seconds ? seconds * 1000 : Date.now())).toISOString();
  return {
    at,
    clientId: image.dataSubject,
    kind: "change",
    action: record.eventName,
    entity: typeof image.type === "string" ? image.type : undefined,
    changedFields,
    actor: image.changedBy ?? { sub: "unknown", roles: [] },
    requestId: typeof image.requestId === "string" ? image.requestId : record.eventID,
  };
}
