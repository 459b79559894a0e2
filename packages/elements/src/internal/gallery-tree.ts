import type { Gallery } from '@foyer/schema';

export interface GalleryNode {
  gallery: Gallery;
  children: GalleryNode[];
}

/** The workspace's galleries as a tree, each level in the owner's order. */
export function galleryTree(galleries: readonly Gallery[]): GalleryNode[] {
  const byId = new Map(galleries.map((g) => [g.id, { gallery: g, children: [] as GalleryNode[] }]));
  const roots: GalleryNode[] = [];
  for (const node of byId.values()) {
    const parent = node.gallery.parentId ? byId.get(node.gallery.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (nodes: GalleryNode[]) => {
    nodes.sort((a, b) => a.gallery.position - b.gallery.position || a.gallery.title.localeCompare(b.gallery.title));
    for (const n of nodes) sort(n.children);
  };
  sort(roots);
  return roots;
}
