import type { RequestContext } from "../actor";
import { getAreaSettings } from "../area/repository";
import { businessDate } from "../dates";
import { forbidden } from "../errors";
import { statisticsCsv } from "./csv";
import { summarise } from "./indicators";
import { auditStatisticsRead, monthsBetween, readCounters } from "./repository";
import type { Statistics, StatisticsQuery } from "./schemas";
import { suppress } from "./suppression";

/** A worker reads the area's totals; breakdowns are for admin and finance (issue 22). */
export const mayBreakDown = (roles: readonly string[]): boolean => roles.includes("admin") || roles.includes("finance");

export async function statisticsReport(query: StatisticsQuery, ctx: RequestContext): Promise<Statistics> {
  if (query.by && !mayBreakDown(ctx.actor.roles)) throw forbidden();
  const publishable = query.publishable === "true";
  await auditStatisticsRead(ctx, `Statistics#${query.from}..${query.to}${query.by ? `#${query.by}` : ""}${publishable ? "#publishable" : ""}`);
  const rows = (await readCounters(monthsBetween(query.from, query.to), query.by)).map(summarise);
  const area = (await getAreaSettings(businessDate(ctx.now))).code;
  return { area, from: query.from, to: query.to, ...(query.by ? { by: query.by } : {}), publishable, items: publishable ? suppress(rows) : rows };
}

export const reportCsv = (report: Statistics): string => statisticsCsv(report.area, report.items);
