import { msg, str } from '@lit/localize';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { pictureCaption } from '../../internal/picture-caption.js';
import type { GalleryQuestion } from './gallery-dialogs.js';

/** What an answered question did: the sentence to announce, the gallery it changed, and the gallery to show next. */
export interface GalleryAnswer {
  said: string;
  galleryId: string;
  /** The gallery to choose now; undefined keeps the chosen one. */
  select?: string;
}

/** Carries out the dialog's question on the server: creates the gallery, or deletes the gallery or the picture. */
export async function answerGalleryQuestion(c: FoyerConnection, q: GalleryQuestion, form: HTMLFormElement): Promise<GalleryAnswer> {
  if (q.kind === 'create') {
    const title = String(new FormData(form).get('title') ?? '').trim();
    const created = await c.api.galleries.create.mutate({ workspace: c.workspace, title, parentId: q.parent?.id ?? null });
    return { said: msg(str`“${created.title}” is created.`), galleryId: created.id, select: created.id };
  }
  if (q.kind === 'delete-gallery') {
    await c.api.galleries.delete.mutate({ workspace: c.workspace, galleryId: q.gallery.id });
    return { said: msg(str`“${q.gallery.title}” is deleted.`), galleryId: q.gallery.id, select: q.gallery.parentId ?? '' };
  }
  await c.api.galleries.deleteItem.mutate({ workspace: c.workspace, itemId: q.item.id });
  return { said: msg(str`“${pictureCaption(q.item)}” is deleted.`), galleryId: q.gallery.id };
}
