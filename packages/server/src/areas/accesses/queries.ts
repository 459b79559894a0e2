import type { Knex } from 'knex';
import type { Access, AccessScope, AccessStatus } from '@foyer/schema';

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
    .select(
      db.raw(
        '(select count(*) from access_galleries ag where ag.workspace_id = a.workspace_id and ag.access_id = a.id)::int as gallery_count',
      ),
    )
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
    expiresAt: iso(r.expires_at),
    lastUsedAt: iso(r.last_used_at),
    useCount: Number(r.use_count),
    galleryCount: Number(r.gallery_count),
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
