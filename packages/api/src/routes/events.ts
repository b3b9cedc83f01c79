import { z } from "zod";
import {
  editEventBodySchema,
  eventsCsvSchema,
  recordedEventBatchSchema,
  recordedEventSchema,
  recordEventBatchBodySchema,
  recordEventBodySchema,
  serviceEventSchema,
} from "@hb/core/events/schemas";
import type { ProblemCode } from "@hb/core/errors";
import { defineRoute } from "../route";
import { page, pageQuery } from "./shared";

/** Who records on an instrument: a provider that held the voucher before a switch still records its own days' late deliveries (decision 63). */
const recordsOnInstrument = { from: "owner", param: "instrumentId", in: "body", entity: "INSTRUMENT", access: "act", namedProvider: true, formerProviders: true } as const;

/** Why a delivery is refused, recorded or corrected alike (the delivery rules). */
const deliveryRefusals = [
  "INSTRUMENT_NOT_ACTIVE",
  "NOT_PROVIDER_ON_DATE",
  "OUTSIDE_VALIDITY",
  "RECORDING_DEADLINE_PASSED",
  "OVERLAPPING_EVENT",
  "INSUFFICIENT_BALANCE",
  "EVENT_KIND_NOT_BILLABLE",
  "EVENT_KIND_LIMIT_REACHED",
  "PERIOD_CAP_EXCEEDED",
] as const satisfies readonly ProblemCode[];

export const recordEvent = defineRoute({
  id: "events.record",
  method: "POST",
  path: "/v1/service-events",
  roles: ["provider"],
  subject: recordsOnInstrument,
  summary:
    "Record a delivered service (or a late cancellation or no-show the area pays for) on an instrument the provider has accepted, on a day that is the provider's; the balance changes at once. With dryRun=true: what the call would answer, writing nothing",
  tags: ["service events"],
  handler: "functions/api/events.record",
  query: z.object({
    dryRun: z.enum(["true", "false"]).optional().meta({ description: "true: every check and the price, the same answer or refusal as the real call, nothing written (no externalId claim, no Idempotency-Key record)" }),
  }),
  body: recordEventBodySchema,
  response: {
    status: 201,
    description: "Recorded",
    also: [{ status: 200, description: "The same externalId and payload came again: the first result; or a dry run: what would be recorded (`dryRun: true`)" }],
    schema: recordedEventSchema,
  },
  idempotent: true,
  metric: { name: "ServiceEventRecorded", amount: "amountCents" },
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "NOT_FOUND",
    "PROVIDER_SUSPENDED",
    "PROVIDER_TERMINATED",
    ...deliveryRefusals,
    "DUPLICATE_EVENT",
    "CONCURRENT_CHANGE",
    "IDEMPOTENCY_KEY_REUSED",
    "IDEMPOTENCY_IN_PROGRESS",
  ],
});

export const listEvents = defineRoute({
  id: "events.list",
  method: "GET",
  path: "/v1/service-events",
  roles: ["worker", "client", "representative", "provider"],
  subject: { from: "response" },
  summary: "Service events of one instrument or one provider, newest delivery first",
  tags: ["service events"],
  handler: "functions/api/events.list",
  filters: { providerId: { anyRoles: ["worker"], own: "provider" } },
  query: z
    .object({ instrumentId: z.uuid().optional(), providerId: z.string().min(1).max(100).optional(), ...pageQuery })
    .refine((query) => (query.instrumentId === undefined) !== (query.providerId === undefined), {
      message: "Give instrumentId or providerId",
      params: { code: "ONE_FILTER" },
    }),
  response: { status: 200, description: "A page of events", schema: page(serviceEventSchema, "ServiceEventPage") },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR", "NOT_FOUND"],
});

export const approveEvent = defineRoute({
  id: "events.approve",
  method: "POST",
  path: "/v1/service-events/{eventId}/approve",
  roles: ["worker"],
  subject: { from: "owner", param: "eventId", entity: "EVENT", access: "act" },
  summary: "Approve a recorded event: its amount moves from recorded to approved",
  tags: ["service events"],
  handler: "functions/api/events.approve",
  params: z.object({ eventId: z.uuid() }),
  response: { status: 200, description: "The approved event", schema: serviceEventSchema },
  idempotent: true,
  metric: { name: "ServiceEventApproved", amount: "amountCents" },
  problems: ["VALIDATION_FAILED", "NOT_FOUND", "EVENT_NOT_RECORDED", "IDEMPOTENCY_KEY_REUSED", "IDEMPOTENCY_IN_PROGRESS"],
});

export const deleteEvent = defineRoute({
  id: "events.delete",
  method: "DELETE",
  path: "/v1/service-events/{eventId}",
  roles: ["provider"],
  subject: { from: "owner", param: "eventId", entity: "EVENT", access: "act", namedProvider: true },
  summary:
    "Delete an event the provider recorded, while it is still recorded; the amount returns to the balance. A provider no longer named on the instrument: on its own days, within the recording deadline",
  tags: ["service events"],
  handler: "functions/api/events.remove",
  params: z.object({ eventId: z.uuid() }),
  response: { status: 204, description: "Deleted" },
  metric: { name: "ServiceEventDeleted" },
  problems: ["VALIDATION_FAILED", "NOT_FOUND", "EVENT_NOT_RECORDED", "INSTRUMENT_NOT_ACTIVE", "NOT_PROVIDER_ON_DATE", "RECORDING_DEADLINE_PASSED", "CONCURRENT_CHANGE"],
});

export const editEvent = defineRoute({
  id: "events.edit",
  method: "PATCH",
  path: "/v1/service-events/{eventId}",
  roles: ["provider"],
  subject: { from: "owner", param: "eventId", entity: "EVENT", access: "act", namedProvider: true },
  summary: "Correct an event the provider recorded, while it is still recorded: it is priced again and only the difference moves",
  tags: ["service events"],
  handler: "functions/api/events.edit",
  params: z.object({ eventId: z.uuid() }),
  body: editEventBodySchema,
  response: { status: 200, description: "The corrected event with the instrument's balance", schema: recordedEventSchema },
  metric: { name: "ServiceEventCorrected", amount: "amountCents" },
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "NOT_FOUND",
    "EVENT_NOT_RECORDED",
    ...deliveryRefusals,
    "PROVIDER_SUSPENDED",
    "PROVIDER_TERMINATED",
    "CONCURRENT_CHANGE",
  ],
});

export const recordEventBatch = defineRoute({
  id: "events.recordBatch",
  method: "POST",
  path: "/v1/service-events/batch",
  roles: ["provider"],
  // Each row as POST /v1/service-events: a row on an instrument the caller may not record on is that row's 403 or 404.
  subject: { from: "each", rule: recordsOnInstrument },
  summary:
    "Record up to 100 service events at once, as JSON ({events: [...]}, each as for POST /v1/service-events) or as a CSV file (text/csv): each row is validated, priced and recorded on its own, in order, idempotent by externalId, and the answer lists each row's status and its event or problem. With dryRun=true: every row checked and priced, nothing written",
  tags: ["service events"],
  handler: "functions/api/events.recordBatch",
  // A hundred rows, each a few reads and a transaction, one after another.
  timeoutSeconds: 29,
  query: z.object({
    dryRun: z.enum(["true", "false"]).optional().meta({ description: "true: each row answered as the real call would answer it, nothing written" }),
  }),
  body: recordEventBatchBodySchema,
  bodyMediaTypes: { "text/csv": eventsCsvSchema },
  response: {
    status: 200,
    description: "Each row's outcome, in the order sent (a row refused does not refuse the others)",
    schema: recordedEventBatchSchema,
  },
  metric: { name: "ServiceEventBatchRecorded" },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "UNSUPPORTED_MEDIA_TYPE", "MALFORMED_CSV", "BATCH_TOO_LARGE"],
});
