import { randomUUID } from 'node:crypto';
import type { CatalogShape, Language, TermsDocument } from '@foyer/schema';
import type { Knex } from 'knex';
import { recordAcceptance } from '../terms/queries.js';
import { grantContactMembership } from './identity-links.js';
import { insertIdentity, jsonArray, updateContactRow, type ContactRecord } from './queries.js';

/**
 * The one way a contact's login is opened, whether the contact followed an activation link or
 * the primary user set a sub-account's password: both leave the same identity, contact row
 * and membership behind.
 */

/** A new login for the contact's email, holding only the password's hash. Returns its id. */
export async function insertContactIdentity(
  trx: Knex.Transaction,
  contact: Pick<ContactRecord, 'email' | 'name'>,
  passwordHash: string,
  now: Date,
  language: Language | null,
  /** The primary user chose the password, not the person (see migration 046). */
  setForThem = false,
): Promise<string> {
  const id = randomUUID();
  await insertIdentity(trx, { id, email: contact.email, name: contact.name, password_hash: passwordHash, created_at: now, language, password_set_for_them: setForThem });
  return id;
}

/**
 * Makes the contact Active with the identity as its login and opens the workspace to it.
 * `acceptedTerms`: the terms the person accepted just now, recorded as theirs; null when they
 * accepted none (the workspace has none, or someone else opened the login for them).
 */
export async function openContactLogin(
  trx: Knex.Transaction,
  catalog: CatalogShape,
  workspaceId: string,
  contact: Pick<ContactRecord, 'id' | 'kind' | 'permissions'>,
  identityId: string,
  acceptedTerms: TermsDocument | null,
  now: Date,
): Promise<void> {
  await updateContactRow(trx, workspaceId, contact.id, { status: 'active', identity_id: identityId, terms_accepted_at: acceptedTerms ? now : null, updated_at: now });
  if (acceptedTerms) await recordAcceptance(trx, { workspace_id: workspaceId, version: acceptedTerms.version, contact_id: contact.id, accepted_at: now });
  await grantContactMembership(trx, catalog, workspaceId, identityId, { kind: contact.kind, permissions: jsonArray(contact.permissions) }, now);
}

/** Why a password the primary user gives is refused, at the `password` field (each in every field-errors catalog). */
export const passwordRefusals = {
  loginTaken: 'cannot be set: this email already has a login, and its holder signs in with their own password',
  notSubAccount: 'can only be set for a sub-account, which signs in',
  deactivated: 'cannot be set for a deactivated contact',
} as const;
