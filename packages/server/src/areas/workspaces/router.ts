import { CreateWorkspaceInput, UpdateWorkspaceInput } from '@foyer/schema';
import { ownerProcedure, permittedProcedure, publicWorkspaceProcedure, router, signedInProcedure } from '../../trpc.js';
import { featuresOf } from './features.js';
import * as workspaces from './service.js';

export const workspacesRouter = router({
  create: signedInProcedure
    .input(CreateWorkspaceInput)
    .mutation(({ ctx, input }) => workspaces.createWorkspace(ctx, ctx.identityId, input)),
  /** What a visitor of the workspace's public pages may know: its name. */
  get: publicWorkspaceProcedure.query(({ ctx }) => workspaces.publicInfo(ctx.workspace)),
  settings: permittedProcedure('workspace.manage').query(({ ctx }) => workspaces.workspaceSettings(ctx, ctx.workspace)),
  update: permittedProcedure('workspace.manage')
    .input(UpdateWorkspaceInput)
    .mutation(({ ctx, input }) =>
      workspaces.updateWorkspace(ctx, ctx.workspace, input, { kind: ctx.kind, secondFactorPassed: Boolean(ctx.session?.secondFactorAt) }),
    ),
  /** The plan's features, which the operator sets and the owner sees. */
  features: ownerProcedure.query(({ ctx }) => featuresOf(ctx.db, ctx.workspace.id)),
});
