import { z } from "zod";
import { providerIdSchema } from "@hb/core/providers/schemas";
import { monthSchema } from "@hb/core/validators/zod";
import { defineRoute } from "../route";

const monthQuery = z.object({
  month: monthSchema.optional().meta({ description: "The month of the deliveries (Europe/Helsinki), default this month" }),
});

const lineSchema = z.object({
  eventId: z.string(),
  instrumentNumber: z.string(),
  serviceCode: z.string(),
  unit: z.enum(["hour", "day", "visit", "euro"]),
  date: z.iso.date(),
  quantity: z.number(),
  clientShareCents: z.number().int().nonnegative(),
  status: z.string(),
});

export const myOwnShareSchema = z
  .object({
    month: z.string(),
    items: z.array(
      z.object({
        clientId: z.string(),
        firstName: z.string(),
        totalCents: z.number().int().meta({ description: "The month's own shares of all providers" }),
        providers: z.array(
          z.object({
            providerId: z.string(),
            name: z.string(),
            totalCents: z.number().int().meta({ description: "What this provider may invoice the client for the month" }),
            lines: z.array(lineSchema).meta({ description: "The deliveries with an own share, by date" }),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "MyOwnShare" });

export const providerOwnShareSchema = z
  .object({
    providerId: z.string(),
    month: z.string(),
    totalCents: z.number().int(),
    items: z.array(
      z.object({
        clientId: z.string().optional().meta({ description: "Absent towards a provider's staff (data minimisation)" }),
        firstName: z.string(),
        lastName: z.string(),
        instrumentNumbers: z.array(z.string()).meta({ description: "The vouchers the deliveries were recorded on" }),
        eventCount: z.number().int(),
        totalCents: z.number().int().meta({ description: "What the provider may invoice the client for the month" }),
      }),
    ),
  })
  .meta({ id: "ProviderOwnShare" });

export const myOwnShare = defineRoute({
  id: "me.ownShare",
  method: "GET",
  path: "/v1/me/own-share",
  roles: ["client", "representative"],
  subject: { from: "response" },
  summary: "The own share of the caller's vouchers for a month (a representative: of the clients who named them), per provider with the deliveries: what each provider may invoice",
  tags: ["me"],
  handler: "functions/api/own-share.mine",
  query: monthQuery,
  response: { status: 200, description: "Per client and provider, the month's total and lines", schema: myOwnShareSchema },
  problems: ["VALIDATION_FAILED"],
});

export const getProviderOwnShare = defineRoute({
  id: "providers.ownShare",
  method: "GET",
  path: "/v1/providers/{providerId}/own-share",
  roles: ["provider"],
  subject: { from: "response" },
  provider: { param: "providerId" },
  summary: "What the provider may invoice each client for a month: the own shares of its voucher deliveries (only its own staff)",
  tags: ["providers"],
  handler: "functions/api/own-share.provider",
  params: z.object({ providerId: providerIdSchema }),
  query: monthQuery,
  response: { status: 200, description: "Per client, the month's total", schema: providerOwnShareSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});
