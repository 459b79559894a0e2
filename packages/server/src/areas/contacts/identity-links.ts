import type { ContactKind } from '@foyer/schema';
import type { Knex } from 'knex';
import { forbidden } from '../../errors.js';
import { isAgencyAccount } from '../agencies/queries.js';

/**
 * A contact who signs in is an identity with a membership of kind `contact`: one identity can
 * be a contact of many workspaces with one email and one login. These helpers keep that
 * membership in step with the contact's status; they never touch memberships of other kinds.
 */

interface LinkedContact {
  kind: ContactKind;
  permissions: string[];
}

/** Opens the workspace to the contact's identity: the print shop's customer role, or a sub-account's own set. */
export async function grantContactMembership(trx: Knex.Transaction, workspaceId: string, identityId: string, contact: LinkedContact, now: Date): Promise<void> {
  // An agency account reaches only the workspaces that grant it access (seeds/001).
  if (await isAgencyAccount(trx, identityId)) throw forbidden('AGENCY_ACCOUNT_ONLY_FOR_GRANTS');
  const existing = await trx('memberships').select('kind').where({ workspace_id: workspaceId, identity_id: identityId }).first();
  // Someone already on the team keeps their own membership; it grants more than a contact's would.
  if (existing && existing.kind !== 'contact') return;
  const grant = {
    role_key: contact.kind === 'customer' ? 'customer' : null,
    permissions: contact.kind === 'sub-account' ? JSON.stringify(contact.permissions) : null,
    disabled_at: null,
  };
  if (existing) await trx('memberships').where({ workspace_id: workspaceId, identity_id: identityId, kind: 'contact' }).update(grant);
  else await trx('memberships').insert({ workspace_id: workspaceId, identity_id: identityId, kind: 'contact', created_at: now, ...grant });
}

/** A sub-account's permissions changed: its membership grants the new set from the next call on. */
export async function updateContactPermissions(trx: Knex.Transaction, workspaceId: string, identityId: string, permissions: string[]): Promise<void> {
  await trx('memberships')
    .where({ workspace_id: workspaceId, identity_id: identityId, kind: 'contact' })
    .update({ permissions: JSON.stringify(permissions) });
}

/**
 * Closes the workspace to the identity at once: every call resolves the membership anew and
 * refuses a disabled one. Sessions are the identity's, not the workspace's; they end too
 * when nothing else holds the identity, and otherwise serve only its other workspaces.
 */
export async function disableContactMembership(trx: Knex.Transaction, workspaceId: string, identityId: string, now: Date): Promise<void> {
  await trx('memberships').where({ workspace_id: workspaceId, identity_id: identityId, kind: 'contact' }).update({ disabled_at: now });
  const elsewhere = await trx('memberships').where({ identity_id: identityId }).whereNot({ workspace_id: workspaceId }).first('identity_id');
  if (!elsewhere) await trx('sessions').where({ identity_id: identityId }).delete();
}

/**
 * Unlinks the identity from this workspace's contact: the membership goes, and the identity
 * itself only when no other workspace holds it (as a member or a contact). The caller has
 * already cleared the contact's `identity_id`. Returns whether the identity was deleted.
 */
export async function releaseIdentity(trx: Knex.Transaction, workspaceId: string, identityId: string): Promise<boolean> {
  await trx('memberships').where({ workspace_id: workspaceId, identity_id: identityId, kind: 'contact' }).delete();
  const membership = await trx('memberships').where({ identity_id: identityId }).first('identity_id');
  const contact = await trx('contacts').where({ identity_id: identityId }).first('id');
  if (membership || contact) return false;
  // Sessions, and anything else hanging on the identity, go with it (on delete cascade).
  await trx('identities').where({ id: identityId }).delete();
  return true;
}
