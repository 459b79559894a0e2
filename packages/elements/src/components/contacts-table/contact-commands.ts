import { msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { ContactRow, DeletionPreview } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import type { ContactChange } from '../../events/foyer-contact-change-event.js';
import { changedDetails, contactFormFields, readContactForm } from './contact-form.js';
import type { ResultLine, TableDialog } from './dialogs.js';
import { formatNumber } from './format.js';
import { hostingChanges, hostingCreateInput, needsAccess, type HostingForm } from './hosting-contact-fields.js';
import { registryChanges, registryCreateInput, registryFieldNames } from './registry-fields.js';
import { refusalSentence } from './messages.js';

/**
 * What a finished command changes in the table, for the element to apply in one place: the
 * server runs the command, the outcome says what to show.
 */
export interface Outcome {
  /** Rows as the server now holds them. */
  replaced?: ContactRow[];
  /** Contacts sent an activation request just now. */
  invited?: string[];
  /** A contact that was deleted. */
  removed?: string;
  changes?: Array<{ contactId: string; change: ContactChange }>;
  /** What the dialog shows next; null closes it, undefined leaves it as it is. */
  dialog?: TableDialog | null;
  error?: string;
  /** The server's problem with each field of the form; the first takes focus. */
  fieldErrors?: Record<string, string>;
  announce?: string;
  /** The list is read again: where a new contact falls depends on the sort and the filters. */
  reload?: boolean;
  clearSelection?: boolean;
}

/** The most contacts one bulk call may name (the server's limit); more go in several calls. */
const bulkLimit = 500;

async function inChunks<T>(ids: string[], call: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (let i = 0; i < ids.length; i += bulkLimit) all.push(...(await call(ids.slice(i, i + bulkLimit))));
  return all;
}

function nameOf(contactId: string, rows: readonly ContactRow[]): string {
  return rows.find((r) => r.id === contactId)?.name ?? contactId;
}

/** Deactivates the contacts; each one's outcome, and the rows as the server now holds them. */
async function deactivateContacts(c: FoyerConnection, rows: readonly ContactRow[]): Promise<{ lines: ResultLine[]; updated: ContactRow[] }> {
  const results = await inChunks(
    rows.map((r) => r.id),
    async (contactIds) => (await c.api.contacts.deactivate.mutate({ workspace: c.workspace, contactIds })).results,
  );
  const updated: ContactRow[] = [];
  const lines = results.map((r): ResultLine => {
    const name = nameOf(r.contactId, rows);
    if (r.row) {
      updated.push(r.row);
      return { contactId: r.contactId, name, outcome: 'deactivated' };
    }
    return { contactId: r.contactId, name, outcome: 'refused', message: r.refused?.message ?? '' };
  });
  return { lines, updated };
}

/** Asks for activation links for the contacts, by the mail program or from the server; each one's outcome. */
async function sendActivationRequests(c: FoyerConnection, rows: readonly ContactRow[], mode: 'mailto' | 'server'): Promise<ResultLine[]> {
  const results = await inChunks(
    rows.map((r) => r.id),
    async (contactIds) => (await c.api.contacts.activationRequest.mutate({ workspace: c.workspace, contactIds, send: mode })).results,
  );
  return results.map((r): ResultLine => {
    const name = nameOf(r.contactId, rows);
    if (r.refused) return { contactId: r.contactId, name, outcome: 'refused', message: r.refused.message };
    if (mode === 'mailto') return { contactId: r.contactId, name, outcome: 'mailto', mailto: r.mailto ?? '' };
    return { contactId: r.contactId, name, outcome: r.sent === false ? 'not-sent' : 'sent' };
  });
}

/** The jobs a refused deletion names, when it was refused for them. */
function blockedBy(info: FoyerErrorInfo): DeletionPreview['blockingJobs'] | null {
  const jobs = info.details?.blockingJobs;
  return Array.isArray(jobs) && jobs.length > 0 ? (jobs as DeletionPreview['blockingJobs']) : null;
}

/** Makes a contact active, as its actions offer it when it is not, once the member confirmed it. */
async function activateContact(c: FoyerConnection, row: ContactRow): Promise<Outcome> {
  try {
    const updated = await c.api.contacts.activate.mutate({ workspace: c.workspace, contactId: row.id });
    return {
      replaced: [updated],
      changes: [{ contactId: row.id, change: 'activated' }],
      dialog: null,
      announce: msg(str`${row.name} is active: they can sign in, submit jobs and watch them.`),
    };
  } catch (error) {
    return { error: refusalSentence(describeError(error)) };
  }
}

/** Sends activation requests to the contacts of the send dialog, and lists each one's result. */
export async function sendRequests(c: FoyerConnection, rows: readonly ContactRow[], mode: 'mailto' | 'server'): Promise<Outcome> {
  try {
    const lines = await sendActivationRequests(c, rows, mode);
    const invited = lines.filter((l) => l.outcome !== 'refused').map((l) => l.contactId);
    return {
      invited,
      changes: invited.map((contactId) => ({ contactId, change: 'activation-sent' as const })),
      clearSelection: rows.length > 1,
      dialog: { kind: 'results', action: 'send', lines },
    };
  } catch (error) {
    return { error: refusalSentence(describeError(error)) };
  }
}

/** The dialog's confirm button: runs what the dialog asked about, with the form as typed. */
export async function confirmDialog(c: FoyerConnection, d: TableDialog, form: HTMLFormElement | null, locale: string): Promise<Outcome> {
  try {
    switch (d.kind) {
      case 'add':
        return d.hosting ? await addHostingContact(c, form!, d.hosting) : await addContact(c, form!);
      case 'edit':
        return await editContact(c, d, form!);
      case 'delete-identities':
        return await deleteIdentities(c, d.row);
      case 'delete':
        return d.preview && d.preview.blockingJobs.length === 0 ? await deleteContact(c, d.row, locale) : {};
      case 'activate':
        return await activateContact(c, d.row);
      case 'deactivate':
        return await deactivate(c, d.rows);
      default:
        return {};
    }
  } catch (error) {
    const info = describeError(error);
    const jobs = d.kind === 'delete' ? blockedBy(info) : null;
    if (d.kind === 'delete' && jobs) return { dialog: { kind: 'delete', row: d.row, preview: { jobsToDelete: 0, blockingJobs: jobs } } };
    if (d.kind === 'add' || d.kind === 'edit') return formFailure(info);
    return { error: refusalSentence(info) };
  }
}

/** A new contact's name, email and company (left out when empty), as `contacts.create` takes them. */
function basics(values: ReturnType<typeof readContactForm>) {
  return { name: values.name, email: values.email, ...(values.company ? { company: values.company } : {}) };
}

async function addContact(c: FoyerConnection, form: HTMLFormElement): Promise<Outcome> {
  const values = readContactForm(form);
  const row = await c.api.contacts.create.mutate({ workspace: c.workspace, ...basics(values) });
  return {
    changes: [{ contactId: row.id, change: 'added' }],
    dialog: null,
    reload: true,
    announce: msg(str`${row.name} was added as Unregistered. Send an activation request so they can sign in.`),
  };
}

async function editContact(c: FoyerConnection, d: Extract<TableDialog, { kind: 'edit' }>, form: HTMLFormElement): Promise<Outcome> {
  const row = d.row;
  const blocked = d.hosting && d.detail ? unreadyPassword(form, d.hosting, d.detail) : null;
  if (blocked) return blocked;
  const changes = {
    ...changedDetails(row, readContactForm(form)),
    ...(d.hosting && d.detail ? { ...registryChanges(form, d.detail), ...hostingChanges(d.detail, d.hosting, passwordIn(form)) } : {}),
  };
  if (Object.keys(changes).length === 0) return { dialog: null };
  const updated = await c.api.contacts.update.mutate({ workspace: c.workspace, contactId: row.id, ...changes });
  const linkSent = d.hosting && d.detail && needsAccess(d.hosting, d.detail) && d.hosting.access === 'link' ? await sendLink(c, updated.id) : false;
  return {
    replaced: [linkSent ? { ...updated, invitationSent: true } : updated],
    changes: [{ contactId: row.id, change: 'edited' }],
    dialog: null,
    announce: linkSent ? msg(str`The details of ${updated.name} were saved, and an activation link was sent.`) : msg(str`The details of ${updated.name} were saved.`),
  };
}

/** The password the form's <password-field> holds; it gives one only when every rule is met. */
const passwordIn = (form: HTMLFormElement) => String(new FormData(form).get('password') ?? '');

/** A password to set that is not ready yet (rules unmet, or not repeated): the field takes focus, nothing is sent. */
function unreadyPassword(form: HTMLFormElement, hosting: HostingForm, detail?: Parameters<typeof needsAccess>[1]): Outcome | null {
  if (!needsAccess(hosting, detail) || hosting.access !== 'password') return null;
  const field = form.querySelector<HTMLElement & { valid: boolean; value: string }>('password-field');
  if (field?.valid && field.value !== '') return null;
  field?.focus();
  return { error: msg('Choose a password that meets every rule, and type it twice.') };
}

/** Mails the new sub-account its activation link from the server; whether it went. */
async function sendLink(c: FoyerConnection, contactId: string): Promise<boolean> {
  const { results } = await c.api.contacts.activationRequest.mutate({ workspace: c.workspace, contactIds: [contactId], send: 'server' });
  return results[0]?.sent === true;
}

/** A hosting account's contact: a sub-account that signs in (with a password set now, or a link), or one that is only notified. */
async function addHostingContact(c: FoyerConnection, form: HTMLFormElement, hosting: HostingForm): Promise<Outcome> {
  const blocked = unreadyPassword(form, hosting);
  if (blocked) return blocked;
  const values = readContactForm(form);
  const row = await c.api.contacts.create.mutate({
    workspace: c.workspace,
    ...basics(values),
    ...registryCreateInput(form),
    ...hostingCreateInput(hosting, passwordIn(form)),
  });
  const outcome: Outcome = { changes: [{ contactId: row.id, change: 'added' }], dialog: null, reload: true };
  if (!hosting.subAccount) return { ...outcome, announce: msg(str`${row.name} was added and receives the notifications chosen.`) };
  if (hosting.access === 'password') return { ...outcome, announce: msg(str`${row.name} was added and can sign in with the password you set.`) };
  const sent = await sendLink(c, row.id);
  return {
    ...outcome,
    announce: sent
      ? msg(str`${row.name} was added, and an activation link was sent.`)
      : msg(str`${row.name} was added, but the activation link could not be sent. Send an activation request.`),
  };
}

/** The fields whose problems show at the field: the details, a hosting contact's phone and address, and a sub-account's password. */
const shownFields = [...contactFormFields, ...registryFieldNames, 'password'] as const;

/** The server's problems with the form, at the fields they concern. */
function formFailure(info: FoyerErrorInfo): Outcome {
  if (info.code === 'CONTACT_EMAIL_TAKEN') return { fieldErrors: { email: refusalSentence(info) }, error: '' };
  const fields = Object.keys(info.fieldErrors);
  const unshown = fields.some((field) => !(shownFields as readonly string[]).includes(field));
  return { fieldErrors: info.fieldErrors, error: unshown ? info.message : fields.length > 0 ? '' : refusalSentence(info) };
}

async function deleteIdentities(c: FoyerConnection, row: ContactRow): Promise<Outcome> {
  const updated = await c.api.contacts.deleteIdentities.mutate({ workspace: c.workspace, contactId: row.id });
  return {
    replaced: [updated],
    changes: [{ contactId: row.id, change: 'identities-deleted' }],
    dialog: null,
    announce: msg(str`The login identities of ${row.name} were deleted. The contact is now unregistered.`),
  };
}

async function deleteContact(c: FoyerConnection, row: ContactRow, locale: string): Promise<Outcome> {
  const { deletedJobs } = await c.api.contacts.delete.mutate({ workspace: c.workspace, contactId: row.id });
  const n = formatNumber(deletedJobs, locale);
  return {
    removed: row.id,
    changes: [{ contactId: row.id, change: 'deleted' }],
    dialog: null,
    announce: deletedJobs === 1 ? msg(str`${row.name} was deleted with 1 job.`) : msg(str`${row.name} was deleted with ${n} jobs.`),
  };
}

async function deactivate(c: FoyerConnection, rows: ContactRow[]): Promise<Outcome> {
  const { lines, updated } = await deactivateContacts(c, rows);
  const changes = updated.map((row) => ({ contactId: row.id, change: 'deactivated' as const }));
  const one = rows.length === 1 ? rows[0] : undefined;
  if (one && lines[0]?.outcome === 'deactivated') {
    return { replaced: updated, changes, dialog: null, announce: msg(str`${one.name} was deactivated and signed out.`) };
  }
  if (one && lines[0]?.outcome === 'refused') return { error: lines[0].message ?? '' };
  return { replaced: updated, changes, clearSelection: true, dialog: { kind: 'results', action: 'deactivate', lines } };
}
