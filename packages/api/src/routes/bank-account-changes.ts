import { z } from "zod";
import {
  bankAccountChangeBodySchema,
  bankAccountChangeDecisionBodySchema,
  bankAccountChangePageSchema,
  bankAccountChangeSchema,
  providerBankAccountsSchema,
} from "@hb/core/providers/bank-account-change-schemas";
import { bankAccountChangeIdSchema, providerIdSchema } from "@hb/core/providers/schemas";
import { defineRoute } from "../route";
import { pageQuery } from "./shared";

export const requestBankAccountChange = defineRoute({
  id: "bankAccountChanges.create",
  method: "POST",
  path: "/v1/providers/{providerId}/bank-account-changes",
  roles: ["provider"],
  subject: { from: "none" },
  provider: { param: "providerId" },
  summary: "Ask for a new bank account for the provider (its own staff only); pending until a finance user who is not the requester confirms it",
  tags: ["providers"],
  handler: "functions/api/bank-account-changes.request",
  params: z.object({ providerId: providerIdSchema }),
  body: bankAccountChangeBodySchema,
  response: { status: 201, description: "The pending change; the provider's inbox is told", schema: bankAccountChangeSchema },
  idempotent: true,
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "UNSUPPORTED_MEDIA_TYPE",
    "NOT_FOUND",
    "BANK_ACCOUNT_CHANGE_PENDING",
    "CONCURRENT_CHANGE",
    "IDEMPOTENCY_KEY_REUSED",
    "IDEMPOTENCY_IN_PROGRESS",
  ],
});

export const listProviderBankAccountChanges = defineRoute({
  id: "bankAccountChanges.list",
  method: "GET",
  path: "/v1/providers/{providerId}/bank-account-changes",
  roles: ["finance", "admin", "provider"],
  subject: { from: "none" },
  provider: { param: "providerId", alsoRoles: ["finance", "admin"] },
  summary: "The provider's account in force and its bank-account changes, newest first (finance, admin, and the provider's own staff)",
  tags: ["providers"],
  handler: "functions/api/bank-account-changes.list",
  params: z.object({ providerId: providerIdSchema }),
  query: z.object({ ...pageQuery }),
  response: { status: 200, description: "The account in force and a page of its history", schema: providerBankAccountsSchema },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR", "NOT_FOUND"],
});

export const listPendingBankAccountChanges = defineRoute({
  id: "bankAccountChanges.pending",
  method: "GET",
  path: "/v1/bank-account-changes",
  roles: ["finance", "admin"],
  subject: { from: "none" },
  summary: "Finance's work list: every pending bank-account change of the area, oldest first",
  tags: ["providers"],
  handler: "functions/api/bank-account-changes.pending",
  query: z.object({ ...pageQuery }),
  response: { status: 200, description: "A page of pending changes", schema: bankAccountChangePageSchema },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR"],
});

export const decideBankAccountChange = defineRoute({
  id: "bankAccountChanges.decide",
  method: "POST",
  path: "/v1/bank-account-changes/{changeId}/decision",
  roles: ["finance"],
  subject: { from: "none" },
  summary:
    "Confirm or reject a pending change (four eyes: not by the requester nor the provider's staff); confirming puts the new account in force for the next settlement run",
  tags: ["providers"],
  handler: "functions/api/bank-account-changes.decide",
  params: z.object({ changeId: bankAccountChangeIdSchema }),
  body: bankAccountChangeDecisionBodySchema,
  response: { status: 200, description: "The decided change; the provider's inbox is told", schema: bankAccountChangeSchema },
  idempotent: true,
  metric: { name: "BankAccountChangeDecided" },
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "UNSUPPORTED_MEDIA_TYPE",
    "NOT_FOUND",
    "FOUR_EYES_REQUIRED",
    "BANK_ACCOUNT_CHANGE_ALREADY_DECIDED",
    "CONCURRENT_CHANGE",
    "IDEMPOTENCY_KEY_REUSED",
    "IDEMPOTENCY_IN_PROGRESS",
  ],
});
