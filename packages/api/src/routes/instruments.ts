import { z } from "zod";
import { clientIdSchema } from "@hb/core/clients/schemas";
import { instrumentSchema } from "@hb/core/instruments/schemas";
import { chooseProviderBodySchema } from "@hb/core/providers/price-schemas";
import { providerIdSchema } from "@hb/core/providers/schemas";
import { defineRoute } from "../route";
import { page, pageQuery } from "./shared";

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
    "PROVIDER_SUSPENDED",
    "PROVIDER_TERMINATED",
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
  problems: ["VALIDATION_FAILED", "NOT_FOUND", "INSTRUMENT_NOT_AWAITING_ACCEPTANCE", "PROVIDER_SUSPENDED", "PROVIDER_TERMINATED"],
});

const workListStatusSchema = z.enum(["awaiting-acceptance", "active", "ended"]);

/** An instrument as its provider works with it: the client by name (no identity code, no client id), and where it stands. */
export const workListInstrumentSchema = instrumentSchema
  .extend({
    client: z.object({ firstName: z.string(), lastName: z.string() }).meta({ description: "The client as the provider needs to know them: the name only" }),
    workListStatus: z.enum(["awaiting-provider", ...workListStatusSchema.options]).meta({
      description: "awaiting-acceptance (the provider is to accept it), active (in use until validTo), ended (closed, or its last day passed)",
    }),
  })
  .meta({ id: "WorkListInstrument" });

export const listProviderInstruments = defineRoute({
  id: "providers.instruments",
  method: "GET",
  path: "/v1/providers/{providerId}/instruments",
  roles: ["provider"],
  subject: { from: "response" },
  provider: { param: "providerId" },
  summary: "The provider's work list: the vouchers and payment commitments addressed to it, newest first, optionally of one status (only its own staff)",
  tags: ["providers", "instruments"],
  handler: "functions/api/instruments.workList",
  params: z.object({ providerId: providerIdSchema }),
  query: z.object({
    status: workListStatusSchema.optional().meta({ description: "awaiting-acceptance, active or ended; all when left out" }),
    ...pageQuery,
  }),
  response: { status: 200, description: "A page of the provider's instruments", schema: page(workListInstrumentSchema, "WorkList") },
  problems: ["VALIDATION_FAILED", "NOT_FOUND", "INVALID_CURSOR"],
});

export const findInstrumentByNumber = defineRoute({
  id: "instruments.findByNumber",
  method: "GET",
  path: "/v1/instruments",
  roles: ["provider"],
  subject: { from: "response" },
  summary: "Find a voucher or payment commitment by its number (a provider: one addressed to it now or before a switch; any other number is 404)",
  tags: ["instruments"],
  handler: "functions/api/instruments.findByNumber",
  query: z.object({
    number: z
      .string()
      .regex(/^HB-\d{4}-\d{6}$/)
      .meta({ description: "The instrument's number as printed on the voucher or commitment", example: "HB-2026-000001" }),
  }),
  response: { status: 200, description: "The instrument", schema: workListInstrumentSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});
