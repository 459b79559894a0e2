import { randomUUID } from 'node:crypto';
import {
  errorMessages,
  hostingCatalog,
  type ActivationRequestResult,
  type ContactDetail,
  type ContactKind,
  type ContactRow,
  type ContactsPage,
  type ContactSelf,
  type CreateContactInput,
  type DeactivateContactsResult,
  type DeleteContactResult,
  type DeletionPreview,
  type ErrorCode,
  type UpdateContactInput,
} from '@foyer/schema';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Context } from '../../context.js';
import { badRequest, conflict, FoyerError, forbidden, isUniqueViolation, notFound } from '../../errors.js';
import type { Membership } from '../../security/principals.js';
import { currentTerms } from '../terms/service.js';
import { jobBlobKeys, processingStatuses } from '../jobs/queries.js';
import { allows } from '../../security/principals.js';
import { detailsPermission, mayAddContacts, refusalFor, requireAction } from './actions.js';
import { issueActivationLink } from './activation.js';
import { disableContactMembership, grantContactMembership, releaseIdentity, updateContactPermissions } from './identity-links.js';
import { contactsPage, findContact, iso, jobsOf, jsonArray, toContactRow, type ContactRecord, type ListInput } from './queries.js';

/** The thirteen permissions a hosting sub-account may be given (seeds/002); never the workspace's own. */
const subAccountPermissions: ReadonlySet<string> = new Set(
  Object.keys(hostingCatalog.permissions).filter((p) => !['outbox.view', 'members.manage', 'audit.view', 'workspace.manage', 'notifications.send'].includes(p)),
);

export async function listContacts(ctx: Context, member: Membership, input: ListInput): Promise<ContactsPage> {
  const page = await contactsPage(ctx.db, member.workspace.id, input, member);
  return { ...page, may: { add: mayAddContacts(member), edit: allows(member, detailsPermission) } };
}

export async function contactDetail(ctx: Context, member: Membership, contactId: string): Promise<ContactDetail> {
  const record = await findContact(ctx.db, member.workspace.id, contactId);
  return detailOf(ctx.db, member, record);
}

async function detailOf(db: Knex, member: Membership, record: ContactRecord): Promise<ContactDetail> {
  return {
    ...toContactRow(record, member),
    kind: record.kind,
    permissions: jsonArray(record.permissions),
    notifications: jsonArray(record.notifications),
    jobs: await jobsOf(db, member.workspace.id, record.id),
  };
}

/** The kind a new contact gets: print shops have customers, hosting accounts notification-only contacts or sub-accounts. */
function kindFor(member: Membership, requested: ContactKind | undefined): ContactKind {
  if (member.template === 'print-shop') {
    if (requested && requested !== 'customer') throw badRequest('CONTACT_KIND_NOT_AVAILABLE');
    return 'customer';
  }
  if (member.template === 'hosting') {
    if (requested === 'customer') throw badRequest('CONTACT_KIND_NOT_AVAILABLE');
    return requested ?? 'notification-only';
  }
  throw badRequest('CONTACT_KIND_NOT_AVAILABLE');
}

function checkedPermissions(kind: ContactKind, permissions: string[] | undefined): string[] {
  if (!permissions || permissions.length === 0) return [];
  if (kind !== 'sub-account' || permissions.some((p) => !subAccountPermissions.has(p))) throw badRequest('PERMISSION_NOT_IN_CATALOG');
  return [...new Set(permissions)].sort();
}

/** The identity that already holds this email, if any: a contact of several workspaces has one login. */
async function identityByEmail(db: Knex | Knex.Transaction, email: string): Promise<string | null> {
  const row = await db('identities').select('id').whereRaw('lower(email) = ?', [email.toLowerCase()]).first();
  return row?.id ?? null;
}

export async function createContact(ctx: Context, member: Membership, input: z.output<typeof CreateContactInput>): Promise<ContactRow> {
  // The hosting catalog keeps adding contacts to the account's primary user (seeds/002).
  if (!mayAddContacts(member)) throw forbidden('CONTACTS_OWNER_ONLY');
  const kind = kindFor(member, input.kind);
  const permissions = checkedPermissions(kind, input.permissions);
  const now = ctx.clock.now();
  const id = randomUUID();
  // Someone who already has a login has an account: Not active until they follow the link.
  const identityId = kind === 'notification-only' ? null : await identityByEmail(ctx.db, input.email);
  try {
    await ctx.db('contacts').insert({
      workspace_id: member.workspace.id,
      id,
      name: input.name,
      email: input.email,
      company: input.company ?? null,
      kind,
      status: identityId ? 'not-active' : 'unregistered',
      identity_id: identityId,
      permissions: JSON.stringify(permissions),
      notifications: JSON.stringify([...new Set(input.notifications ?? [])]),
      created_at: now,
      updated_at: now,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('CONTACT_EMAIL_TAKEN');
    throw error;
  }
  return toContactRow(await findContact(ctx.db, member.workspace.id, id), member);
}

export async function updateContact(ctx: Context, member: Membership, input: z.output<typeof UpdateContactInput>): Promise<ContactRow> {
  const now = ctx.clock.now();
  const workspaceId = member.workspace.id;
  try {
    await ctx.db.transaction(async (trx) => {
      const record = await findContact(trx, workspaceId, input.contactId, true);
      const kind = input.kind ?? record.kind;
      const kindChanged = kind !== record.kind;
      if (kindChanged) {
        // Giving a contact a login, or taking it away, is the primary user's, as adding one is.
        if (!mayAddContacts(member)) throw forbidden('CONTACTS_OWNER_ONLY');
        kindFor(member, kind);
      }
      const permissions = input.permissions === undefined ? undefined : checkedPermissions(kind, input.permissions);
      const email = input.email ?? record.email;
      const changes: Record<string, unknown> = { updated_at: now };
      if (input.name !== undefined) changes.name = input.name;
      if (input.company !== undefined) changes.company = input.company;
      if (input.notifications !== undefined) changes.notifications = JSON.stringify([...new Set(input.notifications)]);
      if (permissions) changes.permissions = JSON.stringify(permissions);
      if (email !== record.email) changes.email = email;
      if (email !== record.email || kindChanged) {
        // Links already sent went to the old address, or to another kind of contact: they stop working.
        await trx('contact_activation_links').where({ workspace_id: workspaceId, contact_id: record.id }).whereNull('used_at').delete();
      }
      let released: string | null = null;
      if (kindChanged) changes.kind = kind;
      if (kindChanged && kind === 'notification-only') {
        // The login goes, as with Delete identities; a deactivated contact stays deactivated.
        released = record.identity_id;
        Object.assign(changes, {
          permissions: JSON.stringify([]),
          identity_id: null,
          terms_accepted_at: null,
          status: record.status === 'deactivated' ? 'deactivated' : 'unregistered',
        });
      } else if (permissions && record.identity_id) {
        await updateContactPermissions(trx, workspaceId, record.identity_id, permissions);
      }
      // Someone who already has a login has an account: Not active until they follow the link, as when added.
      if (record.status === 'unregistered' && kind !== 'notification-only' && (email !== record.email || kindChanged)) {
        const identityId = await identityByEmail(trx, email);
        if (identityId) Object.assign(changes, { identity_id: identityId, status: 'not-active' });
      }
      await trx('contacts').where({ workspace_id: workspaceId, id: record.id }).update(changes);
      if (released) await releaseIdentity(trx, workspaceId, released);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('CONTACT_EMAIL_TAKEN');
    throw error;
  }
  return toContactRow(await findContact(ctx.db, workspaceId, input.contactId), member);
}

function refusal(code: ErrorCode) {
  return { code, message: errorMessages[code] };
}

/**
 * A new single-use link for each contact whose status allows it: as a prefilled mailto to
 * review, or sent by the server. Contacts the status refuses are named with the reason; the
 * others go through.
 */
export async function requestActivation(ctx: Context, member: Membership, contactIds: string[], send: 'mailto' | 'server'): Promise<ActivationRequestResult> {
  const results: ActivationRequestResult['results'] = [];
  for (const contactId of new Set(contactIds)) {
    const outcome = await ctx.db.transaction(async (trx) => {
      const record = await trx('contacts')
        .select('id', 'name', 'email', 'kind', 'status')
        .where({ workspace_id: member.workspace.id, id: contactId })
        .forUpdate()
        .first();
      if (!record) return { contactId, refused: refusal('CONTACT_NOT_FOUND') };
      const code = refusalFor(record, 'send-activation');
      if (code) return { contactId, refused: refusal(code) };
      const mail = await issueActivationLink(trx, ctx, member.workspace.id, record as ContactRecord);
      return { contactId, mail, to: record.email as string };
    });
    if (!('mail' in outcome)) {
      results.push(outcome);
    } else if (send === 'mailto') {
      results.push({ contactId, mailto: outcome.mail!.mailto });
    } else {
      await ctx.mailer.send({ workspaceId: member.workspace.id, to: outcome.to!, subject: outcome.mail!.subject, body: outcome.mail!.body });
      results.push({ contactId, sent: true });
    }
  }
  return { results };
}

/** Activate (Not active only): the contact's existing login opens the workspace without the link. */
export async function activateContact(ctx: Context, member: Membership, contactId: string): Promise<ContactRow> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (trx) => {
    const record = await findContact(trx, member.workspace.id, contactId, true);
    requireAction(record, 'activate');
    await grantContactMembership(trx, member.workspace.id, record.identity_id!, { kind: record.kind, permissions: jsonArray(record.permissions) }, now);
    await trx('contacts').where({ workspace_id: member.workspace.id, id: record.id }).update({ status: 'active', updated_at: now });
    await trx('contact_activation_links').where({ workspace_id: member.workspace.id, contact_id: record.id }).whereNull('used_at').delete();
  });
  return toContactRow(await findContact(ctx.db, member.workspace.id, contactId), member);
}

/** Deactivate (Active only), each contact on its own: refusals are named, the others go through. */
export async function deactivateContacts(ctx: Context, member: Membership, contactIds: string[]): Promise<DeactivateContactsResult> {
  const results: DeactivateContactsResult['results'] = [];
  const now = ctx.clock.now();
  for (const contactId of new Set(contactIds)) {
    try {
      await ctx.db.transaction(async (trx) => {
        const record = await findContact(trx, member.workspace.id, contactId, true);
        requireAction(record, 'deactivate');
        await trx('contacts').where({ workspace_id: member.workspace.id, id: record.id }).update({ status: 'deactivated', updated_at: now });
        if (record.identity_id) await disableContactMembership(trx, member.workspace.id, record.identity_id, now);
      });
      results.push({ contactId, row: toContactRow(await findContact(ctx.db, member.workspace.id, contactId), member) });
    } catch (error) {
      if (!(error instanceof FoyerError)) throw error;
      results.push({ contactId, refused: refusal(error.appCode) });
    }
  }
  return { results };
}

/** Delete identities (Active only): the login goes, the contact stays and is Unregistered. */
export async function deleteIdentities(ctx: Context, member: Membership, contactId: string): Promise<ContactRow> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (trx) => {
    const record = await findContact(trx, member.workspace.id, contactId, true);
    requireAction(record, 'delete-identities');
    await trx('contacts')
      .where({ workspace_id: member.workspace.id, id: record.id })
      .update({ status: 'unregistered', identity_id: null, terms_accepted_at: null, updated_at: now });
    if (record.identity_id) await releaseIdentity(trx, member.workspace.id, record.identity_id);
  });
  return toContactRow(await findContact(ctx.db, member.workspace.id, contactId), member);
}

async function jobsByFate(db: Knex | Knex.Transaction, workspaceId: string, contactId: string) {
  const jobs = await jobsOf(db, workspaceId, contactId);
  const blocking = jobs.filter((job) => processingStatuses.has(job.status));
  return { blocking, deletable: jobs.filter((job) => !processingStatuses.has(job.status)) };
}

export async function deletionPreview(ctx: Context, member: Membership, contactId: string): Promise<DeletionPreview> {
  await findContact(ctx.db, member.workspace.id, contactId);
  const { blocking, deletable } = await jobsByFate(ctx.db, member.workspace.id, contactId);
  return { jobsToDelete: deletable.length, blockingJobs: blocking };
}

/**
 * Delete contact: its jobs in New, Incoming or Completed go with it. If any job is being
 * processed, nothing at all is deleted and the answer names those jobs.
 */
export async function deleteContact(ctx: Context, member: Membership, contactId: string): Promise<DeleteContactResult> {
  const { blobKeys, deletedJobs } = await ctx.db.transaction(async (trx) => {
    const record = await findContact(trx, member.workspace.id, contactId, true);
    requireAction(record, 'delete');
    // Locks the contact's jobs, so none starts processing between this check and the delete.
    await trx('jobs').where({ workspace_id: member.workspace.id, contact_id: record.id }).forUpdate().select('id');
    const { blocking, deletable } = await jobsByFate(trx, member.workspace.id, record.id);
    if (blocking.length > 0) {
      const error = new FoyerError('CONFLICT', 'CONTACT_HAS_ACTIVE_JOBS', { blockingJobs: blocking });
      error.message = `${errorMessages.CONTACT_HAS_ACTIVE_JOBS} In processing: ${blocking.map((job) => `“${job.name}” (${job.status})`).join(', ')}.`;
      throw error;
    }
    const keys = await jobBlobKeys(trx, member.workspace.id, record.id);
    await trx('jobs').where({ workspace_id: member.workspace.id, contact_id: record.id }).delete();
    await trx('contacts').where({ workspace_id: member.workspace.id, id: record.id }).delete();
    if (record.identity_id) await releaseIdentity(trx, member.workspace.id, record.identity_id);
    return { blobKeys: keys, deletedJobs: deletable.length };
  });
  // The files go once the rows are gone; a file left behind is unreachable, never the reverse.
  for (const key of blobKeys) await ctx.blobs.delete(key).catch(() => {});
  return { deletedJobs };
}

/** The signed-in contact's own account, and whether the current terms still await acceptance. */
export async function contactSelf(ctx: Context, member: Membership, identityId: string): Promise<ContactSelf> {
  const record: ContactRecord | undefined = await ctx
    .db('contacts')
    .select('id', 'name', 'email', 'company', 'status', 'terms_accepted_at')
    .where({ workspace_id: member.workspace.id, identity_id: identityId })
    .first();
  if (!record) throw notFound('NOT_A_CONTACT');
  const terms = await currentTerms(ctx.db, member.workspace.id);
  return {
    id: record.id,
    name: record.name,
    email: record.email,
    company: record.company,
    status: record.status,
    termsAcceptedAt: iso(record.terms_accepted_at),
    termsAcceptanceDue: terms !== null && record.terms_accepted_at === null,
    terms,
  };
}
