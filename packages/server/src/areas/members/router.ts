import { AcceptInvitationInput, ChangeMemberRoleInput, InvitationRef, InvitationTokenInput, InviteMemberInput, MemberRef, SetMemberDisabledInput } from '@foyer/schema';
import { permittedProcedure, publicProcedure, router } from '../../trpc.js';
import * as invitations from './invitations.js';
import * as members from './service.js';

export const membersRouter = router({
  list: permittedProcedure('members.manage').query(({ ctx }) => members.listMembers(ctx)),
  invite: permittedProcedure('members.manage')
    .input(InviteMemberInput)
    .mutation(({ ctx, input }) => invitations.invite(ctx, input)),
  resendInvitation: permittedProcedure('members.manage')
    .input(InvitationRef)
    .mutation(({ ctx, input }) => invitations.resend(ctx, input)),
  revokeInvitation: permittedProcedure('members.manage')
    .input(InvitationRef)
    .mutation(({ ctx, input }) => invitations.revoke(ctx, input)),
  changeRole: permittedProcedure('members.manage')
    .input(ChangeMemberRoleInput)
    .mutation(({ ctx, input }) => members.changeRole(ctx, input)),
  setDisabled: permittedProcedure('members.manage')
    .input(SetMemberDisabledInput)
    .mutation(({ ctx, input }) => members.setDisabled(ctx, input)),
  resetPassword: permittedProcedure('members.manage')
    .input(MemberRef)
    .mutation(({ ctx, input }) => members.sendPasswordReset(ctx, input)),
  /** Signs the member out everywhere: for a login that is not this workspace's alone to reset. */
  endSessions: permittedProcedure('members.manage')
    .input(MemberRef)
    .mutation(({ ctx, input }) => members.endMemberSessions(ctx, input)),
  remove: permittedProcedure('members.manage')
    .input(MemberRef)
    .mutation(({ ctx, input }) => members.removeMember(ctx, input)),
});

/** The invitation link's page: the token is the only credential, so these name no workspace. */
export const invitationsRouter = router({
  describe: publicProcedure.input(InvitationTokenInput).query(({ ctx, input }) => invitations.describe(ctx, input)),
  accept: publicProcedure.input(AcceptInvitationInput).mutation(({ ctx, input }) => invitations.accept(ctx, input)),
});
