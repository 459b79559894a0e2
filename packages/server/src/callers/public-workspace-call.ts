import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import type { WorkspaceRef } from '../security/principals.js';

/** The workspace a visitor of its public pages names (code sign-in, a gallery's direct link). */
export async function publicWorkspaceCall(ctx: Context, handle: string): Promise<{ workspace: WorkspaceRef }> {
  const workspace = await ctx.db('workspaces').select('id', 'handle', 'name').where({ handle }).first();
  if (!workspace) throw notFound('WORKSPACE_NOT_FOUND');
  return { workspace };
}
