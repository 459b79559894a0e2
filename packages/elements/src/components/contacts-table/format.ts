import { msg, str } from '@lit/localize';
import type { ContactAction, ContactSortColumn, ContactStatus, JobStatus } from '@foyer/schema';
import { formatNumber } from '../client-access-manager/format.js';

export { pageLocale, formatDate, formatNumber } from '../client-access-manager/format.js';

export const contactStatuses: readonly ContactStatus[] = ['unregistered', 'not-active', 'active', 'deactivated'];

/** The seed's status names. */
export function statusLabel(status: ContactStatus): string {
  switch (status) {
    case 'unregistered':
      return msg('Unregistered');
    case 'not-active':
      return msg('Not active');
    case 'active':
      return msg('Active');
    case 'deactivated':
      return msg('Deactivated');
  }
}

/** What a status means for the contact, in one sentence (shown in the row's actions). */
export function statusSentence(status: ContactStatus): string {
  switch (status) {
    case 'unregistered':
      return msg('Invited, or its login was deleted: the contact has no account yet.');
    case 'not-active':
      return msg('The account was created, but the activation link was not followed yet.');
    case 'active':
      return msg('The contact can sign in, submit jobs and watch them.');
    case 'deactivated':
      return msg('The account exists, but the contact cannot sign in.');
  }
}

export function columnLabel(column: ContactSortColumn): string {
  switch (column) {
    case 'name':
      return msg('Name');
    case 'email':
      return msg('Email');
    case 'company':
      return msg('Company');
    case 'status':
      return msg('Status');
    case 'invitationSent':
      return msg('Invitation');
    case 'termsAcceptedAt':
      return msg('Terms accepted');
  }
}

export function actionLabel(action: ContactAction): string {
  switch (action) {
    case 'send-activation':
      return msg('Send activation request');
    case 'activate':
      return msg('Activate');
    case 'deactivate':
      return msg('Deactivate');
    case 'backup':
      return msg('Back up user data');
    case 'delete-identities':
      return msg('Delete identities');
    case 'delete':
      return msg('Delete contact');
  }
}

/** Bytes as a person reads them: "840 KB", "12.4 MB". */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes < 1000) return msg(str`${formatNumber(bytes, locale)} bytes`);
  const units = ['KB', 'MB', 'GB'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const shown = formatNumber(Math.round(value * 10) / 10, locale);
  return `${shown} ${units[unit]}`;
}

/** How many contacts a query matches; "more than" when the server stopped counting at its cap. */
export function contactCount(count: number, exact: boolean, locale: string): string {
  if (!exact) return msg(str`More than ${formatNumber(count, locale)} contacts`);
  return count === 1 ? msg('1 contact') : msg(str`${formatNumber(count, locale)} contacts`);
}

/** A job's status, as the shop's job list names it. */
export function jobStatusLabel(status: JobStatus): string {
  switch (status) {
    case 'new':
      return msg('New');
    case 'incoming':
      return msg('Incoming');
    case 'preflight':
      return msg('Preflight');
    case 'printing':
      return msg('Printing');
    case 'finishing':
      return msg('Finishing');
    case 'completed':
      return msg('Completed');
  }
}
