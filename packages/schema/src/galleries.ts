import { z } from 'zod';
import { DisplayText, Id, InWorkspace } from './common.js';

export const GalleryPassword = z.string().min(4, { error: 'must be at least 4 characters' }).max(200, { error: 'must be at most 200 characters' });

export const CreateGalleryInput = InWorkspace.extend({
  title: DisplayText(200),
  parentId: Id.nullable().optional(),
  /** "Allow navigation into sub-galleries and from them back into this gallery." */
  allowNavigation: z.boolean().optional(),
  password: GalleryPassword.optional(),
});
export type CreateGalleryInput = z.infer<typeof CreateGalleryInput>;

export const UpdateGalleryInput = InWorkspace.extend({
  galleryId: Id,
  title: DisplayText(200).optional(),
  allowNavigation: z.boolean().optional(),
  /** A new password, or null to remove the password. */
  password: GalleryPassword.nullable().optional(),
  /** An item of this gallery to show as its cover, or null for the first item. */
  coverItemId: Id.nullable().optional(),
});
export type UpdateGalleryInput = z.infer<typeof UpdateGalleryInput>;

export const MoveGalleryInput = InWorkspace.extend({
  galleryId: Id,
  parentId: Id.nullable(),
  /** Zero-based place among the new parent's sub-galleries; past the end means last. */
  position: z.int().min(0).max(100_000),
});
export type MoveGalleryInput = z.infer<typeof MoveGalleryInput>;

export const GalleryRef = InWorkspace.extend({ galleryId: Id });
export type GalleryRef = z.infer<typeof GalleryRef>;

/** A gallery's password, given on its direct link. */
export const UnlockGalleryInput = GalleryRef.extend({ password: GalleryPassword });
export type UnlockGalleryInput = z.infer<typeof UnlockGalleryInput>;

export const ItemRef = InWorkspace.extend({ itemId: Id });
export type ItemRef = z.infer<typeof ItemRef>;

/**
 * An upload the sender stopped, named by the key it sent with the file. Whichever reaches the
 * server first, the file or the cancellation, the file is not kept.
 */
export const CancelUploadInput = GalleryRef.extend({ key: Id });
export type CancelUploadInput = z.infer<typeof CancelUploadInput>;

/** A picture's title as the client reads it under the picture; null or empty gives the file name back. */
export const UpdateItemInput = ItemRef.extend({ title: DisplayText(200).or(z.literal('')).nullable() });
export type UpdateItemInput = z.input<typeof UpdateItemInput>;

/** A gallery as its owner manages it. */
export const Gallery = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  position: z.number(),
  title: z.string(),
  allowNavigation: z.boolean(),
  hasPassword: z.boolean(),
  coverItemId: z.string().nullable(),
  itemCount: z.number(),
  /** Path of the direct link, relative to the server: the host page turns it into a full address. */
  directLink: z.string(),
});
export type Gallery = z.infer<typeof Gallery>;

export const Item = z.object({
  id: z.string(),
  /** The file's name, as uploaded. */
  name: z.string(),
  /** What the picture is called where a client sees it, set by the owner; null until then (the file name shows, without its extension). */
  title: z.string().nullable(),
  size: z.number(),
  mediaType: z.string(),
  /** A signed, short-lived address of the file as uploaded, usable in an <img src>. */
  url: z.string(),
  /** The picture made small for a gallery's grid (a file that is no picture: its own address). */
  thumbnailUrl: z.string(),
  /** The picture made to fit a screen, for the lightbox (a file that is no picture: its own address). */
  screenUrl: z.string(),
});
export type Item = z.infer<typeof Item>;

/** Media types an item may have: photos and the files photographers deliver beside them. */
export const ItemMediaType = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, {
    error: 'must be a media type such as image/jpeg',
  });

export const ItemName = DisplayText(255).refine((n) => !/[\\/]/.test(n), {
  error: 'must not contain slashes',
});
