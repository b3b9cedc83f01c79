import { z } from "zod";
import { roles } from "@hb/core/actor";
import { serviceCodeSchema } from "@hb/core/catalogue/schemas";
import {
  applicationDecisionBodySchema,
  applicationIdSchema,
  applicationReplyBodySchema,
  applicationStatusSchema,
  decidedApplicationSchema,
  providerApplicationBodySchema,
  providerApplicationSchema,
  providerIdSchema,
  providerSchema,
  providerStatusBodySchema,
} from "@hb/core/providers/schemas";
import { providerOfferPageSchema, providerPricesSchema, putPricesBodySchema } from "@hb/core/providers/price-schemas";
import { defineRoute } from "../route";
import { page, pageQuery } from "./shared";

const applicationParams = z.object({ applicationId: applicationIdSchema });
const providerParams = z.object({ providerId: providerIdSchema });

export const createProviderApplication = defineRoute({
  id: "providerApplications.create",
  method: "POST",
  path: "/v1/provider-applications",
  roles: ["applicant", "provider"],
  subject: { from: "none" },
  summary:
    "Apply for approval as a service provider for one or more service bundles, with a price list (any signed-in person, any time, again and again); under an approved provider's business ID only its own staff may apply, for more bundles and prices",
  tags: ["providers"],
  handler: "functions/api/providers.apply",
  body: providerApplicationBodySchema,
  response: { status: 201, description: "The pending application; Location names it", schema: providerApplicationSchema },
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "UNSUPPORTED_MEDIA_TYPE",
    "UNKNOWN_BUNDLE",
    "UNKNOWN_SERVICE",
    "SERVICE_NOT_IN_BUNDLES",
    "PROVIDER_ALREADY_REGISTERED",
    "BANK_ACCOUNT_CHANGE_REQUIRED",
  ],
});

export const getProviderApplication = defineRoute({
  id: "providerApplications.get",
  method: "GET",
  path: "/v1/provider-applications/{applicationId}",
  roles: ["applicant", "provider", "admin", "worker"],
  subject: { from: "none" },
  summary: "An application with its decision (a provider: only its own applications)",
  tags: ["providers"],
  handler: "functions/api/providers.getApplication",
  params: applicationParams,
  response: { status: 200, description: "The application", schema: providerApplicationSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});

export const listProviderApplications = defineRoute({
  id: "providerApplications.list",
  method: "GET",
  path: "/v1/provider-applications",
  roles: ["admin", "worker"],
  subject: { from: "none" },
  summary: "The area's work queue: applications of one status, oldest first (pending when no status is given)",
  tags: ["providers"],
  handler: "functions/api/providers.listApplications",
  query: z.object({ status: applicationStatusSchema.default("pending"), ...pageQuery }),
  response: { status: 200, description: "A page of applications", schema: page(providerApplicationSchema, "ProviderApplicationPage") },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR"],
});

export const replyToProviderApplication = defineRoute({
  id: "providerApplications.reply",
  method: "POST",
  path: "/v1/provider-applications/{applicationId}/replies",
  roles: ["applicant", "provider"],
  subject: { from: "none" },
  summary:
    "The applicant (or staff of the provider it concerns) answers an information request: the request and the answer are kept, and the application is pending again in the area's queue",
  tags: ["providers"],
  handler: "functions/api/providers.reply",
  params: applicationParams,
  body: applicationReplyBodySchema,
  response: { status: 200, description: "The application, pending again, with the answered request in `replies`", schema: providerApplicationSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "UNSUPPORTED_MEDIA_TYPE", "NOT_FOUND", "APPLICATION_NOT_AWAITING_REPLY"],
});

export const decideProviderApplication = defineRoute({
  id: "providerApplications.decide",
  method: "POST",
  path: "/v1/provider-applications/{applicationId}/decision",
  roles: ["admin", "worker"],
  subject: { from: "none" },
  summary:
    "Approve, reject or ask for more information; approval creates the provider with the applicant as its first member, or adds an existing provider's bundles and prices (never its details, account or staff)",
  tags: ["providers"],
  handler: "functions/api/providers.decide",
  params: applicationParams,
  body: applicationDecisionBodySchema,
  response: { status: 200, description: "The decided application (with the provider when approved)", schema: decidedApplicationSchema },
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "UNSUPPORTED_MEDIA_TYPE",
    "NOT_FOUND",
    "APPLICATION_ALREADY_DECIDED",
    "PROVIDER_ALREADY_REGISTERED",
    "CONCURRENT_CHANGE",
  ],
});

export const listProviders = defineRoute({
  id: "providers.list",
  method: "GET",
  path: "/v1/providers",
  roles,
  // Without instrumentId no client data; with it, the instrument's client is in the response and audited.
  subject: { from: "response" },
  summary: "Approved providers of a service with their unit price; given a voucher, the client's own share per unit",
  tags: ["providers"],
  handler: "functions/api/providers.list",
  query: z.object({
    serviceCode: serviceCodeSchema,
    instrumentId: z
      .uuid()
      .optional()
      .meta({ description: "A voucher or commitment the caller may see (client, representative, worker): adds clientShareCents" }),
    ...pageQuery,
  }),
  response: { status: 200, description: "A page of offers", schema: providerOfferPageSchema },
  problems: ["VALIDATION_FAILED", "INVALID_CURSOR", "NOT_FOUND", "UNKNOWN_SERVICE"],
});

export const getProviderPrices = defineRoute({
  id: "providers.getPrices",
  method: "GET",
  path: "/v1/providers/{providerId}/prices",
  roles,
  subject: { from: "none" },
  summary: "A provider's price list",
  tags: ["providers"],
  handler: "functions/api/providers.getPrices",
  params: providerParams,
  response: { status: 200, description: "The prices by service code", schema: providerPricesSchema },
  problems: ["VALIDATION_FAILED", "NOT_FOUND"],
});

export const putProviderPrices = defineRoute({
  id: "providers.putPrices",
  method: "PUT",
  path: "/v1/providers/{providerId}/prices",
  roles: ["provider"],
  subject: { from: "none" },
  provider: { param: "providerId" },
  summary: "Replace the provider's own price list (only its own staff: the token's providerId)",
  tags: ["providers"],
  handler: "functions/api/providers.putPrices",
  params: providerParams,
  body: putPricesBodySchema,
  response: { status: 200, description: "The new price list", schema: providerPricesSchema },
  problems: [
    "VALIDATION_FAILED",
    "MALFORMED_REQUEST",
    "UNSUPPORTED_MEDIA_TYPE",
    "NOT_FOUND",
    "UNKNOWN_SERVICE",
    "SERVICE_NOT_IN_BUNDLES",
    "CONCURRENT_CHANGE",
  ],
});

export const changeProviderStatus = defineRoute({
  id: "providers.changeStatus",
  method: "POST",
  path: "/v1/providers/{providerId}/status",
  roles: ["admin"],
  subject: { from: "none" },
  summary:
    "Suspend, terminate or re-approve a provider: a suspended or terminated one takes no new clients from the decision and records no delivery dated on or after effectiveFrom; terminated is final; the same status again changes nothing",
  tags: ["providers"],
  handler: "functions/api/providers.changeStatus",
  params: providerParams,
  body: providerStatusBodySchema,
  response: { status: 200, description: "The provider with its status history", schema: providerSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "UNSUPPORTED_MEDIA_TYPE", "NOT_FOUND", "PROVIDER_TERMINATED", "CONCURRENT_CHANGE"],
});
