import { z } from "zod";
import { languages } from "../language";
import { freeText } from "../validators/text";
import { personalIdSchema } from "../validators/zod";

const name = freeText({ max: 100 });

export const clientIdSchema = z.uuid().meta({ description: "Client id", example: "7d8f0c52-5a1e-4f7e-9d0b-2a4c7c1e9b10" });
export const hbStatusSchema = z.enum(["not-started", "active", "declined", "ended"]);

/**
 * Why a person may represent the client; an area records the source it
 * checked: the client's own authorisation, a Suomi.fi mandate, the guardian of
 * a minor (population register) or a court-appointed guardian
 * (edunvalvoja, the register of guardianships).
 */
export const representationBasisSchema = z
  .enum(["client-authorisation", "suomifi-mandate", "guardian-of-minor", "legal-guardian"])
  .meta({ description: "The source of the right to represent" });

export const representativeSchema = z
  .object({
    representativeId: z.uuid().meta({ description: "The entry's id in HB (DELETE …/representatives/{subject} takes it)" }),
    name,
    relationship: freeText({ max: 100 }),
    permission: z.enum(["view", "act"]).meta({ description: "`view` reads; `act` also writes for the client" }),
    basis: representationBasisSchema,
    validFrom: z.iso.date().optional().meta({ description: "First day of the right (business date); from now when absent" }),
    validTo: z.iso.date().optional().meta({ description: "Last day of the right; access ends after it without anyone removing the entry" }),
  })
  .meta({ id: "Representative" });

export const createClientBodySchema = z
  .object({
    personalId: personalIdSchema.meta({
      description: "Finnish personal identity code (henkilötunnus); every century sign incl. those in use since 2023",
      example: "010594Y9032",
    }),
    firstName: name,
    lastName: name,
    municipality: name.meta({ description: "Municipality of residence", example: "Rovaniemi" }),
    language: z.enum(languages).meta({ description: "The client's language: decisions and messages use it" }),
  })
  .strict()
  .meta({ id: "CreateClient" });
export type CreateClientBody = z.infer<typeof createClientBodySchema>;

/** A staff member's `sub` as the identity provider gives it. */
export const workerSubSchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, "1-200 printable characters without spaces")
  .meta({ description: "The worker's `sub` (their id at the area's sign-in)", example: "worker-1" });

export const patchClientBodySchema = z
  .object({
    firstName: name.optional(),
    lastName: name.optional(),
    municipality: name.optional(),
    language: z.enum(languages).optional(),
    assignedWorker: workerSubSchema.optional().meta({ description: "Moves the client to this worker's caseload" }),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: "Change at least one field", params: { code: "NO_CHANGES" } })
  .meta({ id: "PatchClient" });
export type PatchClientBody = z.infer<typeof patchClientBodySchema>;

export const hbStatusBodySchema = z
  .object({
    status: z.enum(["active", "declined", "ended"]),
    reason: freeText({ max: 2000 }),
    endsOn: z.iso
      .date()
      .optional()
      .meta({
        description:
          "declined or ended: the last day HB funds (business date, today by default, not in the future). Open instruments end on it; deliveries up to it stay recordable until the recording deadline",
        example: "2027-06-20",
      }),
  })
  .strict()
  // Active again reopens nothing: an end date there would be a mistake, not a no-op.
  .refine((body) => body.status !== "active" || body.endsOn === undefined, {
    path: ["endsOn"],
    message: "Only declined or ended takes an end date",
    params: { code: "ENDS_ON_NOT_ENDING" },
  })
  .meta({ id: "SetHbStatus" });
export type HbStatusBody = z.infer<typeof hbStatusBodySchema>;

export const clientSchema = z
  .object({
    clientId: clientIdSchema,
    personalId: z.string().optional().meta({ description: "Returned to workers only" }),
    birthDate: z.iso.date().optional().meta({ description: "Returned to workers only" }),
    firstName: z.string(),
    lastName: z.string(),
    municipality: z.string(),
    language: z.enum(languages),
    hbStatus: hbStatusSchema,
    hbStatusReason: z.string().optional(),
    hbStatusChangedAt: z.iso.datetime().optional(),
    assignedWorker: z.string().optional().meta({ description: "The worker whose caseload the client is in (the one who registered it until changed); returned to workers only" }),
    representatives: z.array(representativeSchema),
    version: z.number().int().positive(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Client" });
export type Client = z.infer<typeof clientSchema>;
