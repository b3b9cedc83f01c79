import { z } from "zod";
import { inviteMemberBodySchema, memberIdSchema, memberSchema } from "@hb/core/providers/members";
import { providerIdSchema } from "@hb/core/providers/schemas";
import { defineRoute } from "../route";

const providerParams = z.object({ providerId: providerIdSchema });

export const listProviderMembers = defineRoute({
  id: "providerMembers.list",
  method: "GET",
  path: "/v1/providers/{providerId}/members",
  roles: ["provider", "admin"],
  subject: { from: "none" },
  summary: "The provider's staff in HB (its own staff, acting for it, and admins)",
  tags: ["providers"],
  handler: "functions/api/provider-members.list",
  params: providerParams,
  response: { status: 200, description: "The members", schema: z.object({ items: z.array(memberSchema) }).meta({ id: "ProviderMemberList" }) },
  problems: ["VALIDATION_FAILED", "NOT_FOUND", "PROVIDER_NOT_CHOSEN"],
});

export const inviteProviderMember = defineRoute({
  id: "providerMembers.invite",
  method: "POST",
  path: "/v1/providers/{providerId}/members",
  roles: ["provider", "admin"],
  subject: { from: "none" },
  summary: "Invite a person to the provider's staff by their personal identity code (a member of the provider, or an admin); they act for it from their next sign-in",
  tags: ["providers"],
  handler: "functions/api/provider-members.invite",
  params: providerParams,
  body: inviteMemberBodySchema,
  // The member is registered by the lookup key of their code (the person register); the code is not kept.
  personalIds: { lookup: true },
  response: {
    status: 201,
    description: "The new member",
    also: [{ status: 200, description: "The person already is a member: the existing member" }],
    schema: memberSchema,
  },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "UNSUPPORTED_MEDIA_TYPE", "NOT_FOUND", "PROVIDER_NOT_CHOSEN"],
});

export const removeProviderMember = defineRoute({
  id: "providerMembers.remove",
  method: "DELETE",
  path: "/v1/providers/{providerId}/members/{memberId}",
  roles: ["provider", "admin"],
  subject: { from: "none" },
  summary: "Remove a member of the provider's staff (a member cannot remove the last one; an admin can)",
  tags: ["providers"],
  handler: "functions/api/provider-members.remove",
  params: z.object({ providerId: providerIdSchema, memberId: memberIdSchema }),
  response: { status: 204, description: "Removed" },
  problems: ["VALIDATION_FAILED", "NOT_FOUND", "LAST_MEMBER", "PROVIDER_NOT_CHOSEN"],
});
