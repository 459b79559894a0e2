import type { Readable } from 'node:stream';
import sharp from 'sharp';
import type { BlobStore } from '../../blobs/blob-store.js';

/**
 * The sizes a picture is shown in: a thumbnail for a gallery's grid and a screen size for the
 * lightbox, each fitted inside a square of the long edge (never cropped, never enlarged). A
 * client's page loads these; the original only when it is opened in full or downloaded.
 */
export const pictureSizes = { thumbnail: 640, screen: 2048 } as const;
export type PictureSize = keyof typeof pictureSizes;

export function isPictureSize(value: unknown): value is PictureSize {
  return typeof value === 'string' && Object.hasOwn(pictureSizes, value);
}

/** The media types the image library reads; other files (and SVG, sharp already) are served as they are. */
const sizedTypes = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/tiff']);

export function hasSizes(mediaType: string): boolean {
  return sizedTypes.has(mediaType);
}

/** Where a size of a picture is kept, beside its original: removed with it. */
export function sizeKey(blobKey: string, size: PictureSize): string {
  return `${blobKey}-${size}`;
}

export const sizedMediaType = 'image/webp';

/**
 * Sizes are made the first time they are asked for and then kept, not while the upload is
 * under way: an upload stays a plain stream into the store, so a photographer's hundreds of
 * pictures arrive as fast as the network brings them, and a picture nobody opens costs nothing.
 * One size of one picture is made once however many ask at the same moment, and at most two
 * are made at a time, so a client opening a new gallery of fifty pictures cannot starve the
 * server's other requests.
 */
const making = new Map<string, Promise<void>>();
const atOnce = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  // A finished turn hands its place to the next in line, so no newcomer slips in between.
  if (running >= atOnce) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

async function make(blobs: BlobStore, blobKey: string, size: PictureSize): Promise<void> {
  const edge = pictureSizes[size];
  const original = await blobs.get(blobKey);
  const resized = sharp({ failOn: 'none' })
    .rotate()
    .resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: size === 'thumbnail' ? 75 : 82 });
  original.on('error', (error) => resized.destroy(error));
  await blobs.put(sizeKey(blobKey, size), original.pipe(resized), Number.POSITIVE_INFINITY);
}

/** The picture in `size`, made now if it never was; rejects when the image library cannot read the original. */
export async function pictureInSize(blobs: BlobStore, blobKey: string, size: PictureSize): Promise<Readable> {
  const key = sizeKey(blobKey, size);
  if (!(await blobs.exists(key))) {
    let made = making.get(key);
    if (!made) {
      made = inTurn(() => make(blobs, blobKey, size)).finally(() => making.delete(key));
      making.set(key, made);
    }
    await made;
  }
  return blobs.get(key);
}

/** Removes the sizes made of a picture, with the picture. */
export async function deleteSizes(blobs: BlobStore, blobKey: string): Promise<void> {
  for (const size of Object.keys(pictureSizes) as PictureSize[]) await blobs.delete(sizeKey(blobKey, size));
}
