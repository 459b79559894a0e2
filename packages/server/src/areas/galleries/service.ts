import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { CancelUploadInput, CreateGalleryInput, Gallery, GalleryRef, Item, ItemRef, MoveGalleryInput, Ok, UpdateGalleryInput, UpdateItemInput } from '@foyer/schema';
import type { z } from 'zod';
import type { Context } from '../../context.js';
import { BlobTooLargeError } from '../../blobs/blob-store.js';
import { badRequest, conflict, FoyerError, isUniqueViolation, notFound } from '../../errors.js';
import { hashPassword } from '../../security/passwords.js';
import type { MemberContext } from '../../callers/contexts.js';
import { forgetUnlockedGallery } from '../public-gallery/queries.js';
import { directLink, itemAddresses } from './links.js';
import { deleteSizes } from './picture-sizes.js';
import { checkedPicture, NotAPictureError } from './picture-signature.js';
import {
  deleteGalleryRow,
  deleteItemRow,
  findItemFile,
  galleryExists,
  galleryUrlOf,
  hasSubgalleries,
  insertGallery,
  insertItem,
  itemIdOfUpload,
  itemBlobKeys,
  itemInGallery,
  loadItems,
  nextGalleryPosition,
  nextItemPosition,
  parentOf,
  recordCancelledUpload,
  selectGalleryRecords,
  siblingIds,
  updateGalleryRow,
  updateItemTitle,
  uploadWasCancelled,
} from './queries.js';

/** The workspace's galleries as the owner manages them; one gallery when `galleryId` is given. */
async function selectGalleries(ctx: MemberContext, galleryId?: string): Promise<Gallery[]> {
  const galleryUrl = await galleryUrlOf(ctx.db, ctx.workspace.id);
  const rows = await selectGalleryRecords(ctx.db, ctx.workspace.id, galleryId);
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    position: r.position,
    title: r.title,
    allowNavigation: r.allow_navigation,
    hasPassword: r.has_password,
    coverItemId: r.cover_item_id,
    // Kept by triggers on gallery_items (migration 006).
    itemCount: Number(r.item_count),
    directLink: directLink(galleryUrl, r.id),
  }));
}

export function listGalleries(ctx: MemberContext): Promise<Gallery[]> {
  return selectGalleries(ctx);
}

async function getGallery(ctx: MemberContext, galleryId: string): Promise<Gallery> {
  const [gallery] = await selectGalleries(ctx, galleryId);
  if (!gallery) throw notFound('GALLERY_NOT_FOUND');
  return gallery;
}

export async function createGallery(ctx: MemberContext, input: z.output<typeof CreateGalleryInput>): Promise<Gallery> {
  const workspaceId = ctx.workspace.id;
  const parentId = input.parentId ?? null;
  if (parentId && !(await galleryExists(ctx.db, workspaceId, parentId))) throw badRequest('PARENT_NOT_FOUND');
  const id = randomUUID();
  await insertGallery(ctx.db, {
    workspace_id: workspaceId,
    id,
    parent_id: parentId,
    position: await nextGalleryPosition(ctx.db, workspaceId, parentId),
    title: input.title,
    allow_navigation: input.allowNavigation ?? false,
    password_hash: input.password ? await hashPassword(input.password) : null,
    created_at: ctx.clock.now(),
  });
  return getGallery(ctx, id);
}

export async function updateGallery(ctx: MemberContext, input: z.output<typeof UpdateGalleryInput>): Promise<Gallery> {
  const workspaceId = ctx.workspace.id;
  if (!(await galleryExists(ctx.db, workspaceId, input.galleryId))) throw notFound('GALLERY_NOT_FOUND');
  const changes: Record<string, unknown> = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.allowNavigation !== undefined) changes.allow_navigation = input.allowNavigation;
  if (input.password !== undefined) changes.password_hash = input.password === null ? null : await hashPassword(input.password);
  if (input.coverItemId !== undefined) {
    if (input.coverItemId !== null && !(await itemInGallery(ctx.db, workspaceId, input.galleryId, input.coverItemId))) throw badRequest('COVER_NOT_IN_GALLERY');
    changes.cover_item_id = input.coverItemId;
  }
  if (Object.keys(changes).length > 0) {
    await ctx.db.transaction(async (trx) => {
      await updateGalleryRow(trx, workspaceId, input.galleryId, changes);
      // A new password (or none) is asked of every visitor again: no session keeps what the old one unlocked.
      if (input.password !== undefined) await forgetUnlockedGallery(trx, workspaceId, input.galleryId);
    });
  }
  return getGallery(ctx, input.galleryId);
}

export async function moveGallery(ctx: MemberContext, input: z.output<typeof MoveGalleryInput>): Promise<Gallery> {
  const workspaceId = ctx.workspace.id;
  await ctx.db.transaction(async (trx) => {
    if (!(await parentOf(trx, workspaceId, input.galleryId))) throw notFound('GALLERY_NOT_FOUND');
    if (input.parentId) {
      // Walk up from the new parent: meeting the moving gallery means a cycle.
      let cursor: string | null = input.parentId;
      let first = true;
      while (cursor) {
        if (cursor === input.galleryId) throw badRequest('MOVE_INTO_OWN_SUBTREE');
        const row = await parentOf(trx, workspaceId, cursor);
        if (!row) {
          if (first) throw badRequest('PARENT_NOT_FOUND');
          break;
        }
        first = false;
        cursor = row.parent_id;
      }
    }
    const siblings = await siblingIds(trx, workspaceId, input.parentId, input.galleryId);
    siblings.splice(Math.min(input.position, siblings.length), 0, input.galleryId);
    await updateGalleryRow(trx, workspaceId, input.galleryId, { parent_id: input.parentId });
    for (const [position, id] of siblings.entries()) await updateGalleryRow(trx, workspaceId, id, { position });
  });
  return getGallery(ctx, input.galleryId);
}

export async function deleteGallery(ctx: MemberContext, input: z.output<typeof GalleryRef>): Promise<Ok> {
  const workspaceId = ctx.workspace.id;
  const blobKeys = await ctx.db.transaction(async (trx) => {
    if (!(await galleryExists(trx, workspaceId, input.galleryId))) throw notFound('GALLERY_NOT_FOUND');
    if (await hasSubgalleries(trx, workspaceId, input.galleryId)) throw badRequest('HAS_SUBGALLERIES');
    const keys = await itemBlobKeys(trx, workspaceId, input.galleryId);
    await deleteGalleryRow(trx, workspaceId, input.galleryId);
    return keys;
  });
  // Files go after the rows: a crash in between leaves an orphan file, never a broken item.
  for (const key of blobKeys) {
    await ctx.blobs.delete(key);
    await deleteSizes(ctx.blobs, key);
  }
  return { ok: true };
}

export async function listItems(ctx: MemberContext, input: z.output<typeof GalleryRef>): Promise<Item[]> {
  const workspaceId = ctx.workspace.id;
  if (!(await galleryExists(ctx.db, workspaceId, input.galleryId))) throw notFound('GALLERY_NOT_FOUND');
  return (await loadItems(ctx.db, workspaceId, input.galleryId)).map((item) => ({ ...item, ...itemAddresses(ctx, workspaceId, item) }));
}

/**
 * Streams an uploaded file into the blob store as the gallery's last item; with `pictureOnly`,
 * only a picture. With an `uploadKey`, the sender may cancel it (`cancelUpload`): a file whose
 * cancellation is kept by the time it is stored is not kept. One read per upload, after its row
 * is written; a key used twice is refused by the row's unique index.
 */
export async function addItem(ctx: MemberContext, input: { galleryId: string; name: string; mediaType: string; body: Readable; pictureOnly?: boolean; uploadKey?: string }): Promise<Item> {
  const { workspace } = ctx;
  const { galleryId, pictureOnly, uploadKey, ...file } = input;
  if (!(await galleryExists(ctx.db, workspace.id, galleryId))) throw notFound('GALLERY_NOT_FOUND');
  if (pictureOnly && !file.mediaType.startsWith('image/')) throw badRequest('NOT_A_PICTURE', { mediaType: file.mediaType });
  const id = randomUUID();
  const blobKey = `${workspace.id}/${id}`;
  let size: number;
  try {
    const checked = checkedPicture(file.mediaType);
    file.body.on('error', (error) => checked.destroy(error));
    // The store attaches its own listener only after it has made its folders; the refusal may come first.
    checked.on('error', () => {});
    size = await ctx.blobs.put(blobKey, file.body.pipe(checked), ctx.config.maxUploadBytes);
  } catch (error) {
    if (error instanceof BlobTooLargeError) throw badRequest('UPLOAD_TOO_LARGE', { maxBytes: error.maxBytes });
    if (error instanceof NotAPictureError) throw badRequest('NOT_A_PICTURE', { mediaType: error.mediaType });
    throw error;
  }
  try {
    await insertItem(ctx.db, {
      workspace_id: workspace.id,
      id,
      gallery_id: galleryId,
      position: await nextItemPosition(ctx.db, workspace.id, galleryId),
      name: file.name,
      size,
      media_type: file.mediaType,
      blob_key: blobKey,
      upload_key: uploadKey ?? null,
      created_at: ctx.clock.now(),
    });
  } catch (error) {
    await ctx.blobs.delete(blobKey);
    // A key used before, or by two uploads at once: the second finds the first's row.
    if (isUniqueViolation(error, 'gallery_items_upload_key')) throw conflict('UPLOAD_KEY_USED');
    throw error;
  }
  // The item is written before the cancellation is read, and `cancelUpload` writes the
  // cancellation before it reads the item: whichever comes second sees the other.
  if (uploadKey && (await uploadWasCancelled(ctx.db, workspace.id, uploadKey))) {
    await deleteItemIfThere(ctx, id);
    throw conflict('UPLOAD_CANCELLED');
  }
  return { id, name: file.name, title: null, size, mediaType: file.mediaType, ...itemAddresses(ctx, workspace.id, { id, mediaType: file.mediaType }) };
}

/** The sender stopped an upload: its file is not kept, whether it is stored already, on its way, or still to come. */
export async function cancelUpload(ctx: MemberContext, input: z.output<typeof CancelUploadInput>): Promise<{ discarded: boolean }> {
  const workspaceId = ctx.workspace.id;
  if (!(await galleryExists(ctx.db, workspaceId, input.galleryId))) throw notFound('GALLERY_NOT_FOUND');
  await recordCancelledUpload(ctx.db, workspaceId, input.key, ctx.clock.now());
  const itemId = await itemIdOfUpload(ctx.db, workspaceId, input.key, input.galleryId);
  if (!itemId) return { discarded: false };
  return { discarded: await deleteItemIfThere(ctx, itemId) };
}

/** Deletes the item unless it is gone already: an upload's own check and its cancellation may both delete it at once. */
async function deleteItemIfThere(ctx: MemberContext, itemId: string): Promise<boolean> {
  try {
    await deleteItem(ctx, { workspace: ctx.workspace.handle, itemId });
    return true;
  } catch (error) {
    if (error instanceof FoyerError && error.appCode === 'ITEM_NOT_FOUND') return false;
    throw error;
  }
}

/** Names a picture for the client: the title shows under it and in the lightbox in place of the file name. */
export async function updateItem(ctx: MemberContext, input: z.output<typeof UpdateItemInput>): Promise<Item> {
  const workspaceId = ctx.workspace.id;
  const item = await findItemFile(ctx.db, workspaceId, input.itemId);
  if (!item || !(await updateItemTitle(ctx.db, workspaceId, input.itemId, input.title || null))) throw notFound('ITEM_NOT_FOUND');
  const stored = (await loadItems(ctx.db, workspaceId, item.gallery_id)).find((i) => i.id === input.itemId)!;
  return { ...stored, ...itemAddresses(ctx, workspaceId, stored) };
}

export async function deleteItem(ctx: MemberContext, input: z.output<typeof ItemRef>): Promise<Ok> {
  const workspaceId = ctx.workspace.id;
  const item = await findItemFile(ctx.db, workspaceId, input.itemId);
  if (!item) throw notFound('ITEM_NOT_FOUND');
  await ctx.db.transaction((trx) => deleteItemRow(trx, workspaceId, input.itemId));
  await ctx.blobs.delete(item.blob_key);
  await deleteSizes(ctx.blobs, item.blob_key);
  return { ok: true };
}

/** Where an item's file is kept and what it is, for the signed file route (which may serve a size of it). */
export async function storedItem(ctx: Context, workspaceId: string, itemId: string) {
  const item = await findItemFile(ctx.db, workspaceId, itemId);
  if (!item) return null;
  return { blobKey: item.blob_key, mediaType: item.media_type, size: Number(item.size), name: item.name };
}
