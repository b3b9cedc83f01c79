import { z } from "zod";
import { clientIdSchema } from "@hb/core/clients/schemas";
import { instrumentSchema } from "@hb/core/instruments/schemas";
import { defineRoute } from "../route";

export const listClientInstruments = defineRoute({
  id: "instruments.list",
  method: "GET",
  path: "/v1/clients/{clientId}/instruments",
  roles: ["worker", "client", "representative"],
  subject: { from: "param", name: "clientId", access: "view" },
  summary: "A client's payment instruments, newest first",
  tags: ["instruments"],
  handler: "functions/api/instruments.list",
  params: z.object({ clientId: clientIdSchema }),
  response: {
    status: 200,
    description: "Instruments with their balance",
    schema: z.object({ items: z.array(instrumentSchema) }).meta({ id: "InstrumentList" }),
  },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});

export const getInstrument = defineRoute({
  id: "instruments.get",
  method: "GET",
  path: "/v1/instruments/{instrumentId}",
  roles: ["worker", "client", "representative"],
  subject: { from: "owner", param: "instrumentId", entity: "INSTRUMENT", access: "view" },
  summary: "A voucher or payment commitment with its balance",
  tags: ["instruments"],
  handler: "functions/api/instruments.get",
  params: z.object({ instrumentId: z.uuid() }),
  response: { status: 200, description: "The instrument", schema: instrumentSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});
