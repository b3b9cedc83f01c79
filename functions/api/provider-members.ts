import { apiHandler } from "@hb/api/http";
import { inviteProviderMember, listProviderMembers, removeProviderMember } from "@hb/api/routes/provider-members";
import { assertMayManageMembers, inviteMember, listMembers, removeMember } from "@hb/core/providers/members";
import { requireProvider } from "@hb/core/providers/repository";

export const list = apiHandler(listProviderMembers, async ({ params, actor }) => {
  assertMayManageMembers(actor, params.providerId);
  await requireProvider(params.providerId);
  return { body: { items: await listMembers(params.providerId) } };
});

export const invite = apiHandler(inviteProviderMember, async ({ params, body, actor, context }) => {
  assertMayManageMembers(actor, params.providerId);
  const { member, added } = await inviteMember(params.providerId, body, context);
  return { status: added ? 201 : 200, body: member };
});

export const remove = apiHandler(removeProviderMember, async ({ params, actor, context }) => {
  assertMayManageMembers(actor, params.providerId);
  await removeMember(params.providerId, params.memberId, context);
  return { status: 204 };
});
