import { msg } from '@lit/localize';
import type { AgencyGrant, Member } from '@foyer/schema';
import type { RowAction } from './row-actions.js';

/** What a row of the element is, for its actions: one key per row, unique in the element. */
export const rowKeyOf = {
  member: (m: Member) => (m.invitation ? `invitation-${m.invitation.id}` : `member-${m.identityId}`),
  apiUser: (m: Member) => `api-${m.identityId}`,
  grant: (g: AgencyGrant) => `agency-${g.agencyId}`,
};

export const nameOf = (m: Pick<Member, 'name' | 'email'>) => m.name ?? m.email;

/**
 * What a row of the team offers: only what the server said, with the list, that it would do
 * for the person who asked (`may`). An open invitation is resent or cancelled; a member's role
 * changed, disabled or enabled, signed out everywhere, asked to reset the password, removed.
 */
export function memberActions(m: Member): RowAction[] {
  if (m.invitation) {
    if (!m.may.manage) return [];
    return [
      { id: 'resend', label: msg('Resend invitation') },
      { id: 'cancel-invitation', label: msg('Cancel invitation'), danger: true },
    ];
  }
  const actions: RowAction[] = [];
  if (m.may.manage) {
    actions.push({ id: 'change-role', label: msg('Change role') });
    actions.push(m.disabled ? { id: 'enable', label: msg('Enable') } : { id: 'disable', label: msg('Disable'), danger: true });
    actions.push({ id: 'end-sessions', label: msg('End sessions') });
  }
  if (m.may.resetPassword) actions.push({ id: 'reset-password', label: msg('Ask to reset password') });
  if (m.may.manage) actions.push({ id: 'remove', label: msg('Remove from team'), danger: true });
  return actions;
}

/** What an API user's row offers: its role, whether it may work, its key, its removal. */
export function apiUserActions(m: Member): RowAction[] {
  const actions: RowAction[] = [];
  if (m.may.manage) {
    actions.push({ id: 'change-role', label: msg('Change role') });
    actions.push(m.disabled ? { id: 'enable', label: msg('Enable') } : { id: 'disable', label: msg('Disable'), danger: true });
  }
  if (m.may.apiKey) {
    if (m.apiKey) {
      actions.push({ id: 'rotate-key', label: msg('Rotate key') });
      actions.push({ id: 'revoke-key', label: msg('Revoke key'), danger: true });
    } else {
      actions.push({ id: 'new-key', label: msg('Create a key') });
    }
  }
  if (m.may.manage) actions.push({ id: 'remove', label: msg('Remove API user'), danger: true });
  return actions;
}

/** What an agency's grant offers its owner: another role, or the end of the access. */
export function grantActions(): RowAction[] {
  return [
    { id: 'change-agency-role', label: msg('Change role') },
    { id: 'revoke-agency', label: msg('Revoke access'), danger: true },
  ];
}
