import { z } from "zod";
import { clientIdSchema } from "@hb/core/clients/schemas";
import { instrumentSchema } from "@hb/core/instruments/schemas";
import { chooseProviderBodySchema } from "@hb/core/providers/schemas";
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
  roles: ["worker", "client", "representative", "provider"],
  // The provider named on the instrument reads it too (it serves the client through it), and one it had before a switch
  // (its late deliveries are recorded on it); the read is audited all the same.
  subject: { from: "owner", param: "instrumentId", entity: "INSTRUMENT", access: "view", namedProvider: true, formerProviders: true },
  summary: "A voucher or payment commitment with its balance (a provider: one addressed to it now or before a switch)",
  tags: ["instruments"],
  handler: "functions/api/instruments.get",
  params: z.object({ instrumentId: z.uuid() }),
  response: { status: 200, description: "The instrument", schema: instrumentSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});

const instrumentParams = z.object({ instrumentId: z.uuid() });

export const chooseInstrumentProvider = defineRoute({
  id: "instruments.chooseProvider",
  method: "POST",
  path: "/v1/instruments/{instrumentId}/provider",
  roles: ["client", "representative"],
  subject: { from: "owner", param: "instrumentId", entity: "INSTRUMENT", access: "act" },
  summary:
    "Choose (or change, from effectiveFrom) the provider of a voucher: an approved provider pricing its service; it then awaits the provider's acceptance. An earlier provider that had accepted keeps the days before",
  tags: ["instruments"],
  handler: "functions/api/instruments.choose",
  params: instrumentParams,
  body: chooseProviderBodySchema,
  response: { status: 200, description: "The voucher, awaiting acceptance by the chosen provider", schema: instrumentSchema },
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "UNSUPPORTED_MEDIA_TYPE",
    "NOT_FOUND",
    "PROVIDER_NOT_AVAILABLE",
    "NOT_A_VOUCHER",
    "INSTRUMENT_CLOSED",
    "CONCURRENT_CHANGE",
  ],
});

export const acceptInstrument = defineRoute({
  id: "instruments.accept",
  method: "POST",
  path: "/v1/instruments/{instrumentId}/accept",
  roles: ["provider"],
  // Only the provider named on the instrument passes: providers have no relationship to the client otherwise.
  subject: { from: "owner", param: "instrumentId", entity: "INSTRUMENT", access: "act", namedProvider: true },
  summary: "The provider named on a voucher or payment commitment accepts it; it becomes active",
  tags: ["instruments"],
  handler: "functions/api/instruments.accept",
  params: instrumentParams,
  response: { status: 200, description: "The active instrument", schema: instrumentSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND", "INSTRUMENT_NOT_AWAITING_ACCEPTANCE"],
});
