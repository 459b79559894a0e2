import type { ClientSession, GalleryView, Overview } from '@foyer/schema';
import type { Context } from '../../context.js';
import { forbidden, tooManyRequests, unauthorized } from '../../errors.js';
import { accessCodeDigest } from '../../security/access-codes.js';
import { endSession, startSession } from '../../security/sessions.js';
import { verifyGuess } from '../../security/guessing/verifier.js';
import type { WorkspaceRef } from '../../security/principals.js';
import { addedGalleryIds, statusOf } from '../accesses/queries.js';
import { accessOpensGallery } from '../galleries/navigation.js';
import { buildGalleryView } from '../galleries/view.js';
import type { SessionAccess } from '../../callers/client-call.js';
import type { ClientContext } from '../../callers/contexts.js';
import { activeAccess } from './active-access.js';
import { overviewAnswer } from './overview-answer.js';

/**
 * Signs a client in with an access code. An unknown, a disabled and an expired code take the
 * same path (one look-up, two counter writes) and get the same answer.
 */
export async function signInWithCode(ctx: Context, workspace: WorkspaceRef, code: string): Promise<ClientSession> {
  const now = ctx.clock.now();
  // The target is the workspace: a guess is at any of its codes.
  const row = await verifyGuess(ctx, { kind: 'access-code', target: workspace.id }, async () => {
    const found = await ctx
      .db('client_accesses')
      .select('id', 'name', 'disabled_at', 'expires_at')
      .where({ workspace_id: workspace.id, code_digest: accessCodeDigest(ctx.secret, workspace.id, code) })
      .first();
    return found && statusOf(found, now) === 'active' ? found : null;
  });
  if (!row) throw unauthorized('INVALID_CODE');
  await ctx
    .db('client_accesses')
    .where({ workspace_id: workspace.id, id: row.id })
    .update({ last_used_at: now, use_count: ctx.db.raw('use_count + 1') });
  const { token, expiresAt } = await startSession(ctx.db, ctx.clock, ctx.config.sessions.access, {
    kind: 'access',
    workspaceId: workspace.id,
    subjectId: row.id,
  });
  return { token, expiresAt: expiresAt.toISOString(), accessName: row.name };
}

/** Every gallery shared with the client, newest first: a gallery added later simply appears. */
export function overview(ctx: ClientContext): Promise<Overview> {
  return overviewAnswer(ctx).overview();
}

export async function openGallery(
  ctx: Context,
  workspace: WorkspaceRef,
  sessionAccess: SessionAccess | null,
  galleryId: string,
): Promise<GalleryView> {
  const access = activeAccess(ctx, sessionAccess);
  if (!(await accessOpensGallery(ctx.db, workspace.id, access.id, access.scope, galleryId))) {
    throw forbidden('NOT_IN_ACCESS');
  }
  if (access.scope === 'navigation') return buildGalleryView(ctx, workspace.id, galleryId);
  const added = new Set(await addedGalleryIds(ctx.db, workspace.id, access.id));
  return buildGalleryView(ctx, workspace.id, galleryId, (id) => added.has(id));
}

export async function signOut(ctx: Context, sessionId: string): Promise<void> {
  await endSession(ctx.db, sessionId);
}
