import { msg, str } from '@lit/localize';
import type { Gallery } from '@foyer/schema';
import type { GalleryTree } from './gallery-tree-model.js';

const quoted = (title: string) => msg(str`“${title}”`);

/**
 * What the navigation setting opens, in a sentence about this gallery and its neighbours: the
 * owner reads what a client of it will reach before saving, not the rule in the abstract.
 */
export function navigationSentence(gallery: Gallery, allowNavigation: boolean, tree: GalleryTree, locale: string): string {
  const children = tree.childrenOf(gallery.id).map((g) => quoted(g.title));
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(children);
  const title = gallery.title;
  if (!allowNavigation) {
    return children.length
      ? msg(str`Off: “${title}” and its sub-galleries ${list} each open only for the clients they are added to.`)
      : msg(str`Off: “${title}” opens only for the clients it is added to.`);
  }
  return children.length
    ? msg(str`On: a client who may open “${title}” also opens its sub-galleries ${list}, and a client of one of them can come up to “${title}”.`)
    : msg(str`On: sub-galleries you put in “${title}” will open for its clients, and their clients can come up to “${title}”.`);
}
