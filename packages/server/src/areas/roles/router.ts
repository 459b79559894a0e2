import { CreateRoleInput, RoleRef, UpdateRoleInput } from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import * as roles from './service.js';

export const rolesRouter = router({
  list: permittedProcedure('members.manage').query(({ ctx }) => roles.listRoles(ctx)),
  create: permittedProcedure('members.manage')
    .input(CreateRoleInput)
    .mutation(({ ctx, input }) => roles.createRole(ctx, input)),
  update: permittedProcedure('members.manage')
    .input(UpdateRoleInput)
    .mutation(({ ctx, input }) => roles.updateRole(ctx, input)),
  delete: permittedProcedure('members.manage')
    .input(RoleRef)
    .mutation(({ ctx, input }) => roles.deleteRole(ctx, input)),
});
