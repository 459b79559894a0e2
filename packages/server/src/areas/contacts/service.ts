import { randomUUID } from 'node:crypto';
import {
  errorMessageIn,
  type ActivationRequestInput,
  type ActivationRequestResult,
  type ContactRef,
  type ContactDetail,
  type ContactKind,
  type ContactRow,
  type ContactsPage,
  type ContactSelf,
  type CreateContactInput,
  type DeactivateContactsInput,
  type DeactivateContactsResult,
  type DeleteContactResult,
  type DeletionPreview,
  type ErrorCode,
  type UpdateContactInput,
} from '@foyer/schema';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { badRequest, conflict, FoyerError, forbidden, isUniqueViolation, notFound } from '../../errors.js';
import { quoted, refusalWords } from '../../localization/words.js';
import type { Membership } from '../../security/principals.js';
import { currentTermsOf } from '../terms/queries.js';
import { jobBlobKeys, processingStatuses } from '../jobs/queries.js';
import { allows } from '../../security/principals.js';
import { detailsPermission, mayAddContacts, refusalFor, requireAction } from './actions.js';
import { issueActivationLink } from './activation.js';
import { addressOf, registryChanges } from './registry-fields.js';
import { insertContactIdentity, openContactLogin, passwordRefusals } from './contact-login.js';
import { fieldRefusal } from './field-refusal.js';
import { hashPassword } from '../../security/passwords.js';
import { passwordRulesFor, requirePasswordRules } from '../../security/password-policy.js';
import { disableContactMembership, grantContactMembership, releaseIdentity, updateContactPermissions } from './identity-links.js';
import {
  contactOfIdentity,
  contactsPage,
  deleteContactRow,
  deleteJobsOf,
  deleteUnusedActivationLinks,
  findContact,
  findContactIfAny,
  identityIdByEmail,
  insertContact,
  iso,
  jobsOf,
  jsonArray,
  lockJobsOf,
  toContactRow,
  updateContactRow,
  type ContactRecord,
  type ListInput,
} from './queries.js';

type ContactRefInput = z.output<typeof ContactRef>;

export async function listContacts(ctx: MemberContext, input: ListInput): Promise<ContactsPage> {
  // The setup's two small reads run beside the page's, not after it: a page costs no more time for them.
  const [page, setup] = await Promise.all([contactsPage(ctx.db, ctx.workspace.id, input, ctx), contactsSetup(ctx)]);
  return { ...page, may: { add: mayAddContacts(ctx), edit: allows(ctx, detailsPermission) }, setup };
}

/** What the table's form and columns follow, from the catalog and the workspace's terms. */
async function contactsSetup(ctx: MemberContext): Promise<ContactsPage['setup']> {
  const contacts = ctx.catalog.contacts;
  const [terms, passwordRules] = await Promise.all([currentTermsOf(ctx.db, ctx.workspace.id), passwordRulesFor(ctx.db, { joiningWorkspace: ctx.workspace.id })]);
  return {
    kinds: [...(contacts?.kinds ?? [])],
    subAccountPermissions: (contacts?.subAccountPermissions ?? []).map((name) => {
      const definition = ctx.catalog.permissions[name];
      return { name, label: definition?.label ?? name, group: definition?.group ?? '' };
    }),
    hasTerms: terms !== null,
    passwordRules,
  };
}

export async function contactDetail(ctx: MemberContext, input: ContactRefInput): Promise<ContactDetail> {
  const record = await findContact(ctx.db, ctx.workspace.id, input.contactId);
  return detailOf(ctx, record);
}

async function detailOf(ctx: MemberContext, record: ContactRecord): Promise<ContactDetail> {
  return {
    ...toContactRow(record, ctx),
    kind: record.kind,
    permissions: jsonArray(record.permissions),
    notifications: jsonArray(record.notifications),
    jobs: await jobsOf(ctx.db, ctx.workspace.id, record.id),
    phone: record.phone,
    address: addressOf(record),
  };
}

/** The kind a new contact gets: one its catalog keeps, the catalog's first unless another is asked for. */
function kindFor(member: Pick<Membership, 'catalog'>, requested: ContactKind | undefined): ContactKind {
  const kinds = member.catalog.contacts?.kinds ?? [];
  const kind = requested ?? kinds[0];
  if (!kind || !kinds.includes(kind)) throw badRequest('CONTACT_KIND_NOT_AVAILABLE');
  return kind;
}

/** A sub-account's permissions, each one its catalog lets a sub-account be given. */
function checkedPermissions(member: Pick<Membership, 'catalog'>, kind: ContactKind, permissions: string[] | undefined): string[] {
  if (!permissions || permissions.length === 0) return [];
  const grantable = member.catalog.contacts?.subAccountPermissions ?? [];
  if (kind !== 'sub-account' || permissions.some((p) => !grantable.includes(p))) throw badRequest('PERMISSION_NOT_IN_CATALOG');
  return [...new Set(permissions)].sort();
}

export async function createContact(ctx: MemberContext, input: z.output<typeof CreateContactInput>): Promise<ContactRow> {
  // A catalog that keeps new contacts owner-only leaves adding them to the account's primary user.
  if (!mayAddContacts(ctx)) throw forbidden('CONTACTS_OWNER_ONLY');
  const kind = kindFor(ctx, input.kind);
  const permissions = checkedPermissions(ctx, kind, input.permissions);
  if (input.password !== undefined) requirePasswordKind(kind);
  const now = ctx.clock.now();
  const id = randomUUID();
  try {
    await ctx.db.transaction(async (trx) => {
      // Someone who already has a login has an account: Not active until they follow the link.
      const identityId = kind === 'notification-only' ? null : await identityIdByEmail(trx, input.email);
      // Their login is theirs: a password set here would be another person's choice for it.
      if (identityId && input.password !== undefined) throw fieldRefusal('password', passwordRefusals.loginTaken);
      const passwordHash = input.password === undefined ? null : await checkedPasswordHash(ctx, trx, input.password);
      await insertContact(trx, {
        workspace_id: ctx.workspace.id,
        id,
        name: input.name,
        email: input.email,
        company: input.company ?? null,
        kind,
        status: identityId ? 'not-active' : 'unregistered',
        identity_id: identityId,
        permissions: JSON.stringify(permissions),
        notifications: JSON.stringify([...new Set(input.notifications ?? [])]),
        ...registryChanges(input),
        created_at: now,
        updated_at: now,
      });
      if (passwordHash) await openLoginWithPassword(ctx, trx, await findContact(trx, ctx.workspace.id, id), passwordHash, now);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('CONTACT_EMAIL_TAKEN');
    throw error;
  }
  return toContactRow(await findContact(ctx.db, ctx.workspace.id, id), ctx);
}

/** Only a sub-account signs in, so only a sub-account is given a password. */
function requirePasswordKind(kind: ContactKind): void {
  if (kind !== 'sub-account') throw fieldRefusal('password', passwordRefusals.notSubAccount);
}

/** The password's hash, once it meets the rules a new login of this workspace must meet (as on activation). */
async function checkedPasswordHash(ctx: MemberContext, db: Knex, password: string): Promise<string> {
  requirePasswordRules(await passwordRulesFor(db, { joiningWorkspace: ctx.workspace.id }), password);
  return hashPassword(password);
}

/**
 * The primary user set the password: the contact gets a new login and is Active, as after
 * following an activation link, and links already sent stop working. The terms, if any, are
 * not accepted for them: the contact is asked at their first sign-in.
 */
async function openLoginWithPassword(ctx: MemberContext, trx: Knex.Transaction, record: ContactRecord, passwordHash: string, now: Date): Promise<void> {
  const identityId = await insertContactIdentity(trx, record, passwordHash, now, null, true);
  await openContactLogin(trx, ctx.catalog, ctx.workspace.id, record, identityId, null, now);
  await deleteUnusedActivationLinks(trx, ctx.workspace.id, record.id);
}

export async function updateContact(ctx: MemberContext, input: z.output<typeof UpdateContactInput>): Promise<ContactRow> {
  const now = ctx.clock.now();
  const workspaceId = ctx.workspace.id;
  try {
    await ctx.db.transaction(async (trx) => {
      const record = await findContact(trx, workspaceId, input.contactId, true);
      const kind = input.kind ?? record.kind;
      const kindChanged = kind !== record.kind;
      if (kindChanged) {
        // Giving a contact a login, or taking it away, is the primary user's, as adding one is.
        if (!mayAddContacts(ctx)) throw forbidden('CONTACTS_OWNER_ONLY');
        kindFor(ctx, kind);
      }
      const permissions = input.permissions === undefined ? undefined : checkedPermissions(ctx, kind, input.permissions);
      if (input.password !== undefined) {
        // Setting a password gives a login, which is the primary user's to give.
        if (!mayAddContacts(ctx)) throw forbidden('CONTACTS_OWNER_ONLY');
        requirePasswordKind(kind);
        if (record.status === 'deactivated') throw fieldRefusal('password', passwordRefusals.deactivated);
      }
      const email = input.email ?? record.email;
      const changes: Record<string, unknown> = { updated_at: now };
      if (input.name !== undefined) changes.name = input.name;
      if (input.company !== undefined) changes.company = input.company;
      if (input.notifications !== undefined) changes.notifications = JSON.stringify([...new Set(input.notifications)]);
      Object.assign(changes, registryChanges(input));
      if (permissions) changes.permissions = JSON.stringify(permissions);
      if (email !== record.email) changes.email = email;
      if (email !== record.email || kindChanged) {
        // Links already sent went to the old address, or to another kind of contact: they stop working.
        await deleteUnusedActivationLinks(trx, workspaceId, record.id);
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
        const identityId = await identityIdByEmail(trx, email);
        if (identityId) Object.assign(changes, { identity_id: identityId, status: 'not-active' });
      }
      if (input.password !== undefined) {
        // A login this contact or its email has is its holder's: never a password chosen by someone else.
        if (changes.identity_id ?? record.identity_id ?? (await identityIdByEmail(trx, email))) throw fieldRefusal('password', passwordRefusals.loginTaken);
      }
      await updateContactRow(trx, workspaceId, record.id, changes);
      if (released) await releaseIdentity(trx, workspaceId, released);
      if (input.password !== undefined) {
        const updated = await findContact(trx, workspaceId, record.id);
        await openLoginWithPassword(ctx, trx, updated, await checkedPasswordHash(ctx, trx, input.password), now);
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('CONTACT_EMAIL_TAKEN');
    throw error;
  }
  return toContactRow(await findContact(ctx.db, workspaceId, input.contactId), ctx);
}

function refusal(ctx: MemberContext, code: ErrorCode) {
  return { code, message: errorMessageIn(ctx.language ?? 'en', code) };
}

/**
 * A new single-use link for each contact whose status allows it: as a prefilled mailto to
 * review, or sent by the server. Contacts the status refuses are named with the reason; the
 * others go through.
 */
export async function requestActivation(ctx: MemberContext, input: z.output<typeof ActivationRequestInput>): Promise<ActivationRequestResult> {
  const results: ActivationRequestResult['results'] = [];
  for (const contactId of new Set(input.contactIds)) {
    const outcome = await ctx.db.transaction(async (trx) => {
      const record = await findContactIfAny(trx, ctx.workspace.id, contactId, true);
      if (!record) return { contactId, refused: refusal(ctx, 'CONTACT_NOT_FOUND') };
      const code = refusalFor(record, 'send-activation');
      if (code) return { contactId, refused: refusal(ctx, code) };
      const mail = await issueActivationLink(ctx, trx, ctx.workspace.id, record);
      return { contactId, mail, to: record.email as string };
    });
    if (!('mail' in outcome)) {
      results.push(outcome);
    } else if (input.send === 'mailto') {
      results.push({ contactId, mailto: outcome.mail!.mailto });
    } else {
      await ctx.mailer.send({ workspaceId: ctx.workspace.id, to: outcome.to!, subject: outcome.mail!.subject, body: outcome.mail!.body });
      results.push({ contactId, sent: true });
    }
  }
  return { results };
}

/** Activate (Not active only): the contact's existing login opens the workspace without the link. */
export async function activateContact(ctx: MemberContext, input: ContactRefInput): Promise<ContactRow> {
  const now = ctx.clock.now();
  const workspaceId = ctx.workspace.id;
  await ctx.db.transaction(async (trx) => {
    const record = await findContact(trx, workspaceId, input.contactId, true);
    requireAction(record, 'activate');
    await grantContactMembership(trx, ctx.catalog, workspaceId, record.identity_id!, { kind: record.kind, permissions: jsonArray(record.permissions) }, now);
    await updateContactRow(trx, workspaceId, record.id, { status: 'active', updated_at: now });
    await deleteUnusedActivationLinks(trx, workspaceId, record.id);
  });
  return toContactRow(await findContact(ctx.db, workspaceId, input.contactId), ctx);
}

/** Deactivate (Active only), each contact on its own: refusals are named, the others go through. */
export async function deactivateContacts(ctx: MemberContext, input: z.output<typeof DeactivateContactsInput>): Promise<DeactivateContactsResult> {
  const results: DeactivateContactsResult['results'] = [];
  const now = ctx.clock.now();
  const workspaceId = ctx.workspace.id;
  for (const contactId of new Set(input.contactIds)) {
    try {
      await ctx.db.transaction(async (trx) => {
        const record = await findContact(trx, workspaceId, contactId, true);
        requireAction(record, 'deactivate');
        await updateContactRow(trx, workspaceId, record.id, { status: 'deactivated', updated_at: now });
        if (record.identity_id) await disableContactMembership(trx, workspaceId, record.identity_id, now);
      });
      results.push({ contactId, row: toContactRow(await findContact(ctx.db, workspaceId, contactId), ctx) });
    } catch (error) {
      if (!(error instanceof FoyerError)) throw error;
      results.push({ contactId, refused: refusal(ctx, error.appCode) });
    }
  }
  return { results };
}

/** Delete identities (Active only): the login goes, the contact stays and is Unregistered. */
export async function deleteIdentities(ctx: MemberContext, input: ContactRefInput): Promise<ContactRow> {
  const now = ctx.clock.now();
  const workspaceId = ctx.workspace.id;
  await ctx.db.transaction(async (trx) => {
    const record = await findContact(trx, workspaceId, input.contactId, true);
    requireAction(record, 'delete-identities');
    await updateContactRow(trx, workspaceId, record.id, { status: 'unregistered', identity_id: null, terms_accepted_at: null, updated_at: now });
    if (record.identity_id) await releaseIdentity(trx, workspaceId, record.identity_id);
  });
  return toContactRow(await findContact(ctx.db, workspaceId, input.contactId), ctx);
}

/** The contact's jobs, those being processed apart; `db` is the transaction when there is one. */
async function jobsByFate(ctx: MemberContext, db: Knex | Knex.Transaction, contactId: string) {
  const jobs = await jobsOf(db, ctx.workspace.id, contactId);
  const blocking = jobs.filter((job) => processingStatuses.has(job.status));
  return { blocking, deletable: jobs.filter((job) => !processingStatuses.has(job.status)) };
}

export async function deletionPreview(ctx: MemberContext, input: ContactRefInput): Promise<DeletionPreview> {
  await findContact(ctx.db, ctx.workspace.id, input.contactId);
  const { blocking, deletable } = await jobsByFate(ctx, ctx.db, input.contactId);
  return { jobsToDelete: deletable.length, blockingJobs: blocking };
}

/**
 * Delete contact: its jobs in New, Incoming or Completed go with it. If any job is being
 * processed, nothing at all is deleted and the answer names those jobs.
 */
export async function deleteContact(ctx: MemberContext, input: ContactRefInput): Promise<DeleteContactResult> {
  const workspaceId = ctx.workspace.id;
  const { blobKeys, deletedJobs } = await ctx.db.transaction(async (trx) => {
    const record = await findContact(trx, workspaceId, input.contactId, true);
    requireAction(record, 'delete');
    // Locks the contact's jobs, so none starts processing between this check and the delete.
    await lockJobsOf(trx, workspaceId, record.id);
    const { blocking, deletable } = await jobsByFate(ctx, trx, record.id);
    if (blocking.length > 0) {
      throw new FoyerError('CONFLICT', 'CONTACT_HAS_ACTIVE_JOBS', { blockingJobs: blocking }).naming(
        (language) => ` ${refusalWords[language].inProcessing} ${blocking.map((job) => `${quoted(language, job.name)} (${job.status})`).join(', ')}.`,
      );
    }
    const keys = await jobBlobKeys(trx, workspaceId, record.id);
    await deleteJobsOf(trx, workspaceId, record.id);
    await deleteContactRow(trx, workspaceId, record.id);
    if (record.identity_id) await releaseIdentity(trx, workspaceId, record.identity_id);
    return { blobKeys: keys, deletedJobs: deletable.length };
  });
  // The files go once the rows are gone; a file left behind is unreachable, never the reverse.
  for (const key of blobKeys) await ctx.blobs.delete(key).catch(() => {});
  return { deletedJobs };
}

/** The signed-in contact's own account, and whether the current terms still await acceptance. */
export async function contactSelf(ctx: MemberContext): Promise<ContactSelf> {
  const record = await contactOfIdentity(ctx.db, ctx.workspace.id, ctx.identityId);
  if (!record) throw notFound('NOT_A_CONTACT');
  const terms = await currentTermsOf(ctx.db, ctx.workspace.id);
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
