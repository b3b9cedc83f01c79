import { z } from "zod";
import { freeText } from "../validators/text";
import { bicSchema, refinePaymentAccount, sepaIbanSchema } from "../validators/zod";
import { actorRefSchema, bankAccountChangeIdSchema, providerIdSchema } from "./schemas";

/** A provider's request to be paid to another account, and finance's four-eyes decision on it. */

export const bankAccountChangeBodySchema = z
  .object({
    iban: sepaIbanSchema.meta({
      description: "The new account the area is to pay to: a SEPA country's IBAN, check digits (and Finland's national one) validated",
      example: "FI3715903000000776",
    }),
    bic: bicSchema.optional().meta({ description: "The new account's bank BIC; required for SEPA countries outside the EEA (CH, GB, …)", example: "NDEAFIHH" }),
    accountHolder: freeText({ max: 140 }).meta({ description: "The account holder's name as the bank has it, for finance to verify (the provider itself)", example: "Aamurusko Oy" }),
    reason: freeText({ max: 2000 }).meta({ description: "Why the account changes", example: "Pankki vaihtui." }),
  })
  .strict()
  .superRefine(refinePaymentAccount)
  .meta({ id: "BankAccountChangeRequest" });
export type BankAccountChangeBody = z.infer<typeof bankAccountChangeBodySchema>;

export const bankAccountChangeOutcomeSchema = z
  .enum(["confirmed", "rejected"])
  .meta({ description: "confirmed: the new account is in force from now on; rejected: the old one stays" });

export const bankAccountChangeDecisionBodySchema = z
  .object({
    outcome: bankAccountChangeOutcomeSchema,
    reason: freeText({ max: 2000 }).meta({
      description: "How the change was verified, or why it is rejected; shown to the provider",
      example: "Varmistettu soittamalla rekisteröidylle yhteyshenkilölle.",
    }),
  })
  .strict()
  .meta({ id: "BankAccountChangeDecision" });
export type BankAccountChangeDecisionBody = z.infer<typeof bankAccountChangeDecisionBodySchema>;

export const bankAccountChangeSchema = z
  .object({
    changeId: bankAccountChangeIdSchema,
    providerId: providerIdSchema,
    status: z.enum(["pending", "confirmed", "rejected"]).meta({ description: "pending until a finance user other than the requester decides; final after" }),
    iban: z.string().meta({ description: "The account asked for (electronic format)" }),
    bic: z.string().optional().meta({ description: "Its bank's BIC, when given" }),
    accountHolder: z.string(),
    reason: z.string(),
    previousIban: z.string().meta({ description: "The account in force when the change was asked for: confirming requires it still is" }),
    requestedBy: actorRefSchema,
    requestedAt: z.iso.datetime(),
    decision: z
      .object({ outcome: bankAccountChangeOutcomeSchema, reason: z.string(), decidedBy: actorRefSchema, decidedAt: z.iso.datetime() })
      .optional()
      .meta({ description: "Absent while pending" }),
  })
  .meta({ id: "BankAccountChange" });
export type BankAccountChange = z.infer<typeof bankAccountChangeSchema>;

export const bankAccountChangePageSchema = z
  .object({
    items: z.array(bankAccountChangeSchema),
    nextCursor: z.string().optional().meta({ description: "Absent on the last page" }),
  })
  .meta({ id: "BankAccountChangePage" });

export const providerBankAccountsSchema = bankAccountChangePageSchema
  .extend({
    providerId: providerIdSchema,
    name: z.string(),
    businessId: z.string(),
    contact: z
      .object({ name: z.string(), email: z.string(), phone: z.string() })
      .meta({ description: "The registered contact: whom finance verifies a change with, and whom the change notifications are mailed to" }),
    iban: z.string().meta({ description: "The account in force: what a settlement run made now pays to" }),
  })
  .meta({ id: "ProviderBankAccountChanges" });
