import type { Knex } from 'knex';

export interface TreeNode {
  id: string;
  parentId: string | null;
  title: string;
  allowNavigation: boolean;
  position: number;
}

/** The whole tree of a workspace, lean: what navigation and paths are computed from. */
export async function loadTree(db: Knex, workspaceId: string): Promise<Map<string, TreeNode>> {
  const rows = await db('galleries')
    .select('id', 'parent_id', 'title', 'allow_navigation', 'position')
    .where({ workspace_id: workspaceId })
    .orderBy([{ column: 'parent_id' }, { column: 'position' }]);
  return new Map(
    rows.map((r) => [
      r.id as string,
      { id: r.id, parentId: r.parent_id, title: r.title, allowNavigation: r.allow_navigation, position: r.position },
    ]),
  );
}

export interface CardRow {
  id: string;
  title: string;
  allowNavigation: boolean;
  parentId: string | null;
  itemCount: number;
  childIds: string[];
  coverItemId: string | null;
}

/** Title, counts, children and cover of the given galleries, in one round trip. */
export async function loadCards(db: Knex, workspaceId: string, ids: readonly string[]): Promise<Map<string, CardRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.raw(
    `select g.id, g.title, g.allow_navigation, g.parent_id,
            (select count(*) from gallery_items i where i.workspace_id = g.workspace_id and i.gallery_id = g.id)::int as item_count,
            coalesce((select array_agg(c.id order by c.position) from galleries c
                       where c.workspace_id = g.workspace_id and c.parent_id = g.id), '{}') as child_ids,
            coalesce(g.cover_item_id, (select i.id from gallery_items i
                       where i.workspace_id = g.workspace_id and i.gallery_id = g.id
                       order by i.position limit 1)) as cover_item_id
       from galleries g
      where g.workspace_id = ? and g.id = any(?::uuid[])`,
    [workspaceId, [...ids]],
  );
  return new Map(
    (rows as any[]).map((r) => [
      r.id,
      {
        id: r.id,
        title: r.title,
        allowNavigation: r.allow_navigation,
        parentId: r.parent_id,
        itemCount: Number(r.item_count),
        childIds: parseUuidArray(r.child_ids),
        coverItemId: r.cover_item_id,
      },
    ]),
  );
}

/** `pg` parses uuid[] into an array; PGlite may hand back the text form `{a,b}`. */
function parseUuidArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value === 'string') return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return [];
}

export async function galleryExists(db: Knex, workspaceId: string, galleryId: string): Promise<boolean> {
  return Boolean(await db('galleries').select('id').where({ workspace_id: workspaceId, id: galleryId }).first());
}

export interface ItemRow {
  id: string;
  name: string;
  size: number;
  mediaType: string;
}

export async function loadItems(db: Knex, workspaceId: string, galleryId: string): Promise<ItemRow[]> {
  const rows = await db('gallery_items')
    .select('id', 'name', 'size', 'media_type')
    .where({ workspace_id: workspaceId, gallery_id: galleryId })
    .orderBy('position');
  return rows.map((r) => ({ id: r.id, name: r.name, size: Number(r.size), mediaType: r.media_type }));
}
