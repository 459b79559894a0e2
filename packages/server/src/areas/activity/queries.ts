import type { Knex } from 'knex';

export interface ActivityFilter {
  actor?: string;
  /** A procedure's path, or an area: every action under it. */
  action?: string;
  from?: Date;
  to?: Date;
  /** Entries strictly older than this one (keyset paging, newest first). */
  before?: { at: Date; id: string };
  limit: number;
}

export interface ActivityRow {
  id: string;
  at: Date;
  actor_identity_id: string | null;
  actor_kind: string;
  via_api_key_id: string | null;
  action: string;
  subject_ids: Record<string, string | string[]>;
  details: Record<string, unknown> | null;
  email: string | null;
  name: string | null;
  key_hint: string | null;
}

/** The workspace's activity, newest first, by the (at, id) index. */
export function selectActivity(db: Knex, workspaceId: string, filter: ActivityFilter): Promise<ActivityRow[]> {
  const query = db('audit_log as a')
    .leftJoin('identities as i', 'i.id', 'a.actor_identity_id')
    .leftJoin('api_keys as k', function () {
      this.on('k.workspace_id', 'a.workspace_id').andOn('k.id', 'a.via_api_key_id');
    })
    .select('a.id', 'a.at', 'a.actor_identity_id', 'a.actor_kind', 'a.via_api_key_id', 'a.action', 'a.subject_ids', 'a.details', 'i.email', 'i.name', 'k.hint as key_hint')
    .where('a.workspace_id', workspaceId)
    .orderBy([
      { column: 'a.at', order: 'desc' },
      { column: 'a.id', order: 'desc' },
    ])
    .limit(filter.limit);
  if (filter.actor) query.andWhere('a.actor_identity_id', filter.actor);
  if (filter.action) {
    const action = filter.action;
    if (action.includes('.')) query.andWhere('a.action', action);
    // Actions hold only letters, digits and dots (the input schema): nothing to escape.
    else query.andWhere((q) => q.where('a.action', action).orWhere('a.action', 'like', `${action}.%`));
  }
  if (filter.from) query.andWhere('a.at', '>=', filter.from);
  if (filter.to) query.andWhere('a.at', '<', filter.to);
  if (filter.before) query.andWhereRaw('(a.at, a.id) < (?, ?)', [filter.before.at, filter.before.id]);
  return query;
}
