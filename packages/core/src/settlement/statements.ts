import {
  type AttributeValue,
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  QueryCommand,
  type TransactWriteItem,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, getItem, queryAll, tableName } from "../db";
import { DomainError } from "../errors";
import type { StoredEvent } from "../events/view";
import { ownedKey } from "../ownership";
import { decodeCursor, decodeListCursor, encodeCursor, type Page } from "../pagination";
import { conflictOr, lastError, retrying, type Transaction, transaction, TransactionCancelled } from "../transaction";
import type { Credit, Statement, StatementLine } from "./schemas";

/**
 * A provider's statement for a month lives in one partition: the header
 * (`sk = STATEMENT`), a line per event, credit or carry-over (`LINE#…`) and
 * running totals per service and instrument (`TOTAL#…`), so one Query reads
 * it whole. Which statements a month has is kept, strongly consistent, in
 * the month's registry item, which a settlement run reads instead of an index.
 */
export const statementIdOf = (providerId: string, month: string) => `${month}_${providerId}`;
export const statementKey = (statementId: string) => ({ pk: `STATEMENT#${statementId}`, sk: "STATEMENT" });
export const monthRegistryKey = (month: string) => ({ pk: `STATEMENTS#${month}`, sk: "STATEMENTS" });
export const runIdOf = (month: string) => `SR-${month}`;
export const runKey = (runId: string) => ({ pk: `SETTLEMENTRUN#${runId}`, sk: "SETTLEMENTRUN" });
/** Statements owed but in no file (left out, returned, rejected): the next run tries them again. */
export const owedRegistryKey = { pk: "STATEMENTS#OWED", sk: "STATEMENTS" };
export const creditKey = (creditId: string) => ({ pk: `CREDIT#${creditId}`, sk: "CREDIT" });

export interface StatementHeader {
  statementId: string;
  providerId: string;
  month: string;
  state: Statement["state"];
  eventsCents: number;
  creditsCents: number;
  netCents: number;
  eventCount: number;
  creditCount: number;
  runId?: string;
  creditorReference?: string;
  closedAt?: string;
  paidAt?: string;
  carriedTo?: string;
  payment?: Statement["payment"];
}

export function nextMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}`;
}

/** A line to place, and the write that marks its source (event, credit, statement) as placed: that write is the deduplication. */
interface Placement {
  providerId: string;
  month: string;
  line: StatementLine;
  /** An Update of the source setting `statementId` (or `carriedTo`) under a condition that fails once it is placed. */
  claim: (statementId: string) => TransactWriteItem;
}

/** A settlement transaction that lost a race with another (on a statement header, an instrument) is retried this often. */
export const maxConflictRetries = 8;

const getStatementHeader = (statementId: string) => getItem<StatementHeader>(statementKey(statementId));

/**
 * Creates the provider's statement for the month, unless the month has a
 * settlement run already (then nothing more goes into it). Registering the
 * statement in the month's registry happens in the same transaction.
 */
async function ensureStatement(providerId: string, month: string): Promise<"open" | "closed"> {
  const statementId = statementIdOf(providerId, month);
  // Created or registered concurrently: the next attempt reads what the other did.
  return retrying(maxConflictRetries + 1, async () => {
    const existing = await getStatementHeader(statementId);
    if (existing) return existing.state === "open" ? "open" : "closed";
    const tx = transaction()
      .put(
        "statement",
        {
          ...statementKey(statementId),
          type: "SettlementStatement",
          statementId,
          providerId,
          month,
          state: "open",
          eventsCents: 0,
          creditsCents: 0,
          netCents: 0,
          eventCount: 0,
          creditCount: 0,
          gsi2pk: `PROVIDER#${providerId}`,
          gsi2sk: `STATEMENT#${month}`,
        },
        "attribute_not_exists(pk)",
      )
      .update("registry", monthRegistryKey(month), {
        expression: "ADD statementIds :id SET #type = :type, #month = :month",
        names: { "#type": "type", "#month": "month" },
        values: { ":id": new Set([statementId]), ":type": "StatementRegistry", ":month": month },
      })
      .check("noRun", runKey(runIdOf(month)), "attribute_not_exists(pk)");
    try {
      await tx.write();
      return "open";
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failed("noRun")) return "closed";
      throw error;
    }
  }, { retryWhen: conflictOr("statement"), exhausted: lastError });
}

/** One line per source: an event, a credit (an event may have several) or a carried-over statement. */
const lineSortKey = (line: StatementLine) =>
  `LINE#${line.date}#${line.kind}#${line.kind === "event" ? line.eventId : line.kind === "credit" ? line.creditId : line.fromStatementId}`;

/** Puts a line into an open statement ("header": only while open) and adds it to the header's and the totals' running sums. */
function addLine(tx: Transaction, statementId: string, line: StatementLine): Transaction {
  const isEvent = line.kind === "event";
  tx.update(
    "header",
    statementKey(statementId),
    {
      expression: "ADD eventsCents :events, creditsCents :credits, netCents :net, eventCount :eventCount, creditCount :creditCount",
      values: {
        ":events": isEvent ? line.amountCents : 0,
        ":credits": isEvent ? 0 : -line.amountCents,
        ":net": line.amountCents,
        ":eventCount": isEvent ? 1 : 0,
        ":creditCount": isEvent ? 0 : 1,
      },
    },
    { expression: "#state = :open", names: { "#state": "state" }, values: { ":open": "open" } },
  ).put("line", { pk: `STATEMENT#${statementId}`, sk: lineSortKey(line), type: "StatementLine", ...line }, "attribute_not_exists(pk)");
  const total = (dimension: "SERVICE" | "INSTRUMENT", value: string) =>
    tx.update("totals", { pk: `STATEMENT#${statementId}`, sk: `TOTAL#${dimension}#${value}` }, {
      expression: "ADD amountCents :amount, #count :one SET #type = :type",
      names: { "#count": "count", "#type": "type" },
      values: { ":amount": line.amountCents, ":one": 1, ":type": "StatementTotal" },
    });
  if (line.serviceCode) total("SERVICE", line.serviceCode);
  if (line.instrumentNumber) total("INSTRUMENT", line.instrumentNumber);
  return tx;
}

/**
 * Puts the line into the provider's open statement of the month, or of the
 * first later month still open: a closed statement never changes. The claim
 * on the source commits in the same transaction, so a redelivered or
 * reordered record finds its source placed and does nothing.
 */
async function place(placement: Placement): Promise<{ statementId: string; placed: boolean }> {
  let month = placement.month;
  return retrying(maxConflictRetries + 1, async () => {
    for (;;) {
      if ((await ensureStatement(placement.providerId, month)) === "closed") {
        month = nextMonth(month);
        continue;
      }
      const statementId = statementIdOf(placement.providerId, month);
      try {
        await addLine(transaction().add("claim", placement.claim(statementId)), statementId, placement.line).write();
        return { statementId, placed: true };
      } catch (error) {
        if (!(error instanceof TransactionCancelled)) throw error;
        if (error.failed("claim")) return { statementId, placed: false }; // placed before: a duplicate
        if (!error.failed("header")) throw error;
        month = nextMonth(month); // closed between the read and the write
      }
    }
  }, { retryWhen: conflictOr(), exhausted: lastError });
}

/** An approved event into its provider's statement (the settlement queue's consumer). */
export async function placeEvent(eventId: string): Promise<{ statementId?: string; placed: boolean }> {
  const event = await getItem<StoredEvent & { statementId?: string }>(ownedKey("EVENT", eventId));
  if (!event || event.status !== "approved" || event.statementId) return { placed: false, ...(event?.statementId ? { statementId: event.statementId } : {}) };
  return place({
    providerId: event.providerId,
    month: event.date.slice(0, 7),
    line: {
      kind: "event",
      eventId: event.eventId,
      date: event.date,
      serviceCode: event.serviceCode,
      unit: event.unit,
      quantity: event.quantity,
      bands: event.bands,
      amountCents: event.amountCents,
      instrumentNumber: event.instrumentNumber,
      instrumentId: event.instrumentId,
    },
    claim: (statementId) => ({
      Update: {
        TableName: tableName(),
        Key: marshall(ownedKey("EVENT", eventId)),
        UpdateExpression: "SET statementId = :statement",
        ConditionExpression: "#status = :approved AND attribute_not_exists(statementId)",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: marshall({ ":statement": statementId, ":approved": "approved" }),
      },
    }),
  });
}

/** A credit into its provider's open statement as a negative line. */
export async function placeCredit(creditId: string): Promise<{ statementId?: string; placed: boolean }> {
  const credit = await getItem<Credit>(creditKey(creditId));
  if (!credit || credit.statementId) return { placed: false, ...(credit?.statementId ? { statementId: credit.statementId } : {}) };
  return place({
    providerId: credit.providerId,
    month: credit.date.slice(0, 7),
    line: {
      kind: "credit",
      creditId,
      eventId: credit.eventId,
      date: credit.date,
      serviceCode: credit.serviceCode,
      amountCents: -credit.amountCents,
      instrumentNumber: credit.instrumentNumber,
      instrumentId: credit.instrumentId,
      reasonCode: credit.reasonCode,
      explanation: credit.explanation,
    },
    claim: (statementId) => ({
      Update: {
        TableName: tableName(),
        Key: marshall(creditKey(creditId)),
        UpdateExpression: "SET statementId = :statement",
        ConditionExpression: "attribute_not_exists(statementId)",
        ExpressionAttributeValues: marshall({ ":statement": statementId }),
      },
    }),
  });
}

/** A closed statement whose credits exceed its events: the debt moves to the provider's next open statement, once. */
export async function carryOver(header: StatementHeader, date: string): Promise<{ statementId?: string; placed: boolean }> {
  if (header.netCents >= 0 || header.carriedTo) return { placed: false };
  return place({
    providerId: header.providerId,
    month: nextMonth(header.month),
    line: { kind: "carry-over", fromStatementId: header.statementId, date, amountCents: header.netCents },
    claim: (statementId) => ({
      Update: {
        TableName: tableName(),
        Key: marshall(statementKey(header.statementId)),
        UpdateExpression: "SET carriedTo = :statement",
        ConditionExpression: "attribute_not_exists(carriedTo)",
        ExpressionAttributeValues: marshall({ ":statement": statementId }),
      },
    }),
  });
}

/** Every item of a statement's partition: header, lines and totals. */
async function statementItems(statementId: string): Promise<Record<string, unknown>[]> {
  return queryAll({
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: marshall({ ":pk": `STATEMENT#${statementId}` }),
    ConsistentRead: true,
  });
}

/** The lines of a statement, in date order. */
export async function statementLines(statementId: string): Promise<StatementLine[]> {
  return (await statementItems(statementId)).filter((item) => String(item.sk).startsWith("LINE#")).map(lineView);
}

function lineView(item: Record<string, unknown>): StatementLine {
  const { pk: _pk, sk: _sk, type: _type, ...line } = item;
  return line as StatementLine;
}

/** The statement as the API shows it: header, running totals and lines. */
export async function loadStatement(statementId: string): Promise<Statement | undefined> {
  const items = await statementItems(statementId);
  const header = items.find((item) => item.sk === "STATEMENT") as (StatementHeader & Record<string, unknown>) | undefined;
  if (!header) return undefined;
  const totals = (dimension: string) =>
    Object.fromEntries(
      items
        .filter((item) => String(item.sk).startsWith(`TOTAL#${dimension}#`))
        .map((item) => [String(item.sk).slice(`TOTAL#${dimension}#`.length), { amountCents: Number(item.amountCents), count: Number(item.count) }]),
    );
  return {
    statementId: header.statementId,
    providerId: header.providerId,
    month: header.month,
    state: header.state,
    eventsCents: header.eventsCents,
    creditsCents: header.creditsCents,
    netCents: header.netCents,
    eventCount: header.eventCount,
    creditCount: header.creditCount,
    byService: totals("SERVICE"),
    byInstrument: totals("INSTRUMENT"),
    ...(header.runId ? { runId: header.runId } : {}),
    ...(header.creditorReference ? { creditorReference: header.creditorReference } : {}),
    ...(header.closedAt ? { closedAt: header.closedAt } : {}),
    ...(header.paidAt ? { paidAt: header.paidAt } : {}),
    ...(header.carriedTo ? { carriedTo: header.carriedTo } : {}),
    ...(header.payment ? { payment: header.payment } : {}),
    lines: items.filter((item) => String(item.sk).startsWith("LINE#")).map(lineView),
  };
}

/** The ids of a month's statements, from its registry (strongly consistent). */
export async function statementIdsOfMonth(month: string): Promise<string[]> {
  const registry = await getItem<{ statementIds?: Set<string> }>(monthRegistryKey(month));
  return [...(registry?.statementIds ?? [])].sort();
}

/** Headers by id, in the order given. */
export async function statementHeaders(statementIds: readonly string[]): Promise<StatementHeader[]> {
  const found = new Map<string, StatementHeader>();
  for (let index = 0; index < statementIds.length; index += 100) {
    let keys: Record<string, AttributeValue>[] | undefined = statementIds.slice(index, index + 100).map((id) => marshall(statementKey(id)));
    while (keys && keys.length > 0) {
      const result: BatchGetItemCommandOutput = await dynamo().send(new BatchGetItemCommand({ RequestItems: { [tableName()]: { Keys: keys, ConsistentRead: true } } }));
      for (const item of result.Responses?.[tableName()] ?? []) {
        const header = unmarshall(item) as StatementHeader;
        found.set(header.statementId, header);
      }
      keys = result.UnprocessedKeys?.[tableName()]?.Keys;
    }
  }
  return statementIds.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
}

/** Statements by provider (gsi2, newest month first) or by month (the registry), a page at a time. */
export async function listStatements(by: { providerId?: string; month?: string }, limit: number, cursor?: string): Promise<Page<Statement>> {
  let ids: string[];
  let nextCursor: string | undefined;
  if (by.providerId !== undefined) {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi2",
        KeyConditionExpression: "gsi2pk = :pk AND begins_with(gsi2sk, :prefix)",
        ExpressionAttributeValues: marshall({ ":pk": `PROVIDER#${by.providerId}`, ":prefix": `STATEMENT#${by.month ?? ""}` }),
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: decodeListCursor(cursor, { index: "gsi2", pk: `PROVIDER#${by.providerId}`, skPrefix: `STATEMENT#${by.month ?? ""}` }),
      }),
    );
    ids = (result.Items ?? []).map((item) => String(unmarshall(item).statementId));
    nextCursor = encodeCursor(result.LastEvaluatedKey);
  } else {
    // The registry is sorted; the cursor is the last statement's key, as for any other list.
    const all = await statementIdsOfMonth(by.month!);
    const key = decodeCursor(cursor, ["pk", "sk"]);
    if (key && (key.sk?.S !== "STATEMENT" || !key.pk?.S?.startsWith(`STATEMENT#${by.month}_`))) throw new DomainError("INVALID_CURSOR");
    const after = key?.pk?.S?.slice("STATEMENT#".length);
    const rest = after === undefined ? all : all.filter((id) => id > after);
    ids = rest.slice(0, limit);
    nextCursor = rest.length > limit ? encodeCursor(marshall(statementKey(ids[ids.length - 1]!))) : undefined;
  }
  const statements = await Promise.all(ids.map(loadStatement));
  return { items: statements.filter((statement): statement is Statement => statement !== undefined), nextCursor };
}
