import { z } from "zod";
import { roles } from "../actor";
import { businessDateSchema } from "../dates";
import { serviceCodeSchema } from "../catalogue/schemas";
import { freeText } from "../validators/text";
import { bicSchema, businessIdSchema, paymentNameSchema, refinePaymentAccount, sepaIbanSchema } from "../validators/zod";

export const providerIdSchema = z.uuid().meta({ description: "Provider id", example: "5f1d3c9a-8b2e-4c7d-9a6f-3e2b1c0d4f5a" });
export const bankAccountChangeIdSchema = z.uuid().meta({ description: "Bank-account change id", example: "3a7c9e2b-5d1f-4b8a-9c6e-0f2d4b6a8c1e" });
export const applicationIdSchema = z.uuid().meta({ description: "Provider application id", example: "9c4b2a1e-7d3f-4e8a-b6c5-1f0e9d8c7b6a" });

const bundleCodeSchema = z
  .string()
  .regex(/^[A-Z0-9_]{2,64}$/, "Use 2-64 capital letters, digits or underscores")
  .meta({ description: "Service bundle code (HEBU) from the area's list", example: "HEBU_PAIVATOIMINTA_HAPU_KOTIHOITO" });

/** A provider prices at most this many services: an area's catalogue has tens, and an approval stays one transaction (≤ 100 items). */
export const MAX_PRICES = 40;
export const MAX_BUNDLES = 10;

const unitPriceCentsSchema = z
  .number()
  .int()
  .positive()
  .max(100_000_000)
  .meta({ description: "The provider's price of one unit of the service (the catalogue's unit), integer cents (EUR)", example: 3800 });

export const priceSchema = z
  .object({ serviceCode: serviceCodeSchema, unitPriceCents: unitPriceCentsSchema })
  .strict()
  .meta({ id: "ProviderPriceInput" });
export type PriceInput = z.infer<typeof priceSchema>;

const contactSchema = z
  .object({
    name: freeText({ max: 100 }).meta({ description: "The provider's contact person" }),
    email: z.email().max(254),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ()-]{4,24}$/, "A phone number: digits, spaces, brackets and hyphens, optionally starting with +")
      .meta({ example: "+358 40 123 4567" }),
  })
  .strict()
  .meta({ id: "ProviderContact" });

/**
 * Each bundle and each priced service at most once. zod runs refinements even
 * when some fields failed, so the inputs are checked before use.
 */
export function noDuplicates(value: { bundles?: unknown; prices?: unknown }, ctx: z.RefinementCtx): void {
  if (Array.isArray(value.bundles)) {
    const seen = new Set<unknown>();
    value.bundles.forEach((bundle, index) => {
      if (seen.has(bundle)) ctx.addIssue({ code: "custom", path: ["bundles", index], message: "The bundle is listed twice", params: { code: "DUPLICATE_BUNDLE" } });
      seen.add(bundle);
    });
  }
  if (Array.isArray(value.prices)) {
    const seen = new Set<unknown>();
    value.prices.forEach((price: unknown, index) => {
      if (typeof price !== "object" || price === null) return;
      const code = (price as { serviceCode?: unknown }).serviceCode;
      if (seen.has(code)) {
        ctx.addIssue({ code: "custom", path: ["prices", index, "serviceCode"], message: "The service is priced twice", params: { code: "DUPLICATE_PRICE" } });
      }
      seen.add(code);
    });
  }
}

export const providerApplicationBodySchema = z
  .object({
    businessId: businessIdSchema.meta({
      description:
        "Finnish business ID (Y-tunnus), checksum validated. Of an approved provider only its members may apply, for more bundles and prices; the application never changes its details",
      example: "2617416-4",
    }),
    name: paymentNameSchema.meta({ description: "The provider's business name in Latin letters, as in the trade register; it is the creditor name of its payments", example: "Aamurusko Oy" }),
    bundles: z
      .array(bundleCodeSchema)
      .min(1)
      .max(MAX_BUNDLES)
      .meta({ description: "The service bundles (HEBU) applied for, from the area's list, each once" }),
    registryNumber: freeText({ max: 50 }).meta({ description: "Soteri register number (sosiaali- ja terveydenhuollon palveluntuottajien rekisteri)" }),
    iban: sepaIbanSchema.meta({
      description:
        "The account the area pays to: a SEPA country's IBAN, check digits (and Finland's national one) validated; for an approved provider, the account in force (it changes through a bank-account change)",
      example: "FI2112345600000785",
    }),
    bic: bicSchema.optional().meta({ description: "The account's bank BIC; required for SEPA countries outside the EEA (CH, GB, …)", example: "NDEAFIHH" }),
    contact: contactSchema,
    prices: z
      .array(priceSchema)
      .min(1)
      .max(MAX_PRICES)
      .meta({ description: "The price list: services of the catalogue that belong to the bundles applied for, each once" }),
  })
  .strict()
  .superRefine(noDuplicates)
  .superRefine(refinePaymentAccount)
  .meta({ id: "ProviderApplicationBody" });
export type ProviderApplicationBody = z.infer<typeof providerApplicationBodySchema>;

export const applicationOutcomeSchema = z
  .enum(["approved", "rejected", "info-requested"])
  .meta({
    description:
      "Approve (creates the provider, or adds an existing provider's bundles and prices), reject, or ask for more information (the applicant answers with a reply, and the application is pending again)",
  });

export const applicationDecisionBodySchema = z
  .object({
    outcome: applicationOutcomeSchema,
    reason: freeText({ max: 2000 }).meta({ description: "Why; shown to the applicant", example: "Hakemus täyttää palvelusetelin sääntökirjan ehdot." }),
  })
  .strict()
  .meta({ id: "ProviderApplicationDecisionBody" });
export type ApplicationDecisionBody = z.infer<typeof applicationDecisionBodySchema>;

export const applicationStatusSchema = z
  .enum(["pending", "approved", "rejected", "info-requested"])
  .meta({
    description:
      "pending until decided; approved and rejected are final (applications can be repeated at any time); info-requested is pending again once the applicant replies",
  });
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export const applicationReplyBodySchema = z
  .object({
    message: freeText({ max: 4000 }).meta({
      description: "The applicant's answer to the information request",
      example: "Liitimme toimintasuunnitelman ja omavalvontasuunnitelman hakemuksen yhteyshenkilön sähköpostiin.",
    }),
  })
  .strict()
  .meta({ id: "ProviderApplicationReplyBody" });
export type ApplicationReplyBody = z.infer<typeof applicationReplyBodySchema>;

export const actorRefSchema = z.object({ sub: z.string(), roles: z.array(z.enum(roles)) });

export const priceViewSchema = z.object({ serviceCode: z.string(), unitPriceCents: z.number().int() });

export const providerApplicationSchema = z
  .object({
    applicationId: applicationIdSchema,
    applicantSub: z.string().meta({ description: "The `sub` of the provider staff member who applied" }),
    businessId: z.string(),
    name: z.string(),
    bundles: z.array(z.string()),
    registryNumber: z.string(),
    iban: z.string(),
    bic: z.string().optional(),
    contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
    prices: z.array(priceViewSchema),
    status: applicationStatusSchema,
    decision: z
      .object({ outcome: applicationOutcomeSchema, reason: z.string(), decidedBy: actorRefSchema, decidedAt: z.iso.datetime() })
      .optional()
      .meta({ description: "Absent while pending; a rejection keeps its reason here" }),
    replies: z
      .array(
        z.object({
          infoRequest: z.object({ reason: z.string(), decidedBy: actorRefSchema, decidedAt: z.iso.datetime() }),
          message: z.string(),
          repliedBy: z.object({ sub: z.string() }),
          repliedAt: z.iso.datetime(),
        }),
      )
      .optional()
      .meta({ description: "Each information request the applicant answered, with the answer, oldest first (absent while there was none)" }),
    providerId: providerIdSchema
      .optional()
      .meta({
        description:
          "The provider the approval created; from the start, for an application of an existing provider's member (it can add bundles and prices only)",
      }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "ProviderApplication" });
export type ProviderApplication = z.infer<typeof providerApplicationSchema>;

export const providerStatusSchema = z.enum(["approved", "suspended", "terminated"]);
export type ProviderStatus = z.infer<typeof providerStatusSchema>;

export const providerStatusBodySchema = z
  .object({
    status: providerStatusSchema.meta({ description: "suspended or terminated stops the provider; approved lifts a suspension (terminated is final)" }),
    reason: freeText({ max: 2000 }).meta({ description: "Why; kept in the provider's status history", example: "Aluehallintoviraston määräys." }),
    effectiveFrom: businessDateSchema.meta({
      description: "Today or later: the first day no delivery can be recorded for (suspended, terminated); a re-approval lifts the suspension at once",
      example: "2026-12-01",
    }),
  })
  .strict()
  .meta({ id: "ProviderStatusChange" });
export type ProviderStatusBody = z.infer<typeof providerStatusBodySchema>;

export const providerSchema = z
  .object({
    providerId: providerIdSchema,
    businessId: z.string(),
    name: z.string(),
    registryNumber: z.string(),
    iban: z.string(),
    bic: z.string().optional(),
    bundles: z.array(z.string()).meta({ description: "Every bundle ever approved for the provider" }),
    contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
    status: providerStatusSchema.meta({
      description: "approved, or suspended or terminated by the area: a suspended or terminated provider takes no new clients from the decision (no choice, no acceptance) and records no delivery dated on or after `blockedFrom`",
    }),
    blockedFrom: businessDateSchema.optional().meta({ description: "While suspended or terminated: the first day no delivery of the provider can be recorded for" }),
    statusHistory: z
      .array(z.object({ status: providerStatusSchema, reason: z.string(), effectiveFrom: z.iso.date(), decidedBy: actorRefSchema, decidedAt: z.iso.datetime() }))
      .optional()
      .meta({ description: "Every status change by the area, oldest first (absent while there was none)" }),
    memberCount: z.number().int().nonnegative().meta({ description: "How many people are the provider's staff in HB (GET …/members lists them)" }),
    approvedAt: z.iso.datetime().meta({ description: "The latest approval" }),
    applicationId: applicationIdSchema.meta({ description: "The application approved latest" }),
    pendingAccountChangeId: bankAccountChangeIdSchema.optional().meta({ description: "A bank-account change waiting for finance (one at a time)" }),
    version: z.number().int().positive(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Provider" });
export type Provider = z.infer<typeof providerSchema>;

export const decidedApplicationSchema = providerApplicationSchema
  .extend({ provider: providerSchema.optional().meta({ description: "With an approval: the provider as it now is" }) })
  .meta({ id: "DecidedProviderApplication" });
