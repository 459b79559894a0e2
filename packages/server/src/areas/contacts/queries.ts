import {
  contactSearchCountCap,
  type CatalogTemplate,
  type ContactKind,
  type ContactRow,
  type ContactStatus,
  type JobSummary,
  type ListContactsInput,
  type NotificationCategory,
} from '@foyer/schema';
import type { Knex } from 'knex';
import type { z } from 'zod';
import { notFound } from '../../errors.js';
import type { Membership } from '../../security/principals.js';
import { actionsFor } from './actions.js';
import { afterCursor, encodeCursor, keyColumns, orderBy } from './paging.js';
import { registryColumns, type RegistryRecord } from './registry-fields.js';

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
  'language',
  ...registryColumns,
] as const;

export interface ContactRecord extends RegistryRecord {
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
  /** The language mail to this contact is written in, once known (null: not yet). */
  language: string | null;
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
  const query = db('contacts')
    .select(...contactColumns)
    .where({ workspace_id: workspaceId, id: contactId })
    .first();
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
      q.whereRaw("name ilike ? escape '\\'", [pattern]).orWhereRaw("email ilike ? escape '\\'", [pattern]).orWhereRaw("company ilike ? escape '\\'", [pattern]);
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
  const matches = filtered(db, workspaceId, input)
    .select(db.raw('1'))
    .limit(contactSearchCountCap + 1);
  const row = (await db.from(matches.as('m')).count({ n: '*' }).first()) as { n: string | number } | undefined;
  const n = Number(row?.n ?? 0);
  return n > contactSearchCountCap ? { total: contactSearchCountCap, totalExact: false } : { total: n, totalExact: true };
}

export async function jobsOf(db: Knex | Knex.Transaction, workspaceId: string, contactId: string): Promise<JobSummary[]> {
  return db('jobs')
    .select('id', 'name', 'status')
    .where({ workspace_id: workspaceId, contact_id: contactId })
    .orderBy([{ column: 'created_at' }, { column: 'id' }]);
}

/** One contact of the workspace, or undefined; `forUpdate` locks its row until the transaction ends. */
export async function findContactIfAny(db: Knex | Knex.Transaction, workspaceId: string, contactId: string, forUpdate = false): Promise<ContactRecord | undefined> {
  const query = db('contacts')
    .select(...contactColumns)
    .where({ workspace_id: workspaceId, id: contactId })
    .first();
  return (await (forUpdate ? query.forUpdate() : query)) as ContactRecord | undefined;
}

/** The contact the identity is in this workspace, with what its own page shows. */
export async function contactOfIdentity(db: Knex, workspaceId: string, identityId: string) {
  return db('contacts').select('id', 'name', 'email', 'company', 'status', 'terms_accepted_at').where({ workspace_id: workspaceId, identity_id: identityId }).first() as Promise<
    Pick<ContactRecord, 'id' | 'name' | 'email' | 'company' | 'status' | 'terms_accepted_at'> | undefined
  >;
}

/** The identity that holds this email, whatever its case. */
export async function identityIdByEmail(db: Knex | Knex.Transaction, email: string): Promise<string | null> {
  const row = await db('identities').select('id').whereRaw('lower(email) = ?', [email.toLowerCase()]).first();
  return row?.id ?? null;
}

export async function insertContact(db: Knex, row: Record<string, unknown>): Promise<void> {
  await db('contacts').insert(row);
}

export async function updateContactRow(db: Knex | Knex.Transaction, workspaceId: string, contactId: string, changes: Record<string, unknown>): Promise<void> {
  await db('contacts').where({ workspace_id: workspaceId, id: contactId }).update(changes);
}

export async function deleteContactRow(trx: Knex.Transaction, workspaceId: string, contactId: string): Promise<void> {
  await trx('contacts').where({ workspace_id: workspaceId, id: contactId }).delete();
}

/** Locks the contact's jobs until the transaction ends, so none changes status meanwhile. */
export async function lockJobsOf(trx: Knex.Transaction, workspaceId: string, contactId: string): Promise<void> {
  await trx('jobs').where({ workspace_id: workspaceId, contact_id: contactId }).forUpdate().select('id');
}

export async function deleteJobsOf(trx: Knex.Transaction, workspaceId: string, contactId: string): Promise<void> {
  await trx('jobs').where({ workspace_id: workspaceId, contact_id: contactId }).delete();
}

/** The columns a backup reads of each of the contact's jobs, oldest first. */
export interface JobFiles {
  id: string;
  name: string;
  status: string;
  created_at: Date | string;
  input_key: string | null;
  input_name: string | null;
  model_key: string | null;
  support_key: string | null;
  support_name: string | null;
}

export async function jobFilesOf(db: Knex, workspaceId: string, contactId: string): Promise<JobFiles[]> {
  return db('jobs')
    .select('id', 'name', 'status', 'created_at', 'input_key', 'input_name', 'model_key', 'support_key', 'support_name')
    .where({ workspace_id: workspaceId, contact_id: contactId })
    .orderBy([{ column: 'created_at' }, { column: 'id' }]);
}

/** Links not yet followed stop working: only the newest message counts. */
export async function deleteUnusedActivationLinks(trx: Knex.Transaction, workspaceId: string, contactId: string): Promise<void> {
  await trx('contact_activation_links').where({ workspace_id: workspaceId, contact_id: contactId }).whereNull('used_at').delete();
}

export async function insertActivationLink(
  trx: Knex.Transaction,
  row: { workspace_id: string; id: string; contact_id: string; token_hash: Buffer; created_at: Date; expires_at: Date },
): Promise<void> {
  await trx('contact_activation_links').insert(row);
}

/** What an activation mail names of the workspace, and where its link points. */
export async function activationSettings(trx: Knex.Transaction, workspaceId: string): Promise<{ name: string; activation_url: string | null }> {
  return trx('workspaces').select('name', 'activation_url').where({ id: workspaceId }).first();
}

export interface ActivationLinkRecord {
  id: string;
  workspace_id: string;
  workspace_name: string;
  catalog_template: CatalogTemplate;
  contact_id: string;
  expires_at: Date | string;
  used_at: Date | string | null;
}

/** The link with this token digest in the named workspace. */
export async function activationLinkByDigest(db: Knex, handle: string, digest: Buffer): Promise<ActivationLinkRecord | undefined> {
  return db('contact_activation_links as l')
    .join('workspaces as w', 'w.id', 'l.workspace_id')
    .select('l.id', 'l.workspace_id', 'w.name as workspace_name', 'w.catalog_template', 'l.contact_id', 'l.expires_at', 'l.used_at')
    .where({ 'l.token_hash': digest, 'w.handle': handle })
    .first();
}

/** Marks the link used; 0 when another request used it first. */
export async function claimActivationLink(trx: Knex.Transaction, workspaceId: string, linkId: string, now: Date): Promise<number> {
  return trx('contact_activation_links').where({ workspace_id: workspaceId, id: linkId }).whereNull('used_at').update({ used_at: now });
}

export interface LoginRecord {
  id: string;
  email: string;
  name: string | null;
  totp_enabled_at: Date | null;
}

/** The login with this id, or the one this email has whatever its case. */
export async function loginOf(db: Knex, by: { id: string } | { email: string }): Promise<LoginRecord | undefined> {
  const query = db('identities').select('id', 'email', 'name', 'totp_enabled_at');
  return 'id' in by ? query.where({ id: by.id }).first() : query.whereRaw('lower(email) = ?', [by.email.toLowerCase()]).first();
}

export async function insertIdentity(
  trx: Knex.Transaction,
  row: { id: string; email: string; name: string; password_hash: string | null; created_at: Date; language?: string | null; password_set_for_them?: boolean },
): Promise<void> {
  await trx('identities').insert(row);
}

/** The kind of membership the identity has in the workspace, if any. */
export async function membershipKindOf(trx: Knex.Transaction, workspaceId: string, identityId: string): Promise<string | undefined> {
  const row = await trx('memberships').select('kind').where({ workspace_id: workspaceId, identity_id: identityId }).first();
  return row?.kind;
}

export async function updateContactMembership(trx: Knex.Transaction, workspaceId: string, identityId: string, changes: Record<string, unknown>): Promise<void> {
  await trx('memberships').where({ workspace_id: workspaceId, identity_id: identityId, kind: 'contact' }).update(changes);
}

export async function insertContactMembership(trx: Knex.Transaction, workspaceId: string, identityId: string, grant: Record<string, unknown>, now: Date): Promise<void> {
  await trx('memberships').insert({ workspace_id: workspaceId, identity_id: identityId, kind: 'contact', created_at: now, ...grant });
}

export async function deleteContactMembership(trx: Knex.Transaction, workspaceId: string, identityId: string): Promise<void> {
  await trx('memberships').where({ workspace_id: workspaceId, identity_id: identityId, kind: 'contact' }).delete();
}

/** Whether the identity belongs to a workspace other than this one. */
export async function hasMembershipElsewhere(trx: Knex.Transaction, workspaceId: string, identityId: string): Promise<boolean> {
  return Boolean(await trx('memberships').where({ identity_id: identityId }).whereNot({ workspace_id: workspaceId }).first('identity_id'));
}

/** Whether any workspace still holds the identity, as a member or as a contact. */
export async function identityHeld(trx: Knex.Transaction, identityId: string): Promise<boolean> {
  const membership = await trx('memberships').where({ identity_id: identityId }).first('identity_id');
  const contact = await trx('contacts').where({ identity_id: identityId }).first('id');
  return Boolean(membership || contact);
}

export async function deleteSessionsOf(trx: Knex.Transaction, identityId: string): Promise<void> {
  await trx('sessions').where({ identity_id: identityId }).delete();
}

export async function deleteIdentity(trx: Knex.Transaction, identityId: string): Promise<void> {
  await trx('identities').where({ id: identityId }).delete();
}
