import { z } from "zod";
import { businessDateSchema } from "../dates";
import { areaFileSchema, timeBandSchema } from "./settings";

const fileArea = areaFileSchema.shape.area.shape;

/**
 * The rules an admin changes through the API, in the shape of the area file
 * (`area` fields and `timeBands`) and validated by its schema. Who the area
 * is and whose account pays (code, name, time zone, currency, payer details)
 * are not versioned rules: they stay as seeded (decision 81).
 */
const rulesShape = {
  reviewWindowDays: fileArea.reviewWindowDays,
  recordingDeadlineDays: fileArea.recordingDeadlineDays,
  settlementDayOfMonth: fileArea.settlementDayOfMonth,
  // Strict where the file tolerates comments (`_about`): a misspelt rule is refused, not dropped.
  drift: fileArea.drift.strict(),
  retention: fileArea.retention.strict(),
  timeBands: z.object({ bands: z.array(timeBandSchema.strict()).min(1) }).strict(),
};

export const areaRulesSchema = z
  .object(rulesShape)
  .strict()
  .meta({ id: "AreaRules", description: "The area's changeable rules, as in the area file: time bands, review window, recording deadline, settlement day, drift thresholds, retention" });
export type AreaRules = z.infer<typeof areaRulesSchema>;

export const putAreaSettingsBodySchema = z
  .object({
    effectiveFrom: businessDateSchema.meta({ description: "The first day (Europe/Helsinki) the rules apply to; today or later", example: "2027-01-11" }),
    settings: areaRulesSchema,
  })
  .strict()
  .meta({ id: "PutAreaSettings" });
export type PutAreaSettingsBody = z.infer<typeof putAreaSettingsBodySchema>;

const versionSchema = z.object({
  effectiveFrom: businessDateSchema,
  madeBy: z.object({ sub: z.string(), roles: z.array(z.string()) }).optional().meta({ description: "Absent for the version seeded from the area file" }),
  madeAt: z.iso.datetime().optional().meta({ description: "Absent for settings seeded before versions existed, until the seed copies them as the first version" }),
});

const versionWithRulesSchema = versionSchema
  .extend({
    // An area seeded before retention existed has none until an admin sets it.
    settings: z.object({ ...rulesShape, retention: rulesShape.retention.optional() }),
  })
  .meta({ id: "AreaSettingsVersion" });

export const areaSettingsViewSchema = z
  .object({
    area: areaFileSchema.shape.area.pick({ code: true, name: true, timeZone: true, currency: true, payerIban: true, payerBic: true, payerBusinessId: true }),
    current: versionWithRulesSchema.meta({ description: "The version in force today" }),
    coming: z.array(versionWithRulesSchema).meta({ description: "Versions from a later day, soonest first" }),
    versions: z.array(versionSchema).meta({ description: "Every version, oldest first" }),
  })
  .meta({ id: "AreaSettings" });
export type AreaSettingsView = z.infer<typeof areaSettingsViewSchema>;
