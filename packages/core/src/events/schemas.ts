import { z } from "zod";
import { eventKindSchema } from "../area/settings";
import { businessDateSchema } from "../dates";
import { problemStatus, type ProblemCode } from "../errors";
import { instrumentSchema } from "../instruments/schemas";
import { freeText } from "../validators/text";

/** At most 24 hours: longer deliveries are recorded as several events (docs/decisions.md). */
export const maxEventMinutes = 24 * 60;

const instant = z.iso.datetime({ offset: true }).meta({ description: "ISO 8601 instant, e.g. 2027-03-05T09:00:00+02:00" });

const eventFields = {
  start: instant.optional().meta({ description: "Hourly services: when the delivery started" }),
  end: instant.optional().meta({ description: "Hourly services: when it ended (at most 24 h after start)" }),
  date: businessDateSchema.optional().meta({ description: "Day, visit and euro services: the delivery date" }),
  quantity: z.number().positive().max(1000).optional().meta({ description: "Day, visit and euro services: days, visits or euros (≤ 2 decimals)" }),
  note: freeText({ max: 1000, min: 0 }).optional(),
};

/** Either start and end, or date and quantity; the instrument's unit decides which one it must be. */
const timing = <T extends { start?: string; end?: string; date?: string; quantity?: number }>(body: T, ctx: z.RefinementCtx) => {
  const timed = body.start !== undefined || body.end !== undefined;
  const counted = body.date !== undefined || body.quantity !== undefined;
  const missing = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message, params: { code: "REQUIRED" } });
  if (timed && counted) ctx.addIssue({ code: "custom", path: ["date"], message: "Give either start and end, or date and quantity", params: { code: "TIMING_CONFLICT" } });
  if (timed) {
    if (body.start === undefined) missing("start", "start is required with end");
    if (body.end === undefined) missing("end", "end is required with start");
    if (body.start !== undefined && body.end !== undefined) {
      const minutes = (Date.parse(body.end) - Date.parse(body.start)) / 60_000;
      if (!(minutes > 0)) ctx.addIssue({ code: "custom", path: ["end"], message: "end must be after start", params: { code: "END_BEFORE_START" } });
      else if (minutes > maxEventMinutes) ctx.addIssue({ code: "custom", path: ["end"], message: "A delivery is at most 24 hours", params: { code: "TOO_LONG" } });
    }
  }
  if (counted) {
    if (body.date === undefined) missing("date", "date is required with quantity");
    if (body.quantity === undefined) missing("quantity", "quantity is required with date");
    else if (Math.round(body.quantity * 100) !== body.quantity * 100) {
      ctx.addIssue({ code: "custom", path: ["quantity"], message: "At most 2 decimals", params: { code: "TOO_MANY_DECIMALS" } });
    }
  }
};

export const recordEventBodySchema = z
  .object({
    instrumentId: z.uuid(),
    externalId: freeText({ max: 100 }).meta({ description: "The provider's own id of the event: a repeat is the same event" }),
    kind: eventKindSchema.optional(),
    ...eventFields,
  })
  .strict()
  .superRefine(timing)
  .meta({ id: "RecordServiceEvent" });
export type RecordEventBody = z.output<typeof recordEventBodySchema>;

export const editEventBodySchema = z
  .object(eventFields)
  .strict()
  .superRefine(timing)
  .refine((body) => Object.keys(body).length > 0, { message: "Change at least one field", params: { code: "NO_CHANGES" } })
  .meta({ id: "EditServiceEvent", description: "A new start and end, or date and quantity, and/or a note" });

export const pricedBandSchema = z.object({
  code: z.string(),
  multiplier: z.number(),
  minutes: z.number().int(),
  amountCents: z.number().int(),
});

export const eventStatusSchema = z.enum(["recorded", "approved", "settled", "paid"]);

export const serviceEventSchema = z
  .object({
    eventId: z.string(),
    instrumentId: z.string(),
    instrumentNumber: z.string(),
    clientId: z.string().optional().meta({ description: "Absent towards a provider's staff (data minimisation)" }),
    providerId: z.string(),
    externalId: z.string(),
    serviceCode: z.string(),
    unit: z.enum(["hour", "day", "visit", "euro"]),
    date: z.iso.date().meta({ description: "Business date of the delivery (its start)" }),
    start: z.string().optional(),
    end: z.string().optional(),
    quantity: z.number().meta({ description: "Hours (2 decimals) for hourly services; days, visits or euros otherwise" }),
    kind: eventKindSchema.optional().meta({ description: "Absent: delivered. A late cancellation or a no-show is priced at the area's share" }),
    amountCents: z.number().int(),
    bands: z.array(pricedBandSchema),
    clientShareCents: z.number().int().nonnegative().optional().meta({
      description:
        "A voucher's own share: what the provider may invoice the client, (the provider's price in force on the delivery date − the voucher's unit value) × quantity, never below zero; never charged to the budget",
    }),
    status: eventStatusSchema,
    note: z.string().optional(),
    recordedAt: z.iso.datetime(),
    recordedBy: z.object({ sub: z.string(), roles: z.array(z.string()) }),
    approvedAt: z.iso.datetime().optional(),
    approvedBy: z.object({ sub: z.string(), roles: z.array(z.string()) }).optional(),
    statementId: z.string().optional().meta({ description: "The provider's settlement statement the approved event went into" }),
    runId: z.string().optional().meta({ description: "The settlement run that settled it" }),
    settledAt: z.iso.datetime().optional(),
    paidAt: z.iso.datetime().optional(),
    creditedCents: z.number().int().optional().meta({ description: "Credited back after settlement; amountCents − creditedCents is what the provider is paid" }),
    expectedPaymentOn: z.iso.date().meta({
      description: "When the provider is expected to be paid (docs/api.md#payment-timeline); the actual day once paid",
      example: "2027-04-05",
    }),
  })
  .meta({ id: "ServiceEvent" });
/** As stored: the client link is always there; only the view towards providers leaves it out. */
export type ServiceEvent = z.infer<typeof serviceEventSchema> & { readonly clientId: string };

export const recordedEventSchema = serviceEventSchema
  .extend({
    instrument: instrumentSchema.meta({ description: "The instrument's balance after the event (a dry run: as it is, nothing was charged)" }),
    dryRun: z.literal(true).optional().meta({ description: "A dry run: what would be recorded; its eventId names nothing" }),
  })
  .meta({ id: "RecordedServiceEvent" });

/** Events in one batch request: more are refused whole (413 BATCH_TOO_LARGE), to be sent as several requests (docs/api.md#batch). */
export const maxBatchEvents = 100;

/**
 * One event of a batch as it came: the event, or the issues that make it none. A row that fails its schema is
 * that row's 422 in the answer, not the request's; the schema's issues keep their paths within the row.
 */
export type EventRow = { readonly event: RecordEventBody } | { readonly issues: readonly z.core.$ZodIssue[] };
export const eventRowSchema = recordEventBodySchema
  .transform((event): EventRow => ({ event }))
  .catch((ctx): EventRow => ({ issues: ctx.error.issues }));

export const recordEventBatchBodySchema = z
  .object({
    events: z.array(eventRowSchema).min(1).meta({
      description: `Each as the body of POST /v1/service-events, answered row by row; at most ${maxBatchEvents} (more: 413 BATCH_TOO_LARGE, split the file)`,
    }),
  })
  .strict()
  .meta({ id: "RecordServiceEventBatch" });

export const eventsCsvSchema = z.string().min(1).meta({
  description:
    "UTF-8 (a BOM is fine), a header row naming the columns by the JSON fields' names (instrumentId;externalId;kind;start;end;date;quantity;note, any order, any case, instrumentId and externalId required), then one event per line. Fields are separated by ';' or ',', whichever the header uses; quotes as in RFC 4180; an empty cell leaves the field out; quantity takes a decimal comma (1,5). Blank lines are skipped.",
  example: "instrumentId;externalId;date;quantity\n5b6a1f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b;K-1001;2027-03-05;1,5\n",
});

const rowProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().meta({ description: "In the caller's language (Accept-Language)" }),
    code: z.enum(Object.keys(problemStatus) as [ProblemCode, ...ProblemCode[]]),
    errors: z
      .array(z.object({ path: z.string().meta({ description: "JSON Pointer: /body/events/<index>/<field> (a CSV row's column of that name)" }), code: z.string(), message: z.string() }))
      .optional(),
  })
  .meta({ id: "ServiceEventBatchProblem", description: "What POST /v1/service-events would have answered for the row" });

export const eventBatchRowSchema = z
  .object({
    index: z.number().int().nonnegative().meta({ description: "The row's place, from 0: in events, or among the CSV's rows" }),
    line: z.number().int().positive().optional().meta({ description: "CSV: the line of the file the row begins on (the header row is line 1)" }),
    status: z.number().int().meta({ description: "201 recorded; 200 its externalId came before with the same payload (the event then recorded); 4xx refused (problem)" }),
    event: serviceEventSchema.optional(),
    problem: rowProblemSchema.optional(),
  })
  .meta({ id: "ServiceEventBatchRow" });

export const recordedEventBatchSchema = z
  .object({
    rows: z.array(eventBatchRowSchema).meta({ description: "One per event sent, in their order" }),
    recorded: z.number().int().nonnegative().meta({ description: "Rows answered 201" }),
    replayed: z.number().int().nonnegative().meta({ description: "Rows answered 200" }),
    refused: z.number().int().nonnegative().meta({ description: "Rows answered 4xx" }),
    instruments: z.array(instrumentSchema).meta({ description: "Each instrument a row was recorded on or replayed from, its balance after the batch" }),
    dryRun: z.literal(true).optional().meta({ description: "A dry run: each row's status is what the real run would answer, nothing was written and no eventId names anything" }),
  })
  .meta({ id: "ServiceEventBatch" });
