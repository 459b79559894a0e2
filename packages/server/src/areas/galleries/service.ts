import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { CreateGalleryInput, Gallery, Item, MoveGalleryInput, UpdateGalleryInput } from '@foyer/schema';
import type { Context } from '../../context.js';
import { BlobTooLargeError } from '../../blobs/blob-store.js';
import { badRequest, notFound } from '../../errors.js';
import { hashPassword } from '../../security/passwords.js';
import type { WorkspaceRef } from '../../security/principals.js';
import type { MemberContext } from '../../callers/contexts.js';
import { directLink, itemUrl } from './links.js';
import { galleryExists, loadItems } from './queries.js';

async function galleryUrlOf(ctx: Context, workspaceId: string): Promise<string | null> {
  const row = await ctx.db('workspaces').select('gallery_url').where({ id: workspaceId }).first();
  return row?.gallery_url ?? null;
}

/** The workspace's galleries as the owner manages them; one gallery when `galleryId` is given. */
async function selectGalleries(ctx: Context, workspace: WorkspaceRef, galleryId?: string): Promise<Gallery[]> {
  const galleryUrl = await galleryUrlOf(ctx, workspace.id);
  const query = ctx
    .db('galleries')
    .select('id', 'parent_id', 'position', 'title', 'allow_navigation', 'cover_item_id', 'item_count')
    .select(ctx.db.raw('password_hash is not null as has_password'))
    .where({ workspace_id: workspace.id })
    .orderByRaw('parent_id nulls first, position');
  if (galleryId) query.andWhere({ id: galleryId });
  const rows = await query;
  return rows.map((r: any) => ({
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

export function listGalleries(ctx: Context, workspace: WorkspaceRef): Promise<Gallery[]> {
  return selectGalleries(ctx, workspace);
}

async function getGallery(ctx: Context, workspace: WorkspaceRef, galleryId: string): Promise<Gallery> {
  const [gallery] = await selectGalleries(ctx, workspace, galleryId);
  if (!gallery) throw notFound('GALLERY_NOT_FOUND');
  return gallery;
}

async function nextPosition(ctx: Context, workspaceId: string, parentId: string | null): Promise<number> {
  const row = await ctx
    .db('galleries')
    .where({ workspace_id: workspaceId, parent_id: parentId })
    .max({ max: 'position' })
    .first();
  return row?.max == null ? 0 : Number(row.max) + 1;
}

export async function createGallery(ctx: Context, workspace: WorkspaceRef, input: CreateGalleryInput): Promise<Gallery> {
  const parentId = input.parentId ?? null;
  if (parentId && !(await galleryExists(ctx.db, workspace.id, parentId))) throw badRequest('PARENT_NOT_FOUND');
  const id = randomUUID();
  await ctx.db('galleries').insert({
    workspace_id: workspace.id,
    id,
    parent_id: parentId,
    position: await nextPosition(ctx, workspace.id, parentId),
    title: input.title,
    allow_navigation: input.allowNavigation ?? false,
    password_hash: input.password ? await hashPassword(input.password) : null,
    created_at: ctx.clock.now(),
  });
  return getGallery(ctx, workspace, id);
}

export async function updateGallery(ctx: Context, workspace: WorkspaceRef, input: UpdateGalleryInput): Promise<Gallery> {
  if (!(await galleryExists(ctx.db, workspace.id, input.galleryId))) throw notFound('GALLERY_NOT_FOUND');
  const changes: Record<string, unknown> = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.allowNavigation !== undefined) changes.allow_navigation = input.allowNavigation;
  if (input.password !== undefined) changes.password_hash = input.password === null ? null : await hashPassword(input.password);
  if (input.coverItemId !== undefined) {
    if (input.coverItemId !== null) {
      const item = await ctx
        .db('gallery_items')
        .select('id')
        .where({ workspace_id: workspace.id, id: input.coverItemId, gallery_id: input.galleryId })
        .first();
      if (!item) throw badRequest('COVER_NOT_IN_GALLERY');
    }
    changes.cover_item_id = input.coverItemId;
  }
  if (Object.keys(changes).length > 0) {
    await ctx.db('galleries').where({ workspace_id: workspace.id, id: input.galleryId }).update(changes);
  }
  return getGallery(ctx, workspace, input.galleryId);
}

export async function moveGallery(ctx: Context, workspace: WorkspaceRef, input: MoveGalleryInput): Promise<Gallery> {
  await ctx.db.transaction(async (trx) => {
    const moving = await trx('galleries').select('id', 'parent_id').where({ workspace_id: workspace.id, id: input.galleryId }).first();
    if (!moving) throw notFound('GALLERY_NOT_FOUND');
    if (input.parentId) {
      // Walk up from the new parent: meeting the moving gallery means a cycle.
      let cursor: string | null = input.parentId;
      let first = true;
      while (cursor) {
        if (cursor === input.galleryId) throw badRequest('MOVE_INTO_OWN_SUBTREE');
        const row: { parent_id: string | null } | undefined = await trx('galleries')
          .select('parent_id')
          .where({ workspace_id: workspace.id, id: cursor })
          .first();
        if (!row) {
          if (first) throw badRequest('PARENT_NOT_FOUND');
          break;
        }
        first = false;
        cursor = row.parent_id;
      }
    }
    const siblings: string[] = (
      await trx('galleries')
        .select('id')
        .where({ workspace_id: workspace.id, parent_id: input.parentId })
        .whereNot({ id: input.galleryId })
        .orderBy('position')
    ).map((r: { id: string }) => r.id);
    siblings.splice(Math.min(input.position, siblings.length), 0, input.galleryId);
    await trx('galleries').where({ workspace_id: workspace.id, id: input.galleryId }).update({ parent_id: input.parentId });
    for (const [position, id] of siblings.entries()) {
      await trx('galleries').where({ workspace_id: workspace.id, id }).update({ position });
    }
  });
  return getGallery(ctx, workspace, input.galleryId);
}

export async function deleteGallery(ctx: Context, workspace: WorkspaceRef, galleryId: string): Promise<void> {
  const blobKeys = await ctx.db.transaction(async (trx) => {
    const gallery = await trx('galleries').select('id').where({ workspace_id: workspace.id, id: galleryId }).first();
    if (!gallery) throw notFound('GALLERY_NOT_FOUND');
    const child = await trx('galleries').select('id').where({ workspace_id: workspace.id, parent_id: galleryId }).first();
    if (child) throw badRequest('HAS_SUBGALLERIES');
    const items = await trx('gallery_items').select('blob_key').where({ workspace_id: workspace.id, gallery_id: galleryId });
    await trx('galleries').where({ workspace_id: workspace.id, id: galleryId }).delete();
    return items.map((i: { blob_key: string }) => i.blob_key);
  });
  // Files go after the rows: a crash in between leaves an orphan file, never a broken item.
  for (const key of blobKeys) await ctx.blobs.delete(key);
}

export async function listItems(ctx: Context, workspace: WorkspaceRef, galleryId: string): Promise<Item[]> {
  if (!(await galleryExists(ctx.db, workspace.id, galleryId))) throw notFound('GALLERY_NOT_FOUND');
  return (await loadItems(ctx.db, workspace.id, galleryId)).map((item) => ({ ...item, url: itemUrl(ctx, workspace.id, item.id) }));
}

/** Streams an uploaded file into the blob store as the gallery's last item. */
export async function addItem(ctx: MemberContext, input: { galleryId: string; name: string; mediaType: string; body: Readable }): Promise<Item> {
  const { workspace } = ctx;
  const { galleryId, ...file } = input;
  if (!(await galleryExists(ctx.db, workspace.id, galleryId))) throw notFound('GALLERY_NOT_FOUND');
  const id = randomUUID();
  const blobKey = `${workspace.id}/${id}`;
  let size: number;
  try {
    size = await ctx.blobs.put(blobKey, file.body, ctx.config.maxUploadBytes);
  } catch (error) {
    if (error instanceof BlobTooLargeError) throw badRequest('UPLOAD_TOO_LARGE', { maxBytes: error.maxBytes });
    throw error;
  }
  const position = await ctx
    .db('gallery_items')
    .where({ workspace_id: workspace.id, gallery_id: galleryId })
    .max({ max: 'position' })
    .first();
  await ctx.db('gallery_items').insert({
    workspace_id: workspace.id,
    id,
    gallery_id: galleryId,
    position: position?.max == null ? 0 : Number(position.max) + 1,
    name: file.name,
    size,
    media_type: file.mediaType,
    blob_key: blobKey,
    created_at: ctx.clock.now(),
  });
  return { id, name: file.name, size, mediaType: file.mediaType, url: itemUrl(ctx, workspace.id, id) };
}

export async function deleteItem(ctx: Context, workspace: WorkspaceRef, itemId: string): Promise<void> {
  const item = await ctx.db('gallery_items').select('blob_key').where({ workspace_id: workspace.id, id: itemId }).first();
  if (!item) throw notFound('ITEM_NOT_FOUND');
  await ctx.db.transaction(async (trx) => {
    await trx('galleries').where({ workspace_id: workspace.id, cover_item_id: itemId }).update({ cover_item_id: null });
    await trx('gallery_items').where({ workspace_id: workspace.id, id: itemId }).delete();
  });
  await ctx.blobs.delete(item.blob_key);
}

/** The stored file of an item, for the signed file route. */
export async function itemFile(ctx: Context, workspaceId: string, itemId: string) {
  const item = await ctx
    .db('gallery_items')
    .select('blob_key', 'media_type', 'size', 'name')
    .where({ workspace_id: workspaceId, id: itemId })
    .first();
  if (!item) return null;
  return { stream: await ctx.blobs.get(item.blob_key), mediaType: item.media_type as string, size: Number(item.size), name: item.name as string };
}
