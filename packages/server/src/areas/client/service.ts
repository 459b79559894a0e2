import type { ClientSession, GalleryView, Overview } from '@foyer/schema';
import type { Context } from '../../context.js';
import { forbidden, tooManyRequests, unauthorized } from '../../errors.js';
import { accessCodeDigest } from '../../security/access-codes.js';
import { endSession, startSession } from '../../security/sessions.js';
import { isThrottled, recordFailure } from '../../security/throttle.js';
import type { WorkspaceRef } from '../../trpc.js';
import { addedGalleryIds, statusOf } from '../accesses/queries.js';
import { accessOpensGallery } from '../galleries/navigation.js';
import { loadCards } from '../galleries/queries.js';
import { buildGalleryView, toCard } from '../galleries/view.js';

/**
 * Signs a client in with an access code. An unknown, a disabled and an expired code take the
 * same path (one look-up, two counter writes) and get the same answer.
 */
export async function signInWithCode(ctx: Context, workspace: WorkspaceRef, code: string): Promise<ClientSession> {
  const now = ctx.clock.now();
  const { accessCodePerSource, accessCodePerWorkspace } = ctx.config.throttles;
  const sourceKey = `access-code:source:${workspace.id}:${ctx.source}`;
  const workspaceKey = `access-code:workspace:${workspace.id}`;
  const [bySource, byWorkspace] = await Promise.all([
    isThrottled(ctx.db, sourceKey, accessCodePerSource, now),
    isThrottled(ctx.db, workspaceKey, accessCodePerWorkspace, now),
  ]);
  if (bySource || byWorkspace) throw tooManyRequests('CODE_THROTTLED');

  const row = await ctx
    .db('client_accesses')
    .select('id', 'name', 'disabled_at', 'expires_at')
    .where({ workspace_id: workspace.id, code_digest: accessCodeDigest(ctx.secret, workspace.id, code) })
    .first();
  if (!row || statusOf(row, now) !== 'active') {
    await recordFailure(ctx.db, sourceKey, accessCodePerSource, now);
    await recordFailure(ctx.db, workspaceKey, accessCodePerWorkspace, now);
    throw unauthorized('INVALID_CODE');
  }
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

async function accessOf(ctx: Context, workspaceId: string, accessId: string) {
  const row = await ctx
    .db('client_accesses')
    .select('name', 'scope', 'disabled_at', 'expires_at')
    .where({ workspace_id: workspaceId, id: accessId })
    .first();
  // Sessions of a disabled access are ended; expiry is checked here, on every call.
  if (!row || statusOf(row, ctx.clock.now()) !== 'active') throw unauthorized('SESSION_EXPIRED');
  return row as { name: string; scope: 'navigation' | 'explicit' };
}

/** Every gallery shared with the client, newest first: a gallery added later simply appears. */
export async function overview(ctx: Context, workspace: WorkspaceRef, accessId: string): Promise<Overview> {
  const access = await accessOf(ctx, workspace.id, accessId);
  const added = await addedGalleryIds(ctx.db, workspace.id, accessId);
  const cards = await loadCards(ctx.db, workspace.id, added);
  const addedSet = new Set(added);
  const galleries = added.flatMap((id) => {
    const row = cards.get(id);
    if (!row) return [];
    const openable = row.allowNavigation ? row.childIds.filter((c) => access.scope === 'navigation' || addedSet.has(c)) : [];
    return [toCard(ctx, workspace.id, row, openable.length)];
  });
  return { workspaceName: workspace.name, accessName: access.name, galleries };
}

export async function openGallery(ctx: Context, workspace: WorkspaceRef, accessId: string, galleryId: string): Promise<GalleryView> {
  const access = await accessOf(ctx, workspace.id, accessId);
  if (!(await accessOpensGallery(ctx.db, workspace.id, accessId, access.scope, galleryId))) {
    throw forbidden('NOT_IN_ACCESS');
  }
  if (access.scope === 'navigation') return buildGalleryView(ctx, workspace.id, galleryId);
  const added = new Set(await addedGalleryIds(ctx.db, workspace.id, accessId));
  return buildGalleryView(ctx, workspace.id, galleryId, (id) => added.has(id));
}

export async function signOut(ctx: Context, sessionId: string): Promise<void> {
  await endSession(ctx.db, sessionId);
}
