import type { ClientGalleryView, ClientSession, ClientSignInInput, GalleryRef, Overview } from '@foyer/schema';
import type { z } from 'zod';
import { forbidden, unauthorized } from '../../errors.js';
import { accessCodeDigest } from '../../security/access-codes.js';
import { endSession, startSession } from '../../security/sessions.js';
import { verifyGuess } from '../../security/guessing/verifier.js';
import { addedGalleryIds, statusOf } from '../accesses/queries.js';
import { accessOpensGallery } from '../galleries/navigation.js';
import { buildGalleryView } from '../galleries/view.js';
import type { ClientContext, PublicWorkspaceContext } from '../../callers/contexts.js';
import { activeAccess } from './active-access.js';
import { withClientParts } from './client-gallery.js';
import { overviewAnswer } from './overview-answer.js';
import { findAccessByDigest, noteAccessUsed } from './queries.js';

/**
 * Signs a client in with an access code. An unknown, a disabled and an expired code take the
 * same path (one look-up, two counter writes) and get the same answer.
 */
export async function signInWithCode(ctx: PublicWorkspaceContext, input: z.output<typeof ClientSignInInput>): Promise<ClientSession> {
  const { workspace } = ctx;
  const now = ctx.clock.now();
  // The target is the workspace: a guess is at any of its codes.
  const row = await verifyGuess(ctx, { kind: 'access-code', target: workspace.id }, async () => {
    const found = await findAccessByDigest(ctx.db, workspace.id, accessCodeDigest(ctx.secret, workspace.id, input.code));
    return found && statusOf(found, now) === 'active' ? found : null;
  });
  if (!row) throw unauthorized('INVALID_CODE');
  await noteAccessUsed(ctx.db, workspace.id, row.id, now);
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

/** One gallery the client's access opens, with its items (which they marked, where to download them) and the way on to its sub-galleries. */
export async function openGallery(ctx: ClientContext, input: z.output<typeof GalleryRef>): Promise<ClientGalleryView> {
  const { workspace } = ctx;
  const galleryId = input.galleryId;
  const access = activeAccess(ctx, ctx.access);
  if (!(await accessOpensGallery(ctx.db, workspace.id, access.id, access.scope, galleryId))) {
    throw forbidden('NOT_IN_ACCESS');
  }
  if (access.scope === 'navigation') return withClientParts(ctx, access.id, await buildGalleryView(ctx, workspace.id, galleryId));
  const added = new Set(await addedGalleryIds(ctx.db, workspace.id, access.id));
  return withClientParts(ctx, access.id, await buildGalleryView(ctx, workspace.id, galleryId, (id) => added.has(id)));
}

/** Ends the client's session; the access stays as it was. */
export async function signOut(ctx: ClientContext): Promise<{ ok: true }> {
  await endSession(ctx.db, ctx.session.id);
  return { ok: true };
}
