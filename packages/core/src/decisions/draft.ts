import { randomUUID } from "node:crypto";
import type { RequestContext } from "../actor";
import { requireBudget } from "../budget/repository";
import { formatNumber, reserveNumbers } from "../counters";
import { compareDates } from "../budget/periods";
import { changeStamp } from "../db";
import { DomainError } from "../errors";
import { keys } from "../keys";
import { listOwned, ownedKey } from "../ownership";
import { transaction } from "../transaction";
import { amendmentFrom } from "./appeals";
import { clientFeeMonthItems } from "./client-fees";
import { checkCommitmentProviders } from "./commitments";
import { checkLines } from "./decision-rules";
import type { CreateDecisionBody } from "./schemas";
import type { StoredDecision } from "./view";

/**
 * Drafts a decision. A payment commitment's provider must exist and be
 * approved for a bundle of the line's service (422 `PROVIDER_NOT_APPROVED`
 * naming each such line); issuing checks again.
 */
export async function createDecision(budgetId: string, body: CreateDecisionBody, ctx: RequestContext): Promise<StoredDecision> {
  const { budget, lines } = await requireBudget(budgetId);
  if (budget.status !== "draft") throw new DomainError("DECISION_IN_FORCE");
  checkLines(body, lines);
  if (body.effectiveFrom && (compareDates(body.effectiveFrom, budget.validFrom) < 0 || compareDates(body.effectiveFrom, budget.validTo) > 0)) {
    throw new DomainError("VALIDATION_FAILED", {}, [
      { path: "/body/effectiveFrom", code: "EFFECTIVE_FROM_OUTSIDE_BUDGET" },
    ]);
  }
  const byId = new Map(lines.map((line) => [line.lineId, line]));
  const providers = await checkCommitmentProviders(body.lines.map((line) => ({ ...line, serviceCode: byId.get(line.lineId)!.serviceCode })));
  if (providers.refused.length > 0) {
    const errors = providers.refused.map((index) => ({ path: `/body/lines/${index}/providerId`, code: "PROVIDER_NOT_APPROVED" as const }));
    throw new DomainError("PROVIDER_NOT_APPROVED", {}, errors);
  }
  // An amended decision after an upheld appeal takes effect from the day its outcome gives, unless the draft says otherwise.
  const amended = body.effectiveFrom ? undefined : amendmentFrom((await listOwned("DECISION", budget.clientId)) as unknown as StoredDecision[]);
  const effectiveFrom = body.effectiveFrom ?? (amended && compareDates(amended, budget.validFrom) > 0 && compareDates(amended, budget.validTo) <= 0 ? amended : budget.validFrom);
  const year = body.decidedOn.slice(0, 4);
  const [sequence] = await reserveNumbers("DECISION", year, 1);
  const decision: StoredDecision = {
    decisionId: randomUUID(),
    number: formatNumber("HB-P", year, sequence!),
    clientId: budget.clientId,
    budgetId,
    decidedOn: body.decidedOn,
    effectiveFrom,
    legalBasis: body.legalBasis,
    decisionMaker: body.decisionMaker,
    lines: body.lines.map((line) => ({
      lineId: line.lineId,
      serviceCode: byId.get(line.lineId)!.serviceCode,
      grantedCents: byId.get(line.lineId)!.grantedCents,
      paymentMethod: line.paymentMethod,
      ...(line.providerId ? { providerId: line.providerId, providerName: providers.names.get(line.providerId) } : {}),
      ...(line.clientFee ? { clientFee: line.clientFee } : {}),
    })),
    status: "draft",
    appeals: [],
    instrumentIds: [],
    createdAt: ctx.now.toISOString(),
    createdBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
  };
  await transaction()
    .put(
      "decision",
      {
        ...ownedKey("DECISION", decision.decisionId),
        type: "Decision",
        ...keys.Decision.gsi1({ clientId: decision.clientId, createdAt: decision.createdAt, decisionId: decision.decisionId }),
        ...decision,
        ...changeStamp(decision.clientId, ctx),
      },
      "attribute_not_exists(pk)",
    )
    .add("clientFees", ...clientFeeMonthItems(decision, budget.validTo))
    .write();
  return decision;
}
