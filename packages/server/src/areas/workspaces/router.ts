import { CreateWorkspaceInput } from '@foyer/schema';
import { publicWorkspaceProcedure, router, signedInProcedure } from '../../trpc.js';
import * as workspaces from './service.js';

export const workspacesRouter = router({
  create: signedInProcedure
    .input(CreateWorkspaceInput)
    .mutation(({ ctx, input }) => workspaces.createWorkspace(ctx, ctx.identityId, input)),
  /** What a visitor of the workspace's public pages may know: its name. */
  get: publicWorkspaceProcedure.query(({ ctx }) => workspaces.publicInfo(ctx.workspace)),
});
