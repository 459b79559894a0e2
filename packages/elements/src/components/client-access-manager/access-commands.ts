import { describeError } from '@foyer/client';
import type { AccessDetail, SendResult } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import type { AccessFormValues } from './access-form.js';
import { refusalSentence } from './messages.js';

/** Fields of the access form, by the names the server uses in its field errors. */
const formFields = new Set(['name', 'code', 'email', 'note', 'scope', 'expiresAt', 'galleryIds', 'downloads', 'galleryMail', 'expiryReminderDays']);

export async function createAccess(c: FoyerConnection, v: AccessFormValues, expiresAt: string | null) {
  return c.api.accesses.create.mutate({
    workspace: c.workspace,
    name: v.name,
    scope: v.scope,
    downloads: v.downloads,
    galleryMail: v.galleryMail,
    expiryReminderDays: v.expiryReminderDays,
    ...(v.code ? { code: v.code } : {}),
    ...(v.email ? { email: v.email } : {}),
    ...(v.note.trim() ? { note: v.note } : {}),
    ...(expiresAt ? { expiresAt } : {}),
    ...(v.galleryIds.length > 0 ? { galleryIds: v.galleryIds } : {}),
  });
}

export async function updateAccess(c: FoyerConnection, accessId: string, v: AccessFormValues, expiresAt: string | null): Promise<void> {
  await c.api.accesses.update.mutate({
    workspace: c.workspace,
    accessId,
    name: v.name,
    email: v.email || null,
    note: v.note.trim() ? v.note : null,
    scope: v.scope,
    downloads: v.downloads,
    galleryMail: v.galleryMail,
    expiryReminderDays: v.expiryReminderDays,
    expiresAt,
  });
}

/** The galleries ticked in the chooser against those added before: what to add and what to remove. */
export function galleryChanges(detail: AccessDetail, chosen: ReadonlySet<string>): { toAdd: string[]; toRemove: string[] } {
  const added = new Set(detail.reach.filter((r) => r.reason === 'added').map((r) => r.galleryId));
  return { toAdd: [...chosen].filter((id) => !added.has(id)), toRemove: [...added].filter((id) => !chosen.has(id)) };
}

/** Saves the chosen galleries; `told` is the mail that told the client of the new ones, if one went. */
export async function saveGalleries(
  c: FoyerConnection,
  detail: AccessDetail,
  change: { toAdd: string[]; toRemove: string[]; notify: boolean },
): Promise<{ detail: AccessDetail; told: SendResult | null }> {
  const accessId = detail.access.id;
  let next = detail;
  let told: SendResult | null = null;
  if (change.toAdd.length > 0) {
    const added = await c.api.accesses.addGalleries.mutate({ workspace: c.workspace, accessId, galleryIds: change.toAdd, notify: change.notify });
    ({ told, ...next } = added);
  }
  if (change.toRemove.length > 0) next = await c.api.accesses.removeGalleries.mutate({ workspace: c.workspace, accessId, galleryIds: change.toRemove });
  return { detail: next, told };
}

/** The server's problems with the access form: at the fields they concern, and the rest as a sentence. */
export function formFailure(error: unknown): { fieldErrors: Record<string, string>; formError: string } {
  const info = describeError(error);
  if (info.code === 'CODE_TAKEN') return { fieldErrors: { code: refusalSentence(info) }, formError: '' };
  if (Object.keys(info.fieldErrors).length > 0) {
    const unshown = Object.keys(info.fieldErrors).some((field) => !formFields.has(field));
    return { fieldErrors: info.fieldErrors, formError: unshown ? info.message : refusalSentence(info) };
  }
  return { fieldErrors: {}, formError: refusalSentence(info) };
}

/** The problem with a rotation: at the new code's field, or for the whole dialog. */
export function rotationFailure(error: unknown): { codeError: string; error: string } {
  const info = describeError(error);
  if (info.code === 'CODE_TAKEN') return { codeError: refusalSentence(info), error: '' };
  if (info.fieldErrors.code) return { codeError: info.fieldErrors.code, error: '' };
  return { codeError: '', error: refusalSentence(info) };
}
