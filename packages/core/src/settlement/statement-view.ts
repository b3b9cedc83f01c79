import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { dynamo, getItem, queryAll, tableName } from "../db";
import { DomainError } from "../errors";
import { keys } from "../keys";
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
export const statementKey = (statementId: string) => keys.SettlementStatement.key({ statementId });

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
    ExpressionAttributeValues: marshall({ ":pk": keys.SettlementStatement.pk({ statementId }) }),
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
  const header = items.find((item) => item.sk === keys.SettlementStatement.sk({})) as (StatementHeader & Record<string, unknown>) | undefined;
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
    lines: items.filter((item) => String(item.sk).startsWith(keys.StatementLine.sk.prefix)).map(lineView),
  };
}

/** Statements by provider (gsi2, newest month first) or by month (the registry), a page at a time. */
export async function listStatements(by: { providerId?: string; month?: string }, limit: number, cursor?: string): Promise<Page<Statement>> {
  let ids: string[];
  let nextCursor: string | undefined;
  if (by.providerId !== undefined) {
    const pk = keys.SettlementStatement.gsi2.pk({ providerId: by.providerId });
    const skPrefix = keys.SettlementStatement.gsi2.sk({ month: by.month ?? "" });
    const result = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi2",
        KeyConditionExpression: "gsi2pk = :pk AND begins_with(gsi2sk, :prefix)",
        ExpressionAttributeValues: marshall({ ":pk": pk, ":prefix": skPrefix }),
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: decodeListCursor(cursor, { index: "gsi2", pk, skPrefix }),
      }),
    );
    ids = (result.Items ?? []).map((item) => String(unmarshall(item).statementId));
    nextCursor = encodeCursor(result.LastEvaluatedKey);
  } else {
    // The registry is sorted; the cursor is the last statement's key, as for any other list.
    const all = await statementIdsOfMonth(by.month!);
    const key = decodeCursor(cursor, ["pk", "sk"]);
    // Every statement of the month has a key beginning `STATEMENT#<month>_`.
    const monthPrefix = keys.SettlementStatement.pk({ statementId: statementIdOf("", by.month!) });
    if (key && (key.sk?.S !== keys.SettlementStatement.sk({}) || !key.pk?.S?.startsWith(monthPrefix))) throw new DomainError("INVALID_CURSOR");
    const after = key?.pk?.S?.slice(keys.SettlementStatement.pk.prefix.length);
    const rest = after === undefined ? all : all.filter((id) => id > after);
    ids = rest.slice(0, limit);
    nextCursor = rest.length > limit ? encodeCursor(marshall(statementKey(ids[ids.length - 1]!))) : undefined;
  }
  const statements = await Promise.all(ids.map(loadStatement));
  return { items: statements.filter((statement): statement is Statement => statement !== undefined), nextCursor };
}
