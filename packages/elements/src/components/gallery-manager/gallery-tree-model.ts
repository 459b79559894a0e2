import type { Gallery } from '@foyer/schema';
import { galleryTree, type GalleryNode } from '../../internal/gallery-tree.js';

/** The studio's questions of the tree `galleryTree` builds: a gallery's children, its place, where it may move. */
export class GalleryTree {
  readonly #byId = new Map<string, Gallery>();
  readonly #children = new Map<string | null, readonly Gallery[]>();
  readonly #inOrder: Array<{ gallery: Gallery; depth: number }> = [];

  constructor(galleries: readonly Gallery[]) {
    const walk = (nodes: readonly GalleryNode[], parent: string | null, depth: number) => {
      this.#children.set(
        parent,
        nodes.map((n) => n.gallery),
      );
      for (const node of nodes) {
        this.#byId.set(node.gallery.id, node.gallery);
        this.#inOrder.push({ gallery: node.gallery, depth });
        walk(node.children, node.gallery.id, depth + 1);
      }
    };
    walk(galleryTree(galleries), null, 0);
  }

  get(id: string | null | undefined): Gallery | undefined {
    return id ? this.#byId.get(id) : undefined;
  }

  childrenOf(id: string | null): readonly Gallery[] {
    return this.#children.get(id) ?? [];
  }

  /** The gallery's place among its siblings, and how many they are. */
  placeOf(gallery: Gallery): { index: number; count: number } {
    const siblings = this.childrenOf(this.get(gallery.parentId) ? gallery.parentId : null);
    return { index: siblings.findIndex((g) => g.id === gallery.id), count: siblings.length };
  }

  /** Galleries a gallery may move into: any but itself and those below it. */
  possibleParents(gallery: Gallery): Gallery[] {
    const below = new Set<string>([gallery.id]);
    const walk = (id: string) => {
      for (const child of this.childrenOf(id)) {
        below.add(child.id);
        walk(child.id);
      }
    };
    walk(gallery.id);
    return this.#inOrder.filter(({ gallery: g }) => !below.has(g.id)).map(({ gallery: g }) => g);
  }

  /** Every gallery from the top down, each with its depth, as the tree shows them. */
  inOrder(): ReadonlyArray<{ gallery: Gallery; depth: number }> {
    return this.#inOrder;
  }
}
