import { AgencyGrantRef, ChangeAgencyRoleInput, GrantAgencyInput, RegisterAgencyInput } from '@foyer/schema';
import { ownerProcedure, publicProcedure, router } from '../../trpc.js';
import * as agencies from './service.js';

export const agenciesRouter = router({
  /** An agency account of its own, with an email used for nothing else. */
  register: publicProcedure.input(RegisterAgencyInput).mutation(({ ctx, input }) => agencies.register(ctx, input)),
});

/** The owner grants, changes and revokes agencies' access: an area only the owner opens. */
export const agencyGrantsRouter = router({
  list: ownerProcedure.query(({ ctx }) => agencies.listGrants(ctx)),
  grant: ownerProcedure.input(GrantAgencyInput).mutation(({ ctx, input }) => agencies.grant(ctx, input)),
  changeRole: ownerProcedure.input(ChangeAgencyRoleInput).mutation(({ ctx, input }) => agencies.changeRole(ctx, input)),
  revoke: ownerProcedure.input(AgencyGrantRef).mutation(({ ctx, input }) => agencies.revoke(ctx, input)),
});
