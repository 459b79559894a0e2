import type { Knex } from 'knex';
import type { AccessScope } from '@foyer/schema';

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
  return new Map(rows.map((r) => [r.id as string, { id: r.id, parentId: r.parent_id, title: r.title, allowNavigation: r.allow_navigation, position: r.position }]));
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
            g.item_count,
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

export interface AccessCardRow {
  id: string;
  title: string;
  itemCount: number;
  /** Sub-galleries the access lets the client open from this gallery. */
  subGalleryCount: number;
  coverItemId: string | null;
}

/**
 * The cards of every gallery added to an access, newest first, in one round trip. The
 * sub-gallery count follows the navigation rule: none where navigation is off; with it on,
 * every sub-gallery in `navigation` scope and those also added by hand in `explicit` scope.
 * Counted here rather than by fetching each gallery's children: the overview needs numbers.
 */
export async function loadAccessCards(db: Knex, workspaceId: string, accessId: string, scope: AccessScope): Promise<AccessCardRow[]> {
  const addedToo = scope === 'explicit' ? `and exists (select 1 from access_galleries x where x.workspace_id = c.workspace_id and x.access_id = ? and x.gallery_id = c.id)` : '';
  // The added ids in order, then each gallery by its key: PostgreSQL walks the primary key
  // once per card instead of hashing the whole tree of the workspace (twice as fast at
  // 200 of 5,000). Named, so it is planned once per connection; one name per scope.
  const { rows } = await db
    .raw(
      `select g.id, g.title, g.item_count,
              case when g.allow_navigation
                   then (select count(*) from galleries c
                          where c.workspace_id = g.workspace_id and c.parent_id = g.id ${addedToo})::int
                   else 0 end as sub_gallery_count,
              coalesce(g.cover_item_id, (select i.id from gallery_items i
                         where i.workspace_id = g.workspace_id and i.gallery_id = g.id
                         order by i.position limit 1)) as cover_item_id
         from unnest(array(select gallery_id from access_galleries
                            where workspace_id = ? and access_id = ?
                            order by added_at desc, gallery_id)) with ordinality as added(id, n)
         join galleries g on g.workspace_id = ? and g.id = added.id
        order by added.n`,
      [...(scope === 'explicit' ? [accessId] : []), workspaceId, accessId, workspaceId],
    )
    .options({ name: `foyer_access_cards_${scope}` });
  return (rows as any[]).map((r) => ({
    id: r.id,
    title: r.title,
    itemCount: Number(r.item_count),
    subGalleryCount: Number(r.sub_gallery_count),
    coverItemId: r.cover_item_id,
  }));
}

/** `pg` parses uuid[] into an array; PGlite may hand back the text form `{a,b}`. */
function parseUuidArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value === 'string')
    return value
      .replace(/^\{|\}$/g, '')
      .split(',')
      .filter(Boolean);
  return [];
}

export async function galleryExists(db: Knex, workspaceId: string, galleryId: string): Promise<boolean> {
  return Boolean(await db('galleries').select('id').where({ workspace_id: workspaceId, id: galleryId }).first());
}

export interface ItemRow {
  id: string;
  name: string;
  title: string | null;
  size: number;
  mediaType: string;
}

export async function loadItems(db: Knex, workspaceId: string, galleryId: string): Promise<ItemRow[]> {
  const rows = await db('gallery_items').select('id', 'name', 'title', 'size', 'media_type').where({ workspace_id: workspaceId, gallery_id: galleryId }).orderBy('position');
  return rows.map((r) => ({ id: r.id, name: r.name, title: r.title ?? null, size: Number(r.size), mediaType: r.media_type }));
}

/** Sets an item's title; false when the workspace has no such item. */
export async function updateItemTitle(db: Knex, workspaceId: string, itemId: string, title: string | null): Promise<boolean> {
  return (await db('gallery_items').where({ workspace_id: workspaceId, id: itemId }).update({ title })) > 0;
}

/** Where the workspace's galleries are shown, for their direct links. */
export async function galleryUrlOf(db: Knex, workspaceId: string): Promise<string | null> {
  const row = await db('workspaces').select('gallery_url').where({ id: workspaceId }).first();
  return row?.gallery_url ?? null;
}

export interface GalleryRecord {
  id: string;
  parent_id: string | null;
  position: number;
  title: string;
  allow_navigation: boolean;
  cover_item_id: string | null;
  item_count: number | string;
  has_password: boolean;
}

/** The workspace's galleries, parents first and in order; one gallery when `galleryId` is given. */
export async function selectGalleryRecords(db: Knex, workspaceId: string, galleryId?: string): Promise<GalleryRecord[]> {
  const query = db('galleries')
    .select('id', 'parent_id', 'position', 'title', 'allow_navigation', 'cover_item_id', 'item_count')
    .select(db.raw('password_hash is not null as has_password'))
    .where({ workspace_id: workspaceId })
    .orderByRaw('parent_id nulls first, position');
  if (galleryId) query.andWhere({ id: galleryId });
  return query;
}

/** The position after the last gallery under this parent (or at the top). */
export async function nextGalleryPosition(db: Knex, workspaceId: string, parentId: string | null): Promise<number> {
  const row = await db('galleries').where({ workspace_id: workspaceId, parent_id: parentId }).max({ max: 'position' }).first();
  return row?.max == null ? 0 : Number(row.max) + 1;
}

export async function insertGallery(db: Knex, row: Record<string, unknown>): Promise<void> {
  await db('galleries').insert(row);
}

export async function updateGalleryRow(db: Knex, workspaceId: string, galleryId: string, changes: Record<string, unknown>): Promise<void> {
  await db('galleries').where({ workspace_id: workspaceId, id: galleryId }).update(changes);
}

/** The gallery's parent, or undefined when the workspace has no such gallery. */
export async function parentOf(db: Knex, workspaceId: string, galleryId: string): Promise<{ parent_id: string | null } | undefined> {
  return db('galleries').select('parent_id').where({ workspace_id: workspaceId, id: galleryId }).first();
}

/** The galleries under this parent in order, leaving one out. */
export async function siblingIds(db: Knex, workspaceId: string, parentId: string | null, except: string): Promise<string[]> {
  const rows = await db('galleries').select('id').where({ workspace_id: workspaceId, parent_id: parentId }).whereNot({ id: except }).orderBy('position');
  return rows.map((r: { id: string }) => r.id);
}

export async function hasSubgalleries(db: Knex, workspaceId: string, galleryId: string): Promise<boolean> {
  return Boolean(await db('galleries').select('id').where({ workspace_id: workspaceId, parent_id: galleryId }).first());
}

export async function deleteGalleryRow(db: Knex, workspaceId: string, galleryId: string): Promise<void> {
  await db('galleries').where({ workspace_id: workspaceId, id: galleryId }).delete();
}

/** The stored files of a gallery's items. */
export async function itemBlobKeys(db: Knex, workspaceId: string, galleryId: string): Promise<string[]> {
  const items = await db('gallery_items').select('blob_key').where({ workspace_id: workspaceId, gallery_id: galleryId });
  return items.map((i: { blob_key: string }) => i.blob_key);
}

/** The titles of these galleries of the workspace, in the order given; an id of none is left out. */
export async function galleryTitles(db: Knex, workspaceId: string, galleryIds: readonly string[]): Promise<string[]> {
  const rows: Array<{ id: string; title: string }> = await db('galleries').select('id', 'title').where({ workspace_id: workspaceId }).whereIn('id', galleryIds);
  const byId = new Map(rows.map((r) => [r.id, r.title]));
  return galleryIds.flatMap((id) => byId.get(id) ?? []);
}

export async function itemInGallery(db: Knex, workspaceId: string, galleryId: string, itemId: string): Promise<boolean> {
  return Boolean(await db('gallery_items').select('id').where({ workspace_id: workspaceId, id: itemId, gallery_id: galleryId }).first());
}

/** The position after the gallery's last item. */
export async function nextItemPosition(db: Knex, workspaceId: string, galleryId: string): Promise<number> {
  const row = await db('gallery_items').where({ workspace_id: workspaceId, gallery_id: galleryId }).max({ max: 'position' }).first();
  return row?.max == null ? 0 : Number(row.max) + 1;
}

export async function insertItem(db: Knex, row: Record<string, unknown>): Promise<void> {
  await db('gallery_items').insert(row);
}

/** The item an upload with this key stored, if it did; with `galleryId`, only in that gallery. */
export async function itemIdOfUpload(db: Knex, workspaceId: string, uploadKey: string, galleryId?: string): Promise<string | undefined> {
  const query = db('gallery_items').select('id').where({ workspace_id: workspaceId, upload_key: uploadKey });
  if (galleryId) query.andWhere({ gallery_id: galleryId });
  return (await query.first())?.id;
}

/** Keeps the cancellation of an upload, once however often it is sent. */
export async function recordCancelledUpload(db: Knex, workspaceId: string, uploadKey: string, at: Date): Promise<void> {
  await db('cancelled_uploads').insert({ workspace_id: workspaceId, upload_key: uploadKey, cancelled_at: at }).onConflict(['workspace_id', 'upload_key']).ignore();
}

export async function uploadWasCancelled(db: Knex, workspaceId: string, uploadKey: string): Promise<boolean> {
  return Boolean(await db('cancelled_uploads').select('upload_key').where({ workspace_id: workspaceId, upload_key: uploadKey }).first());
}

/** What the file of an item is stored as, or undefined for ids of any other workspace. */
export async function findItemFile(
  db: Knex,
  workspaceId: string,
  itemId: string,
): Promise<{ gallery_id: string; blob_key: string; media_type: string; size: number | string; name: string } | undefined> {
  return db('gallery_items').select('gallery_id', 'blob_key', 'media_type', 'size', 'name').where({ workspace_id: workspaceId, id: itemId }).first();
}

/** Deletes the item; a gallery it was the cover of goes back to its first item. */
export async function deleteItemRow(trx: Knex.Transaction, workspaceId: string, itemId: string): Promise<void> {
  await trx('galleries').where({ workspace_id: workspaceId, cover_item_id: itemId }).update({ cover_item_id: null });
  await trx('gallery_items').where({ workspace_id: workspaceId, id: itemId }).delete();
}

/** Whether the gallery was added to the access itself. */
export async function addedToAccess(db: Knex, workspaceId: string, accessId: string, galleryId: string): Promise<boolean> {
  return Boolean(await db('access_galleries').select('gallery_id').where({ workspace_id: workspaceId, access_id: accessId, gallery_id: galleryId }).first());
}

/**
 * For the gallery and each gallery added to the access: the top of its navigation group,
 * climbing from it along navigation links (parents that allow navigation).
 */
export async function navigationTops(db: Knex, workspaceId: string, accessId: string, galleryId: string): Promise<Map<string, string>> {
  const { rows } = await db.raw(
    `with recursive climb(start_id, id, parent_id, depth) as (
       select g.id, g.id, g.parent_id, 0 from galleries g
        where g.workspace_id = ?
          and (g.id = ? or g.id in (select gallery_id from access_galleries where workspace_id = ? and access_id = ?))
       union all
       select c.start_id, p.id, p.parent_id, c.depth + 1
         from climb c join galleries p on p.workspace_id = ? and p.id = c.parent_id
        where p.allow_navigation and c.depth < 1000
     )
     select distinct on (start_id) start_id, id as top_id from climb order by start_id, depth desc`,
    [workspaceId, galleryId, workspaceId, accessId, workspaceId],
  );
  return new Map<string, string>((rows as Array<{ start_id: string; top_id: string }>).map((r) => [r.start_id, r.top_id]));
}
