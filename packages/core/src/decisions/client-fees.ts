import { QueryCommand, type TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { addDays, daysInMonth, nextMonth } from "../budget/periods";
import { batchGet } from "../budget/repository";
import { formatEuros } from "../budget/format";
import { dynamo, tableName } from "../db";
import { keys } from "../keys";
import type { Language } from "../language";
import { ownedKey } from "../ownership";
import { decodeListCursor, encodeCursor, type Page } from "../pagination";
import type { ClientFee } from "./document";
import type { StoredDecision } from "./view";

/**
 * A decision that sets client fees is listed under every month its budget
 * could fund (`DECISION#<id>` / `FEE#<month>`, gsi3 `CLIENT-FEES#<month>`),
 * written with its draft: a month's invoicing list is one Query of that
 * month and a BatchGetItem of its decisions, whose status and days then say
 * whether and when the fee was in force. The items live in the decision's
 * partition, so erasing the decision's partition erases them too.
 */
/** The months from `from`'s to `to`'s, both included (a budget is at most 5 years: at most 61). */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = nextMonth(month)) months.push(month);
  return months;
}

/** The Puts that list a draft with fees under each month from its effectiveFrom to its budget's last day; none without fees. */
export function clientFeeMonthItems(decision: Pick<StoredDecision, "decisionId" | "clientId" | "lines" | "effectiveFrom">, validTo: string): TransactWriteItem[] {
  if (!decision.effectiveFrom || !decision.lines.some((line) => line.clientFee)) return [];
  return monthsBetween(decision.effectiveFrom, validTo).map((month) => ({
    Put: {
      TableName: tableName(),
      Item: marshall({
        ...keys.ClientFeeMonth.key({ decisionId: decision.decisionId, month }),
        type: "ClientFeeMonth",
        ...keys.ClientFeeMonth.gsi3({ month, clientId: decision.clientId, decisionId: decision.decisionId }),
        decisionId: decision.decisionId,
        clientId: decision.clientId,
        month,
        validTo,
      }),
      ConditionExpression: "attribute_not_exists(pk)",
    },
  }));
}

export interface ClientFeesOfMonth {
  clientId: string;
  decisionId: string;
  decisionNumber: string;
  /** The days of the month the decision was (or is) in force. */
  from: string;
  to: string;
  monthlyCents: number;
  lines: { lineId: string; serviceCode: string; monthlyCents: number; legalBasis: ClientFee["legalBasis"] }[];
}

const funding: ReadonlySet<StoredDecision["status"]> = new Set(["issued", "appealed", "superseded", "ended"]);

/**
 * The fees a decision sets for `month`, with the days of the month it funds:
 * an issued decision (or one appealed, superseded or ended since) from its
 * effectiveFrom up to its budget's last day, the day before its successor
 * took over, or the day HB ended. A draft or a revoked decision sets none.
 */
export function feesInMonth(
  decision: Pick<StoredDecision, "decisionId" | "number" | "clientId" | "status" | "lines" | "effectiveFrom" | "supersededFrom" | "endedOn">,
  validTo: string,
  month: string,
): ClientFeesOfMonth | undefined {
  const charged = decision.lines.filter((line) => line.clientFee);
  if (!funding.has(decision.status) || charged.length === 0 || !decision.effectiveFrom) return undefined;
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const monthEnd = `${month}-${String(daysInMonth(year, monthNumber)).padStart(2, "0")}`;
  const lastDay = [validTo, monthEnd, ...(decision.supersededFrom ? [addDays(decision.supersededFrom, -1)] : []), ...(decision.endedOn ? [decision.endedOn] : [])].sort()[0]!;
  const from = [decision.effectiveFrom, `${month}-01`].sort()[1]!;
  if (from > lastDay) return undefined;
  const lines = charged.map((line) => ({ lineId: line.lineId, serviceCode: line.serviceCode, ...line.clientFee! }));
  return {
    clientId: decision.clientId,
    decisionId: decision.decisionId,
    decisionNumber: decision.number,
    from,
    to: lastDay,
    monthlyCents: lines.reduce((sum, line) => sum + line.monthlyCents, 0),
    lines,
  };
}

/** A page of the month's client fees for the area's invoicing, by client: O(page), never a scan. */
export async function listClientFees(month: string, limit: number, cursor: string | undefined): Promise<Page<ClientFeesOfMonth>> {
  const pk = keys.ClientFeeMonth.gsi3.pk({ month });
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: "gsi3",
      KeyConditionExpression: "gsi3pk = :pk",
      ExpressionAttributeValues: marshall({ ":pk": pk }),
      Limit: limit,
      ExclusiveStartKey: decodeListCursor(cursor, { index: "gsi3", pk }),
    }),
  );
  const listed = (result.Items ?? []).map((item) => unmarshall(item) as { decisionId: string; validTo: string });
  const decisions = new Map(
    ((await batchGet(listed.map((item) => ownedKey("DECISION", item.decisionId)))) as unknown as StoredDecision[]).map((decision) => [decision.decisionId, decision]),
  );
  const items = listed.flatMap((item) => {
    const decision = decisions.get(item.decisionId);
    const fees = decision ? feesInMonth(decision, item.validTo, month) : undefined;
    return fees ? [fees] : [];
  });
  return { items, nextCursor: encodeCursor(result.LastEvaluatedKey) };
}

/** The client's plain-language line about a fee: what it is each month, and that the budget does not pay it. */
export function clientFeeSummary(fee: ClientFee, language: Language): string {
  const amount = formatEuros(fee.monthlyCents, language);
  return {
    fi: `Maksat tästä palvelusta asiakasmaksua ${amount} kuukaudessa. Hyvinvointialue laskuttaa sen sinulta erikseen; se ei vähennä budjettiasi.`,
    sv: `Du betalar en klientavgift på ${amount} per månad för den här tjänsten. Välfärdsområdet fakturerar dig separat; den minskar inte din budget.`,
    en: `You pay a client fee of ${amount} a month for this service. The welfare area invoices you separately; it does not reduce your budget.`,
  }[language];
}
