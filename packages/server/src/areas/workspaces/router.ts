import { CreateWorkspaceInput, UpdateWorkspaceInput } from '@foyer/schema';
import { ownerProcedure, publicWorkspaceProcedure, router, settingsProcedure, signedInProcedure } from '../../trpc.js';
import * as workspaces from './service.js';

export const workspacesRouter = router({
  create: signedInProcedure.input(CreateWorkspaceInput).mutation(({ ctx, input }) => workspaces.createWorkspace(ctx, input)),
  /** What a visitor of the workspace's public pages may know: its name. */
  get: publicWorkspaceProcedure.query(({ ctx }) => workspaces.publicInfo(ctx)),
  settings: settingsProcedure('workspace.manage').query(({ ctx }) => workspaces.workspaceSettings(ctx)),
  update: settingsProcedure('workspace.manage')
    .input(UpdateWorkspaceInput)
    .mutation(({ ctx, input }) => workspaces.updateWorkspace(ctx, input)),
  /** The plan's features, which the operator sets and the owner sees. */
  features: ownerProcedure.query(({ ctx }) => workspaces.features(ctx)),
});
