import { z } from "zod";
import { appealBodySchema, appealOutcomeBodySchema, createDecisionBodySchema, decisionSchema, revokeBodySchema } from "@hb/core/decisions/schemas";
import { defineRoute } from "../route";

const decisionParams = z.object({ decisionId: z.uuid() });

export const createDecision = defineRoute({
  id: "decisions.create",
  method: "POST",
  path: "/v1/budgets/{budgetId}/decisions",
  roles: ["worker"],
  subject: { from: "owner", param: "budgetId", entity: "BUDGET", access: "act" },
  summary: "Draft the decision on a budget: legal basis and each line's payment method",
  tags: ["decisions"],
  handler: "functions/api/decisions.create",
  params: z.object({ budgetId: z.uuid() }),
  body: createDecisionBodySchema,
  response: { status: 201, description: "The draft with its document", schema: decisionSchema },
  idempotent: true,
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "NOT_FOUND",
    "DECISION_IN_FORCE",
    "PROVIDER_NOT_APPROVED",
    "IDEMPOTENCY_KEY_REUSED",
    "IDEMPOTENCY_IN_PROGRESS",
  ],
});

export const getDecision = defineRoute({
  id: "decisions.get",
  method: "GET",
  path: "/v1/decisions/{decisionId}",
  roles: ["worker", "client", "representative"],
  subject: { from: "owner", param: "decisionId", entity: "DECISION", access: "view" },
  summary: "A decision and its document in the client's language",
  tags: ["decisions"],
  handler: "functions/api/decisions.get",
  params: decisionParams,
  response: { status: 200, description: "The decision", schema: decisionSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});

export const issueDecision = defineRoute({
  id: "decisions.issue",
  method: "POST",
  path: "/v1/decisions/{decisionId}/issue",
  roles: ["worker"],
  subject: { from: "owner", param: "decisionId", entity: "DECISION", access: "act" },
  summary: "Issue a draft: freezes the document and creates the payment instruments from its effectiveFrom, superseding the client's decision for an earlier plan version from that day",
  tags: ["decisions"],
  handler: "functions/api/decisions.issue",
  params: decisionParams,
  response: { status: 200, description: "The issued decision with its instruments", schema: decisionSchema },
  idempotent: true,
  metric: { name: "DecisionIssued" },
  problems: [
    "VALIDATION_FAILED",
    "NOT_FOUND",
    "DECISION_NOT_DRAFT",
    "DECISION_IN_FORCE",
    "HB_DECLINED",
    "COMMITMENT_PROVIDER_NOT_APPROVED",
    "DECISION_SUPERSEDED",
    "DELIVERY_SPANS_CHANGE",
    "GRANT_BELOW_DELIVERED",
    "SUPERSEDE_TOO_LARGE",
    "CONCURRENT_CHANGE",
    "IDEMPOTENCY_KEY_REUSED",
    "IDEMPOTENCY_IN_PROGRESS",
  ],
});

export const appealDecision = defineRoute({
  id: "decisions.appeal",
  method: "POST",
  path: "/v1/decisions/{decisionId}/appeals",
  roles: ["worker", "client", "representative"],
  subject: { from: "owner", param: "decisionId", entity: "DECISION", access: "act" },
  summary: "Record a request for review (oikaisuvaatimus); the decision stays in force",
  tags: ["decisions"],
  handler: "functions/api/decisions.appeal",
  params: decisionParams,
  body: appealBodySchema,
  response: { status: 201, description: "The decision with the appeal", schema: decisionSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "NOT_FOUND", "DECISION_NOT_IN_FORCE"],
});

export const decideAppeal = defineRoute({
  id: "decisions.decideAppeal",
  method: "POST",
  path: "/v1/decisions/{decisionId}/appeals/{appealId}/outcome",
  roles: ["worker"],
  subject: { from: "owner", param: "decisionId", entity: "DECISION", access: "act" },
  summary:
    "Record the outcome of an appeal, once. Upheld or partly upheld names the day an amended decision takes over (it supersedes this one when issued, retroactively when that day has passed); the client and representatives are told",
  tags: ["decisions"],
  handler: "functions/api/decisions.decideAppeal",
  params: decisionParams.extend({ appealId: z.uuid() }),
  body: appealOutcomeBodySchema,
  response: { status: 200, description: "The decision with the outcome and its history", schema: decisionSchema },
  idempotent: true,
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "NOT_FOUND", "APPEAL_DECIDED", "CONCURRENT_CHANGE", "IDEMPOTENCY_KEY_REUSED", "IDEMPOTENCY_IN_PROGRESS"],
});

export const revokeDecision = defineRoute({
  id: "decisions.revoke",
  method: "POST",
  path: "/v1/decisions/{decisionId}/revoke",
  roles: ["worker"],
  subject: { from: "owner", param: "decisionId", entity: "DECISION", access: "act" },
  summary: "Revoke a decision in force: its instruments close (one that superseded another is superseded by a corrected decision instead)",
  tags: ["decisions"],
  handler: "functions/api/decisions.revoke",
  params: decisionParams,
  body: revokeBodySchema,
  response: { status: 200, description: "The revoked decision", schema: decisionSchema },
  idempotent: true,
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "NOT_FOUND", "DECISION_NOT_IN_FORCE", "REVOKE_SUPERSEDING", "IDEMPOTENCY_KEY_REUSED", "IDEMPOTENCY_IN_PROGRESS"],
});
