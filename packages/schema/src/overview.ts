import { z } from 'zod';
import { Item } from './galleries.js';

/** A gallery as a visitor sees it in a list: title, cover and what it holds. */
export const GalleryCard = z.object({
  id: z.string(),
  title: z.string(),
  coverUrl: z.string().nullable(),
  itemCount: z.number(),
  /** Sub-galleries the visitor may open from this gallery. */
  subGalleryCount: z.number(),
});
export type GalleryCard = z.infer<typeof GalleryCard>;

/** The client's overview: every gallery shared with them. */
export const Overview = z.object({
  workspaceName: z.string(),
  accessName: z.string(),
  galleries: z.array(GalleryCard),
});
export type Overview = z.infer<typeof Overview>;

/** One open gallery: its items, the sub-galleries one may go into, the gallery one may go up to. */
export const GalleryView = z.object({
  gallery: z.object({ id: z.string(), title: z.string() }),
  items: z.array(Item),
  subGalleries: z.array(GalleryCard),
  parent: z.object({ id: z.string(), title: z.string() }).nullable(),
});
export type GalleryView = z.infer<typeof GalleryView>;

export const PublicGalleryInfo = z.object({
  id: z.string(),
  title: z.string(),
  workspaceName: z.string(),
  passwordRequired: z.boolean(),
});
export type PublicGalleryInfo = z.infer<typeof PublicGalleryInfo>;
