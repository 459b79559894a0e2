import type { CatalogShape, ContactKind } from '@foyer/schema';
import type { Knex } from 'knex';
import { forbidden } from '../../errors.js';
import { isAgencyAccount } from '../agencies/queries.js';
import {
  deleteContactMembership,
  deleteIdentity,
  deleteSessionsOf,
  hasMembershipElsewhere,
  identityHeld,
  insertContactMembership,
  membershipKindOf,
  updateContactMembership,
} from './queries.js';

/**
 * A contact who signs in is an identity with a membership of kind `contact`: one identity can
 * be a contact of many workspaces with one email and one login. These helpers keep that
 * membership in step with the contact's status; they never touch memberships of other kinds.
 */

interface LinkedContact {
  kind: ContactKind;
  permissions: string[];
}

/** Opens the workspace to the contact's identity: the catalog's role for customers, or a sub-account's own set. */
export async function grantContactMembership(trx: Knex.Transaction, catalog: CatalogShape, workspaceId: string, identityId: string, contact: LinkedContact, now: Date): Promise<void> {
  // An agency account reaches only the workspaces that grant it access, never as a contact.
  if (await isAgencyAccount(trx, identityId)) throw forbidden('AGENCY_ACCOUNT_ONLY_FOR_GRANTS');
  const existing = await membershipKindOf(trx, workspaceId, identityId);
  // Someone already on the team keeps their own membership; it grants more than a contact's would.
  if (existing && existing !== 'contact') return;
  const grant = {
    role_key: contact.kind === 'customer' ? (catalog.contacts?.customerRole ?? null) : null,
    permissions: contact.kind === 'sub-account' ? JSON.stringify(contact.permissions) : null,
    disabled_at: null,
  };
  if (existing) await updateContactMembership(trx, workspaceId, identityId, grant);
  else await insertContactMembership(trx, workspaceId, identityId, grant, now);
}

/** A sub-account's permissions changed: its membership grants the new set from the next call on. */
export async function updateContactPermissions(trx: Knex.Transaction, workspaceId: string, identityId: string, permissions: string[]): Promise<void> {
  await updateContactMembership(trx, workspaceId, identityId, { permissions: JSON.stringify(permissions) });
}

/**
 * Closes the workspace to the identity at once: every call resolves the membership anew and
 * refuses a disabled one. Sessions are the identity's, not the workspace's; they end too
 * when nothing else holds the identity, and otherwise serve only its other workspaces.
 */
export async function disableContactMembership(trx: Knex.Transaction, workspaceId: string, identityId: string, now: Date): Promise<void> {
  await updateContactMembership(trx, workspaceId, identityId, { disabled_at: now });
  if (!(await hasMembershipElsewhere(trx, workspaceId, identityId))) await deleteSessionsOf(trx, identityId);
}

/**
 * Unlinks the identity from this workspace's contact: the membership goes, and the identity
 * itself only when no other workspace holds it (as a member or a contact). The caller has
 * already cleared the contact's `identity_id`. Returns whether the identity was deleted.
 */
export async function releaseIdentity(trx: Knex.Transaction, workspaceId: string, identityId: string): Promise<boolean> {
  await deleteContactMembership(trx, workspaceId, identityId);
  if (await identityHeld(trx, identityId)) return false;
  // Sessions, and anything else hanging on the identity, go with it (on delete cascade).
  await deleteIdentity(trx, identityId);
  return true;
}
