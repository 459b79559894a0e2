import type { ClientSession, GalleryView, PublicGalleryInfo } from '@foyer/schema';
import type { Context } from '../../context.js';
import { badRequest, notFound, tooManyRequests, unauthorized } from '../../errors.js';
import { verifyPassword } from '../../security/passwords.js';
import { findSession, startSession } from '../../security/sessions.js';
import { verifyGuess } from '../../security/guessing/verifier.js';
import type { WorkspaceRef } from '../../security/principals.js';
import { buildGalleryView } from '../galleries/view.js';

async function galleryOf(ctx: Context, workspace: WorkspaceRef, galleryId: string) {
  const row = await ctx
    .db('galleries')
    .select('id', 'title', 'password_hash')
    .where({ workspace_id: workspace.id, id: galleryId })
    .first();
  if (!row) throw notFound('GALLERY_NOT_FOUND');
  return row as { id: string; title: string; password_hash: string | null };
}

/** What a direct link shows before anything is unlocked: the title and whether a password guards it. */
export async function info(ctx: Context, workspace: WorkspaceRef, galleryId: string): Promise<PublicGalleryInfo> {
  const gallery = await galleryOf(ctx, workspace, galleryId);
  return { id: gallery.id, title: gallery.title, workspaceName: workspace.name, passwordRequired: gallery.password_hash !== null };
}

/** A gallery's password, given on its direct link, opens a session for that gallery. */
export async function unlock(ctx: Context, workspace: WorkspaceRef, galleryId: string, password: string): Promise<ClientSession> {
  const gallery = await galleryOf(ctx, workspace, galleryId);
  const hash = gallery.password_hash;
  // A gallery without a password has nothing to guess: its direct link opens it.
  const right = hash ? await verifyGuess(ctx, { kind: 'gallery-password', target: `${workspace.id}:${galleryId}` }, async () => ((await verifyPassword(hash, password)) ? true : null)) : null;
  if (!right) throw badRequest('WRONG_GALLERY_PASSWORD');
  const { token, expiresAt } = await startSession(ctx.db, ctx.clock, ctx.config.sessions.gallery, {
    kind: 'gallery',
    workspaceId: workspace.id,
    subjectId: galleryId,
  });
  return { token, expiresAt: expiresAt.toISOString(), accessName: gallery.title };
}

/**
 * Opens a gallery by its direct link: free when it has no password, otherwise only with the
 * session its password unlocked. Navigation links are shown as the gallery settings allow;
 * a linked gallery with a password of its own asks for it when opened.
 */
export async function open(ctx: Context, workspace: WorkspaceRef, galleryId: string): Promise<GalleryView> {
  const gallery = await galleryOf(ctx, workspace, galleryId);
  if (gallery.password_hash) {
    const session = ctx.token ? await findSession(ctx.db, ctx.clock, ctx.config.sessions, ctx.token) : null;
    const unlocked = session?.kind === 'gallery' && session.workspaceId === workspace.id && session.subjectId === galleryId;
    if (!unlocked) throw unauthorized('GALLERY_PASSWORD_REQUIRED');
  }
  return buildGalleryView(ctx, workspace.id, galleryId);
}
