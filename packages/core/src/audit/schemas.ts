import { z } from "zod";

export const auditEntrySchema = z
  .object({
    at: z.iso.datetime(),
    clientId: z.string(),
    kind: z.enum(["read", "write"]),
    action: z.string().meta({ description: "Route id for reads (e.g. `clients.get`); INSERT, MODIFY or REMOVE of an entity for writes" }),
    entity: z.string().optional(),
    changedFields: z.array(z.string()).optional(),
    actor: z.object({ sub: z.string(), roles: z.array(z.string()) }),
    purpose: z.string().optional(),
    requestId: z.string(),
  })
  .meta({ id: "AuditEntry" });
export type AuditEntry = z.infer<typeof auditEntrySchema>;
