import { msg, str } from '@lit/localize';
import type { Gallery, Item, UpdateGalleryInput } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { pictureCaption } from '../../internal/picture-caption.js';
import type { GalleryTree } from './gallery-tree-model.js';

/** One change to a gallery: the call that makes it, and the sentence announced once the server has made it. */
export interface GalleryChange {
  galleryId: string;
  run: (c: FoyerConnection) => Promise<unknown>;
  said: string;
}

/** The settings form as sent: only what differs from the saved gallery goes to the server. */
export function settingsSave(g: Gallery, form: HTMLFormElement, navigationDraft: boolean | undefined): GalleryChange {
  const data = new FormData(form);
  const title = String(data.get('title') ?? '').trim();
  const password = String(data.get('password') ?? '');
  const changes: Omit<UpdateGalleryInput, 'workspace' | 'galleryId'> = {};
  if (title !== g.title) changes.title = title;
  if (navigationDraft !== undefined && navigationDraft !== g.allowNavigation) changes.allowNavigation = navigationDraft;
  if (password) changes.password = password;
  return {
    galleryId: g.id,
    run: (c) => c.api.galleries.update.mutate({ workspace: c.workspace, galleryId: g.id, ...changes }),
    said: msg(str`“${title || g.title}” is saved.`),
  };
}

export function passwordRemoval(g: Gallery): GalleryChange {
  return {
    galleryId: g.id,
    run: (c) => c.api.galleries.update.mutate({ workspace: c.workspace, galleryId: g.id, password: null }),
    said: msg(str`“${g.title}” has no password now: its direct link opens it for anyone who has it.`),
  };
}

/** The gallery moved under another parent, last among its new siblings; nothing when the parent stays. */
export function placement(g: Gallery, tree: GalleryTree, parentId: string | null): GalleryChange | undefined {
  if (parentId === g.parentId) return undefined;
  const parent = tree.get(parentId);
  return {
    galleryId: g.id,
    run: (c) => c.api.galleries.move.mutate({ workspace: c.workspace, galleryId: g.id, parentId, position: tree.childrenOf(parentId).length }),
    said: parent ? msg(str`“${g.title}” is now inside “${parent.title}”.`) : msg(str`“${g.title}” is now at the top level.`),
  };
}

export function reordering(g: Gallery, tree: GalleryTree, by: -1 | 1): GalleryChange {
  const { index } = tree.placeOf(g);
  return {
    galleryId: g.id,
    run: (c) => c.api.galleries.move.mutate({ workspace: c.workspace, galleryId: g.id, parentId: g.parentId, position: index + by }),
    said: by < 0 ? msg(str`“${g.title}” moved up.`) : msg(str`“${g.title}” moved down.`),
  };
}

export function coverChoice(g: Gallery, item: Item): GalleryChange {
  return {
    galleryId: g.id,
    run: (c) => c.api.galleries.update.mutate({ workspace: c.workspace, galleryId: g.id, coverItemId: item.id }),
    said: msg(str`“${pictureCaption(item)}” is the cover of “${g.title}”.`),
  };
}
