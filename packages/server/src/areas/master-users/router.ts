import { CreateMasterUserInput, InWorkspace, MasterUserRef, UpdateMasterUserInput } from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import * as users from './service.js';

/**
 * A master account's third-party users, for its owner and users with Manage users. Disabling,
 * removing and rotating a key are the team's own procedures (members.*, apiUsers.rotateKey).
 */
export const masterUsersRouter = router({
  list: permittedProcedure('members.manage')
    .input(InWorkspace)
    .query(({ ctx }) => users.listUsers(ctx)),
  create: permittedProcedure('members.manage')
    .input(CreateMasterUserInput)
    .mutation(({ ctx, input }) => users.createUser(ctx, input)),
  update: permittedProcedure('members.manage')
    .input(UpdateMasterUserInput)
    .mutation(({ ctx, input }) => users.updateUser(ctx, input)),
  sendPasswordLink: permittedProcedure('members.manage')
    .input(MasterUserRef)
    .mutation(({ ctx, input }) => users.sendPasswordLink(ctx, input)),
});
