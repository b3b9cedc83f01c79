import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, getItem, queryAll, tableName } from "../db";
import { DomainError } from "../errors";
import { decodeCursor, decodeListCursor, encodeCursor, type Page } from "../pagination";
import { statementIdsOfMonth } from "./month-registry";
import type { Statement, StatementLine } from "./schemas";
import { totalsOf } from "./statement-totals";

/**
 * A provider's statement for a month lives in one partition: the header
 * (`sk = STATEMENT`), a line per event, credit or carry-over (`LINE#…`) and
 * running totals per service and instrument (`TOTAL#…`), so one Query reads
 * it whole.
 */
export const statementIdOf = (providerId: string, month: string) => `${month}_${providerId}`;
export const statementKey = (statementId: string) => ({ pk: `STATEMENT#${statementId}`, sk: "STATEMENT" });

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

export const getStatementHeader = (statementId: string) => getItem<StatementHeader>(statementKey(statementId));

/** Every item of a statement's partition: header, lines and totals. */
async function statementItems(statementId: string): Promise<Record<string, unknown>[]> {
  return queryAll({
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: marshall({ ":pk": `STATEMENT#${statementId}` }),
    ConsistentRead: true,
  });
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
    byService: totalsOf(items, "SERVICE"),
    byInstrument: totalsOf(items, "INSTRUMENT"),
    ...(header.runId ? { runId: header.runId } : {}),
    ...(header.creditorReference ? { creditorReference: header.creditorReference } : {}),
    ...(header.closedAt ? { closedAt: header.closedAt } : {}),
    ...(header.paidAt ? { paidAt: header.paidAt } : {}),
    ...(header.carriedTo ? { carriedTo: header.carriedTo } : {}),
    ...(header.payment ? { payment: header.payment } : {}),
    lines: items.filter((item) => String(item.sk).startsWith("LINE#")).map(lineView),
  };
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
