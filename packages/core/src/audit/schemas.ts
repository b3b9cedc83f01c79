import { z } from "zod";

export const auditEntrySchema = z
  .object({
    at: z.iso.datetime(),
    clientId: z.string().optional().meta({ description: "The client; absent for a refusal that was about no client" }),
    kind: z.enum(["read", "write", "change", "refused"]).meta({
      description:
        "`read`/`write`: a request that reached the client's data (written in that request, before the data is touched or returned); `change`: what the request changed, from the table's change stream; `refused`: a request answered 403",
    }),
    action: z.string().meta({ description: "Route id for reads and writes (e.g. `clients.get`); INSERT, MODIFY or REMOVE of an entity for changes" }),
    entity: z.string().optional(),
    changedFields: z.array(z.string()).optional(),
    actor: z.object({ sub: z.string(), roles: z.array(z.string()) }),
    purpose: z.string().optional(),
    requestId: z.string(),
  })
  .meta({ id: "AuditEntry" });
export type AuditEntry = z.infer<typeof auditEntrySchema>;
