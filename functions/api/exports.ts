import { apiHandler } from "@hb/api/http";
import { exportClient } from "@hb/api/routes/exports";
import { revealPersonalId } from "@hb/core/clients/repository";
import { businessDate } from "@hb/core/dates";
import { buildClientExport } from "@hb/core/export/client-export";
import { storeClientExport } from "@hb/core/export/files";
import { clientExportSchema } from "@hb/core/export/schemas";

/**
 * The export is written to its bucket and the caller gets a link: a client
 * with years of events and access log outgrows what a Lambda may answer
 * (6 MB), and the client keeps one file (docs/decisions.md).
 */
export const clientExport = apiHandler(exportClient, async ({ client, context }) => {
  // The data subject's own identity code is part of what HB holds on them.
  const document = await buildClientExport(await revealPersonalId(client!), context.now);
  // Locally and in tests the file is checked against its documented schema, as responses are.
  if (process.env.HB_CHECK_RESPONSES === "1") clientExportSchema.parse(document);
  const fileName = `hb-export-${businessDate(context.now)}.json`;
  const file = await storeClientExport(JSON.stringify(document), fileName);
  return { body: { ...file, fileName, exportedAt: document.exportedAt, counts: document.counts } };
});
