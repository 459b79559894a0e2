import { contactSearchCountCap, type ContactKind, type ContactRow, type ContactStatus, type JobSummary, type ListContactsInput, type NotificationCategory } from '@foyer/schema';
import type { Knex } from 'knex';
import type { z } from 'zod';
import { notFound } from '../../errors.js';
import type { Membership } from '../../security/principals.js';
import { actionsFor } from './actions.js';
import { afterCursor, encodeCursor, keyColumns, orderBy } from './paging.js';

/** The list input with its defaults applied. */
export type ListInput = z.output<typeof ListContactsInput>;

/** The columns a contact row is read with; never the row whole. */
export const contactColumns = [
  'id',
  'name',
  'email',
  'company',
  'kind',
  'status',
  'invitation_sent',
  'terms_accepted_at',
  'identity_id',
  'permissions',
  'notifications',
  'created_at',
] as const;

export interface ContactRecord {
  id: string;
  name: string;
  email: string;
  company: string | null;
  kind: ContactKind;
  status: ContactStatus;
  invitation_sent: boolean;
  terms_accepted_at: Date | string | null;
  identity_id: string | null;
  permissions: string[] | string;
  notifications: NotificationCategory[] | string;
  created_at: Date | string;
}

export const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

/** jsonb arrives parsed from pg and PGlite; a string only if a driver left it as text. */
export const jsonArray = <T>(value: T[] | string | null): T[] => (typeof value === 'string' ? (JSON.parse(value) as T[]) : (value ?? []));

/** A contact as the member asking sees it: its actions are those the status allows and the member's permissions grant. */
export function toContactRow(record: ContactRecord, member: Pick<Membership, 'permissions'>): ContactRow {
  return {
    id: record.id,
    name: record.name,
    email: record.email,
    company: record.company,
    status: record.status,
    invitationSent: record.invitation_sent,
    termsAcceptedAt: iso(record.terms_accepted_at),
    createdAt: iso(record.created_at)!,
    actions: actionsFor(record, member),
  };
}

/** One contact of the workspace, or "not found" for ids of any other workspace. */
export async function findContact(db: Knex | Knex.Transaction, workspaceId: string, contactId: string, forUpdate = false): Promise<ContactRecord> {
  const query = db('contacts').select(...contactColumns).where({ workspace_id: workspaceId, id: contactId }).first();
  const record = (await (forUpdate ? query.forUpdate() : query)) as ContactRecord | undefined;
  if (!record) throw notFound('CONTACT_NOT_FOUND');
  return record;
}

/** `%`, `_` and `\` typed into the search box are matched as themselves. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filtered(db: Knex, workspaceId: string, input: ListInput): Knex.QueryBuilder {
  const query = db('contacts').where('workspace_id', workspaceId);
  if (input.status && input.status.length > 0) query.whereIn('status', input.status);
  if (input.invitationSent !== undefined) query.where('invitation_sent', input.invitationSent);
  if (input.search) {
    const pattern = likePattern(input.search);
    query.where((q) => {
      q.whereRaw("name ilike ? escape '\\'", [pattern])
        .orWhereRaw("email ilike ? escape '\\'", [pattern])
        .orWhereRaw("company ilike ? escape '\\'", [pattern]);
    });
  }
  return query;
}

/** One page of contacts after the cursor, and how many the filters match in all. */
export async function contactsPage(db: Knex, workspaceId: string, input: ListInput, member: Pick<Membership, 'permissions'>) {
  const page = filtered(db, workspaceId, input)
    .select(...contactColumns)
    .select(db.raw(keyColumns(input.sort)))
    .orderByRaw(orderBy(input.sort))
    .limit(input.limit + 1);
  if (input.after) {
    const after = afterCursor(input.sort, input.after);
    page.whereRaw(after.sql, after.bindings);
  }
  const [records, count] = await Promise.all([page, countMatching(db, workspaceId, input)]);
  const more = records.length > input.limit;
  const rows = (records as Array<ContactRecord & Record<string, unknown>>).slice(0, input.limit);
  const last = rows[rows.length - 1];
  return {
    rows: rows.map((row) => toContactRow(row, member)),
    nextCursor: more && last ? encodeCursor(input.sort, last) : null,
    ...count,
  };
}

/**
 * How many contacts match. Without a search the filters pick buckets of `contact_counts`
 * (migration 026), whatever the workspace's size; a search counts its matches, up to the cap.
 */
async function countMatching(db: Knex, workspaceId: string, input: ListInput): Promise<{ total: number; totalExact: boolean }> {
  if (!input.search) {
    const buckets = db('contact_counts').where('workspace_id', workspaceId).sum({ n: 'n' }).first();
    if (input.status && input.status.length > 0) buckets.whereIn('status', input.status);
    if (input.invitationSent !== undefined) buckets.where('invitation_sent', input.invitationSent);
    const row = (await buckets) as { n: string | number | null } | undefined;
    return { total: Number(row?.n ?? 0), totalExact: true };
  }
  const matches = filtered(db, workspaceId, input).select(db.raw('1')).limit(contactSearchCountCap + 1);
  const row = (await db.from(matches.as('m')).count({ n: '*' }).first()) as { n: string | number } | undefined;
  const n = Number(row?.n ?? 0);
  return n > contactSearchCountCap ? { total: contactSearchCountCap, totalExact: false } : { total: n, totalExact: true };
}

export async function jobsOf(db: Knex | Knex.Transaction, workspaceId: string, contactId: string): Promise<JobSummary[]> {
  return db('jobs').select('id', 'name', 'status').where({ workspace_id: workspaceId, contact_id: contactId }).orderBy([{ column: 'created_at' }, { column: 'id' }]);
}
