import type { CatalogTemplate, Language } from '@foyer/schema';
import type { Knex } from 'knex';
import type { MembershipKind } from '../../security/principals.js';

type Db = Knex | Knex.Transaction;

/** A link that changes an account-wide credential, as stored: only its token's hash. */
export interface AccountLinkRow {
  id: string;
  purpose: 'sign-up' | 'email-change';
  email: string;
  name: string | null;
  password_hash: string | null;
  agency: boolean;
  identity_id: string | null;
  expires_at: Date;
  used_at: Date | null;
}

export interface LoginRecord {
  id: string;
  email: string;
  name: string | null;
  password_hash: string | null;
  totp_enabled_at: Date | null;
}

/** The login this email has, whatever its case. */
export async function loginByEmail(db: Db, email: string): Promise<LoginRecord | undefined> {
  return db('identities').select('id', 'email', 'name', 'password_hash', 'totp_enabled_at').whereRaw('lower(email) = lower(?)', [email]).first();
}

/** The identity as a sign-in answers it. */
export async function identitySummary(db: Db, identityId: string): Promise<{ id: string; email: string; name: string | null } | undefined> {
  return db('identities').select('id', 'email', 'name').where({ id: identityId }).first();
}

export async function insertIdentity(
  db: Db,
  row: { id: string; email: string; name: string | null; password_hash: string | null; is_agency: boolean; created_at: Date; language?: Language | null },
): Promise<void> {
  await db('identities').insert(row);
}

export async function setPassword(db: Db, identityId: string, passwordHash: string): Promise<void> {
  await db('identities').where({ id: identityId }).update({ password_hash: passwordHash });
}

export async function setEmail(db: Db, identityId: string, email: string): Promise<void> {
  await db('identities').where({ id: identityId }).update({ email });
}

/** The workspaces the identity belongs to, by name, with the kind of each membership. */
export async function membershipsOf(db: Knex, identityId: string): Promise<Array<{ workspace: string; name: string; role: MembershipKind }>> {
  return db('memberships as m')
    .join('workspaces as w', 'w.id', 'm.workspace_id')
    .select('w.handle as workspace', 'w.name', 'm.kind as role')
    .where({ 'm.identity_id': identityId })
    .orderBy('w.name');
}

export interface AccountRow {
  handle: string;
  name: string;
  catalog_template: CatalogTemplate;
  require_second_factor: boolean;
  kind: MembershipKind;
  /** For a seller account reached through a master account: the kind of the master membership. */
  through_kind?: MembershipKind;
  role_key: string | null;
  custom_role_id: string | null;
  permissions: string[] | null;
  disabled_at: Date | null;
  custom_role_name: string | null;
  custom_permissions: string[] | null;
  second_factor_on: boolean;
  agency_feature: boolean;
}

/** Every membership of the identity with what decides whether a session may use it, and its role. */
export async function accountRows(db: Knex, identityId: string): Promise<AccountRow[]> {
  const own: AccountRow[] = await db('memberships as m')
    .join('workspaces as w', 'w.id', 'm.workspace_id')
    .join('identities as i', 'i.id', 'm.identity_id')
    .leftJoin('workspace_roles as r', function () {
      this.on('r.id', 'm.custom_role_id').andOn('r.workspace_id', 'm.workspace_id');
    })
    .select(
      'w.handle',
      'w.name',
      'w.catalog_template',
      'w.require_second_factor',
      'm.kind',
      'm.role_key',
      'm.custom_role_id',
      'm.permissions',
      'm.disabled_at',
      'r.name as custom_role_name',
      'r.permissions as custom_permissions',
    )
    .select(db.raw('i.totp_enabled_at is not null as second_factor_on'))
    .select(db.raw("exists (select 1 from workspace_features f where f.workspace_id = w.id and f.feature = 'agency') as agency_feature"))
    .where({ 'm.identity_id': identityId });
  const linked = await linkedAccountRows(db, identityId, new Set(own.map((row) => row.handle)));
  return [...own, ...linked].sort((a, b) => a.name.localeCompare(b.name) || a.handle.localeCompare(b.handle));
}

/**
 * The seller accounts the identity reaches through a master account: every linked account for
 * its owner, the given ones for a user who signs in (an API-only user never does). Each comes
 * with the master membership's role and state, as the resolver reads them.
 */
async function linkedAccountRows(db: Knex, identityId: string, ownHandles: ReadonlySet<string>): Promise<AccountRow[]> {
  const rows: Array<AccountRow & { through_kind: MembershipKind }> = await db('memberships as mm')
    .join('master_links as l', 'l.workspace_id', 'mm.workspace_id')
    .join('workspaces as w', 'w.id', 'l.account_id')
    .join('workspaces as mw', 'mw.id', 'mm.workspace_id')
    .join('identities as i', 'i.id', 'mm.identity_id')
    .leftJoin('workspace_roles as r', function () {
      this.on('r.id', 'mm.custom_role_id').andOn('r.workspace_id', 'mm.workspace_id');
    })
    .select('w.handle', 'w.name', 'w.catalog_template', 'mm.kind as through_kind', 'mm.role_key', 'mm.custom_role_id', 'mm.permissions', 'mm.disabled_at')
    .select('r.name as custom_role_name', 'r.permissions as custom_permissions')
    .select(db.raw('w.require_second_factor or mw.require_second_factor as require_second_factor'))
    .select(db.raw('i.totp_enabled_at is not null as second_factor_on'))
    .select(db.raw('false as agency_feature'))
    .where('mm.identity_id', identityId)
    .where(function () {
      this.where('mm.kind', 'owner').orWhere(function () {
        this.where('mm.kind', 'member').whereExists(
          db('master_user_accounts as u').whereRaw('u.workspace_id = mm.workspace_id and u.identity_id = mm.identity_id and u.account_id = l.account_id'),
        );
      });
    });
  return rows.filter((row) => !ownHandles.has(row.handle)).map((row) => ({ ...row, kind: 'master' as const }));
}

/** Deletes a sign-in challenge; false when another request used it first. */
export async function deleteChallenge(db: Knex, sessionId: string): Promise<boolean> {
  return (await db('sessions').where({ id: sessionId, kind: 'second-factor' }).delete(['id'])).length === 1;
}

/** The identity's sign-in sessions that are still open, most recently used first. */
export async function openSessionsOf(db: Knex, identityId: string, now: Date) {
  return db('sessions')
    .select('id', 'created_at', 'last_seen_at', 'source', 'user_agent')
    .where({ identity_id: identityId, kind: 'identity' })
    .andWhere('expires_at', '>', now)
    .andWhere('idle_expires_at', '>', now)
    .orderBy([{ column: 'last_seen_at', order: 'desc' }, { column: 'id' }]);
}

/**
 * Ends sign-in sessions of the identity, half-finished sign-ins included: one of them when
 * `only` is given, all but one when `except` is; how many ended.
 */
export async function deleteSignInSessions(db: Db, identityId: string, which: { only?: string; except?: string } = {}): Promise<number> {
  const query = db('sessions').where({ identity_id: identityId }).whereIn('kind', ['identity', 'second-factor']);
  if (which.only) query.where({ id: which.only });
  if (which.except) query.whereNot({ id: which.except });
  return (await query.delete(['id'])).length;
}

/** An earlier unused reset link of the identity stops working. */
export async function deleteUnusedPasswordResets(db: Db, identityId: string): Promise<void> {
  await db('password_resets').where({ identity_id: identityId }).whereNull('used_at').delete();
}

export async function insertPasswordReset(
  db: Db,
  row: { id: string; workspace_id: string | null; identity_id: string; token_hash: Buffer; requested_by: string | null; created_at: Date; expires_at: Date },
): Promise<void> {
  await db('password_resets').insert(row);
}

/** Earlier unused links for the same change stop working: by identity, or by email when there is none yet. */
export async function deleteUnusedAccountLinks(db: Db, purpose: AccountLinkRow['purpose'], holder: { identityId: string } | { email: string }): Promise<void> {
  const query = db('account_links').where({ purpose }).whereNull('used_at');
  if ('identityId' in holder) query.where({ identity_id: holder.identityId });
  else query.whereRaw('lower(email) = lower(?)', [holder.email]);
  await query.delete();
}

export async function insertAccountLink(db: Db, row: Omit<AccountLinkRow, 'used_at'> & { token_hash: Buffer; created_at: Date }): Promise<void> {
  await db('account_links').insert(row);
}

export async function accountLinkByDigest(db: Knex, purpose: AccountLinkRow['purpose'], digest: Buffer): Promise<AccountLinkRow | undefined> {
  return db('account_links').select('id', 'purpose', 'email', 'name', 'password_hash', 'agency', 'identity_id', 'expires_at', 'used_at').where({ token_hash: digest, purpose }).first();
}

/** Marks the link used; false when another request used it first. */
export async function claimAccountLinkRow(trx: Knex.Transaction, linkId: string, now: Date): Promise<boolean> {
  return (await trx('account_links').where({ id: linkId }).whereNull('used_at').update({ used_at: now })) === 1;
}
