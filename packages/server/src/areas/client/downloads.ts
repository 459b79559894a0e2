import type { Readable, Writable } from 'node:stream';
import type { Context } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { ZipWriter } from '../../zip/zip-writer.js';
import { findAccessStanding, statusOf } from '../accesses/queries.js';
import { accessOpensGallery } from '../galleries/navigation.js';
import { findItemFile, galleryTitles } from '../galleries/queries.js';
import { galleryFiles } from './download-queries.js';

/**
 * A download address names the access it was made for, and is checked again on every download:
 * an access disabled, expired or no longer allowing downloads, or a gallery taken out of it,
 * downloads nothing more, however long the address would still be valid.
 */
async function requireDownloadReach(ctx: Context, workspaceId: string, accessId: string, galleryId: string): Promise<void> {
  const access = await findAccessStanding(ctx.db, workspaceId, accessId);
  if (!access || statusOf(access, ctx.clock.now()) !== 'active' || !access.downloads) throw forbidden('DOWNLOADS_NOT_ALLOWED');
  if (!(await accessOpensGallery(ctx.db, workspaceId, accessId, access.scope, galleryId))) throw forbidden('NOT_IN_ACCESS');
}

export interface ItemDownload {
  name: string;
  mediaType: string;
  size: number;
  open(): Promise<Readable>;
}

/** One picture's original file, for a client whose access allows downloads and reaches its gallery. */
export async function itemDownload(ctx: Context, workspaceId: string, accessId: string, itemId: string): Promise<ItemDownload> {
  const item = await findItemFile(ctx.db, workspaceId, itemId);
  if (!item) throw notFound('ITEM_NOT_FOUND');
  await requireDownloadReach(ctx, workspaceId, accessId, item.gallery_id);
  return { name: item.name, mediaType: item.media_type, size: Number(item.size), open: () => ctx.blobs.get(item.blob_key) };
}

/** A name that every system's ZIP reader takes as one file's name: no folders, no control characters. */
function entryName(name: string): string {
  const cleaned = name
    .replace(/[\p{Cc}/\\:*?"<>|]/gu, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200);
  return cleaned || 'picture';
}

/** Names as they go into one folder: a name met again (in any case) becomes "a (2).jpg", "a (3).jpg"… */
export function distinctNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((original) => {
    const name = entryName(original);
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

export interface GalleryZip {
  title: string;
  /** Writes the ZIP into `out` while the files are read, one at a time: nothing is built whole. */
  write(out: Writable): Promise<void>;
}

/** The gallery's pictures as one ZIP, for a client whose access allows downloads and reaches the gallery. */
export async function galleryZip(ctx: Context, workspaceId: string, accessId: string, galleryId: string): Promise<GalleryZip> {
  const [title] = await galleryTitles(ctx.db, workspaceId, [galleryId]);
  if (title === undefined) throw notFound('GALLERY_NOT_FOUND');
  await requireDownloadReach(ctx, workspaceId, accessId, galleryId);
  const files = await galleryFiles(ctx.db, workspaceId, galleryId);
  const names = distinctNames(files.map((f) => f.name));
  return {
    title,
    async write(out) {
      const zip = new ZipWriter(out);
      for (const [i, file] of files.entries()) await zip.add(names[i]!, await ctx.blobs.get(file.blob_key), new Date(file.created_at));
      await zip.finish();
    },
  };
}
