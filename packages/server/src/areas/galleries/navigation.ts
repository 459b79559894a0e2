import type { Knex } from 'knex';
import type { AccessScope } from '@foyer/schema';
import { addedToAccess, navigationTops, type TreeNode } from './queries.js';

/**
 * The navigation rule: a gallery whose setting "allow navigation into
 * sub-galleries and back" is on links it with each of its sub-galleries, both ways; with the
 * setting off there is no link either way. A stair that leads down also leads up.
 */
export function navigationNeighbors(tree: ReadonlyMap<string, TreeNode>, id: string, children: ReadonlyMap<string | null, string[]>): string[] {
  const node = tree.get(id);
  if (!node) return [];
  const neighbors: string[] = [];
  const parent = node.parentId ? tree.get(node.parentId) : undefined;
  if (parent?.allowNavigation) neighbors.push(parent.id);
  if (node.allowNavigation) neighbors.push(...(children.get(id) ?? []));
  return neighbors;
}

export function childrenIndex(tree: ReadonlyMap<string, TreeNode>): Map<string | null, string[]> {
  const index = new Map<string | null, string[]>();
  for (const node of [...tree.values()].sort((a, b) => a.position - b.position)) {
    const list = index.get(node.parentId) ?? [];
    list.push(node.id);
    index.set(node.parentId, list);
  }
  return index;
}

export interface Reach {
  reason: 'added' | 'navigation';
  via: string | null;
}

/**
 * Every gallery an access opens and why: the galleries added by hand, and in `navigation`
 * scope every gallery their navigation links lead to, each with the gallery it is reached from.
 */
export function computeReach(tree: ReadonlyMap<string, TreeNode>, added: readonly string[], scope: AccessScope): Map<string, Reach> {
  const reach = new Map<string, Reach>();
  const queue: string[] = [];
  for (const id of added) {
    if (!tree.has(id) || reach.has(id)) continue;
    reach.set(id, { reason: 'added', via: null });
    queue.push(id);
  }
  if (scope === 'explicit') return reach;
  const children = childrenIndex(tree);
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const next of navigationNeighbors(tree, current, children)) {
      if (reach.has(next)) continue;
      reach.set(next, { reason: 'navigation', via: current });
      queue.push(next);
    }
  }
  return reach;
}

/** Titles from the top of the tree down to the gallery. */
export function pathOf(tree: ReadonlyMap<string, TreeNode>, id: string): string[] {
  const path: string[] = [];
  for (let node = tree.get(id); node; node = node.parentId ? tree.get(node.parentId) : undefined) {
    path.unshift(node.title);
    if (path.length > 1000) break;
  }
  return path;
}

/**
 * Whether an access opens one gallery, without loading the tree: climb from the gallery and
 * from each added gallery along navigation links to the top of its navigation group; the
 * gallery is reachable when it shares that top with an added gallery.
 */
export async function accessOpensGallery(db: Knex, workspaceId: string, accessId: string, scope: AccessScope, galleryId: string): Promise<boolean> {
  if (await addedToAccess(db, workspaceId, accessId, galleryId)) return true;
  if (scope === 'explicit') return false;
  const tops = await navigationTops(db, workspaceId, accessId, galleryId);
  const top = tops.get(galleryId);
  if (!top) return false;
  for (const [start, startTop] of tops) if (start !== galleryId && startTop === top) return true;
  return false;
}
