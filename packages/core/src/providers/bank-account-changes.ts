import { randomUUID } from "node:crypto";
import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { Actor, RequestContext } from "../actor";
import { dynamo, getItem, setFields, tableName } from "../db";
import { DomainError, notFound } from "../errors";
import { keys } from "../keys";
import { membershipKey } from "../identity/person-register";
import { inboxOf, type NewNotification, notificationWrites } from "../notifications/repository";
import type { BankAccountNotificationKind } from "../notifications/texts";
import { decodeListCursor, encodeCursor, type Page } from "../pagination";
import { retrying, transaction, TransactionCancelled } from "../transaction";
import { normalizeIban } from "../validators/iban";
import { isMemberOf } from "./membership";
import { providerKey, requireProvider } from "./repository";
import type { BankAccountChange, BankAccountChangeBody, BankAccountChangeDecisionBody } from "./bank-account-change-schemas";
import type { Provider } from "./schemas";

/**
 * A provider's bank account changes only through this flow (an application
 * never touches it): a member of the provider asks, a finance user who is
 * neither the requester nor a member confirms or rejects (four eyes), and the
 * provider's inbox (and, by mail, its registered contact) hears of each step.
 * Settlement runs read the account on the provider item when they are made,
 * so a confirmed change applies from the next run on; a run already made
 * keeps the account it paid.
 *
 * - change    `ACCOUNTCHANGE#<changeId> / ACCOUNTCHANGE`, never deleted: the history.
 *             gsi1 `ACCOUNTCHANGES#<providerId> / <requestedAt>#<changeId>` (the provider's history, newest first);
 *             gsi3 `ACCOUNTCHANGES-PENDING / <requestedAt>#<changeId>` while pending (finance's work list)
 * - provider  `pendingAccountChangeId` while a change is pending: one at a time, so two
 *             confirmations can never race each other, and `iban` moves only from the
 *             account the request was made against.
 */
const changeKey = (changeId: string) => keys.BankAccountChange.key({ changeId });

/** Attempts of a transaction that lost a race with another transaction on the same items, before 409 CONCURRENT_CHANGE. */
const MAX_ATTEMPTS = 4;

function toChange(item: Record<string, unknown>): BankAccountChange {
  const { changeId, providerId, status, iban, bic, accountHolder, reason, previousIban, requestedBy, requestedAt, decision } = item;
  return {
    changeId, providerId, status, iban, ...(bic ? { bic } : {}), accountHolder, reason, previousIban, requestedBy, requestedAt,
    ...(decision ? { decision } : {}),
  } as BankAccountChange;
}

export async function requireBankAccountChange(changeId: string): Promise<BankAccountChange> {
  const item = await getItem<Record<string, unknown>>(changeKey(changeId));
  if (!item) throw notFound("bank-account change");
  return toChange(item);
}

function notificationOf(kind: BankAccountNotificationKind, provider: Provider, change: BankAccountChange, createdAt: string): NewNotification {
  return {
    inbox: inboxOf.provider(provider.providerId),
    kind,
    providerId: provider.providerId,
    changeId: change.changeId,
    ibanEnding: change.iban.slice(-4),
    contactEmail: provider.contact.email,
    createdAt,
  };
}

const sameAccount = () => new DomainError("VALIDATION_FAILED", {}, [{ path: "/body/iban", code: "SAME_BANK_ACCOUNT" }]);

/**
 * A member asks for a new account: in one transaction the change is put
 * `pending`, the provider is marked as having it pending (only while it is
 * approved, has no other pending change and still has the account read), and
 * the provider's inbox is told. A second request while one is pending is 409
 * `BANK_ACCOUNT_CHANGE_PENDING`; asking for the account in force is 422.
 */
export async function requestBankAccountChange(
  providerId: string,
  body: BankAccountChangeBody,
  ctx: RequestContext,
): Promise<BankAccountChange> {
  const iban = normalizeIban(body.iban);
  const now = ctx.now.toISOString();
  // A request or a confirmation at the same moment: the next attempt reads what it did.
  return retrying(MAX_ATTEMPTS, async () => {
    const provider = await requireProvider(providerId);
    if (provider.pendingAccountChangeId) throw new DomainError("BANK_ACCOUNT_CHANGE_PENDING");
    if (normalizeIban(provider.iban) === iban) throw sameAccount();
    const change: BankAccountChange = {
      changeId: randomUUID(),
      providerId,
      status: "pending",
      iban,
      ...(body.bic ? { bic: body.bic } : {}),
      accountHolder: body.accountHolder,
      reason: body.reason,
      previousIban: provider.iban,
      requestedBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
      requestedAt: now,
    };
    await transaction()
      .put(
        "change",
        {
          ...changeKey(change.changeId),
          type: "BankAccountChange",
          ...keys.BankAccountChange.gsi1({ providerId, requestedAt: now, changeId: change.changeId }),
          ...keys.BankAccountChange.gsi3({ requestedAt: now, changeId: change.changeId }),
          ...change,
          // Who asked, as a person: the four-eyes check recognises them under another sign-in.
          ...(ctx.actor.personRef ? { requesterRef: ctx.actor.personRef } : {}),
          updatedAt: now,
        },
        "attribute_not_exists(pk)",
      )
      .update(
        "provider",
        providerKey(providerId),
        { expression: "SET pendingAccountChangeId = :id", values: { ":id": change.changeId } },
        {
          expression: "#status = :approved AND iban = :previous AND attribute_not_exists(pendingAccountChangeId)",
          names: { "#status": "status" },
          values: { ":approved": "approved", ":previous": provider.iban },
        },
      )
      .add("notifications", ...notificationWrites([notificationOf("bank-account-change-requested", provider, change, now)]))
      .write();
    return change;
  });
}

/**
 * Finance decides a pending change, once. Four eyes: the requester, and any
 * member of the provider, may not (403 `FOUR_EYES_REQUIRED`). Confirming
 * sets the provider's `iban` in the same transaction as the change, only
 * while this change is the provider's pending one and the account is still
 * the one it was asked against; rejecting only clears the pending mark. Both
 * tell the provider's inbox.
 */
/**
 * The second pair of eyes must be someone else: not the requester (the same
 * person by their identity code's lookup key, or the same sign-in) and no
 * member of the provider, also when the finance user is known as a person
 * through the staff directory (`personalIdClaim`, docs/operations.md).
 */
async function isRequesterOrMember(change: BankAccountChange, actor: Actor): Promise<boolean> {
  if (change.requestedBy.sub === actor.sub || isMemberOf(actor, change.providerId)) return true;
  if (!actor.personRef) return false;
  const requesterRef = (await getItem<{ requesterRef?: string }>(changeKey(change.changeId)))?.requesterRef;
  if (requesterRef === actor.personRef) return true;
  return (await getItem(membershipKey(actor.personRef, change.providerId))) !== undefined;
}

export async function decideBankAccountChange(
  change: BankAccountChange,
  body: BankAccountChangeDecisionBody,
  ctx: RequestContext,
): Promise<BankAccountChange> {
  if (change.status !== "pending") throw new DomainError("BANK_ACCOUNT_CHANGE_ALREADY_DECIDED", { status: change.status });
  if (await isRequesterOrMember(change, ctx.actor)) throw new DomainError("FOUR_EYES_REQUIRED");
  const now = ctx.now.toISOString();
  const decision = { outcome: body.outcome, reason: body.reason, decidedBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] }, decidedAt: now };
  const decided: BankAccountChange = { ...change, status: body.outcome, decision };
  const set = setFields({ status: decided.status, decision, updatedAt: now });
  return retrying(MAX_ATTEMPTS, async () => {
    const provider = await requireProvider(change.providerId);
    const confirmed = body.outcome === "confirmed";
    const tx = transaction()
      .update(
        "change",
        changeKey(change.changeId),
        { expression: `SET ${set.clauses.join(", ")} REMOVE gsi3pk, gsi3sk`, names: set.names, values: set.values },
        { expression: "#a0 = :pending", values: { ":pending": "pending" } },
      )
      .update(
        "provider",
        providerKey(change.providerId),
        confirmed
          ? {
              expression: `SET iban = :iban, ${change.bic ? "bic = :bic, " : ""}version = version + :one, updatedAt = :now REMOVE pendingAccountChangeId${change.bic ? "" : ", bic"}`,
              values: { ":iban": change.iban, ...(change.bic ? { ":bic": change.bic } : {}), ":one": 1, ":now": now },
            }
          : { expression: "REMOVE pendingAccountChangeId" },
        confirmed
          ? { expression: "pendingAccountChangeId = :id AND iban = :previous", values: { ":id": change.changeId, ":previous": change.previousIban } }
          : { expression: "pendingAccountChangeId = :id", values: { ":id": change.changeId } },
      )
      .add("notifications", ...notificationWrites([notificationOf(confirmed ? "bank-account-change-confirmed" : "bank-account-change-rejected", provider, change, now)]));
    try {
      await tx.write();
      return decided;
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failed("change")) {
        throw new DomainError("BANK_ACCOUNT_CHANGE_ALREADY_DECIDED", { status: (await requireBankAccountChange(change.changeId)).status });
      }
      throw error;
    }
  });
}

async function pageOf(index: "gsi1" | "gsi3", pk: string, newestFirst: boolean, limit: number, cursor: string | undefined): Promise<Page<BankAccountChange>> {
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk`,
      ExpressionAttributeValues: marshall({ ":pk": pk }),
      ScanIndexForward: !newestFirst,
      Limit: limit,
      ExclusiveStartKey: decodeListCursor(cursor, { index, pk }),
    }),
  );
  return { items: (result.Items ?? []).map((item) => toChange(unmarshall(item))), nextCursor: encodeCursor(result.LastEvaluatedKey) };
}

/** The provider's changes, newest first: its bank-account history (gsi1, eventually consistent). */
export const listBankAccountChanges = (providerId: string, limit: number, cursor: string | undefined) =>
  pageOf("gsi1", keys.BankAccountChange.gsi1.pk({ providerId }), true, limit, cursor);

/** Finance's work list: every pending change of the area, oldest first (gsi3, sparse). */
export const listPendingBankAccountChanges = (limit: number, cursor: string | undefined) => pageOf("gsi3", keys.BankAccountChange.gsi3.pk({}), false, limit, cursor);
