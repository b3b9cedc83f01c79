import { z } from "zod";
import { businessDateSchema } from "@hb/core/dates";
import { createFollowUpBodySchema, dueFollowUpSchema, followUpSchema } from "@hb/core/follow-ups/schemas";
import { defineRoute } from "../route";
import { clientParams } from "./clients";
import { page, pageQuery } from "./shared";

export const createFollowUp = defineRoute({
  id: "followUps.create",
  method: "POST",
  path: "/v1/clients/{clientId}/follow-ups",
  roles: ["worker"],
  subject: { from: "param", name: "clientId", access: "act" },
  summary: "Record a follow-up review (seuranta) against the follow-up agreement of the client's current service plan; moves the next due date",
  tags: ["follow-ups"],
  handler: "functions/api/follow-ups.create",
  params: clientParams,
  body: createFollowUpBodySchema,
  response: { status: 201, description: "Recorded", schema: followUpSchema },
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "UNSUPPORTED_MEDIA_TYPE",
    "NOT_FOUND",
    "HB_DECLINED",
    "NO_CURRENT_PLAN",
    "CONCURRENT_CHANGE",
  ],
});

export const listFollowUps = defineRoute({
  id: "followUps.list",
  method: "GET",
  path: "/v1/clients/{clientId}/follow-ups",
  roles: ["worker", "client", "representative"],
  subject: { from: "param", name: "clientId", access: "view" },
  summary: "A client's follow-up reviews, newest review date first",
  tags: ["follow-ups"],
  handler: "functions/api/follow-ups.list",
  params: clientParams,
  query: z.object(pageQuery),
  response: { status: 200, description: "Follow-ups, newest first", schema: page(followUpSchema, "FollowUpPage") },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR", "NOT_FOUND"],
});

export const listDueFollowUps = defineRoute({
  id: "followUps.due",
  method: "GET",
  path: "/v1/follow-ups/due",
  roles: ["worker"],
  subject: { from: "response" },
  summary: "The follow-up work list: clients in HB whose follow-up is due on or before a day, most overdue first, with their drift status",
  tags: ["follow-ups"],
  handler: "functions/api/follow-ups.due",
  query: z.object({
    on: businessDateSchema.optional().meta({ description: "The day to judge by (default today, Europe/Helsinki); a later day looks ahead" }),
    ...pageQuery,
  }),
  response: { status: 200, description: "Clients due, most overdue first", schema: page(dueFollowUpSchema, "DueFollowUpPage") },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR"],
});
