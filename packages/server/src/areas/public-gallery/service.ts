import type { ClientSession, GalleryRef, GalleryView, PublicGalleryInfo, UnlockGalleryInput } from '@foyer/schema';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { PublicWorkspaceContext } from '../../callers/contexts.js';
import { badRequest, notFound, unauthorized } from '../../errors.js';
import { verifyPassword } from '../../security/passwords.js';
import { findSession, startSession, type Session } from '../../security/sessions.js';
import { verifyGuess } from '../../security/guessing/verifier.js';
import { buildGalleryView } from '../galleries/view.js';
import { addSessionGallery, guardedGallery, passwordStillIs, sessionHoldsGallery } from './queries.js';

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

/**
 * A gallery's password, given on its direct link, unlocks the gallery for the visitor's gallery
 * session: the one the call comes with when it is live and of this workspace, else a new one. So
 * a visitor moving up and down a gallery tree is asked for each password once.
 */
export async function unlock(ctx: PublicWorkspaceContext, input: z.output<typeof UnlockGalleryInput>): Promise<ClientSession> {
  const { workspace } = ctx;
  const { galleryId, password } = input;
  const gallery = await galleryOf(ctx, galleryId);
  const hash = gallery.password_hash;
  // A gallery without a password has nothing to guess: its direct link opens it.
  const right = hash
    ? await verifyGuess(ctx, { kind: 'gallery-password', target: `${workspace.id}:${galleryId}` }, async () => ((await verifyPassword(hash, password)) ? true : null))
    : null;
  if (!right || !hash) throw badRequest('WRONG_GALLERY_PASSWORD');
  const held = await gallerySessionOf(ctx);
  return ctx.db.transaction(async (trx) => {
    // Waits for an owner changing this password right now: the password just checked must still be the gallery's.
    if (!(await passwordStillIs(trx, workspace.id, galleryId, hash))) throw badRequest('WRONG_GALLERY_PASSWORD');
    // A new session's subject is the first gallery it unlocked; what it holds is in session_galleries.
    const session = held ? { id: held.id, token: ctx.token!, expiresAt: held.expiresAt } : await startGallerySession(ctx, trx, galleryId);
    await addSessionGallery(trx, { session_id: session.id, workspace_id: workspace.id, gallery_id: galleryId, unlocked_at: ctx.clock.now() });
    return { token: session.token, expiresAt: session.expiresAt.toISOString(), accessName: gallery.title };
  });
}

/** A new gallery session, and its id for the galleries it unlocks. */
async function startGallerySession(ctx: PublicWorkspaceContext, trx: Knex, galleryId: string): Promise<{ id: string; token: string; expiresAt: Date }> {
  return startSession(trx, ctx.clock, ctx.config.sessions.gallery, { kind: 'gallery', workspaceId: ctx.workspace.id, subjectId: galleryId });
}

/**
 * The live gallery session the call comes with, when it is one of this workspace. A client's
 * or a member's session, or another workspace's, is never extended: unlocking starts a new one.
 * Gallery sessions are read from the database on every call, never from the instance's kept
 * client sessions (those keep access sessions only).
 */
async function gallerySessionOf(ctx: PublicWorkspaceContext): Promise<Session | null> {
  const session = ctx.token ? await findSession(ctx.db, ctx.clock, ctx.config.sessions, ctx.token) : null;
  return session?.kind === 'gallery' && session.workspaceId === ctx.workspace.id ? session : null;
}

/**
 * Opens a gallery by its direct link: free when it has no password, otherwise only with a
 * gallery session that holds it (its password unlocked it and has not changed since).
 * Navigation links are shown as the gallery settings allow; a linked gallery with a password
 * of its own asks for it when opened, unless the session holds it too.
 */
export async function open(ctx: PublicWorkspaceContext, input: z.output<typeof GalleryRef>): Promise<GalleryView> {
  const { workspace } = ctx;
  const { galleryId } = input;
  const gallery = await galleryOf(ctx, galleryId);
  if (gallery.password_hash) {
    const session = await gallerySessionOf(ctx);
    if (!session || !(await sessionHoldsGallery(ctx.db, session.id, workspace.id, galleryId))) throw unauthorized('GALLERY_PASSWORD_REQUIRED');
  }
  return buildGalleryView(ctx, workspace.id, galleryId);
}
