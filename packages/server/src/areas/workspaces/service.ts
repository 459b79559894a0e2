import { randomUUID } from 'node:crypto';
import type { CreateWorkspaceInput, WorkspacePublic } from '@foyer/schema';
import type { Context } from '../../context.js';
import { conflict, isUniqueViolation } from '../../errors.js';
import type { WorkspaceRef } from '../../trpc.js';

/** A new workspace, with the identity that creates it as its owner. */
export async function createWorkspace(ctx: Context, ownerId: string, input: CreateWorkspaceInput): Promise<WorkspacePublic> {
  const id = randomUUID();
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction(async (trx) => {
      await trx('workspaces').insert({
        id,
        handle: input.handle,
        name: input.name,
        entry_url: input.entryUrl ?? null,
        gallery_url: input.galleryUrl ?? null,
        created_at: now,
      });
      await trx('memberships').insert({ workspace_id: id, identity_id: ownerId, role: 'owner', created_at: now });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('HANDLE_TAKEN');
    throw error;
  }
  return { handle: input.handle, name: input.name };
}

export function publicInfo(workspace: WorkspaceRef): WorkspacePublic {
  return { handle: workspace.handle, name: workspace.name };
}
