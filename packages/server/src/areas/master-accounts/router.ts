import { CompleteMasterRegistrationInput, InWorkspace, LinkAccountInput, MasterLinkToken, RegisterMasterAccountInput, UnlinkAccountInput } from '@foyer/schema';
import { memberProcedure, ownerProcedure, publicProcedure, router } from '../../trpc.js';
import * as links from './links.js';
import * as master from './master.js';
import * as registration from './registration.js';

/** A seller's master account: opening one, the owner's linked accounts, and the shell's view. */
export const masterRouter = router({
  register: publicProcedure.input(RegisterMasterAccountInput).mutation(({ ctx, input }) => registration.register(ctx, input)),
  describeRegistration: publicProcedure.input(MasterLinkToken).query(({ ctx, input }) => registration.describeRegistration(ctx, input)),
  completeRegistration: publicProcedure.input(CompleteMasterRegistrationInput).mutation(({ ctx, input }) => registration.completeRegistration(ctx, input)),
  view: memberProcedure.input(InWorkspace).query(({ ctx }) => master.view(ctx)),
  accounts: ownerProcedure.input(InWorkspace).query(({ ctx }) => links.accounts(ctx)),
  linkAccount: ownerProcedure.input(LinkAccountInput).mutation(({ ctx, input }) => links.linkAccount(ctx, input)),
  confirmLink: publicProcedure.input(MasterLinkToken).mutation(({ ctx, input }) => links.confirmLink(ctx, input)),
  unlinkAccount: ownerProcedure.input(UnlinkAccountInput).mutation(({ ctx, input }) => links.unlinkAccount(ctx, input)),
});
