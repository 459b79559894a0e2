import type { Gallery } from '@foyer/schema';

/** The workspace's galleries as a tree: each gallery's sub-galleries in their order. */
export class GalleryTree {
  readonly #byId: ReadonlyMap<string, Gallery>;
  readonly #children: ReadonlyMap<string | null, readonly Gallery[]>;

  constructor(galleries: readonly Gallery[]) {
    this.#byId = new Map(galleries.map((g) => [g.id, g]));
    const children = new Map<string | null, Gallery[]>();
    for (const g of [...galleries].sort((a, b) => a.position - b.position)) {
      const parent = g.parentId && this.#byId.has(g.parentId) ? g.parentId : null;
      children.set(parent, [...(children.get(parent) ?? []), g]);
    }
    this.#children = children;
  }

  get(id: string | null | undefined): Gallery | undefined {
    return id ? this.#byId.get(id) : undefined;
  }

  childrenOf(id: string | null): readonly Gallery[] {
    return this.#children.get(id) ?? [];
  }

  /** The gallery's place among its siblings, and how many they are. */
  placeOf(gallery: Gallery): { index: number; count: number } {
    const siblings = this.childrenOf(gallery.parentId);
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
    return this.inOrder()
      .filter(({ gallery: g }) => !below.has(g.id))
      .map(({ gallery: g }) => g);
  }

  /** Every gallery from the top down, each with its depth, as the tree shows them. */
  inOrder(): Array<{ gallery: Gallery; depth: number }> {
    const out: Array<{ gallery: Gallery; depth: number }> = [];
    const walk = (parent: string | null, depth: number) => {
      for (const g of this.childrenOf(parent)) {
        out.push({ gallery: g, depth });
        walk(g.id, depth + 1);
      }
    };
    walk(null, 0);
    return out;
  }
}
