import { AgencyGrantRef, ChangeAgencyRoleInput, GrantAgencyInput, RegisterAgencyInput } from '@foyer/schema';
import { ownerProcedure, publicProcedure, router } from '../../trpc.js';
import * as agencies from './service.js';

export const agenciesRouter = router({
  /** An agency account of its own, with an email used for nothing else. */
  register: publicProcedure.input(RegisterAgencyInput).mutation(({ ctx, input }) => agencies.register(ctx, input)),
});

/** The owner grants, changes and revokes agencies' access (seeds/001: an owner-only area). */
export const agencyGrantsRouter = router({
  list: ownerProcedure.query(({ ctx }) => agencies.listGrants(ctx, ctx.workspace, ctx.template)),
  grant: ownerProcedure.input(GrantAgencyInput).mutation(async ({ ctx, input }) => {
    const granted = await agencies.grant(ctx, ctx.workspace, ctx.template, input);
    ctx.audit.note({ agency: granted.email, agencyId: granted.agencyId, role: granted.role.name });
    return granted;
  }),
  changeRole: ownerProcedure.input(ChangeAgencyRoleInput).mutation(async ({ ctx, input }) => {
    const changed = await agencies.changeRole(ctx, ctx.workspace, ctx.template, input);
    ctx.audit.note({ agency: changed.email, role: changed.role.name });
    return changed;
  }),
  revoke: ownerProcedure.input(AgencyGrantRef).mutation(async ({ ctx, input }) => {
    await agencies.revoke(ctx, ctx.workspace, input.agencyId);
    return { ok: true as const };
  }),
});
