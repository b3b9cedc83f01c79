import { z } from "zod";
import { KNOWN_BAND_CODES } from "../pricing/bands";
import { freeText } from "../validators/text";
import { businessIdSchema, bicSchema, ibanSchema } from "../validators/zod";

const localizedText = freeText({ max: 200 });
/** A name in Finnish and English, and in Swedish where the area has it; nothing else (a typo such as `sw` is refused, not dropped). */
export const localizedSchema = z.object({ fi: localizedText, sv: localizedText.optional(), en: localizedText }).strict();

export const unitSchema = z.enum(["hour", "day", "visit", "euro"]);
export type Unit = z.infer<typeof unitSchema>;

export const bundleSchema = z.object({
  code: z.string().regex(/^[A-Z0-9_]{2,64}$/),
  name: localizedSchema,
});

/** What a delivery was: done as planned, cancelled by the client too late (e.g. less than 24 h before), or the client was not there. */
export const eventKindSchema = z
  .enum(["delivered", "late-cancellation", "no-show"])
  .meta({ description: "delivered (default), late-cancellation or no-show: the area's rules for the service say whether and how it is paid" });
export type EventKind = z.infer<typeof eventKindSchema>;

/** How the area pays for a late cancellation or a no-show of one service. */
const eventKindRuleSchema = z
  .object({
    billable: z.boolean(),
    sharePercent: z.number().int().min(1).max(100).optional().meta({ description: "The share of the delivery's price paid, e.g. 50" }),
    maxPerMonth: z.number().int().positive().optional().meta({ description: "At most this many per instrument and calendar month" }),
  })
  .strict()
  .refine((rule) => !rule.billable || rule.sharePercent !== undefined, { message: "A billable kind needs sharePercent", path: ["sharePercent"] });
export type EventKindRule = z.infer<typeof eventKindRuleSchema>;

/** Absent kinds are not billable. */
export const eventKindRulesSchema = z
  .object({ "late-cancellation": eventKindRuleSchema.optional(), "no-show": eventKindRuleSchema.optional() })
  .strict()
  .meta({ id: "EventKindRules", description: "Whether late cancellations and no-shows are paid, at what share, and how many per month" });
export type EventKindRules = z.infer<typeof eventKindRulesSchema>;

export const serviceSchema = z.object({
  code: z.string().regex(/^[A-Z0-9_]{2,64}$/),
  unit: unitSchema,
  referenceUnitCostCents: z.number().int().nonnegative(),
  timeBanded: z.boolean(),
  bundles: z.array(z.string()).min(1),
  name: localizedSchema,
  eventKinds: eventKindRulesSchema.optional(),
});

export const timeBandSchema = z.object({
  // The pricing engine implements these bands; a typo is caught when the area file is read, not at the first event.
  code: z.enum(KNOWN_BAND_CODES),
  multiplier: z.number().positive(),
  when: localizedText,
});

/** The area's settings as data (SPEC §6): one JSON file per welfare area under areas/. */
export const areaFileSchema = z.object({
  area: z.object({
    code: z.string().regex(/^[a-z0-9-]{2,32}$/),
    name: localizedSchema,
    timeZone: z.literal("Europe/Helsinki"),
    currency: z.literal("EUR"),
    payerIban: ibanSchema,
    payerBic: bicSchema,
    payerBusinessId: businessIdSchema,
    reviewWindowDays: z.number().int().min(0).max(60),
    recordingDeadlineDays: z.number().int().min(1).max(365),
    settlementDayOfMonth: z.number().int().min(1).max(28),
    drift: z.object({
      overuseRatio: z.number().gt(1),
      underuseRatio: z.number().gt(0).lt(1),
      underuseMinElapsedFraction: z.number().min(0).max(1),
      gapDays: z.number().int().positive(),
      usedThresholds: z.array(z.number().gt(0).max(1)).min(1),
      expiryWarningDays: z.number().int().positive(),
      expiryUnusedFraction: z.number().min(0).max(1),
    }),
    /** How long records are kept; the area confirms the figures (docs/operations.md#retention, #audit-retention). */
    retention: z.object({
      /** Years an audit entry is kept (the audit table's TTL). */
      auditLogYears: z.number().int().min(1).max(100),
      /** Whole years after HB ended or was declined before the client's records are erased. */
      clientRecordsYears: z.number().int().min(1).max(120),
      /** Days of the month: clients born on them are never erased (an archive sample, kept permanently). */
      permanentBirthDays: z.array(z.number().int().min(1).max(31)).max(31),
    }),
  }),
  bundles: z.array(bundleSchema).min(1),
  services: z.array(serviceSchema).min(1),
  timeBands: z.object({ bands: z.array(timeBandSchema).min(1) }),
});

export type AreaFile = z.infer<typeof areaFileSchema>;
export type AreaSettings = AreaFile["area"] & { timeBands: AreaFile["timeBands"]["bands"] };
export type Bundle = z.infer<typeof bundleSchema>;
export type Service = z.infer<typeof serviceSchema>;

/** Parses an area file and checks what the schema alone cannot: every service names known bundles. */
export function parseAreaFile(json: unknown): AreaFile {
  const file = areaFileSchema.parse(json);
  const bundleCodes = new Set(file.bundles.map((bundle) => bundle.code));
  for (const service of file.services) {
    const unknown = service.bundles.filter((code) => !bundleCodes.has(code));
    if (unknown.length > 0) throw new Error(`service ${service.code} names unknown bundles: ${unknown.join(", ")}`);
  }
  return file;
}
