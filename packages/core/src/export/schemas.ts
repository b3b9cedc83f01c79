import { z } from "zod";
import { assessmentSchema } from "../assessments/schemas";
import { auditEntrySchema } from "../audit/schemas";
import { budgetSchema } from "../budget/schemas";
import { clientSchema, representativeSchema } from "../clients/schemas";
import { decisionSchema } from "../decisions/schemas";
import { serviceEventSchema } from "../events/schemas";
import { followUpSchema } from "../follow-ups/schemas";
import { instrumentSchema } from "../instruments/schemas";
import { languages } from "../language";
import { instrumentNotificationSchema, providerSwitchNotificationSchema, decisionNotificationSchema } from "../notifications/schemas";
import { servicePlanSchema } from "../service-plans/schemas";
import { creditSchema } from "../settlement/schemas";
import { supportPlanSchema } from "../support-plans/schemas";

/** The sections of an export that are lists, in the order of the document. */
export const exportSections = [
  "representatives",
  "assessments",
  "supportPlans",
  "servicePlans",
  "budgets",
  "decisions",
  "instruments",
  "serviceEvents",
  "credits",
  "notifications",
  "followUps",
  "accessLog",
] as const;

const countsSchema = z
  .object(Object.fromEntries(exportSections.map((section) => [section, z.number().int().min(0)])) as Record<(typeof exportSections)[number], z.ZodNumber>)
  .meta({ id: "ClientExportCounts", description: "How many entries each section of the export holds" });

const recipient = {
  recipient: z.enum(["client", "worker", "provider"]).meta({
    description: "Whose inbox it went to: the client's (shared with representatives), the worker's, or the provider's",
  }),
};

export const exportedNotificationSchema = z
  .discriminatedUnion("kind", [instrumentNotificationSchema.extend(recipient), providerSwitchNotificationSchema.extend(recipient), decisionNotificationSchema.extend(recipient)])
  .meta({ id: "ExportedNotification", description: "A notification about the client, its text in the client's language" });

/**
 * Everything HB holds on a client, for the client (a data subject's request,
 * GDPR art. 15; the access log under the Finnish client-data act). Texts HB
 * renders are in the client's language; every list is complete, newest first.
 */
export const clientExportSchema = z
  .object({
    format: z.literal("hb-client-export/1").meta({ description: "The version of this document's layout" }),
    exportedAt: z.iso.datetime(),
    language: z.enum(languages).meta({ description: "The client's language: service names, notification texts and decision documents are in it" }),
    controller: z
      .object({ name: z.string(), businessId: z.string() })
      .meta({ description: "The welfare area that holds the data (rekisterinpitäjä)" }),
    client: clientSchema.omit({ representatives: true }).meta({ description: "The client's record, the personal identity code included" }),
    representatives: z.array(representativeSchema),
    assessments: z.array(assessmentSchema),
    supportPlans: z.array(supportPlanSchema),
    servicePlans: z.array(servicePlanSchema).meta({ description: "Every version" }),
    budgets: z.array(budgetSchema).meta({ description: "With every line's balance and pace on the day of the export" }),
    decisions: z.array(decisionSchema).meta({ description: "With their documents and appeals" }),
    instruments: z.array(instrumentSchema),
    serviceEvents: z.array(serviceEventSchema).meta({ description: "Every delivery recorded on the client's instruments, newest delivery first" }),
    credits: z.array(creditSchema),
    notifications: z.array(exportedNotificationSchema).meta({ description: "In every inbox: the client's, the workers', the providers'" }),
    followUps: z.array(followUpSchema),
    accessLog: z.array(auditEntrySchema).meta({ description: "Who read or changed the client's data, this export included" }),
    counts: countsSchema,
  })
  .meta({ id: "ClientExport" });
export type ClientExport = z.infer<typeof clientExportSchema>;

export const clientExportLinkSchema = z
  .object({
    url: z.url().meta({
      description:
        "Short-lived link to the export file (`application/json`, the ClientExport schema). GET it without an Authorization header before `expiresAt`; ask again for a new link",
    }),
    expiresAt: z.iso.datetime(),
    fileName: z.string().meta({ example: "hb-export-2027-03-10.json" }),
    sizeBytes: z.number().int().positive(),
    exportedAt: z.iso.datetime(),
    counts: countsSchema,
  })
  .meta({ id: "ClientExportLink" });
export type ClientExportLink = z.infer<typeof clientExportLinkSchema>;
