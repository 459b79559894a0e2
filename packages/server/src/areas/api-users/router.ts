import { CreateApiUserInput, MemberRef } from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import * as apiUsers from './service.js';

export const apiUsersRouter = router({
  create: permittedProcedure('members.manage')
    .input(CreateApiUserInput)
    .mutation(({ ctx, input }) => apiUsers.createApiUser(ctx, ctx, input)),
  rotateKey: permittedProcedure('members.manage')
    .input(MemberRef)
    .mutation(({ ctx, input }) => apiUsers.rotateKey(ctx, ctx, input.identityId)),
  revokeKey: permittedProcedure('members.manage')
    .input(MemberRef)
    .mutation(async ({ ctx, input }) => {
      await apiUsers.revokeKey(ctx, ctx, input.identityId);
      return { ok: true as const };
    }),
});
