import { z } from "zod";
import { monthSchema } from "../validators/zod";

/** The longest range one request reads: 36 months, 36 items (×breakdown values) at most. */
export const MAX_MONTHS = 36;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export const statisticsQuerySchema = z
  .object({
    from: monthSchema.meta({ description: "First month, YYYY-MM", example: "2027-01" }),
    to: monthSchema.meta({ description: "Last month, YYYY-MM (inclusive)", example: "2027-03" }),
    by: z.enum(["municipality", "ageGroup", "serviceCode"]).optional().meta({ description: "A breakdown besides the area's total (admin and finance only)" }),
    publishable: z.enum(["true", "false"]).optional().meta({ description: "`true`: every cell counting fewer than 5 people, and cells that would reveal one, is null (empty in CSV)" }),
  })
  .superRefine((query, ctx) => {
    const from = monthIndex(query.from);
    const to = monthIndex(query.to);
    if (to < from) ctx.addIssue({ code: "custom", path: ["to"], message: "to before from", params: { code: "STATISTICS_RANGE_REVERSED" } });
    else if (to - from + 1 > MAX_MONTHS) ctx.addIssue({ code: "custom", path: ["to"], message: "too long", params: { code: "STATISTICS_RANGE_TOO_LONG" } });
  });
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;

export const statisticsRowSchema = z
  .object({
    month: z.string().meta({ example: "2027-01" }),
    breakdown: z.enum(["total", "municipality", "ageGroup", "serviceCode"]),
    value: z.string().meta({ description: "`total`, or the breakdown's value (`unknown` where it could not be told)" }),
    indicators: z.record(z.string(), z.number().nullable()).meta({
      description: "Indicator key → value (docs/statistics.md); null = suppressed in publishable output. Zero counters are left out but `people`",
    }),
  })
  .meta({ id: "StatisticsRow" });

export const statisticsSchema = z
  .object({
    area: z.string().meta({ description: "The area's code" }),
    from: z.string(),
    to: z.string(),
    by: z.enum(["municipality", "ageGroup", "serviceCode"]).optional(),
    publishable: z.boolean(),
    items: z.array(statisticsRowSchema).meta({ description: "Per month: the total row, then one row per breakdown value" }),
  })
  .meta({ id: "Statistics" });
export type Statistics = z.infer<typeof statisticsSchema>;
