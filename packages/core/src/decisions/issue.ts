import { randomUUID } from "node:crypto";
import type { RequestContext } from "../actor";
import type { AreaSettings } from "../area/settings";
import { budgetLineKey, requireBudget } from "../budget/repository";
import type { Client } from "../clients/schemas";
import { formatNumber, reserveNumbers } from "../counters";
import { compareDates } from "../budget/periods";
import { businessDate } from "../dates";
import { changeStamp, transition } from "../db";
import { DomainError } from "../errors";
import type { StoredInstrument } from "../instruments/repository";
import { keys } from "../keys";
import { ownedKey } from "../ownership";
import { checkCommitmentProviders } from "./commitments";
import { priceKey, providerKey } from "../providers/repository";
import { instrumentNumberPut, providerIndexFields } from "../instruments/work-list";
import { moveItems } from "./move-deliveries";
import { IndexBehind, planSupersede } from "./supersede";
import { successorGrant } from "./supersede-rules";
import { lostRace, MAX_TRANSACTION_ITEMS, retrying, transaction, TransactionCancelled } from "../transaction";
import { decidedInstrument, lineRegrant, movedToLines } from "./decision-rules";
import { documentFor, getDecision, type StoredDecision } from "./view";

/** How often an issue that lost a race on what it supersedes is tried again before 409 CONCURRENT_CHANGE. */
const maxIssueAttempts = 10;

/**
 * Issues a draft: in one transaction the decision becomes `issued` (only from
 * `draft`, so issuing twice is a 409), the budget becomes `decided` (only from
 * `draft`, so one decision is in force per budget), and one instrument per
 * line is created and linked to its line, starting on the decision's
 * `effectiveFrom`. Each payment commitment's provider must still be approved
 * for its service, checked before and again in the transaction (409
 * `COMMITMENT_PROVIDER_NOT_APPROVED`).
 *
 * The client's decision in force for an earlier plan version is superseded in
 * the same transaction (supersede.ts): it becomes `superseded`, its open
 * instruments end on effectiveFrom − 1 with the grant clipGrant keeps, their
 * budget lines give back what it releases, and a voucher's chosen (and
 * accepted) provider carries over to the new voucher of the same service.
 * Those writes are conditioned on the values read: a concurrent delivery makes
 * the issue read again; a concurrent superseding issue that won is a 409
 * `DECISION_SUPERSEDED`.
 */
export async function issueDecision(
  decision: StoredDecision,
  client: Client,
  area: AreaSettings,
  serviceName: (code: string) => string,
  ctx: RequestContext,
): Promise<{ decision: StoredDecision; instruments: StoredInstrument[] }> {
  if (decision.status !== "draft") throw new DomainError("DECISION_NOT_DRAFT", { status: decision.status });
  if (client.hbStatus === "declined" || client.hbStatus === "ended") throw new DomainError("HB_DECLINED", { status: client.hbStatus });
  const issuedAt = ctx.now.toISOString();
  const year = businessDate(ctx.now).slice(0, 4);
  const numbers = await reserveNumbers("INSTRUMENT", year, decision.lines.length);
  const instrumentIds = decision.lines.map(() => randomUUID());
  const seen = new Set<string>();
  // A delivery, a choice of provider, a lagging index or a concurrent transaction changed what was read: read again.
  return retrying(maxIssueAttempts, async () => {
    const { budget, lines } = await requireBudget(decision.budgetId);
    if (budget.status !== "draft") throw new DomainError("DECISION_IN_FORCE");
    const effectiveFrom = decision.effectiveFrom ?? budget.validFrom;
    const providers = await checkCommitmentProviders(decision.lines);
    const notApproved = (index: number) => new DomainError("COMMITMENT_PROVIDER_NOT_APPROVED", { lineId: decision.lines[index]!.lineId });
    if (providers.refused.length > 0) throw notApproved(providers.refused[0]!);
    const superseded = await planSupersede({
      clientId: decision.clientId,
      budget,
      decisionId: decision.decisionId,
      effectiveFrom,
      seen,
      read: getDecision,
      ctx,
    });
    const grants = new Map(lines.map((line) => [line.lineId, successorGrant(line, budget, effectiveFrom)]));
    const granted = lines.map((line) => ({ ...line, ...grants.get(line.lineId)!, availableCents: grants.get(line.lineId)!.grantedCents }));
    const byId = new Map(granted.map((line) => [line.lineId, line]));
    const totalGrantedCents = granted.reduce((sum, line) => sum + line.grantedCents, 0);
    const movedTo = movedToLines(superseded.moved, granted, effectiveFrom);
    const instruments: StoredInstrument[] = decision.lines.map((decided, index) => {
      const line = byId.get(decided.lineId)!;
      return decidedInstrument({
        decision,
        decided,
        line,
        budget,
        effectiveFrom,
        instrumentId: instrumentIds[index]!,
        number: formatNumber("HB", year, numbers[index]!),
        carried: decided.paymentMethod === "voucher" ? superseded.carried.get(line.serviceCode) : undefined,
        moved: movedTo.get(line.lineId) ?? [],
        createdAt: issuedAt,
      });
    });
    const supersedes = superseded.decisions.map((old) => old.decisionId);
    const issued: StoredDecision = {
      ...decision,
      status: "issued",
      issuedAt,
      effectiveFrom,
      ...(supersedes.length > 0 ? { supersedes } : {}),
      instrumentIds: instruments.map((instrument) => instrument.instrumentId),
    };
    issued.document = documentFor(issued, { ...budget, totalGrantedCents }, granted, client, area, serviceName);
    const changed = changeStamp(decision.clientId, ctx);
    const tx = transaction()
      .add(
        "decision",
        transition(ownedKey("DECISION", decision.decisionId), ["draft"], "issued", {
          issuedAt,
          effectiveFrom,
          ...(supersedes.length > 0 ? { supersedes } : {}),
          instrumentIds: issued.instrumentIds,
          document: issued.document,
        }, changed),
      )
      .add(
        "budget",
        transition(ownedKey("BUDGET", decision.budgetId), ["draft"], "decided", {
          decisionId: decision.decisionId,
          totalGrantedCents,
          ...(compareDates(effectiveFrom, budget.validFrom) > 0 ? { effectiveFrom } : {}),
        }, changed),
      );
    for (const instrument of instruments) {
      tx.put(
        "instruments",
        {
          ...ownedKey("INSTRUMENT", instrument.instrumentId),
          type: "Instrument",
          ...keys.Instrument.gsi1({ clientId: instrument.clientId, createdAt: instrument.createdAt, instrumentId: instrument.instrumentId }),
          ...(instrument.providerId ? providerIndexFields(instrument.providerId, instrument.number) : {}),
          ...instrument,
          ...changed,
        },
        "attribute_not_exists(pk)",
      );
    }
    tx.add("instrumentNumbers", ...instruments.map(instrumentNumberPut));
    for (const instrument of instruments) {
      const line = byId.get(instrument.lineId)!;
      const regrant = lineRegrant(line, instrument);
      tx.update(
        "lines",
        budgetLineKey(instrument.budgetId, instrument.lineId),
        {
          expression: `SET instrumentIds = list_append(instrumentIds, :id), changedBy = :by, requestId = :rid, updatedAt = :at${regrant.expression}`,
          values: { ":id": [instrument.instrumentId], ":by": changed.changedBy, ":rid": changed.requestId, ":at": issuedAt, ...regrant.values },
        },
        "attribute_exists(pk)",
      );
    }
    // Each commitment's provider under its line's index, so a refusal names the line.
    for (const condition of providers.conditions) tx.add(`commitmentProvider ${condition.lineIndex}`, condition.item);
    // A carried provider must still be approved and price the service, as when the client chose it (V5).
    const committed = new Set(decision.lines.flatMap((line) => (line.paymentMethod === "payment-commitment" && line.providerId ? [line.providerId] : [])));
    const carriedTo = instruments.filter((instrument) => instrument.kind === "voucher" && instrument.providerId);
    for (const providerId of new Set(carriedTo.map((instrument) => instrument.providerId!))) {
      if (committed.has(providerId)) continue; // its ConditionCheck above already requires it approved
      tx.check("carriedProviders", providerKey(providerId), { expression: "#status = :approved", names: { "#status": "status" }, values: { ":approved": "approved" } });
    }
    for (const instrument of carriedTo) tx.check("carriedPrices", priceKey(instrument.providerId!, instrument.serviceCode), "attribute_exists(pk)");
    tx.add("superseded", ...superseded.decisionItems).add("clipped", ...superseded.items);
    for (const instrument of instruments) {
      const events = movedTo.get(instrument.lineId);
      if (events) tx.add("moved", ...moveItems(events, instrument, changed));
    }
    // DynamoDB takes at most 100 items in one transaction; splitting would let a client be funded twice in between.
    if (tx.size > MAX_TRANSACTION_ITEMS) throw new DomainError("SUPERSEDE_TOO_LARGE", { items: tx.size });
    try {
      await tx.write();
      return { decision: issued, instruments };
    } catch (error) {
      if (!(error instanceof TransactionCancelled)) throw error;
      if (error.failed("decision")) throw new DomainError("DECISION_NOT_DRAFT", { status: "issued" });
      if (error.failed("budget")) throw new DomainError("DECISION_IN_FORCE");
      const refused = providers.conditions.find((condition) => error.failed(`commitmentProvider ${condition.lineIndex}`));
      if (refused) throw notApproved(refused.lineIndex);
      if (error.failed("superseded")) throw new DomainError("DECISION_SUPERSEDED");
      throw error;
    }
  }, { retryWhen: (error) => error instanceof IndexBehind || lostRace(error) });
}
