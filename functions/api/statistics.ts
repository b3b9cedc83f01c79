import { apiHandler } from "@hb/api/http";
import { getStatistics } from "@hb/api/routes/statistics";
import { reportCsv, statisticsReport } from "@hb/core/statistics/report";

/** JSON by default; CSV when the caller asks for text/csv (and not JSON first). */
const wantsCsv = (accept: string | undefined): boolean => {
  if (!accept) return false;
  const csv = accept.indexOf("text/csv");
  const json = accept.indexOf("application/json");
  return csv >= 0 && (json < 0 || csv < json);
};

export const get = apiHandler(getStatistics, async ({ query, context, headers }) => {
  const report = await statisticsReport(query, context);
  if (wantsCsv(headers.accept ?? headers.Accept)) {
    return { alternative: { mediaType: "text/csv", text: reportCsv(report) }, headers: { "content-disposition": `attachment; filename="hb-statistics-${report.area}-${report.from}-${report.to}.csv"` } };
  }
  return { body: report };
});
