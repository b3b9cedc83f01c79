import { z } from "zod";
import { clientIdSchema } from "../clients/schemas";
import { freeText, textReference } from "../validators/text";


/**
 * A service code as a caller writes it in a plan or an assessment. Only the
 * length and characters are checked here: whether the area's catalogue has it
 * is checked against the table (`UNKNOWN_SERVICE`), so a misspelt code gets
 * one answer.
 */
export const serviceCodeRefSchema = textReference({ max: 64 }).meta({
  description: "Code of a service in the area's catalogue",
  example: "HENKILOKOHTAINEN_APU",
});

/** Who wrote a record, from the verified token (never from the body). */
export const authorSchema = z.object({
  sub: z.string().meta({ description: "`sub` of the caller's token" }),
  roles: z.array(z.string()).meta({ description: "Roles of the caller's token" }),
});

export const assessmentNeedSchema = z
  .object({
    area: freeText({ max: 100 }).meta({ description: "Life area (elämänalue) the need belongs to", example: "liikkuminen" }),
    description: freeText({ max: 2000 }).meta({ description: "The need found, in plain language", example: "Tarvitsee saattajan asiointimatkoille." }),
    serviceCodes: z
      .array(serviceCodeRefSchema)
      .max(20)
      .meta({ description: "Catalogue services that could meet the need (0-20)" }),
  })
  .strict()
  .meta({ id: "AssessmentNeed" });

export const createAssessmentBodySchema = z
  .object({
    assessedOn: z.iso
      .date()
      .meta({ description: "Business date of the assessment (Europe/Helsinki); not in the future", example: "2025-03-14" }),
    needs: z.array(assessmentNeedSchema).min(1).max(50),
  })
  .strict()
  .meta({ id: "CreateAssessment" });
export type CreateAssessmentBody = z.infer<typeof createAssessmentBodySchema>;

export const assessmentIdSchema = z.uuid().meta({ description: "Assessment id" });

export const assessmentSchema = z
  .object({
    assessmentId: assessmentIdSchema,
    clientId: clientIdSchema,
    assessedOn: z.iso.date(),
    needs: z.array(assessmentNeedSchema),
    recordedBy: authorSchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Assessment", description: "A service needs assessment (palvelutarpeen arviointi)" });
export type Assessment = z.infer<typeof assessmentSchema>;
