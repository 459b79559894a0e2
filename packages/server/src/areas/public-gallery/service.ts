import type { ClientSession, GalleryRef, GalleryView, PublicGalleryInfo, UnlockGalleryInput } from '@foyer/schema';
import type { z } from 'zod';
import type { PublicWorkspaceContext } from '../../callers/contexts.js';
import { badRequest, notFound, unauthorized } from '../../errors.js';
import { verifyPassword } from '../../security/passwords.js';
import { findSession, startSession } from '../../security/sessions.js';
import { verifyGuess } from '../../security/guessing/verifier.js';
import { buildGalleryView } from '../galleries/view.js';
import { guardedGallery } from './queries.js';

async function galleryOf(ctx: PublicWorkspaceContext, galleryId: string) {
  const row = await guardedGallery(ctx.db, ctx.workspace.id, galleryId);
  if (!row) throw notFound('GALLERY_NOT_FOUND');
  return row;
}

/** What a direct link shows before anything is unlocked: the title and whether a password guards it. */
export async function info(ctx: PublicWorkspaceContext, input: z.output<typeof GalleryRef>): Promise<PublicGalleryInfo> {
  const gallery = await galleryOf(ctx, input.galleryId);
  return { id: gallery.id, title: gallery.title, workspaceName: ctx.workspace.name, passwordRequired: gallery.password_hash !== null };
}

/** A gallery's password, given on its direct link, opens a session for that gallery. */
export async function unlock(ctx: PublicWorkspaceContext, input: z.output<typeof UnlockGalleryInput>): Promise<ClientSession> {
  const { workspace } = ctx;
  const { galleryId, password } = input;
  const gallery = await galleryOf(ctx, galleryId);
  const hash = gallery.password_hash;
  // A gallery without a password has nothing to guess: its direct link opens it.
  const right = hash
    ? await verifyGuess(ctx, { kind: 'gallery-password', target: `${workspace.id}:${galleryId}` }, async () => ((await verifyPassword(hash, password)) ? true : null))
    : null;
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
export async function open(ctx: PublicWorkspaceContext, input: z.output<typeof GalleryRef>): Promise<GalleryView> {
  const { workspace } = ctx;
  const { galleryId } = input;
  const gallery = await galleryOf(ctx, galleryId);
  if (gallery.password_hash) {
    const session = ctx.token ? await findSession(ctx.db, ctx.clock, ctx.config.sessions, ctx.token) : null;
    const unlocked = session?.kind === 'gallery' && session.workspaceId === workspace.id && session.subjectId === galleryId;
    if (!unlocked) throw unauthorized('GALLERY_PASSWORD_REQUIRED');
  }
  return buildGalleryView(ctx, workspace.id, galleryId);
}
