import { CreateApiUserInput, MemberRef } from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import * as apiUsers from './service.js';

export const apiUsersRouter = router({
  create: permittedProcedure('members.manage')
    .input(CreateApiUserInput)
    .mutation(({ ctx, input }) => apiUsers.createApiUser(ctx, input)),
  rotateKey: permittedProcedure('members.manage')
    .input(MemberRef)
    .mutation(({ ctx, input }) => apiUsers.rotateKey(ctx, input)),
  revokeKey: permittedProcedure('members.manage')
    .input(MemberRef)
    .mutation(({ ctx, input }) => apiUsers.revokeKey(ctx, input)),
});
