import type { Knex } from 'knex';
import type { Access, AccessScope, AccessStatus, GalleryMail } from '@foyer/schema';

const columns = [
  'a.id',
  'a.name',
  'a.email',
  'a.note',
  'a.scope',
  'a.code_hint',
  'a.disabled_at',
  'a.expires_at',
  'a.last_used_at',
  'a.use_count',
  'a.downloads',
  'a.gallery_mail',
  'a.expiry_reminder_days',
  'a.created_at',
] as const;

export function statusOf(row: { disabled_at: Date | null; expires_at: Date | null }, now: Date): AccessStatus {
  if (row.disabled_at) return 'disabled';
  if (row.expires_at && new Date(row.expires_at) <= now) return 'expired';
  return 'active';
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

/** Accesses of a workspace with the number of galleries added to each. */
export async function selectAccesses(db: Knex, workspaceId: string, now: Date, accessId?: string): Promise<Access[]> {
  const query = db('client_accesses as a')
    .select(...columns)
    .select(db.raw('(select count(*) from access_galleries ag where ag.workspace_id = a.workspace_id and ag.access_id = a.id)::int as gallery_count'))
    .select(db.raw('(a.code_sealed is not null) as code_readable'))
    .where('a.workspace_id', workspaceId)
    .orderBy([{ column: 'a.name' }, { column: 'a.created_at' }]);
  if (accessId) query.andWhere('a.id', accessId);
  const rows = await query;
  return rows.map((r: any) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    note: r.note,
    scope: r.scope as AccessScope,
    status: statusOf(r, now),
    codeHint: r.code_hint,
    codeReadable: Boolean(r.code_readable),
    expiresAt: iso(r.expires_at),
    lastUsedAt: iso(r.last_used_at),
    useCount: Number(r.use_count),
    galleryCount: Number(r.gallery_count),
    downloads: Boolean(r.downloads),
    galleryMail: r.gallery_mail,
    expiryReminderDays: r.expiry_reminder_days === null ? null : Number(r.expiry_reminder_days),
    createdAt: iso(r.created_at)!,
  }));
}

export async function addedGalleryIds(db: Knex, workspaceId: string, accessId: string): Promise<string[]> {
  const rows = await db('access_galleries')
    .select('gallery_id')
    .where({ workspace_id: workspaceId, access_id: accessId })
    .orderBy([{ column: 'added_at', order: 'desc' }, { column: 'gallery_id' }]);
  return rows.map((r: { gallery_id: string }) => r.gallery_id);
}

export interface AccessSecretRecord {
  id: string;
  name: string;
  email: string | null;
  scope: AccessScope;
  code_digest: Buffer;
  /** The code sealed under the instance key; null for a code set before codes were kept readable. */
  code_sealed: Buffer | null;
}

/** An access with its code's digest and sealed code, or undefined for ids of any other workspace. */
/** An access as it stands now, without its code: what a download or a mail to its client checks. */
export interface AccessStanding {
  id: string;
  name: string;
  email: string | null;
  scope: AccessScope;
  downloads: boolean;
  gallery_mail: GalleryMail;
  disabled_at: Date | null;
  expires_at: Date | null;
}

export function findAccessStanding(db: Knex, workspaceId: string, accessId: string): Promise<AccessStanding | undefined> {
  return db('client_accesses').select('id', 'name', 'email', 'scope', 'downloads', 'gallery_mail', 'disabled_at', 'expires_at').where({ workspace_id: workspaceId, id: accessId }).first();
}

export async function findAccessSecret(db: Knex, workspaceId: string, accessId: string): Promise<AccessSecretRecord | undefined> {
  return db('client_accesses').select('id', 'name', 'email', 'scope', 'code_digest', 'code_sealed').where({ workspace_id: workspaceId, id: accessId }).first();
}

/** How many of these galleries the workspace has. */
export async function countGalleries(db: Knex, workspaceId: string, galleryIds: readonly string[]): Promise<number> {
  const found = await db('galleries').count({ n: '*' }).where({ workspace_id: workspaceId }).whereIn('id', galleryIds).first();
  return Number(found?.n);
}

/** Adds the galleries to the access; one already added stays as it was. */
export async function insertAccessGalleries(db: Knex, workspaceId: string, accessId: string, galleryIds: readonly string[], now: Date): Promise<void> {
  await db('access_galleries')
    .insert(galleryIds.map((gallery_id) => ({ workspace_id: workspaceId, access_id: accessId, gallery_id, added_at: now })))
    .onConflict(['workspace_id', 'access_id', 'gallery_id'])
    .ignore();
}

export async function deleteAccessGalleries(db: Knex, workspaceId: string, accessId: string, galleryIds: readonly string[]): Promise<void> {
  await db('access_galleries').where({ workspace_id: workspaceId, access_id: accessId }).whereIn('gallery_id', galleryIds).delete();
}

export async function insertAccess(db: Knex, row: Record<string, unknown>): Promise<void> {
  await db('client_accesses').insert(row);
}

export async function updateAccessRow(db: Knex, workspaceId: string, accessId: string, changes: Record<string, unknown>): Promise<void> {
  await db('client_accesses').where({ workspace_id: workspaceId, id: accessId }).update(changes);
}

export async function deleteAccessRow(db: Knex, workspaceId: string, accessId: string): Promise<void> {
  await db('client_accesses').where({ workspace_id: workspaceId, id: accessId }).delete();
}

/** The page a client enters their code on, if the workspace has one. */
export async function entryUrlOf(db: Knex, workspaceId: string): Promise<string | null> {
  const row = await db('workspaces').select('entry_url').where({ id: workspaceId }).first();
  return row?.entry_url ?? null;
}

export interface FavouriteRow {
  gallery_id: string;
  gallery_title: string;
  item_id: string;
  name: string;
  title: string | null;
  media_type: string;
  created_at: Date | string;
}

/** The pictures the access's client marked, gallery by gallery in the owner's order, pictures in the gallery's order. */
export async function selectFavourites(db: Knex, workspaceId: string, accessId: string): Promise<FavouriteRow[]> {
  return db('access_favourites as f')
    .join('gallery_items as i', function () {
      this.on('i.workspace_id', 'f.workspace_id').andOn('i.id', 'f.item_id');
    })
    .join('galleries as g', function () {
      this.on('g.workspace_id', 'i.workspace_id').andOn('g.id', 'i.gallery_id');
    })
    .select('g.id as gallery_id', 'g.title as gallery_title', 'i.id as item_id', 'i.name', 'i.title', 'i.media_type', 'f.created_at')
    .where({ 'f.workspace_id': workspaceId, 'f.access_id': accessId })
    .orderBy([{ column: 'g.title' }, { column: 'g.id' }, { column: 'i.position' }]);
}
